"""How an appeal reads: a sanction in one paragraph (the member's list, their check screen and
the moderators' card say it the same way), the moderators' card, and how it ended."""

from __future__ import annotations

from datetime import datetime
from typing import Literal
from zoneinfo import ZoneInfo

from telegram import InlineKeyboardMarkup
from telegram.error import TelegramError

from bot.services.appeals import AppealCard
from handlers.kit.callback_data import CallbackData
from handlers.kit.context import BotContext
from handlers.kit.notifier import Renderer
from handlers.screens import Screen, Screens
from storage.appeals import Appeal, Sanction


class AppealDecide(CallbackData, prefix="jd"):
    """On a moderator's card: keep the sanction or lift it (either asks why first)."""

    verdict: Literal["upheld", "lifted"]
    appeal: int


def when(at: datetime, zone: ZoneInfo) -> str:
    return at.astimezone(zone).strftime("%d/%m/%Y %H:%M")


async def chat_title(context: BotContext, chat_id: int) -> str | None:
    """The group's name as Telegram shows it now; None if Telegram cannot say."""
    try:
        chat = await context.bot.get_chat(chat_id)
    except TelegramError:
        return None
    return chat.title


def sanction_text(screens: Screens, zone: ZoneInfo, sanction: Sanction, group: str | None) -> str:
    """What, when, where, until when, and why."""
    until = (
        screens.text("appeal-until", kind=sanction.kind, until=when(sanction.until, zone))
        if sanction.until is not None
        else screens.text(f"appeal-until-lifted-{sanction.kind}")
    )
    return screens.text(
        "appeal-sanction",
        kind=screens.text(f"appeal-kind-{sanction.kind}"),
        at=when(sanction.at, zone),
        group=group or screens.text("appeal-a-group"),
        until=until,
        reason=sanction.reason or screens.text("appeal-no-reason"),
    )


def card_text(screens: Screens, zone: ZoneInfo, card: AppealCard) -> str:
    given_by = card.given_by or screens.text(f"appeal-given-by-{card.given_by_kind}")
    words = (
        screens.text("appeal-card-words", words=card.text)
        if card.text
        else screens.text("appeal-card-no-words")
    )
    return screens.text(
        "appeal-card",
        name=card.member_name,
        band=card.band,
        speaks=speaks(screens, card.language),
        sanction=sanction_text(screens, zone, card.sanction, card.group),
        given_by=given_by,
        words=words,
    )


def speaks(screens: Screens, language: str) -> str:
    """ ", writes in English" after the member's age: the reason they will read is as typed."""
    if not language:
        return ""  # an erased member: nobody to write to
    return screens.text("appeal-card-speaks", reads=screens.text(f"records-language-{language}"))


def card_screen(screens: Screens, zone: ZoneInfo, card: AppealCard) -> Screen:
    keyboard = InlineKeyboardMarkup(
        [
            [
                AppealDecide("upheld", card.appeal_id).button(screens.label("appeal-uphold")),
                AppealDecide("lifted", card.appeal_id).button(screens.label("appeal-lift")),
            ]
        ]
    )
    return Screen(card_text(screens, zone, card), keyboard)


def card_renderer(zone: ZoneInfo) -> Renderer[AppealCard]:
    async def render(screens: Screens, card: AppealCard) -> Screen:
        return card_screen(screens, zone, card)

    return render


def outcome_text(screens: Screens, appeal: Appeal) -> str:
    """How the appeal ended, by whom, and why: the line every copy of its card ends with."""
    if appeal.ended_before is not None:
        return screens.text(f"appeal-outcome-ended-{appeal.ended_before}")
    return screens.text(
        f"appeal-outcome-{appeal.state}",
        name=appeal.decided_by_name or "—",
        reason=appeal.decision_reason or "—",
    )
