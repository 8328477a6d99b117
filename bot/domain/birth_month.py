"""Birth month and year, typed in the forms people use; the age they can be at the youngest.

Pure: no I/O. The onboarding asks for month and year only (never the day), so age is computed as
if the person were born on the last day of that month: the youngest they can be.
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from dataclasses import dataclass
from datetime import date

MONTH_NAMES: dict[str, int] = {}
for _number, _names in enumerate(
    (
        ("gennaio", "january", "gen", "jan"),
        ("febbraio", "february", "feb"),
        ("marzo", "march", "mar"),
        ("aprile", "april", "apr"),
        ("maggio", "may", "mag"),
        ("giugno", "june", "giu", "jun"),
        ("luglio", "july", "lug", "jul"),
        ("agosto", "august", "ago", "aug"),
        ("settembre", "september", "set", "sep", "sept"),
        ("ottobre", "october", "ott", "oct"),
        ("novembre", "november", "nov"),
        ("dicembre", "december", "dic", "dec"),
    ),
    start=1,
):
    for _name in _names:
        MONTH_NAMES[_name] = _number

_NUMERIC_MONTH_FIRST = re.compile(r"^(\d{1,2})\s*[/\-.\s]\s*(\d{4})$")
_NUMERIC_YEAR_FIRST = re.compile(r"^(\d{4})\s*[/\-.\s]\s*(\d{1,2})$")
_NAMED = re.compile(r"^([^\W\d_]+)\.?\s*(?:del\s+|of\s+|,\s*)?(\d{4})$")
EARLIEST_YEAR = 1900


@dataclass(frozen=True, order=True)
class BirthMonth:
    year: int
    month: int

    @property
    def last_day(self) -> date:
        return date(self.year, self.month, calendar.monthrange(self.year, self.month)[1])

    def youngest_age_on(self, today: date) -> int:
        """Completed years on `today` for someone born on the last day of this month."""
        born = self.last_day
        before_birthday = (today.month, today.day) < (born.month, born.day)
        return today.year - born.year - (1 if before_birthday else 0)


def _plain(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold().strip()


def parse_birth_month(text: str, today: date) -> BirthMonth | None:
    """`03/2010`, `3-2010`, `2010-03`, `marzo 2010`, `March 2010`, `mar. 2010`…; None if the
    text is none of these, or names a month that does not exist, is in the future or before
    1900."""
    plain = _plain(text)[:40]
    month: int | None = None
    year: int | None = None
    if match := _NUMERIC_MONTH_FIRST.match(plain):
        month, year = int(match[1]), int(match[2])
    elif match := _NUMERIC_YEAR_FIRST.match(plain):
        year, month = int(match[1]), int(match[2])
    elif (match := _NAMED.match(plain)) and match[1] in MONTH_NAMES:
        month, year = MONTH_NAMES[match[1]], int(match[2])
    if month is None or year is None or not 1 <= month <= 12:
        return None
    found = BirthMonth(year, month)
    if year < EARLIEST_YEAR or found > BirthMonth(today.year, today.month):
        return None
    return found
