"""What the /newproject and /newevent handlers share: starting (or resuming) a draft, and a
typed answer followed by the next question, or the same one with what was wrong on top."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update

from bot.services.conversations import Flow
from bot.services.draft_flow import Answer, Busy, Draft, DraftFlow
from handlers.common import drop_keyboard, reply, screens_for, send
from handlers.kit.context import BotContext
from handlers.screens import Screen

DrawDraft = Callable[[Update, BotContext, Draft], Awaitable[Screen]]


def age_limits(context: BotContext) -> dict[str, object]:
    """The community's ages, for the texts that name them (a problem with an age band)."""
    policy = context.services.onboarding.policy
    return {"low": policy.min_age, "high": policy.max_age}


async def start_flow(
    update: Update, context: BotContext, flow: DraftFlow, draw: DrawDraft, *, replace: bool = False
) -> None:
    """/newproject, /newevent: a new draft, the one left half-way, or the question of which
    to keep when something else is half done."""
    user = update.effective_user
    assert user is not None
    if not context.services.is_coordinator(user.id):
        await reply(update, context, "coordinator-only")
        return
    started = await flow.start(user.id, replace=replace)
    if isinstance(started, Busy):
        await ask_which_to_keep(update, context, started.flow, flow.flow)
        return
    await send(update, context, await draw(update, context, started))


async def ask_which_to_keep(
    update: Update, context: BotContext, busy: Flow, new: Flow, instead: str | None = None
) -> None:
    """`instead`: the callback data that starts the new one (default: a new draft)."""
    screens = await screens_for(update, context)
    what, start = screens.text(f"flow-{busy.value}"), screens.text(f"flow-{new.value}")
    keep = screens.label("conversation-keep", what=what)
    replace = screens.label("conversation-replace", new=start)
    keyboard = InlineKeyboardMarkup(
        [
            [InlineKeyboardButton(keep, callback_data="cv:k")],
            [InlineKeyboardButton(replace, callback_data=instead or f"cv:r:{new.value}")],
        ]
    )
    text = screens.text("conversation-busy", what=what, new=start)
    await send(update, context, Screen(text, keyboard))


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
