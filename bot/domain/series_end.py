"""How a coordinator says when a series ends: a date ("30/06", "30/06/2027") or a number of
times ("12"), typed; or a preset button (three months, the end of the school year, ten times).
Pure: no I/O."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from dateutil.relativedelta import relativedelta

# "never", "forever": a series must end, and is told so rather than "I did not understand".
_NO_END = re.compile(
    r"^(mai|never|sempre|per sempre|forever|nessuna|nessuno|none|no end|senza fine|infinit[oae])$",
    re.I,
)
_DATE = re.compile(r"^(\d{1,2})\s*[/.\-]\s*(\d{1,2})(?:\s*[/.\-]\s*(\d{2}|\d{4}))?$")
_COUNT = re.compile(r"^(\d{1,4})(?:\s*(volte|times|date|incontri|x))?$", re.I)
SCHOOL_YEAR_END = (6, 30)  # the last day of June


@dataclass(frozen=True)
class End:
    """One of: a last date, a number of times, `never` (refused: a series must end), or none
    of them (not understood)."""

    until: date | None = None
    count: int | None = None
    never: bool = False


def parse_end(text: str, first: date) -> End:
    """A typed end; a date without its year is the next such date from `first` on."""
    words = " ".join(text.split()).strip(" .!")
    if _NO_END.match(words):
        return End(never=True)
    counted = _COUNT.match(words)
    if counted:
        return End(count=int(counted.group(1)))
    found = _DATE.match(words)
    if found is None:
        return End()
    day, month, year = int(found.group(1)), int(found.group(2)), found.group(3)
    if year is None:
        return _next_date(day, month, first)
    full_year = int(year) + (2000 if len(year) == 2 else 0)
    try:
        return End(until=date(full_year, month, day))
    except ValueError:
        return End()


def _next_date(day: int, month: int, first: date) -> End:
    for year in (first.year, first.year + 1):
        try:
            found = date(year, month, day)
        except ValueError:
            continue
        if found >= first:
            return End(until=found)
    return End()


def months_after(first: date, months: int) -> date:
    """The last day of a span of months from `first` ("for three months" from 8 January: up to
    7 April)."""
    return first + relativedelta(months=months, days=-1)


def school_year_end(first: date) -> date:
    """The end of June that closes the school year `first` falls in (September-August)."""
    month, day = SCHOOL_YEAR_END
    year = first.year if first.month <= month else first.year + 1
    return date(year, month, day)
