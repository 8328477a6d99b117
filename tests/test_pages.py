"""Pages of a long list (a project's log): every item once, in order, within the budget."""

from __future__ import annotations

import itertools

from hypothesis import given
from hypothesis import strategies as st

from bot.domain.pages import pages


def test_no_items_no_pages() -> None:
    assert pages([], 100) == []


def test_items_fill_pages_in_order() -> None:
    assert pages([40, 40, 40, 10, 200, 5], 100) == [
        range(0, 2),
        range(2, 4),
        range(4, 5),
        range(5, 6),
    ]


@given(st.lists(st.integers(min_value=0, max_value=300)), st.integers(min_value=1, max_value=500))
def test_every_item_once_in_order_and_within_the_budget(sizes: list[int], budget: int) -> None:
    found = pages(sizes, budget)
    assert [index for page in found for index in page] == list(range(len(sizes)))
    for page in found:
        assert len(page) >= 1
        assert len(page) == 1 or sum(sizes[i] for i in page) <= budget
    for page, following in itertools.pairwise(found):
        # A page ends only when the next item would not have fitted.
        assert sum(sizes[i] for i in page) + sizes[following[0]] > budget
