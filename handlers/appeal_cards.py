"""Appeals, the moderators' side: the card (each moderator privately, and the moderators'
chat), Keep or Lift, the reason typed in private, a check, and the outcome drawn on every copy.

Every press is authorized as moderator when it runs (rule 22); the decision is one UPDATE on an
open appeal, so of two moderators the first wins and the second is told who decided and how."""

from __future__ import annotations

import logging
from typing import Literal

from telegram import CallbackQuery, InlineKeyboardMarkup, Message
from telegram.error import BadRequest, Forbidden, TelegramError

from bot.services.appeals import (
    MAX_DECISION_REASON,
    AppealCard,
    Moderator,
    OwnSanction,
    Verdict,
)
from bot.services.notifications import Recipient
from bot.services.pending import PendingInput
from bot.services.staff import Role
from bot.wiring import Services
from handlers.appeal_screens import AppealDecide, card_screen, card_text, chat_title, outcome_text
from handlers.common import drop_keyboard, edit_screen, reply
from handlers.kit.callback_data import CallbackData
from handlers.kit.context import BotContext
from handlers.kit.guards import STALE, button, not_ours, requires
from handlers.kit.notifier import SentHook
from handlers.kit.person import Person
from handlers.screens import Screen, Screens
from handlers.told import told_words
from storage.appeals import Appeal, CardCopy

logger = logging.getLogger(__name__)

# The question waiting for a moderator's reason, by the verdict it is for; ref: the appeal.
REASON_FOR = {f"appeal-{verdict.value}": verdict for verdict in Verdict}


class AppealConfirm(CallbackData, prefix="jc"):
    """After the reason: `ok` decides, `stop` decides nothing."""

    action: Literal["ok", "stop"]
    verdict: Literal["upheld", "lifted"]
    appeal: int


def card_sent(services: Services) -> SentHook[AppealCard]:
    """Each moderator's copy is remembered, so the outcome can be drawn on all of them."""

    async def remember(card: AppealCard, recipient: Recipient, message: Message) -> None:
        copy = CardCopy(message.chat_id, message.message_id, recipient.language)
        await services.appeals.card_sent(card.appeal_id, copy)

    return remember


async def post_to_moderators_chat(context: BotContext, card: AppealCard) -> None:
    """A copy in MOD_CHAT_ID, if set, in the bot's default language."""
    services = context.services
    chat_id = services.settings.mod_chat_id
    if chat_id is None:
        return
    screens = Screens(services.translate, services.settings.default_language)
    screen = card_screen(screens, services.settings.zone, card)
    try:
        message = await context.bot.send_message(chat_id, screen.text, reply_markup=screen.keyboard)
    except TelegramError as error:
        logger.warning(
            "could not post appeal %d to the moderators' chat: %s", card.appeal_id, error
        )
        return
    copy = CardCopy(chat_id, message.message_id, screens.language)
    await services.appeals.card_sent(card.appeal_id, copy)


@button(AppealDecide)
@requires(Role.MODERATOR)
async def decide_button(
    query: CallbackQuery, context: BotContext, person: Person, data: AppealDecide
) -> None:
    appeals = context.services.appeals
    appeal = await appeals.get(data.appeal)
    if appeal is None:
        await not_ours(query, person, "AppealDecide")
        return
    if appeal.state != "open":
        await _already(query, context, person, appeal)
        return
    closed = await appeals.close_if_ended(appeal.id, Moderator(person.id, person.first_name))
    if closed is not None:
        await query.answer(outcome_text(person.screens, closed.appeal), show_alert=True)
        await redraw_cards(context, closed.appeal)
        return
    own = await appeals.own_sanction(appeal.id, person.id)
    if own is OwnSanction.REFUSED:
        await query.answer(person.text("appeal-own"), show_alert=True)
        return
    if not await _ask_reason(context, person, Verdict(data.verdict), appeal.id, own):
        await query.answer(person.text("appeal-start-me"), show_alert=True)
        return
    in_group = person.chat_id != person.id
    await query.answer(person.text("appeal-asked-in-private") if in_group else None)


async def _already(
    query: CallbackQuery, context: BotContext, person: Person, appeal: Appeal
) -> None:
    """A late press: who decided and how, and every copy shows it."""
    text = person.text("appeal-already-decided", outcome=outcome_text(person.screens, appeal))
    await query.answer(text[:200], show_alert=True)
    await redraw_cards(context, appeal)


