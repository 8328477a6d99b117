"""What the /newproject and /newevent handlers share: starting (or resuming) a draft, and a
typed answer followed by the next question, or the same one with what was wrong on top."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from telegram import CallbackQuery

from bot.services.draft_flow import Answer, DraftFlow
from handlers.common import drop_keyboard, reply, send
from handlers.kit.context import BotContext
from handlers.kit.guards import STALE
from handlers.kit.person import Person
from handlers.screens import Screen
from storage.drafts import Draft


@dataclass(frozen=True)
class Drafting:
    """A guided flow and how its draft looks at each step."""

    flow: DraftFlow
    draw: Callable[[BotContext, Person, Draft], Awaitable[Screen]]


def age_limits(context: BotContext) -> dict[str, object]:
    """The community's ages, for the texts that name them (a problem with an age band)."""
    policy = context.services.onboarding.policy
    return {"low": policy.min_age, "high": policy.max_age}


async def start_flow(context: BotContext, person: Person, drafting: Drafting) -> None:
    await context.services.pending.clear(person.id)  # typed text is for this flow now
    draft = await drafting.flow.start(person.id)
    await send(context, person, await drafting.draw(context, person, draft))


async def take_flow_text(
    context: BotContext, person: Person, text: str, drafting: Drafting
) -> bool:
    """A typed answer for the flow, if the person is writing with it; False otherwise."""
    if await drafting.flow.draft(person.id) is None:
        return False
    answer = await drafting.flow.answer_text(person.id, text)
    await show_next(context, person, drafting, answer)
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


async def cancel_button(
    query: CallbackQuery, context: BotContext, person: Person, flow: DraftFlow, draft: Draft
) -> None:
    """✖️ Cancel: the draft goes (a published one being edited stays as it was)."""
    await flow.cancel(person.id)
    await query.answer()
    await drop_keyboard(query)
    await reply(context, person, cancelled_key(flow, draft))


async def correct_button(
    query: CallbackQuery, context: BotContext, person: Person, drafting: Drafting, step: str
) -> None:
    """✏️ From the preview: that question again."""
    corrected = await drafting.flow.correct(person.id, step)
    if corrected is None:
        await query.answer(person.text(STALE))
        return
    await query.answer()
    await drop_keyboard(query)
    await send(context, person, await drafting.draw(context, person, corrected))


async def show_next(
    context: BotContext, person: Person, drafting: Drafting, answer: Answer
) -> None:
    """The next question, or the same one again with what was wrong on top."""
    draft = await drafting.flow.draft(person.id)
    if draft is None:
        return
    screen = await drafting.draw(context, person, draft)
    if answer.problem is not None:
        key = f"{drafting.flow.texts}-problem-{answer.problem}"
        screen = screen.with_hint(person.text(key, **age_limits(context)))
    await send(context, person, screen)
