"""What a staff member's confirmation says became of the notice the bot sent on their action
(rule 27): told now, told when quiet hours end, or not reachable. It reports the gate's
Delivery, so a screen never claims "I told them" while the notice waits."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from bot.services.notifications import Delivery, Outcome
from handlers.screens import Screens


def told_words(screens: Screens, delivery: Delivery, zone: ZoneInfo) -> str:
    if delivery.outcome is Outcome.SENT:
        return screens.text("told-now")
    if delivery.outcome is Outcome.HELD and delivery.until is not None:
        return screens.text("told-held", time=delivery.until.astimezone(zone).strftime("%H:%M"))
    return screens.text("told-unreachable")
