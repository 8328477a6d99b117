"""School years (September to August, as Italian schools count them) and volunteering time as
people read it. Pure: no I/O."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

FIRST_MONTH = 9  # September: a school year is named by the year it starts in


def school_year_of(day: date) -> int:
    """2026 for any day from 1 September 2026 to 31 August 2027."""
    return day.year if day.month >= FIRST_MONTH else day.year - 1


def school_year_label(year: int) -> str:
    """How schools write it: "2026/27"."""
    return f"{year}/{(year + 1) % 100:02d}"


def school_year_slug(year: int) -> str:
    """For a file name: "2026-27"."""
    return f"{year}-{(year + 1) % 100:02d}"


def hours_and_minutes(minutes: int) -> tuple[int, int]:
    """90 → (1, 30): shown as "1 h 30 min", which reads the same in Italian and English."""
    return divmod(max(minutes, 0), 60)


def total_minutes(minutes: Iterable[int]) -> int:
    return sum(minutes)
