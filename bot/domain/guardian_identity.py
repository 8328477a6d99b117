"""What a guardian states about themself, and the date on a paper form, read from typed text
(safeguarding rule 2). Pure: no I/O."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from enum import Enum

RELATIONSHIPS = ("parent", "legal_guardian")
NAME_LENGTH = (2, 80)
# A form signed longer ago than this is not the consent in force: a new one is asked for.
SIGNED_WITHIN = timedelta(days=366)
_NAME_MARKS = frozenset(" '’-.")
_DATE = re.compile(r"\s*(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*(?:[/.\-]\s*(\d{2}|\d{4}))?\s*")


def stated_name(text: str) -> str | None:
    """A person's first and last name as typed (letters in any script, spaces, apostrophes,
    hyphens, dots), tidied; None if it is not one: a single word, digits, @, links, emoji."""
    name = " ".join(text.split())
    low, high = NAME_LENGTH
    if not low <= len(name) <= high:
        return None
    if any(not (char.isalpha() or char in _NAME_MARKS) for char in name):
        return None
    words = [word for word in name.split() if any(char.isalpha() for char in word)]
    return name if len(words) >= low else None


class DateProblem(Enum):
    UNREADABLE = "unreadable"
    FUTURE = "future"
    TOO_OLD = "too-old"


@dataclass(frozen=True)
class SignedOn:
    day: date | None
    problem: DateProblem | None = None


def signed_on(text: str, today: date) -> SignedOn:
    """The date on a paper form, day first (`12/03/2026`, `12.3.26`, `12-03`: this year)."""
    found = _DATE.fullmatch(text)
    if found is None:
        return SignedOn(None, DateProblem.UNREADABLE)
    day, month, year_text = int(found[1]), int(found[2]), found[3]
    year = today.year if year_text is None else int(year_text)
    if year_text is not None and len(year_text) == 2:
        year += 2000
    try:
        signed = date(year, month, day)
    except ValueError:
        return SignedOn(None, DateProblem.UNREADABLE)
    if signed > today:
        return SignedOn(None, DateProblem.FUTURE)
    if today - signed > SIGNED_WITHIN:
        return SignedOn(None, DateProblem.TOO_OLD)
    return SignedOn(signed)
