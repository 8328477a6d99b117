"""What a project is made of, as a coordinator writes it (in /newproject or a spreadsheet).
Pure: no I/O."""

from __future__ import annotations

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
