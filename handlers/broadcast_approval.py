"""Rule 21 on Telegram: the moderators' card of a coordinator's broadcast (who, to whom in
words, how many and how many under 18, when, then the message as members will see it), with
Approve, Reject (a typed reason the sender reads) and Edit (a new text, then the card again).

The buttons carry the broadcast's number and a fingerprint of the text the card showed (a press
on a card drawn for an older text approves nothing), and are authorized as moderator when pressed (a
demoted moderator's press is refused); the first decision wins and a later press is told whose
it was and when."""

from __future__ import annotations

import html
import logging
from dataclasses import replace
from typing import Annotated, Literal

from telegram import Bot, CallbackQuery, InlineKeyboardMarkup, Message, Update
from telegram.error import BadRequest

from bot.domain.audience import Audience
from bot.domain.broadcast_text import limit_for, text_problem, visible_length
from bot.services.broadcasts import BroadcastCard, CardsRedraw, Decision, text_fingerprint
from bot.services.notifications import Recipient
from bot.services.pending import PendingInput
from bot.services.staff import Role
from bot.wiring import Services
from handlers.broadcast_copies import frame_reserve
from handlers.broadcast_words import (
    audience_words,
    kinds_words,
    local_time,
    reach_words,
    send_as_members_see,
    when_line,
)
from handlers.common import drop_keyboard, edit_screen, reply, send
from handlers.event_screens import when_words
from handlers.kit.callback_data import CallbackData, Shape
from handlers.kit.context import BotContext
from handlers.kit.guards import button
from handlers.kit.notifier import Renderer, SentHook
from handlers.kit.person import Person
from handlers.screens import Screen, Screens
from storage.broadcast_cards import CardCopy
from storage.broadcasts import Broadcast, BroadcastState

logger = logging.getLogger(__name__)

REJECT_REASON = "broadcast-reject"
EDIT_TEXT = "broadcast-edit"
MIN_REASON = 10  # characters of a rejection's reason: a few words the sender can act on


class Approval(CallbackData, prefix="ba"):
    """`ok` approve, `no` reject (a reason is asked), `ed` edit the text; while one's own new
    text is awaited, `yo` approve the original all the same, `wt` wait for the new text.
    `text`: the fingerprint of the text the card showed (missing on cards drawn before it)."""

    action: Literal["ok", "no", "ed", "yo", "wt"]
    broadcast: int
    text: Annotated[str, Shape(r"[0-9a-f]{6}")] = ""


def _keyboard(screens: Screens, broadcast: Broadcast) -> InlineKeyboardMarkup:
    number, text = broadcast.id, text_fingerprint(broadcast.content)
    return InlineKeyboardMarkup(
        [
            [Approval("ok", number, text).button(screens.label("broadcast-card-approve"))],
            [
                Approval("no", number, text).button(screens.label("broadcast-card-reject")),
                Approval("ed", number, text).button(screens.label("broadcast-card-edit")),
            ],
        ]
    )


async def card_screen(
    services: Services,
    screens: Screens,
    broadcast: Broadcast,
    viewer: int | None = None,
    changed_by: int | None = None,
) -> Screen:
    """The card as it stands: its headline says whether it waits or what became of it (for
    `viewer`, their own decision is "by you"); buttons only while it waits. With `changed_by`:
    a card drawn for an older text, which that moderator changed (a new card follows)."""
    if changed_by is not None:
        head = await _changed_headline(services, screens, broadcast, viewer, changed_by)
    else:
        head = await _headline(services, screens, broadcast, viewer)
    audience = Audience.from_json(broadcast.audience)
    count = await services.audiences.count(audience, broadcast.send_at)
    sender = (await services.staff.names()).get(broadcast.sender_id, "—")
    zone = services.settings.zone
    text = screens.text(
        "broadcast-card",
        head=head,
        number=broadcast.id,
        sender=sender,
        submitted=when_words(screens, broadcast.created_at, zone),
        conditions=await audience_words(services, screens, audience),
        reach=reach_words(screens, count, zone, later=broadcast.send_at is not None),
        when=when_line(screens, broadcast.send_at, zone)
        if broadcast.send_at is not None
        else screens.text("broadcast-card-when-now"),
    )
    waiting = broadcast.state == BroadcastState.AWAITING_APPROVAL and changed_by is None
    return Screen(text, _keyboard(screens, broadcast) if waiting else None)


