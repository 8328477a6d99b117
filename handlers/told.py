"""What a staff member's confirmation says became of the notice the bot sent on their action
(rule 27): told now, told when quiet hours end, or not reachable. It reports the gate's
Delivery, so a screen never claims "I told them" while the notice waits."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from bot.services.notifications import Delivery, Outcome
from handlers.event_screens import when_words
from handlers.screens import Screens


def told_words(screens: Screens, delivery: Delivery, zone: ZoneInfo, family: str = "told") -> str:
    """`family`-now, -held or -unreachable: a phrase inside a sentence (`told`) or a sentence of
    its own (`desk-told`, the moderators' desk). A held one may name the hour or the day."""
    if delivery.outcome is Outcome.SENT:
        return screens.text(f"{family}-now")
    if delivery.outcome is Outcome.HELD and delivery.until is not None:
        return screens.text(
            f"{family}-held",
            time=delivery.until.astimezone(zone).strftime("%H:%M"),
            until=when_words(screens, delivery.until, zone),
        )
    return screens.text(f"{family}-unreachable")
