"""An amount of volunteering time as people read it ("4 h 30 min"), in the reader's language:
for /hours, its statement and attendance."""

from __future__ import annotations

from bot.domain.school_year import hours_and_minutes
from handlers.screens import Screens


def amount(screens: Screens, minutes: int) -> str:
    hours, rest = hours_and_minutes(minutes)
    return screens.text("hours-amount", hours=hours, minutes=rest)
