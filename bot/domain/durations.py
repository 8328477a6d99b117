"""Durations people type: an event's length (`2h`, `90m`, `1h30`, `1,5 ore`) and reminder offsets
(`24h,1h`). Pure: no I/O."""

from __future__ import annotations

import re
from datetime import timedelta

MIN_OFFSET = timedelta(minutes=5)
MAX_OFFSET = timedelta(days=14)
MIN_DURATION = timedelta(minutes=5)
MAX_DURATION = timedelta(days=7)
_UNITS = {"d": "days", "h": "hours", "m": "minutes"}
# `2h`, `2 h`, `2 ore`, `90 min`, `1h30`, `1h 30m`, `1,5h`, `1.5 hours`, `2 giorni`.
_WORDS = {
    "d": ("d", "g", "day", "days", "giorno", "giorni", "gg"),
    "h": ("h", "hr", "hrs", "hour", "hours", "ora", "ore"),
    "m": ("m", "min", "mins", "minute", "minutes", "minuto", "minuti", "'"),
}
_UNIT_OF = {word: unit for unit, words in _WORDS.items() for word in words}
_PART = re.compile(r"(\d{1,4}(?:[.,]\d{1,2})?)\s*([a-z']+)")


def parse_offsets(text: str) -> tuple[timedelta, ...] | None:
    """Reminder offsets like `24h,1h`, `2d, 30m`: elapsed time before the start, longest first."""
    offsets = set()
    for part in text.replace(";", ",").split(","):
        found = re.fullmatch(r"\s*(\d{1,4})\s*([a-z']+)\s*", part.casefold())
        unit = _UNIT_OF.get(found[2]) if found else None
        if not found or unit is None:
            return None
        offset = timedelta(**{_UNITS[unit]: int(found[1])})
        if not MIN_OFFSET <= offset <= MAX_OFFSET:
            return None
        offsets.add(offset)
    return tuple(sorted(offsets, reverse=True)) if offsets else None


def parse_duration(text: str) -> timedelta | None:
    """An event's length; None if it is not one, or under 5 minutes, or over a week. A bare
    number is hours up to 12 (`2`), minutes from 15 (`90`)."""
    plain = text.casefold().strip()
    if re.fullmatch(r"\d{1,4}", plain):
        number = int(plain)
        span = timedelta(hours=number) if number <= 12 else timedelta(minutes=number)
        return span if MIN_DURATION <= span <= MAX_DURATION else None
    # `1h30`: minutes after hours without a unit.
    plain = re.sub(r"^(\d{1,3})\s*h\s*(\d{1,2})$", r"\1h \2m", plain)
    total = timedelta()
    position = 0
    for found in _PART.finditer(plain):
        if plain[position : found.start()].strip(" ,e+and") != "":
            return None
        unit = _UNIT_OF.get(found[2])
        if unit is None:
            return None
        total += timedelta(**{_UNITS[unit]: float(found[1].replace(",", "."))})
        position = found.end()
    if position == 0 or plain[position:].strip():
        return None
    total = timedelta(minutes=round(total.total_seconds() / 60))
    return total if MIN_DURATION <= total <= MAX_DURATION else None
