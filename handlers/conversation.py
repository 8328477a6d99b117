"""One conversation per person, on Telegram: typed text and /cancel go to the flow the person
is in, and starting a flow while another is half done asks which to keep."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from telegram import CallbackQuery, Update

from bot.services.conversations import Flow
from bot.services.draft_flow import Busy, Draft
from handlers import (
    appeal_cards,
    appeals,
    attendance,
    broadcast_approval,
    broadcast_history,
    consent_checks,
    fallback,
    guardian,
    help_beside,
    hours,
    new_event,
    new_project,
    onboarding,
    pending_applications,
    project_messages,
    projects,
    report_cards,
    report_thread,
    reports,
    reviews,
    staff,
    staff_join,
    statement_confirm,
)
from handlers.common import drop_keyboard, reply, send
from handlers.draft_steps import (
    Drafting,
    EditInstead,
    KeepIt,
    KeepWhich,
    StartNew,
    cancelled_key,
)
from handlers.kit.context import BotContext
from handlers.kit.guards import STALE, button
from handlers.kit.person import Person

TakeText = Callable[[BotContext, Person, str], Awaitable[bool]]


async def _answer_question(context: BotContext, person: Person, text: str) -> bool:
    """The question waiting for typed text, read once; each feature takes the kinds it asked."""
    pending = await context.services.pending.get(person.id)
    if pending is None:
        return False
    takers = (
        projects.take_text,
        reviews.take_text,
        project_messages.take_text,
        staff.take_invitee,
        guardian.take_text,
        consent_checks.take_text,
        reports.take_text,
        appeals.take_text,
        appeal_cards.take_text,
        report_cards.take_reason,
        report_thread.take_text,
        broadcast_history.take_text,
        broadcast_approval.take_text,
        pending_applications.take_text,
        hours.take_text,
        attendance.take_text,
    )
    for take in takers:
        if await take(context, person, text, pending):
            return True
    return False


# Who takes typed text, by the flow the person is in.
TAKES_TEXT: dict[Flow, TakeText] = {
    Flow.ONBOARDING: onboarding.take_text,
    Flow.PROFILE_EDIT: onboarding.take_text,
    Flow.STAFF_JOIN: staff_join.take_text,
    Flow.PROJECT_DRAFT: new_project.take_text,
    Flow.EVENT_DRAFT: new_event.take_text,
    Flow.QUESTION: _answer_question,
}
DRAFTS: dict[Flow, Drafting] = {
    Flow.PROJECT_DRAFT: new_project.DRAFTING,
    Flow.EVENT_DRAFT: new_event.DRAFTING,
}


async def _flow_of(context: BotContext, person: Person) -> Flow | None:
    conversation = await context.services.conversations.current(person.id)
    return Flow(conversation.flow) if conversation is not None else None


async def on_text(update: Update, context: BotContext, person: Person) -> None:
    message = update.effective_message
    text = message.text if message is not None and message.text is not None else ""
    if await context.services.conversations.lapsed(person.id) is not None:
        # Lost silently, it would look sent: say so, and how to try again.
        await reply(context, person, "question-lapsed")
        return
    flow = await _flow_of(context, person)
    # Help one message away (rule 25), before any step reads the text as its answer; a
    # question that welcomes such words keeps them as its answer (see help_beside).
    pending = await context.services.pending.get(person.id)
    welcomed = help_beside.welcomes(pending.kind if pending is not None else None)
    if welcomed is None and await reports.offer_help(context, person, text, flow):
        return
    take = TAKES_TEXT.get(flow) if flow is not None else None
    if take is None or not await take(context, person, text):
        await fallback.stray_text(update, context, person)
    elif welcomed is not None:
        await welcomed(context, person, text)


async def cancel(update: Update, context: BotContext, person: Person) -> None:
    """/cancel: stops what the person is doing now (a question first, then what it
    interrupted; the onboarding has its own way of pausing)."""
    flow = await _flow_of(context, person)
    if flow is Flow.QUESTION:
        asked = await context.services.pending.get(person.id)
        await context.services.pending.clear(person.id)
        if await statement_confirm.cancelled(context, person):  # a statement's name waited
            return
        if not await broadcast_approval.cancelled(context, person, asked):
            await reply(context, person, "cancel-done")
        return
    if flow is Flow.BROADCAST_DRAFT:
        await context.services.broadcast_drafts.cancel(person.id)
        await reply(context, person, "broadcast-cancelled")
        return
    found = await _draft_of(context, person, flow)
    if found is not None:
        drafting, draft = found
        await drafting.flow(context).cancel(person.id)
        await reply(context, person, cancelled_key(drafting.flow(context), draft))
        return
    await onboarding.cancel(context, person)


async def _draft_of(
    context: BotContext, person: Person, flow: Flow | None
) -> tuple[Drafting, Draft] | None:
    """The draft the person is writing, if the flow they are in is a draft's."""
    drafting = DRAFTS.get(flow) if flow is not None else None
    draft = await drafting.flow(context).draft(person.id) if drafting is not None else None
    return (drafting, draft) if drafting is not None and draft is not None else None


async def command_ends_question(update: Update, context: BotContext, person: Person) -> None:
    """Another command means the person moved on: a question waiting for typed text is over
    (what they type next is not its answer). /cancel says so itself."""
    message = update.effective_message
    text = message.text if message is not None and update.callback_query is None else None
    if text and text.startswith("/") and not text.startswith("/cancel"):
        left = await context.services.pending.get(person.id)
        await context.services.pending.clear(person.id)
        statement_confirm.forget(context, person)
        if left is not None and left.kind in {"decline", pending_applications.DECLINE}:
            await reviews.decline_not_sent(context, person, left.ref)
        await project_messages.reply_not_sent(context, person, left)


@button(KeepWhich)
async def on_choice(
    query: CallbackQuery, context: BotContext, person: Person, data: KeepWhich
) -> None:
    """Which to keep: the flow half done (shown again where it was), or the new one."""
    await query.answer()
    await drop_keyboard(query)
    if isinstance(data, KeepIt):
        await _go_on(context, person)
    elif isinstance(data, StartNew):
        await DRAFTS[Flow(data.flow)].begin(context, person, replace=True)
    elif isinstance(data, EditInstead):
        await _edit_instead(context, person, data)


async def _go_on(context: BotContext, person: Person) -> None:
    found = await _draft_of(context, person, await _flow_of(context, person))
    if found is None:
        await reply(context, person, "conversation-kept")
        return
    drafting, draft = found
    await send(context, person, await drafting.draw(context, person, draft))


async def _edit_instead(context: BotContext, person: Person, data: EditInstead) -> None:
    """Drop what was half done and edit that project or event (checked again now)."""
    services = context.services
    draft: Draft | Busy | None
    if data.kind == "p":
        draft = await services.drafts.edit_project(person.id, data.ref, replace=True)
        drafting = new_project.DRAFTING
    else:
        draft = await services.event_drafts.edit_event(person.id, data.ref, replace=True)
        drafting = new_event.DRAFTING
    if isinstance(draft, Draft):
        await send(context, person, await drafting.draw(context, person, draft))
    else:
        await reply(context, person, STALE)
