"""How a coordinator says when a series ends: a date ("30/06", "30/06/2027", "30 aprile",
"fine aprile", "fino a giugno", "end of April") or a number of times ("12"), typed; or a preset
button (three months, the end of the school year, ten times). A month alone is its last day.
A date without its year is the first such date from today on (one that has just passed stays this
year's): one before the first meeting is refused as such, never pushed to next year. Pure: no
I/O."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

from dateutil.relativedelta import relativedelta

from bot.domain.when import month_number, weekday_number

# "never", "forever": a series must end, and is told so rather than "I did not understand".
_NO_END = re.compile(
    r"^(mai|never|sempre|per sempre|forever|nessuna|nessuno|none|no end|senza fine|infinit[oae])$",
    re.I,
)
_DATE = re.compile(r"^(\d{1,2})\s*[/.\-]\s*(\d{1,2})(?:\s*[/.\-]\s*(\d{2}|\d{4}))?$")
_COUNT = re.compile(r"^(\d{1,4})(?:\s*(volte|times|date|incontri|x))?$", re.I)
SCHOOL_YEAR_END = (6, 30)  # the last day of June
# A date without its year that passed at most this long ago is a slip, not next year's.
JUST_PASSED = timedelta(days=60)
# Words around a date that change nothing: "fino al 30 aprile", "fine aprile", "end of April".
_FILLER = frozenset(
    {"fino", "a", "al", "alla", "all", "ad", "allo", "entro", "il", "la", "l", "di", "del",
     "della", "fine", "until", "till", "til", "to", "by", "the", "of", "end", "on", "in"}
)  # fmt: skip
_WORD = re.compile(r"[^\W\d_]+|\d+")


@dataclass(frozen=True)
class End:
    """One of: a last date, a number of times, `never` (refused: a series must end), or none
    of them (not understood)."""

    until: date | None = None
    count: int | None = None
    never: bool = False


def parse_end(text: str, today: date) -> End:
    """A typed end; a date without its year is the first such date from `today` on."""
    words = " ".join(text.casefold().split()).strip(" .!")
    if _NO_END.match(words):
        return End(never=True)
    counted = _COUNT.match(words)
    if counted:
        return End(count=int(counted.group(1)))
    found = _DATE.match(_without_filler(words))
    if found is None:
        return _in_words(words, today)
    day, month, year = int(found.group(1)), int(found.group(2)), found.group(3)
    if year is None:
        return _next_date(day, month, today)
    return _dated(day, month, int(year) + (2000 if len(year) == 2 else 0))


def _without_filler(words: str) -> str:
    """ "fino al 30/04" as "30/04"."""
    kept = [word for word in words.replace("'", " ").split() if word not in _FILLER]
    return " ".join(kept)


def _in_words(words: str, today: date) -> End:
    """ "30 aprile", "April 30 2027", "fine giugno", "giugno" (its last day)."""
    tokens = [
        word
        for word in _WORD.findall(words.replace("'", " "))
        if word not in _FILLER and weekday_number(word) is None
    ]
    months = [month_number(word) for word in tokens if not word.isdecimal()]
    numbers = [int(word) for word in tokens if word.isdecimal()]
    if len(months) != 1 or months[0] is None or len(tokens) != len(numbers) + 1:
        return End()
    month = months[0]
    years = [n for n in numbers if n >= 1000]
    days = [n for n in numbers if n < 1000]
    if len(years) > 1 or len(days) > 1:
        return End()
    if not days:
        year = years[0] if years else _year_from(today, month, 31)
        return _dated(calendar.monthrange(year, month)[1], month, year)
    if years:
        return _dated(days[0], month, years[0])
    return _next_date(days[0], month, today)


def _year_from(today: date, month: int, day: int) -> int:
    """The year of the first end of `month` (or its `day`) from today on."""
    last = min(day, calendar.monthrange(today.year, month)[1])
    return today.year if date(today.year, month, last) >= today else today.year + 1


def _dated(day: int, month: int, year: int) -> End:
    try:
        return End(until=date(year, month, day))
    except ValueError:
        return End()


def _next_date(day: int, month: int, today: date) -> End:
    """The first such date from today on; but a date that has just passed ("01/12" typed on 5
    December) stays this year's, and so is refused as before the first meeting: a year of
    meetings is never made from a slip. One passed long ago ("30/06" in December) is next
    year's, as people mean it."""
    for year in range(today.year, today.year + 5):  # 29 February: up to four years on
        try:
            found = date(year, month, day)
        except ValueError:
            continue
        if found >= today:
            passed = _this_year(day, month, today)
            if passed is not None and passed < today and today - passed <= JUST_PASSED:
                return End(until=passed)
            return End(until=found)
    return End()


def _this_year(day: int, month: int, today: date) -> date | None:
    try:
        return date(today.year, month, day)
    except ValueError:
        return None


def months_after(first: date, months: int) -> date:
    """The last day of a span of months from `first` ("for three months" from 8 January: up to
    7 April)."""
    return first + relativedelta(months=months, days=-1)


def school_year_end(first: date) -> date:
    """The end of June that closes the school year `first` falls in (September-August)."""
    month, day = SCHOOL_YEAR_END
    year = first.year if first.month <= month else first.year + 1
    return date(year, month, day)
