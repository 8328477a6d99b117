"""Small phrasings the moderators' desk shares between its screens: what happened to the one
message a decision sends to the person it concerns (rule 27, for one copy)."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from bot.services.notifications import Delivery, Outcome
from handlers.event_screens import when_words
from handlers.screens import Screens


def told_line(screens: Screens, delivery: Delivery, zone: ZoneInfo) -> str:
    if delivery.outcome is Outcome.SENT:
        return screens.text("desk-told-sent")
    if delivery.outcome is Outcome.HELD and delivery.until is not None:
        return screens.text("desk-told-held", until=when_words(screens, delivery.until, zone))
    return screens.text("desk-told-unreachable")
