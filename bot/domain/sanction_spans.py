"""How long a mute or a ban lasts, as a moderator types it: `10m`, `2h`, `3d`, `1w`, `2 ore`,
`1 settimana`, `1d12h`. Pure: no I/O.

Telegram treats a restriction shorter than 30 seconds or longer than 366 days as forever, so
a span outside those bounds is refused here with its reason, never passed on silently."""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass
from datetime import timedelta

MIN_SPAN = timedelta(seconds=30)
MAX_SPAN = timedelta(days=366)
# Beyond this many units a number is too long whatever its unit (and timedelta would overflow).
_MAX_AMOUNT = 10**6
_UNIT_SPANS = {
    "w": timedelta(weeks=1),
    "d": timedelta(days=1),
    "h": timedelta(hours=1),
    "m": timedelta(minutes=1),
}
_WORDS = {
    "w": ("w", "wk", "week", "weeks", "sett", "settimana", "settimane"),
    "d": ("d", "g", "gg", "day", "days", "giorno", "giorni"),
    "h": ("h", "hr", "hrs", "hour", "hours", "ora", "ore"),
    "m": ("m", "min", "mins", "minute", "minutes", "minuto", "minuti"),
}
_UNIT_OF = {word: unit for unit, words in _WORDS.items() for word in words}
_PART = re.compile(r"(\d+)\s*([a-z]+)")
_JOINERS = " ,+e"  # `1d 12h`, `1 giorno e 12 ore`, `1d+12h`
_MAX_WORDS = 4  # the most words a span can take at the start of a command: `1 giorno 12 ore`


class SpanProblem(enum.Enum):
    """Why a text is not a usable span."""

    NOT_A_SPAN = "not-a-span"
    NOT_POSITIVE = "not-positive"
    TOO_SHORT = "too-short"
    TOO_LONG = "too-long"


@dataclass(frozen=True, slots=True)
class Span:
    """A valid span, from MIN_SPAN to MAX_SPAN."""

    length: timedelta


SpanAnswer = Span | SpanProblem


def parse_span(text: str) -> SpanAnswer:
    """A span, or why the text is not one."""
    plain = text.casefold().strip()
    negative = plain.startswith("-")
    total = _sum_parts(plain.lstrip("-").strip())
    if total is None:
        return SpanProblem.NOT_A_SPAN
    if negative or total <= timedelta():
        return SpanProblem.NOT_POSITIVE
    if total < MIN_SPAN:
        return SpanProblem.TOO_SHORT
    if total > MAX_SPAN:
        return SpanProblem.TOO_LONG
    return Span(total)


def _sum_parts(plain: str) -> timedelta | None:
    total = timedelta()
    position = 0
    for found in _PART.finditer(plain):
        if plain[position : found.start()].strip(_JOINERS) != "":
            return None
        unit = _UNIT_OF.get(found[2])
        if unit is None:
            return None
        amount = int(found[1])
        if amount > _MAX_AMOUNT:
            return MAX_SPAN * 2  # too long, whatever the unit
        total += _UNIT_SPANS[unit] * amount
        position = found.end()
    if position == 0 or plain[position:].strip():
        return None
    return min(total, MAX_SPAN * 2)


def split_span(arguments: str) -> tuple[SpanAnswer | None, str]:
    """A command's optional span, then its reason: `2h spam` → (2 hours, "spam"). No span
    (None) when the first word does not start with a digit or a minus sign; the longest run of
    leading words that reads as a span wins, so `2 ore spam` is two hours."""
    words = arguments.split()
    if not words or not re.match(r"-?\d", words[0]):
        return None, arguments.strip()
    for count in range(min(_MAX_WORDS, len(words)), 0, -1):
        answer = parse_span(" ".join(words[:count]))
        if answer is not SpanProblem.NOT_A_SPAN:
            return answer, " ".join(words[count:])
    return SpanProblem.NOT_A_SPAN, " ".join(words[1:])


def compact(length: timedelta) -> str:
    """The shortest text parse_span reads back as `length` (whole minutes): `1d12h`."""
    minutes = int(length.total_seconds() // 60)
    parts = []
    for unit, size in (("w", 7 * 24 * 60), ("d", 24 * 60), ("h", 60), ("m", 1)):
        amount, minutes = divmod(minutes, size)
        if amount:
            parts.append(f"{amount}{unit}")
    return "".join(parts) or "0m"


def largest_unit(length: timedelta) -> tuple[int, str]:
    """A span as one amount of its largest whole unit, for people to read: (36, "h") for
    1d12h, (2, "w") for 14 days. Units: w, d, h, m."""
    for unit in ("w", "d", "h"):
        amount, rest = divmod(length, _UNIT_SPANS[unit])
        if amount and not rest:
            return int(amount), unit
    return max(1, int(length.total_seconds() // 60)), "m"