async def _changed_headline(
    services: Services, screens: Screens, broadcast: Broadcast, viewer: int | None, by: int
) -> str:
    if by == viewer:
        name = screens.text("broadcast-card-you")
    else:
        name = html.escape((await services.staff.names()).get(by, "—"))
    return screens.text("broadcast-card-head-changed", number=broadcast.id, name=name)


async def _headline(
    services: Services, screens: Screens, broadcast: Broadcast, viewer: int | None
) -> str:
    names = await services.staff.names()

    def who(person_id: int | None) -> str:
        if person_id is not None and person_id == viewer:
            return screens.text("broadcast-card-you")
        return html.escape(names.get(person_id, "—") if person_id is not None else "—")

    number, state = broadcast.id, broadcast.state
    if state == BroadcastState.AWAITING_APPROVAL:
        return screens.text("broadcast-card-head-waiting", number=number)
    if state == BroadcastState.CANCELLED:
        return screens.text(
            "broadcast-card-head-withdrawn", number=number, name=who(broadcast.cancelled_by)
        )
    if broadcast.decided_by is None or broadcast.decided_at is None:
        return screens.text("broadcast-card-head-gone", number=number)
    time = local_time(broadcast.decided_at, services.settings.zone)
    if state == BroadcastState.REJECTED:
        reason = html.escape(broadcast.reject_reason or "")
        return screens.text(
            "broadcast-card-head-rejected",
            number=number,
            name=who(broadcast.decided_by),
            reason=reason,
        )
    return screens.text(
        "broadcast-card-head-approved", number=number, name=who(broadcast.decided_by), time=time
    )


def card_renderer(services: Services) -> Renderer[BroadcastCard]:
    async def render(screens: Screens, note: BroadcastCard) -> Screen:
        broadcast = await services.broadcasts.get(note.broadcast_id)
        if broadcast is None:
            return Screen(screens.text("broadcast-card-gone"))
        return await card_screen(services, screens, broadcast)

    return render


def card_sent(services: Services, bot: Bot) -> SentHook[BroadcastCard]:
    """After the card: the message itself, as the members will see it. Each copy of the card
    is remembered, so what becomes of it is drawn on all of them."""

    async def sent(note: BroadcastCard, recipient: Recipient, message: Message) -> None:
        copy = CardCopy(message.chat_id, message.message_id, recipient.language)
        await services.broadcasts.card_sent(note.broadcast_id, copy)
        broadcast = await services.broadcasts.get(note.broadcast_id)
        if broadcast is not None:
            await send_as_members_see(services, bot, recipient, broadcast.content)

    return sent


def card_redrawer(services: Services, bot: Bot) -> CardsRedraw:
    """Every copy of a broadcast's card drawn again: a decision, a withdrawal or a new time is
    seen at once by every moderator and in the moderators' chat, not learnt by pressing."""

    async def redraw(broadcast_id: int, changed_by: int | None = None) -> None:
        broadcast = await services.broadcasts.get(broadcast_id)
        if broadcast is None:
            return
        for copy in await services.broadcasts.card_copies(broadcast_id):
            if copy.chat_id > 0 and not services.staff.is_moderator(copy.chat_id):
                continue  # no longer a moderator: not theirs to read
            screens = Screens(services.translate, copy.language)
            screen = await card_screen(
                services, screens, broadcast, viewer=copy.chat_id, changed_by=changed_by
            )
            try:
                await bot.edit_message_text(
                    screen.text,
                    chat_id=copy.chat_id,
                    message_id=copy.message_id,
                    reply_markup=screen.keyboard,
                )
            except BadRequest as error:  # already showing it, or too old to edit
                logger.info("broadcast %d's card not redrawn: %s", broadcast_id, error)

    return redraw


def _already(person: Person, decision: Decision, services: Services) -> str:
    """How a broadcast stands for a press that came too late."""
    broadcast = decision.broadcast
    if broadcast is None:
        return person.text("broadcast-card-gone")
    if broadcast.decided_by is not None and broadcast.decided_at is not None:
        rejected = broadcast.state == BroadcastState.REJECTED
        own = broadcast.decided_by == person.id  # one's own card keeps "by you"
        return person.text(
            "broadcast-card-already-rejected" if rejected else "broadcast-card-already-approved",
            name=person.text("broadcast-card-you") if own else decision.decided_by_name,
            time=local_time(broadcast.decided_at, services.settings.zone),
        )
    if broadcast.state == BroadcastState.CANCELLED:
        return person.text("broadcast-card-withdrawn")
    return person.text("broadcast-card-gone")


