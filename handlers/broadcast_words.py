"""A broadcast as its sender and the moderators read it: the audience in words, how many it
reaches (and how many quiet hours hold back, rule 27), when, and the message itself sent as the
members will see it."""

from __future__ import annotations

import html
from collections.abc import Sequence
from datetime import datetime
from zoneinfo import ZoneInfo

from telegram import Bot

from bot.domain.audience import OLDEST, Audience, Condition, Field
from bot.domain.contact_details import ContactKind
from bot.services.audiences import AudienceCount
from bot.services.notifications import Recipient
from bot.wiring import Services
from handlers.broadcast_copies import framed
from handlers.event_screens import when_words
from handlers.screens import Screens
from storage.broadcasts import BroadcastContent, BroadcastKind

LABELS = {Field.CAUSE: "cause", Field.SKILL: "skill"}


def value_words(screens: Screens, condition: Condition, titles: dict[str, str]) -> str:
    words = []
    for value in condition.values:
        if condition.field in LABELS:
            words.append(screens.label(f"{LABELS[condition.field]}-{value}"))
        elif condition.field is Field.LANGUAGE:
            words.append(screens.speaking(value).label("language-name"))
        elif condition.field is Field.CITY:
            words.append(screens.label("broadcast-city-remote") if value == "remote" else value)
        elif condition.field is Field.PROJECT:
            words.append(titles.get(f"p{value}", "—"))
        elif condition.field is Field.EVENT:
            event, _, answer = value.partition(":")
            title = titles.get(f"e{event}", "—")
            words.append(f"{title} ({screens.label(f'broadcast-answer-{answer}')})")
        elif condition.field is Field.AGE and value.endswith(f"-{OLDEST}"):
            words.append(value.split("-", 1)[0] + "+")
        else:
            words.append(value)
    return html.escape(", ".join(words))


async def audience_words(services: Services, screens: Screens, audience: Audience) -> str:
    """One line per condition, or "everyone who takes announcements"."""
    if audience.everyone:
        return screens.text("broadcast-audience-everyone")
    named = [(c.field, v.split(":", 1)[0]) for c in audience.conditions for v in c.values]
    project_ids = {int(v) for field, v in named if field is Field.PROJECT}
    event_ids = {int(v) for field, v in named if field is Field.EVENT}
    titles = await services.audiences.repository.titles(project_ids, event_ids)
    lines = []
    for condition in audience.conditions:
        key = "broadcast-cond-ex" if condition.exclude else "broadcast-cond-in"
        field = screens.text(f"broadcast-field-{condition.field.value}")
        lines.append(screens.text(key, field=field, values=value_words(screens, condition, titles)))
    return "\n".join(lines)


def kinds_words(screens: Screens, kinds: Sequence[ContactKind]) -> str:
    """ "un numero di telefono, un'e-mail": what rule 24 found, in the reader's words."""
    return ", ".join(screens.text(f"modlog-kind-{kind.value}") for kind in kinds)


def local_time(at: datetime, zone: ZoneInfo) -> str:
    return at.astimezone(zone).strftime("%H:%M")


def reach_words(
    screens: Screens, count: AudienceCount, zone: ZoneInfo, *, later: bool = False
) -> str:
    """ "Goes to 57 members: 12 under 18, of whom 12 are in quiet hours now (they get it at
    08:00)"; `later`: the count is for the time it is scheduled, and says "then"."""
    if count.minors == 0:
        return screens.text("broadcast-reach-adults", total=count.total)
    until = local_time(count.quiet_until, zone) if count.quiet_until is not None else ""
    return screens.text(
        "broadcast-reach",
        total=count.total,
        minors=count.minors,
        quiet=count.minors_in_quiet_now,
        until=until,
        later="yes" if later else "no",
    )


def when_line(screens: Screens, send_at: datetime | None, zone: ZoneInfo) -> str:
    if send_at is None:
        return screens.text("broadcast-when-now")
    return screens.text("broadcast-when-at", when=when_words(screens, send_at, zone, year=True))


async def send_as_members_see(
    services: Services, bot: Bot, recipient: Recipient, content: BroadcastContent
) -> None:
    """The message exactly as a member gets it: a text, a photo or document with its caption,
    or an event's card (drawn by the delivery engine's copy port, as every copy is)."""
    chat_id = recipient.telegram_id
    if content.kind is BroadcastKind.EVENT:
        await services.broadcast_delivery.port.send_copy(recipient, content)
        return
    screens = Screens(services.translate, recipient.language)
    body = framed(screens, services.settings.community_name, content.body)
    if content.media_kind == "photo" and content.media_file_id:
        await bot.send_photo(chat_id, content.media_file_id, caption=body)
    elif content.media_kind == "document" and content.media_file_id:
        await bot.send_document(chat_id, content.media_file_id, caption=body)
    else:
        await bot.send_message(chat_id, body)
