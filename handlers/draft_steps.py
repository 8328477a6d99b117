"""What the /newproject and /newevent handlers share: starting (or resuming) a draft, and a
typed answer followed by the next question, or the same one with what was wrong on top."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Literal, TypeVar

from telegram import CallbackQuery, InlineKeyboardMarkup, Update

from bot.services.conversations import Flow
from bot.services.draft_flow import Answer, Busy, Draft, DraftFlow
from bot.wiring import Services
from handlers.common import drop_keyboard, reply, send
from handlers.kit.callback_data import CallbackData
from handlers.kit.context import BotContext
from handlers.kit.guards import STALE, Button
from handlers.kit.person import Person
from handlers.screens import Screen

D = TypeVar("D", bound=CallbackData)
# A button of a draft flow, with the draft it acts on.
DraftPress = Callable[[CallbackQuery, BotContext, Person, D, Draft], Awaitable[None]]


@dataclass(frozen=True)
class Drafting:
    """A guided flow (its service), how its draft looks at each step, and what every flow does
    the same way: its command, typed answers, Cancel, Correct and the next question."""

    flow_of: Callable[[Services], DraftFlow]
    draw: Callable[[BotContext, Person, Draft], Awaitable[Screen]]

    def flow(self, context: BotContext) -> DraftFlow:
        return self.flow_of(context.services)

    async def start(self, update: Update, context: BotContext, person: Person) -> None:
        """The command."""
        await self.begin(context, person)

    async def begin(self, context: BotContext, person: Person, *, replace: bool = False) -> None:
        """A new draft, the one half-written, or the question of which to keep when something
        else is half done (`replace`: the person chose to drop it)."""
        flow = self.flow(context)
        started = await flow.start(person.id, replace=replace)
        if isinstance(started, Busy):
            await ask_which_to_keep(context, person, started.flow, flow.flow)
            return
        await send(context, person, await self.draw(context, person, started))

    async def take_text(self, context: BotContext, person: Person, text: str) -> bool:
        """A typed answer for the flow, if the person is writing with it; False otherwise."""
        flow = self.flow(context)
        if await flow.draft(person.id) is None:
            return False
        await self.show_next(context, person, await flow.answer_text(person.id, text))
        return True

    def button(self, family: type[D], press: DraftPress[D]) -> Button[D]:
        """The handler of the flow's buttons: `press` gets the draft they act on. Without one
        (or without the role any more: it is checked now, not when drawn) nothing changes."""

        async def pressed(
            query: CallbackQuery, context: BotContext, person: Person, data: D
        ) -> None:
            await context.services.pending.clear(person.id)  # typed text is for this draft now
            draft = await self.flow(context).draft(person.id)
            if draft is None:
                await query.answer(person.text(STALE))
            else:
                await press(query, context, person, data, draft)

        return Button(family, pressed)

    async def cancel(
        self, query: CallbackQuery, context: BotContext, person: Person, draft: Draft
    ) -> None:
        """✖️ Cancel: the draft goes (a published one being edited stays as it was)."""
        flow = self.flow(context)
        await flow.cancel(person.id)
        await query.answer()
        await drop_keyboard(query)
        await reply(context, person, cancelled_key(flow, draft))

    async def correct(
        self, query: CallbackQuery, context: BotContext, person: Person, step: str
    ) -> None:
        """✏️ From the preview: that question again."""
        corrected = await self.flow(context).correct(person.id, step)
        if corrected is None:
            await query.answer(person.text(STALE))
            return
        await query.answer()
        await drop_keyboard(query)
        await send(context, person, await self.draw(context, person, corrected))

    async def show_next(self, context: BotContext, person: Person, answer: Answer) -> None:
        """The next question, or the same one again with what was wrong on top."""
        flow = self.flow(context)
        draft = await flow.draft(person.id)
        if draft is None:
            return
        screen = await self.draw(context, person, draft)
        if answer.problem is not None:
            key = f"{flow.texts}-problem-{answer.problem}"
            screen = screen.with_hint(person.text(key, **age_limits(context)))
        await send(context, person, screen)


def age_limits(context: BotContext) -> dict[str, object]:
    """The community's ages, for the texts that name them (a problem with an age band)."""
    policy = context.services.onboarding.policy
    return {"low": policy.min_age, "high": policy.max_age}


class KeepWhich(CallbackData, prefix="cv"):
    """Something else is half done: go on with it, or drop it for the new one."""


class KeepIt(KeepWhich, tag="k"):
    pass


class StartNew(KeepWhich, tag="r"):
    flow: Literal["project_draft", "event_draft"]


# The button that drops what is half done for a new draft of this flow.
START_NEW = {
    Flow.PROJECT_DRAFT: StartNew("project_draft"),
    Flow.EVENT_DRAFT: StartNew("event_draft"),
}


class EditInstead(KeepWhich, tag="e"):
    kind: Literal["p", "e"]  # a project or an event
    ref: int


async def ask_which_to_keep(
    context: BotContext, person: Person, busy: Flow, new: Flow, instead: KeepWhich | None = None
) -> None:
    """`instead`: the button that starts the new one (default: a new draft of that flow)."""
    what, start = person.text(f"flow-{busy.value}"), person.text(f"flow-{new.value}")
    if instead is None:
        instead = START_NEW[new]
    keep = person.screens.label("conversation-keep", what=what)
    replace = person.screens.label("conversation-replace", new=start)
    keyboard = InlineKeyboardMarkup([[KeepIt().button(keep)], [instead.button(replace)]])
    text = person.text("conversation-busy", what=what, new=start)
    await send(context, person, Screen(text, keyboard))


def cancelled_key(flow: DraftFlow, draft: Draft) -> str:
    if draft.data.get("published") is not None:
        # Published before a crash cut its announcement short: only the announcement is dropped.
        return f"{flow.texts}-cancelled-published"
    editing = draft.data.get("editing") is not None
    return f"{flow.texts}-edit-cancelled" if editing else f"{flow.texts}-cancelled"
