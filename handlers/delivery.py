"""What happened to the copies of something a person sent through the bot (rule 27), in one
phrasing for every sender: sent now, waiting for quiet hours to end and until when, cannot be
reached, switched off. It reports what the notifications gate decided, nothing more."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from bot.core.i18n import Html
from bot.services.notifications import DeliveryReport
from handlers.event_screens import when_words
from handlers.screens import Screens


def delivery_lines(screens: Screens, report: DeliveryReport, zone: ZoneInfo) -> Html:
    lines = []
    if report.sent:
        lines.append(screens.text("delivery-sent-now", count=report.sent))
    if report.held:
        until = report.held_until
        when = when_words(screens, until, zone) if until is not None else "—"
        lines.append(screens.text("delivery-held", count=report.held, until=when))
    if report.unreachable:
        lines.append(screens.text("delivery-unreachable", count=report.unreachable))
    if report.switched_off:
        lines.append(screens.text("delivery-switched-off", count=report.switched_off))
    return Html("\n".join(lines) or screens.text("delivery-nobody"))