async def _too_late(
    query: CallbackQuery, person: Person, decision: Decision, services: Services
) -> None:
    said = _already(person, decision, services)
    await query.answer(html.unescape(said), show_alert=True)
    if not await _is_copy(query, services):  # a remembered copy shows the outcome already
        await _decided_on_card(query, said)


async def _is_copy(query: CallbackQuery, services: Services) -> bool:
    message = query.message
    if not isinstance(message, Message):
        return False
    return await services.broadcasts.is_card_copy(message.chat_id, message.message_id)


@button(Approval)
async def decide(query: CallbackQuery, context: BotContext, person: Person, data: Approval) -> None:
    services = context.services
    if not person.has(Role.MODERATOR):
        # Authorized now, at the press: a demoted moderator's copy loses its buttons.
        said = person.text("broadcast-card-not-yours")
        await query.answer(html.unescape(said), show_alert=True)
        await drop_keyboard(query)
        return
    broadcast = await services.broadcasts.get(data.broadcast)
    if broadcast is None or broadcast.state != BroadcastState.AWAITING_APPROVAL:
        await _too_late(query, person, await services.broadcasts.standing(data.broadcast), services)
        return
    if data.action != "wt" and data.text and data.text != text_fingerprint(broadcast.content):
        await _text_changed(query, person)
        return
    if data.action in {"no", "ed"}:
        await _ask(query, context, person, data)
        return
    if data.action == "ok" and await _editing(context, person, data.broadcast):
        await query.answer()
        await _ask_original(context, person, data)
        return
    if data.action == "wt":  # keep writing the new text: the question stays
        await query.answer()
        await drop_keyboard(query)
        return
    if data.action == "yo":
        await services.pending.clear(person.id)  # the original it is: no new text expected
    await _approve(query, context, person, data)


async def _text_changed(query: CallbackQuery, person: Person) -> None:
    """A press on a card (or a question) drawn for an older text: it decides nothing, and
    its buttons go (the new card has its own)."""
    said = person.text("broadcast-card-text-changed")
    await query.answer(html.unescape(said), show_alert=True)
    await drop_keyboard(query)


async def _ask(query: CallbackQuery, context: BotContext, person: Person, data: Approval) -> None:
    # Typed text is read in private chats only: a press on the moderators' group's copy
    # is asked in private too.
    await query.answer()
    kind, key = (REJECT_REASON, "reject") if data.action == "no" else (EDIT_TEXT, "edit")
    await context.services.pending.expect(person.id, kind, data.broadcast)
    asked = person.text(f"broadcast-ask-{key}", number=data.broadcast)
    await context.bot.send_message(person.id, asked)


async def _editing(context: BotContext, person: Person, broadcast_id: int) -> bool:
    """Whether this moderator was asked for a new text of this broadcast and has not sent it."""
    pending = await context.services.pending.get(person.id)
    return pending is not None and pending.kind == EDIT_TEXT and pending.ref == broadcast_id


async def _ask_original(context: BotContext, person: Person, data: Approval) -> None:
    """Approve while writing a correction: the correction is never lost without a word. "The
    original" is the text of the card pressed: once the new text is saved, it approves nothing."""
    screens, number, text = person.screens, data.broadcast, data.text
    keyboard = InlineKeyboardMarkup(
        [
            [Approval("yo", number, text).button(screens.label("broadcast-card-approve-original"))],
            [Approval("wt", number, text).button(screens.label("broadcast-card-keep-editing"))],
        ]
    )
    text = screens.text("broadcast-card-editing", number=number)
    await send(context, person, Screen(text, keyboard))


