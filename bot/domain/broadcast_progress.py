"""How far a broadcast has gone, in a form a person reads at a glance: a bar of cells, a
percentage, the time left from the pace so far, and the outcomes worth a line. Pure: no I/O."""

from __future__ import annotations

import html
import math
import re
from dataclasses import dataclass
from datetime import datetime, timedelta

CELLS = 10
FULL, EMPTY = "▰", "▱"
# Before this many copies, or this long, the pace says nothing yet: no estimate at all beats a
# wild one ("about 9 hours left" after the first copy).
MIN_DONE_FOR_ESTIMATE = 10
MIN_ELAPSED_FOR_ESTIMATE = timedelta(seconds=3)


def progress_bar(done: int, total: int, cells: int = CELLS) -> str:
    """`▰▰▰▱▱▱▱▱▱▱`: full cells for the share done, rounded down (full only when all is)."""
    if total <= 0:
        return FULL * cells
    filled = min(cells, max(0, done * cells // total))
    return FULL * filled + EMPTY * (cells - filled)


def percent(done: int, total: int) -> int:
    """Rounded down, so 100 means every copy was tried."""
    if total <= 0:
        return 100
    return min(100, max(0, done * 100 // total))


def time_left(started_at: datetime, now: datetime, done: int, left: int) -> timedelta | None:
    """At the pace so far, how long the `left` copies take; None while the pace is unknown."""
    if left <= 0:
        return timedelta(0)
    elapsed = now - started_at
    if done < MIN_DONE_FOR_ESTIMATE or elapsed < MIN_ELAPSED_FOR_ESTIMATE:
        return None
    return timedelta(seconds=elapsed.total_seconds() * left / done)


@dataclass(frozen=True)
class Rough:
    """A span as people say it: "less than a minute", "about 3 minutes", "about 2 hours"."""

    unit: str  # "under-minute" | "minutes" | "hours"
    count: int


def rough(span: timedelta) -> Rough:
    seconds = span.total_seconds()
    if seconds < 60:
        return Rough("under-minute", 0)
    minutes = math.ceil(seconds / 60)
    if minutes < 90:
        return Rough("minutes", minutes)
    return Rough("hours", round(minutes / 60))


# Each outcome a copy can end in, in the order a report names them, by its counts' field.
OUTCOMES = ("sent", "held", "blocked", "switched_off", "failed", "unknown", "gone", "cancelled")

_TAG = re.compile(r"<[^>]*>")
_SPACES = re.compile(r"\s+")


def preview(body: str, limit: int = 60) -> str:
    """The first words of a message written in Telegram HTML, as plain text on one line."""
    plain = _SPACES.sub(" ", html.unescape(_TAG.sub(" ", body))).strip()
    if len(plain) <= limit:
        return plain
    cut = plain[: limit - 1]
    space = cut.rfind(" ")
    return (cut[:space] if space > limit // 2 else cut).rstrip(" ,.;:") + "…"