async def _ask_reason(
    context: BotContext, person: Person, verdict: Verdict, appeal: int, own: OwnSanction | None
) -> bool:
    """In the moderator's private chat, where typed text goes; False if they never started
    the bot (a press from the moderators' chat)."""
    services = context.services
    await services.pending.expect(person.id, f"appeal-{verdict.value}", appeal)
    text = person.text(f"appeal-ask-reason-{verdict.value}", max=MAX_DECISION_REASON)
    card = await services.appeals.card(appeal, None)
    if card is not None and card.language and card.language != person.screens.language:
        reads = person.text(f"records-language-{card.language}")
        text += "\n" + person.text("appeal-reason-language", name=card.member_name, reads=reads)
    if own is OwnSanction.ALONE:
        text = person.text("appeal-own-alone") + "\n\n" + text
    try:
        await context.bot.send_message(person.id, text)
    except (Forbidden, BadRequest):
        await services.pending.clear(person.id)
        return False
    return True


async def take_text(context: BotContext, person: Person, typed: str, pending: PendingInput) -> bool:
    """A moderator's reason for keeping or lifting a sanction."""
    verdict = REASON_FOR.get(pending.kind)
    if verdict is None:
        return False
    services = context.services
    if not person.has(Role.MODERATOR):  # demoted since the press
        logger.warning("an appeal's reason was typed by someone without the role")
        await services.pending.clear(person.id)
        await reply(context, person, "moderator-only")
        return True
    reason = " ".join(typed.split())
    if len(reason) > MAX_DECISION_REASON:
        await reply(
            context, person, "message-too-long", max=MAX_DECISION_REASON, length=len(reason)
        )
        return True
    await services.pending.keep_typed(person.id, reason)
    card = await services.appeals.card(pending.ref, None)
    keyboard = InlineKeyboardMarkup(
        [
            [
                AppealConfirm("ok", verdict.value, pending.ref).button(
                    person.screens.label(f"appeal-confirm-{verdict.value}-button")
                )
            ],
            [
                AppealConfirm("stop", verdict.value, pending.ref).button(
                    person.screens.label("appeal-decision-stop")
                )
            ],
        ]
    )
    await reply(
        context,
        person,
        f"appeal-confirm-{verdict.value}",
        keyboard,
        name=card.member_name if card else "—",
        kind=card.sanction.kind if card else "—",
        reason=reason,
    )
    return True


@button(AppealConfirm)
@requires(Role.MODERATOR)
async def confirm_button(
    query: CallbackQuery, context: BotContext, person: Person, data: AppealConfirm
) -> None:
    services = context.services
    pending = await services.pending.get(person.id)
    if pending is None or (pending.kind, pending.ref) != (f"appeal-{data.verdict}", data.appeal):
        # A second tap, or a check from before /cancel: what it says stays as it is.
        await query.answer(person.text("appeal-decision-old"), show_alert=True)
        await drop_keyboard(query)
        return
    await query.answer()
    reason = await services.pending.typed(person.id)
    await services.pending.clear(person.id)
    if data.action == "stop" or not reason:
        await edit_screen(query, Screen(person.text("appeal-decision-stopped")))
        return
    moderator = Moderator(person.id, person.first_name)
    decision = await services.appeals.decide(data.appeal, moderator, Verdict(data.verdict), reason)
    if decision is None or decision.refused is not None:
        key = STALE if decision is None else "appeal-lift-refused"
        await edit_screen(query, Screen(person.text(key)))
        return
    outcome = outcome_text(person.screens, decision.appeal)
    if not decision.first:
        text = person.text("appeal-already-decided", outcome=outcome)
    elif decision.told is None:
        text = outcome
    else:
        told = told_words(person.screens, decision.told, services.settings.zone, family="desk-told")
        text = f"{outcome}\n{told}"
    await edit_screen(query, Screen(text))
    await redraw_cards(context, decision.appeal)


async def redraw_cards(context: BotContext, appeal: Appeal) -> None:
    """Every copy of the card shows how the appeal ended, and has no buttons any more."""
    services = context.services
    sanction = await services.appeals.sanction_of(appeal.id)
    group = await chat_title(context, sanction.chat_id) if sanction else None
    card = await services.appeals.card(appeal.id, group)
    if card is None:
        return
    for copy in await services.appeals.cards(appeal.id):
        if copy.chat_id > 0 and not services.staff.is_moderator(copy.chat_id):
            continue  # no longer a moderator: the outcome is not theirs to read
        screens = Screens(services.translate, copy.language)
        text = card_text(screens, services.settings.zone, card)
        text += "\n\n" + outcome_text(screens, appeal)
        try:
            await context.bot.edit_message_text(
                text, chat_id=copy.chat_id, message_id=copy.message_id
            )
        except BadRequest as error:  # already showing it, or too old to edit
            logger.info("appeal %d's card not redrawn: %s", appeal.id, error)
