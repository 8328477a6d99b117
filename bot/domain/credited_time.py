"""The time credited to someone who came to an event, as organisers type it ("2", "1,5",
"1.30", "1h30", "90 min") and as files show it (screens say it as /hours does: the Fluent key
hours-amount); and the time credited by default. Pure: no I/O."""

from __future__ import annotations

import re
from datetime import datetime, timedelta

from bot.domain.durations import parse_duration

MOST_BARE_HOURS = 24  # a bare number up to this is hours ("2", "1,5"); above, minutes ("90")
MOST_A_DAY = 8 * 60  # by default, a long event (a trip, a camp) counts this much a day

# "1,5" is hours and a tenth; "1.30", "1,30", "1:30" are hours and minutes, as Italians write them.
_BARE = re.compile(r"(\d{1,2})(?:([.,])(\d)|([.,:])(\d{2}))?")


def _decimal_or_minutes(mark: str, digits: str) -> bool:
    """ "1,50" or "2.25": hours and a half (a quarter) as decimals, or 50 (25) minutes? Both
    are common; a colon ("1:50") is always hours and minutes."""
    return mark in ".," and digits in {"25", "50", "75"}


class UnclearHours(ValueError):
    """Two digits after the point that cannot be minutes ("1,75"), or could be either ("1,50":
    an hour and a half, or fifty minutes?): asked again rather than guessed."""


def parse_credit(text: str) -> int | None:
    """Minutes, from what an organiser typed; None if it is not a length of time. Raises
    UnclearHours for "1,75" (minutes over 59) and "1,50" (decimals or minutes?)."""
    plain = text.casefold().strip()
    bare = _BARE.fullmatch(plain)
    if bare and (bare[2] or bare[4] or int(bare[1]) <= MOST_BARE_HOURS):
        hours, tenth, minutes = int(bare[1]), bare[3], bare[5]
        if minutes is not None and (int(minutes) >= 60 or _decimal_or_minutes(bare[4], minutes)):
            raise UnclearHours(plain)
        total = hours * 60 + (int(tenth) * 6 if tenth else int(minutes or 0))
        return total if 0 < total <= MOST_BARE_HOURS * 60 else None
    span = parse_duration(plain)
    return None if span is None else span // timedelta(minutes=1)


def default_credit(starts_local: datetime, duration_minutes: int) -> int:
    """What each one marked gets unless an organiser says otherwise: the event's length, but
    for a long event at most 8 hours for each calendar day it spans (a 3-day camp: 24 h)."""
    if duration_minutes <= MOST_A_DAY:
        return duration_minutes
    last = starts_local + timedelta(minutes=duration_minutes - 1)  # an end at midnight: that day
    days = (last.date() - starts_local.date()).days + 1
    return min(duration_minutes, days * MOST_A_DAY)


def credit_hours(minutes: int) -> float:
    """Hours as a number for a spreadsheet: 90 minutes are 1.5."""
    return round(minutes / 60, 2)
