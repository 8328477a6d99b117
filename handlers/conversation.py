"""One conversation per person, on Telegram: typed text and /cancel go to the flow the person
is in, and starting a flow while another is half done asks which to keep."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from telegram import Update

from bot.services.conversations import Flow
from bot.services.draft_flow import Draft, DraftFlow
from handlers import coordinators, fallback, new_event, new_project, onboarding, projects, staff
from handlers.common import drop_keyboard, reply, send
from handlers.draft_steps import DrawDraft, cancelled_key, start_flow
from handlers.kit.context import BotContext

CALLBACK_PATTERN = r"^cv:(k|r:(project_draft|event_draft)|e:[pe]:\d{1,12})$"

TakeText = Callable[[Update, BotContext], Awaitable[bool]]


async def _answer_question(update: Update, context: BotContext) -> bool:
    return await projects.take_text(update, context) or await coordinators.take_text(
        update, context
    )


# Who takes typed text, by the flow the person is in.
TAKES_TEXT: dict[Flow, TakeText] = {
    Flow.ONBOARDING: onboarding.take_text,
    Flow.PROFILE_EDIT: onboarding.take_text,
    Flow.STAFF_JOIN: staff.take_text,
    Flow.PROJECT_DRAFT: new_project.take_text,
    Flow.EVENT_DRAFT: new_event.take_text,
    Flow.QUESTION: _answer_question,
}


def drafts(context: BotContext) -> dict[Flow, tuple[DraftFlow, DrawDraft]]:
    services = context.services
    return {
        Flow.PROJECT_DRAFT: (services.drafts, new_project.draft_screen),
        Flow.EVENT_DRAFT: (services.event_drafts, new_event.draft_screen),
    }


async def _flow_of(context: BotContext, user_id: int) -> Flow | None:
    conversation = await context.services.conversations.current(user_id)
    return Flow(conversation.flow) if conversation is not None else None


async def on_text(update: Update, context: BotContext) -> None:
    user = update.effective_user
    assert user is not None
    flow = await _flow_of(context, user.id)
    take = TAKES_TEXT.get(flow) if flow is not None else None
    if take is None or not await take(update, context):
        await fallback.stray_text(update, context)


async def cancel(update: Update, context: BotContext) -> None:
    """/cancel: stops what the person is doing now (a question first, then what it
    interrupted; the onboarding has its own way of pausing)."""
    user = update.effective_user
    assert user is not None
    flow = await _flow_of(context, user.id)
    if flow is Flow.QUESTION:
        await context.services.pending.clear(user.id)
        await reply(update, context, "cancel-done")
        return
    draft_flow = drafts(context).get(flow) if flow is not None else None
    if draft_flow is not None:
        draft = await draft_flow[0].draft(user.id)
        if draft is not None:
            await draft_flow[0].cancel(user.id)
            await reply(update, context, cancelled_key(draft_flow[0], draft))
            return
    await onboarding.cancel(update, context)


async def on_choice(update: Update, context: BotContext) -> None:
    """Which to keep: the flow half done (shown again where it was), or the new one."""
    query = update.callback_query
    assert query is not None
    assert query.data is not None
    await query.answer()
    await drop_keyboard(query)
    user_id = query.from_user.id
    registry = drafts(context)
    if query.data == "cv:k":
        kept = registry.get(await _flow_of(context, user_id) or Flow.QUESTION)
        draft = await kept[0].draft(user_id) if kept is not None else None
        if kept is None or draft is None:
            await reply(update, context, "conversation-kept")
            return
        await send(update, context, await kept[1](update, context, draft))
        return
    if query.data.startswith("cv:e:"):
        await _edit_instead(
            update, context, query.data.split(":")[2], int(query.data.split(":")[3])
        )
        return
    chosen = registry[Flow(query.data.removeprefix("cv:r:"))]
    await start_flow(update, context, *chosen, replace=True)


async def _edit_instead(update: Update, context: BotContext, kind: str, ref: int) -> None:
    """Drop what was half done and edit that project or event (checked again now)."""
    user = update.effective_user
    assert user is not None
    services = context.services
    if kind == "p":
        draft = await services.drafts.edit_project(user.id, ref, replace=True)
        draw = new_project.draft_screen
    else:
        draft = await services.event_drafts.edit_event(user.id, ref, replace=True)
        draw = new_event.draft_screen
    if isinstance(draft, Draft):
        await send(update, context, await draw(update, context, draft))
    else:
        await reply(update, context, "onboarding-button-old")
