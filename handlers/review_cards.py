"""Every copy of an application card (one per coordinator of the project, and a reminder's):
remembered when sent, and all drawn again without buttons the moment one coordinator decides,
saying who did it ("✅ Accepted by Emma · 18:04"), so no colleague answers it twice or wonders."""

from __future__ import annotations

import logging

from telegram import Bot, Message
from telegram.error import BadRequest

from bot.services.applications import ApplicationCard, CardsRedraw, Decided, age_band
from bot.services.cocoordination import colleague
from bot.services.notifications import Recipient
from bot.wiring import Services
from handlers.broadcast_words import local_time
from handlers.kit.notifier import SentHook
from handlers.kit.person import Person
from handlers.project_screens import applicant_card
from handlers.screens import Screens
from handlers.staff import started_first_name
from storage.application_cards import ApplicationCardCopy
from storage.projects import Application

logger = logging.getLogger(__name__)

# What was decided, said on a card: by the one looking at it, or by a colleague.
OWN = {"accepted": "review-stamp-accepted", "declined": "review-stamp-declined"}
COLLEAGUE = {"accepted": "cocoord-stamp-accepted", "declined": "cocoord-stamp-declined"}
# A late press, when the one who pressed is not the one who decided.
ALREADY_BY = {"accepted": "cocoord-already-accepted", "declined": "cocoord-already-declined"}


def card_sent(services: Services) -> SentHook[ApplicationCard]:
    async def sent(note: ApplicationCard, recipient: Recipient, message: Message) -> None:
        copy = ApplicationCardCopy(
            note.application.id,
            recipient.telegram_id,
            message.chat_id,
            message.message_id,
            recipient.language,
        )
        await services.applications.card_sent(copy)

    return sent


async def named(bot: Bot, services: Services, staff_id: int) -> dict[str, str]:
    """`colleague()`, with an admin from ADMIN_IDS named as Telegram shows them when the bot
    may ask (they started it): "accepted by Paola" rather than "by an admin"."""
    by = await colleague(services.staff, staff_id)
    if by["who"] == "admin" and (name := await started_first_name(bot, services, staff_id)):
        return {"who": "staff", "name": name}
    return by


def decided_line(
    services: Services, screens: Screens, decided: Decided, viewer: int, by: dict[str, str]
) -> str:
    application = decided.card.application
    status = application.status
    when = application.decided_at
    time = local_time(when, services.settings.zone) if when is not None else ""
    if status == "withdrawn":
        return screens.text("review-card-withdrawn", time=time)
    if decided.decided_by == viewer:
        return screens.text(OWN[status], time=time)
    return screens.text(COLLEAGUE[status], **by, time=time)


def card_redrawer(services: Services, bot: Bot) -> CardsRedraw:
    async def redraw(application_id: int) -> None:
        decided = await services.applications.decided(application_id)
        if decided is None or decided.card.application.status not in {*OWN, "withdrawn"}:
            return
        card, decider = decided.card, decided.decided_by
        by = await named(bot, services, decider) if decider is not None else {}
        for copy in await services.applications.card_copies(application_id):
            try:
                if await services.projects.managed(copy.coordinator_id, card.project.id) is None:
                    # Off the project since: not theirs to read, but no longer pressable.
                    await bot.edit_message_reply_markup(copy.chat_id, copy.message_id)
                    continue
                screens = Screens(services.translate, copy.language)
                band = age_band(card.age)
                text = applicant_card(
                    screens, card.profile, band, card.application.message, card.project
                )
                line = decided_line(services, screens, decided, copy.coordinator_id, by)
                await bot.edit_message_text(
                    f"{text}\n\n{line}", chat_id=copy.chat_id, message_id=copy.message_id
                )
            except BadRequest as error:  # already showing it, or too old to edit
                logger.info("application %d's card not redrawn: %s", application_id, error)

    return redraw


async def already_said(
    bot: Bot, services: Services, person: Person, application: Application
) -> str:
    """How an application stands, for a press that came after it was decided."""
    status, by = application.status, application.decided_by
    if by is None or by == person.id or status not in ALREADY_BY:
        return person.text(
            {"accepted": "review-already-accepted", "declined": "review-already-declined"}.get(
                status, "review-already"
            )
        )
    return person.text(ALREADY_BY[status], **await named(bot, services, by))
