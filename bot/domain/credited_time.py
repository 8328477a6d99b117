"""The time credited to someone who came to an event, as organisers type it ("2", "1,5",
"1h30", "90 min") and as files show it (screens say it as /hours does: the Fluent key
hours-amount). Pure: no I/O."""

from __future__ import annotations

import re
from datetime import timedelta

from bot.domain.durations import parse_duration

MOST_BARE_HOURS = 24  # a bare number up to this is hours ("2", "1,5"); above, minutes ("90")


def parse_credit(text: str) -> int | None:
    """Minutes, from what an organiser typed; None if it is not a length of time."""
    plain = text.casefold().strip()
    bare = re.fullmatch(r"(\d{1,2})(?:[.,](\d{1,2}))?", plain)
    if bare and float(plain.replace(",", ".")) <= MOST_BARE_HOURS:
        minutes = round(float(plain.replace(",", ".")) * 60)
        return minutes if minutes > 0 else None
    span = parse_duration(plain)
    return None if span is None else span // timedelta(minutes=1)


def credit_hours(minutes: int) -> float:
    """Hours as a number for a spreadsheet: 90 minutes are 1.5."""
    return round(minutes / 60, 2)
