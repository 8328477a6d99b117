"""/appeal, the member's side: pick one of their sanctions still in force, say in a few words
why (or skip), check, send. The moderators' side is `handlers.appeal_cards`.

Buttons carry the sanction's number only; whose it is and whether it may still be appealed
are read again at every press."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from telegram import CallbackQuery, InlineKeyboardMarkup, Update

from bot.services.appeals import MAX_APPEAL_TEXT, Submitted
from bot.services.pending import PendingInput
from handlers.appeal_cards import post_to_moderators_chat
from handlers.appeal_screens import chat_title, sanction_text
from handlers.common import drop_keyboard, edit_screen, reply, send
from handlers.kit.callback_data import CallbackData
from handlers.kit.context import BotContext
from handlers.kit.guards import button
from handlers.kit.person import Person
from handlers.screens import Screen, Screens, pager
from storage.appeals import Sanction

WHY = "appeal-why"  # the question waiting for the member's words; ref: the sanction
PER_PAGE = 5
REFUSED = {
    Submitted.ALREADY_OPEN: "appeal-already-open",
    Submitted.ANSWERED: "appeal-already-answered",
    Submitted.GONE: "appeal-gone",
}
# Under a sanction in the list, once it was appealed.
LISTED = {
    Submitted.ALREADY_OPEN: "appeal-listed-waiting",
    Submitted.ANSWERED: "appeal-listed-answered",
}


class AppealPage(CallbackData, prefix="jl"):
    page: int


class AppealPick(CallbackData, prefix="jp"):
    sanction: int


class AppealStep(CallbackData, prefix="js"):
    """After the words: `skip` them, `send` the appeal, or `stop`."""

    action: Literal["skip", "send", "stop"]
    sanction: int


async def _about(context: BotContext, screens: Screens, sanction: Sanction) -> str:
    group = await chat_title(context, sanction.chat_id)
    return sanction_text(screens, context.services.settings.zone, sanction, group)


def _day(context: BotContext, at: datetime) -> str:
    return at.astimezone(context.services.settings.zone).strftime("%d/%m")


async def appeal(update: Update, context: BotContext, person: Person) -> None:
    await send(context, person, await _list_screen(context, person, 0))


async def _list_screen(context: BotContext, person: Person, page: int) -> Screen:
    sanctions = await context.services.appeals.appealable(person.id)
    if not sanctions:
        return Screen(person.text("appeal-none"))
    page = min(max(page, 0), (len(sanctions) - 1) // PER_PAGE)
    shown = sanctions[page * PER_PAGE : (page + 1) * PER_PAGE]
    lines = [
        f"{number}. {await _about(context, person.screens, sanction)}"
        + await _asked_already(context, person, sanction)
        for number, sanction in enumerate(shown, start=page * PER_PAGE + 1)
    ]
    rows = [
        [
            AppealPick(sanction.id).button(
                person.screens.label(
                    "appeal-pick",
                    number=number,
                    kind=person.text(f"appeal-kind-{sanction.kind}"),
                    at=_day(context, sanction.at),
                )
            )
        ]
        for number, sanction in enumerate(shown, start=page * PER_PAGE + 1)
    ]
    paging = pager(person.screens, AppealPage, page, PER_PAGE, len(sanctions))
    if paging:
        rows.append(paging)
    text = person.text("appeal-list") + "\n\n" + "\n\n".join(lines)
    return Screen(text, InlineKeyboardMarkup(rows))


async def _asked_already(context: BotContext, person: Person, sanction: Sanction) -> str:
    """A line under a sanction already appealed: waiting, or answered."""
    _, can = await context.services.appeals.choosable(person.id, sanction.id)
    key = LISTED.get(can)
    return "\n" + person.text(key) if key else ""


@button(AppealPage)
async def appeal_page(
    query: CallbackQuery, context: BotContext, person: Person, data: AppealPage
) -> None:
    await query.answer()
    await edit_screen(query, await _list_screen(context, person, data.page))


@button(AppealPick)
async def pick(query: CallbackQuery, context: BotContext, person: Person, data: AppealPick) -> None:
    services = context.services
    sanction, can = await services.appeals.choosable(person.id, data.sanction)
    await query.answer()
    if sanction is None or can is not Submitted.SENT:
        await reply(context, person, REFUSED[can])
        return
    await services.pending.expect(person.id, WHY, sanction.id)
    keyboard = InlineKeyboardMarkup(
        [
            [AppealStep("skip", sanction.id).button(person.screens.label("appeal-skip"))],
            [AppealStep("stop", sanction.id).button(person.screens.label("appeal-stop"))],
        ]
    )
    await reply(context, person, "appeal-ask-why", keyboard, max=MAX_APPEAL_TEXT)


async def take_text(context: BotContext, person: Person, typed: str, pending: PendingInput) -> bool:
    """The member's words about the sanction they chose."""
    if pending.kind != WHY:
        return False
    text = " ".join(typed.split())
    if len(text) > MAX_APPEAL_TEXT:
        # Refused whole, never cut: moderators read exactly what the member wrote.
        await reply(context, person, "message-too-long", max=MAX_APPEAL_TEXT, length=len(text))
        return True
    await context.services.pending.keep_typed(person.id, text)
    await send(context, person, await _confirm_screen(context, person, pending.ref, text))
    return True


async def _confirm_screen(
    context: BotContext, person: Person, sanction_id: int, text: str
) -> Screen:
    sanction, _ = await context.services.appeals.choosable(person.id, sanction_id)
    about = await _about(context, person.screens, sanction) if sanction else ""
    words = (
        person.text("appeal-confirm-words", words=text)
        if text
        else person.text("appeal-confirm-no-words")
    )
    keyboard = InlineKeyboardMarkup(
        [
            [AppealStep("send", sanction_id).button(person.screens.label("appeal-send"))],
            [AppealStep("stop", sanction_id).button(person.screens.label("appeal-stop"))],
        ]
    )
    return Screen(person.text("appeal-confirm", sanction=about, words=words), keyboard)


@button(AppealStep)
async def step(query: CallbackQuery, context: BotContext, person: Person, data: AppealStep) -> None:
    services = context.services
    pending = await services.pending.get(person.id)
    if pending is None or (pending.kind, pending.ref) != (WHY, data.sanction):
        # A second tap, or an older screen: what it says stays as it is.
        await query.answer(person.text("appeal-step-old"), show_alert=True)
        await drop_keyboard(query)
        return
    await query.answer()
    if data.action == "stop":
        await services.pending.clear(person.id)
        await edit_screen(query, Screen(person.text("appeal-stopped")))
    elif data.action == "skip":
        await services.pending.keep_typed(person.id, "")
        await edit_screen(query, await _confirm_screen(context, person, data.sanction, ""))
    else:
        await _send_appeal(query, context, person, data.sanction)


async def _send_appeal(
    query: CallbackQuery, context: BotContext, person: Person, sanction_id: int
) -> None:
    services = context.services
    words = await services.pending.typed(person.id)
    await services.pending.clear(person.id)
    appeal_id, outcome = await services.appeals.submit(person.id, sanction_id, words)
    if appeal_id is None:
        await edit_screen(query, Screen(person.text(REFUSED[outcome])))
        return
    await edit_screen(query, Screen(person.text("appeal-sent")))
    sanction = await services.appeals.sanction_of(appeal_id)
    if sanction is None:
        return
    card = await services.appeals.card(appeal_id, await chat_title(context, sanction.chat_id))
    if card is not None:
        await services.appeals.tell_moderators(card)
        await post_to_moderators_chat(context, card)
