"""The closed lists members choose from: causes, skills, availability, weekly hours and consent
purposes. Keys are stored and matched on; labels live in `locales/` as `cause-<key>`,
`skill-<key>`, `days-<key>`, `hours-<n>` and `purpose-<key>`. Pure: no I/O.

Keys are short (they travel in callback data, 64 bytes at most) and never change meaning once
stored: add new ones, retire old ones, never rename.
"""

from __future__ import annotations

import re
from typing import Final

CAUSES: Final = (
    "climate",
    "education",
    "inclusion",
    "health",
    "digital",
    "culture",
    "poverty",
    "civic",
    "animals",
    "migrants",
    "equality",
    "sport",
)

SKILLS: Final = (
    "design",
    "social",
    "video",
    "writing",
    "coding",
    "events",
    "languages",
    "tutoring",
    "music",
    "speaking",
    "manual",
    "data",
    "cooking",
    "care",
)

DAYS: Final = ("weekdays", "weekends", "evenings")

# Weekly hours offered as buttons; each stands for "up to" that many hours. Typed whole numbers
# from 1 to MAX_HOURS_PER_WEEK are accepted too.
HOURS_CHOICES: Final = (2, 5, 10, 20)
MAX_HOURS_PER_WEEK: Final = 40

PURPOSES: Final = ("matching", "reminders", "announcements")

CHOICE_LISTS: Final[dict[str, tuple[str, ...]]] = {
    "causes": CAUSES,
    "skills": SKILLS,
    "days": DAYS,
}


def ordered(keys: tuple[str, ...] | set[str], field: str) -> tuple[str, ...]:
    """Keys in catalog order, unknown ones dropped (an old or forged key never gets stored)."""
    chosen = set(keys)
    return tuple(key for key in CHOICE_LISTS[field] if key in chosen)


# The closed ranges the buttons stand for ("3–5 hours" is 5): typed, they mean that button.
# The last button, "more than 10", is open-ended and has no range to type.
HOURS_RANGES: Final = {
    (low + 1, high): high
    for low, high in zip((0, *HOURS_CHOICES), HOURS_CHOICES[:-1], strict=False)
}
_RANGE = re.compile(r"([0-9]{1,2})\s*[-–—]\s*([0-9]{1,2})")


def parse_hours(text: str) -> int | None:
    """A typed weekly-hours answer: `5`, `5h`, `5 ore`, `5 hours`, or a button's range such as
    `3-5` (its button's value, so it reads back as that range); None if not 1–40."""
    digits = text.strip().casefold()
    for suffix in ("hours", "hour", "ore", "ora", "hrs", "h"):
        if digits.endswith(suffix):
            digits = digits[: -len(suffix)].strip()
            break
    if bounds := _RANGE.fullmatch(digits):
        return HOURS_RANGES.get((int(bounds[1]), int(bounds[2])))
    if not digits.isascii() or not digits.isdigit() or len(digits) > 2:
        return None
    hours = int(digits)
    return hours if 1 <= hours <= MAX_HOURS_PER_WEEK else None
