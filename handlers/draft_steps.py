"""What the /newproject and /newevent handlers share: starting (or resuming) a draft, and a
typed answer followed by the next question, or the same one with what was wrong on top."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from telegram import Update

from bot.context import BotContext
from bot.draft_flow import Answer, DraftFlow
from handlers.common import reply, screens_for, send
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