async def _approve(
    query: CallbackQuery, context: BotContext, person: Person, data: Approval
) -> None:
    services = context.services
    decision = await services.broadcasts.approve(data.broadcast, person.id, data.text)
    if decision.changed:  # edited between the card's drawing and this press
        await _text_changed(query, person)
        return
    if decision.held:  # rule 24: the card stays, to edit the text or reject it
        said = person.text("broadcast-card-held", kinds=kinds_words(person.screens, decision.held))
        await query.answer(html.unescape(said), show_alert=True)
        return
    if not decision.done:
        await _too_late(query, person, decision, services)
        return
    await query.answer()
    if not await _is_copy(query, services):  # the copies were drawn again by the service
        await _decided_on_card(query, _approved_text(person, decision, services))


def _approved_text(person: Person, decision: Decision, services: Services) -> str:
    broadcast = decision.broadcast
    zone, now = services.settings.zone, services.clock.now()
    send_at = broadcast.send_at if broadcast is not None else None
    if send_at is not None and send_at > now:
        when = when_words(person.screens, send_at, zone, year=True)
        what = person.text("broadcast-card-going-at", when=when)
    else:
        what = person.text("broadcast-card-going-now")
    return person.text("broadcast-card-approved", time=local_time(now, zone), what=what)


async def _decided_on_card(query: CallbackQuery, line: str) -> None:
    """The card keeps what it showed, without its buttons, and says what became of it."""
    shown = query.message.text_html if isinstance(query.message, Message) else None
    await edit_screen(query, Screen(f"{shown}\n\n{line}" if shown else line))


async def take_edit(update: Update, context: BotContext, person: Person) -> bool:
    """A moderator's new text for a broadcast, with its formatting; False if not asked for."""
    message = update.effective_message
    if message is None or message.text is None:
        return False
    pending = await context.services.pending.get(person.id)
    if pending is None or pending.kind != EDIT_TEXT:
        return False
    return await _take_edit(context, person, message.text_html, pending.ref)


async def cancelled(context: BotContext, person: Person, asked: PendingInput | None) -> bool:
    """/cancel of a rejection's reason or of a new text: what it means for the broadcast (it
    still waits); False for any other question."""
    if asked is None or asked.kind not in {REJECT_REASON, EDIT_TEXT}:
        return False
    key = (
        "broadcast-reject-cancelled" if asked.kind == REJECT_REASON else "broadcast-edit-cancelled"
    )
    await reply(context, person, key, number=asked.ref)
    return True


async def take_text(context: BotContext, person: Person, typed: str, pending: PendingInput) -> bool:
    """A moderator's typed reason for a rejection."""
    if pending.kind != REJECT_REASON:
        return False
    services = context.services
    await services.pending.clear(person.id)
    reason = " ".join(typed.split())
    if len(reason) < MIN_REASON:  # "no" tells the sender nothing they can act on
        await services.pending.expect(person.id, REJECT_REASON, pending.ref)
        await reply(context, person, "broadcast-reject-too-short", number=pending.ref)
        return True
    decision = await services.broadcasts.reject(pending.ref, person.id, reason)
    if not decision.done:
        await context.bot.send_message(person.chat_id, _already(person, decision, services))
        return True
    await reply(context, person, "broadcast-card-rejected", number=pending.ref)
    return True


async def _take_edit(context: BotContext, person: Person, typed: str, broadcast_id: int) -> bool:
    services = context.services
    broadcast = await services.broadcasts.get(broadcast_id)
    has_media = broadcast is not None and broadcast.media_kind is not None
    reserve = frame_reserve(services.translate, services.settings.community_name)
    problem = text_problem(typed, has_media=has_media, reserve=reserve)
    if problem is not None:  # asked again: the question stays
        length, limit = visible_length(typed), limit_for(has_media) - reserve
        await reply(context, person, f"broadcast-problem-{problem}", length=length, limit=limit)
        return True
    if broadcast is not None:
        kinds = await services.broadcasts.held_contacts(
            replace(broadcast.content, body=typed), Audience.from_json(broadcast.audience)
        )
        if kinds:  # rule 24, as for its sender: the question stays
            await services.broadcasts.record_held(person.id, kinds, broadcast_id)
            words = kinds_words(person.screens, kinds)
            await reply(context, person, "broadcast-edit-held", kinds=words)
            return True
    await services.pending.clear(person.id)
    edited = await services.broadcasts.edit(broadcast_id, person.id, typed)
    if edited is None:
        await reply(context, person, "broadcast-card-gone")
        return True
    # The new card came to this moderator too, with the others (BroadcastService.edit).
    return True
