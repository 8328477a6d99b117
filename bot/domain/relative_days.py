"""A day typed as a word next to the [Today] / [Yesterday] buttons, in either language."""

from __future__ import annotations

WORDS = {"oggi": 0, "today": 0, "ieri": 1, "yesterday": 1}


def days_ago(text: str) -> int | None:
    """0 for today, 1 for yesterday, None for anything else (case, spaces and a final full
    stop or exclamation mark do not matter)."""
    return WORDS.get(text.strip().rstrip(".!").strip().casefold())
