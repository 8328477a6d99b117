"""What a project is made of, as a coordinator writes it (in /newproject or a spreadsheet).
Pure: no I/O."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class NewProject:
    title: str
    description: str
    causes: tuple[str, ...]
    skills: tuple[str, ...]
    city: str | None  # None: remote
    min_age: int
    max_age: int
    hours_per_week: int
    days: tuple[str, ...]
    places: int
    deadline: date | None


# Ages as coordinators type them: "16-25", "13 - 17 anni", "da 13 a 17", "13 to 17 years".
_AGE_BAND = re.compile(
    r"^\s*(?:(?:da|dai|tra|fra|from|between)\s+)?"
    r"(\d{1,2})\s*(?:anni|years?)?"
    r"\s*(?:[-–—/]|\s(?:a|ai|e|to|and)\s|\s)\s*"
    r"(\d{1,2})\s*(?:anni|years?(?:\s+old)?)?\s*\.?\s*$",
    re.IGNORECASE,
)


def parse_age_band(text: str) -> tuple[int, int] | None:
    """The two ages of a band typed in words or with a dash; None when it is not one."""
    found = _AGE_BAND.match(text)
    return (int(found[1]), int(found[2])) if found else None
