"""What the /newproject and /newevent handlers share: starting (or resuming) a draft, and a
typed answer followed by the next question, or the same one with what was wrong on top."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import UTC, datetime

from telegram import Update

from bot.services.draft_flow import Answer, DraftFlow
from handlers.common import drop_keyboard, reply, screens_for, send
from handlers.kit.context import BotContext
from handlers.screens import Screen
from storage.drafts import Draft

DrawDraft = Callable[[Update, BotContext, Draft], Awaitable[Screen]]


def age_limits(context: BotContext) -> dict[str, object]:
    """The community's ages, for the texts that name them (a problem with an age band)."""
    policy = context.services.onboarding.policy
    return {"low": policy.min_age, "high": policy.max_age}


async def start_flow(update: Update, context: BotContext, flow: DraftFlow, draw: DrawDraft) -> None:
    user = update.effective_user
    assert user is not None
    services = context.services
    if not services.is_coordinator(user.id):
        await reply(update, context, "coordinator-only")
        return
    await services.pending.clear(user.id)  # typed text is for this flow now
    draft = await flow.start(user.id)
    await send(update, context, await draw(update, context, draft))


async def take_flow_text(
    update: Update, context: BotContext, flow: DraftFlow, draw: DrawDraft
) -> bool:
    """A typed answer for the flow, if the person is writing with it; False otherwise."""
    user = update.effective_user
    message = update.effective_message
    assert user is not None
    assert message is not None
    if await flow.draft(user.id) is None:
        return False
    answer = await flow.answer_text(user.id, message.text or "")
    await show_next(update, context, flow, draw, answer)
    return True


async def latest_draft(context: BotContext, user_id: int) -> tuple[DraftFlow, Draft] | None:
    """The draft the coordinator touched last, with its flow: both an event and a project may
    be half-written, and typed text or /cancel is for the one they came back to."""
    services = context.services
    flows: tuple[DraftFlow, ...] = (services.event_drafts, services.drafts)
    found = [(flow, draft) for flow in flows if (draft := await flow.draft(user_id)) is not None]
    if not found:
        return None
    never = datetime.min.replace(tzinfo=UTC)
    return max(found, key=lambda entry: entry[1].updated_at or never)


def cancelled_key(flow: DraftFlow, draft: Draft) -> str:
    editing = draft.data.get("editing") is not None
    return f"{flow.texts}-edit-cancelled" if editing else f"{flow.texts}-cancelled"


async def cancel_button(update: Update, context: BotContext, flow: DraftFlow, draft: Draft) -> None:
    """✖️ Cancel: the draft goes (a published one being edited stays as it was)."""
    query = update.callback_query
    assert query is not None
    await flow.cancel(query.from_user.id)
    await query.answer()
    await drop_keyboard(query)
    await reply(update, context, cancelled_key(flow, draft))


async def correct_button(
    update: Update, context: BotContext, flow: DraftFlow, draw: DrawDraft, step: str
) -> None:
    """✏️ From the preview: that question again."""
    query = update.callback_query
    assert query is not None
    corrected = await flow.correct(query.from_user.id, step)
    if corrected is None:
        screens = await screens_for(update, context)
        await query.answer(screens.text("onboarding-button-old"))
        return
    await query.answer()
    await drop_keyboard(query)
    await send(update, context, await draw(update, context, corrected))


async def show_next(
    update: Update, context: BotContext, flow: DraftFlow, draw: DrawDraft, answer: Answer
) -> None:
    """The next question, or the same one again with what was wrong on top."""
    user = update.effective_user
    assert user is not None
    draft = await flow.draft(user.id)
    if draft is None:
        return
    screen = await draw(update, context, draft)
    if answer.problem is not None:
        screens = await screens_for(update, context)
        problem = screens.text(f"{flow.texts}-problem-{answer.problem}", **age_limits(context))
        screen = screen.with_hint(problem)
    await send(update, context, screen)
