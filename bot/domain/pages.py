"""Pages of a list of texts that must each fit one message: as many items as fit in a budget
of characters, in order, and never fewer than one (an item over the budget has a page of its
own)."""

from __future__ import annotations

from collections.abc import Sequence


def pages(sizes: Sequence[int], budget: int) -> list[range]:
    """The items of each page, in order; no pages for no items."""
    found: list[range] = []
    start = used = 0
    for index, size in enumerate(sizes):
        if index > start and used + size > budget:
            found.append(range(start, index))
            start, used = index, 0
        used += size
    if start < len(sizes):
        found.append(range(start, len(sizes)))
    return found
