"""Guards: what a handler may take for granted once it runs.

- `for_person(handler)` adapts `handler(update, context, person)` to PTB: the person is resolved
  once per update (an update without a user is ignored).
- `@button(Family)` does the same for `handler(query, context, person, data)`, with the callback
  data decoded into its typed family; `.route()` gives its `CallbackQueryHandler`.
- `@requires(Role.X)` and `@finished_member` refuse, politely and in the person's language,
  someone who may not run the handler; they fit both kinds of handler. Every staff command and
  button is so authorized when it runs (safeguarding rule 22): a refused button logs a warning.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Awaitable, Callable, Coroutine
from dataclasses import dataclass
from typing import Any, Concatenate, Generic, ParamSpec, TypeVar

from telegram import CallbackQuery, Update
from telegram.ext import CallbackQueryHandler

from bot.domain.onboarding_steps import Step
from bot.services.staff import Role
from handlers.kit.callback_data import CallbackData
from handlers.kit.context import BotContext
from handlers.kit.person import Person, person_of

logger = logging.getLogger(__name__)

D = TypeVar("D", bound=CallbackData)
U = TypeVar("U", Update, CallbackQuery)
P = ParamSpec("P")

UpdateHandler = Callable[[Update, BotContext], Coroutine[Any, Any, None]]
PersonHandler = Callable[[Update, BotContext, Person], Awaitable[None]]
ButtonHandler = Callable[[CallbackQuery, BotContext, Person, D], Awaitable[None]]
# A command's or a button's handler: (update or query, context, person, and a button's data).
Guarded = Callable[Concatenate[U, BotContext, Person, P], Awaitable[None]]


def for_person(handler: PersonHandler) -> UpdateHandler:
    @functools.wraps(handler)
    async def run(update: Update, context: BotContext) -> None:
        person = await person_of(update, context)
        if person is not None:
            await handler(update, context, person)

    return run


class Button(Generic[D]):
    """The handler of one family of buttons."""

    def __init__(self, family: type[D], handler: ButtonHandler[D]) -> None:
        self.family = family
        self.handler = handler
        functools.update_wrapper(self, handler)

    async def __call__(self, update: Update, context: BotContext) -> None:
        query = update.callback_query
        person = await person_of(update, context)
        if query is None or person is None:
            return
        data = self.family.decode(query.data or "")
        if data is None:  # the pattern keeps others' data out: only a bug lands here
            await not_ours(query, person, self.family.__name__)
            return
        await self.handler(query, context, person, data)

    def route(self) -> CallbackQueryHandler[BotContext, None]:
        return CallbackQueryHandler(self, pattern=self.family.pattern())


async def refuse_button(query: CallbackQuery, person: Person, key: str, why: str) -> None:
    """A button someone may not use does nothing but log a warning (safeguarding rule 22); the
    person is told `key` in a pop-up."""
    logger.warning("someone pressed a button %s", why)
    await query.answer(person.text(key), show_alert=True)


async def not_ours(query: CallbackQuery, person: Person, what: str) -> None:
    """A button we never drew (forged, or from an older bot): it no longer works."""
    await refuse_button(query, person, "button-expired", f"we never drew ({what})")


def button(family: type[D]) -> Callable[[ButtonHandler[D]], Button[D]]:
    def wrap(handler: ButtonHandler[D]) -> Button[D]:
        return Button(family, handler)

    return wrap


@dataclass(frozen=True)
class Refusal:
    """What someone who may not run a handler is told: `said` for a command; for a button,
    `answered`, as a pop-up and with a warning in the log if `alert`."""

    said: str
    answered: str
    alert: bool

    async def tell(
        self, source: Update | CallbackQuery, context: BotContext, person: Person
    ) -> None:
        if isinstance(source, Update):
            await context.bot.send_message(person.chat_id, person.text(self.said))
            return
        if self.alert:
            await refuse_button(source, person, self.answered, "without the role")
        else:
            await source.answer(person.text(self.answered))


ROLE_REFUSALS = {
    Role.ADMIN: "admin-only",
    Role.MODERATOR: "moderator-only",
    Role.COORDINATOR: "coordinator-only",
}
# A button from before: "that has an answer already", nothing more.
STALE = "onboarding-button-old"


def requires(role: Role, *, quietly: bool = False) -> Callable[[Guarded[U, P]], Guarded[U, P]]:
    """Only for people acting as `role` (an admin acts as every role). `quietly`: a button is
    answered as one from an old message (a staff member who lost the role since)."""
    said = ROLE_REFUSALS[role]
    refusal = Refusal(said, STALE, alert=False) if quietly else Refusal(said, said, alert=True)
    return _guard(lambda context, person: _holds(person, role), refusal)


async def _holds(person: Person, role: Role) -> bool:
    return person.has(role)


async def _is_member(context: BotContext, person: Person) -> bool:
    return await context.services.onboarding.is_member(person.id)


def _guard(
    allowed: Callable[[BotContext, Person], Awaitable[bool]], refusal: Refusal
) -> Callable[[Guarded[U, P]], Guarded[U, P]]:
    def wrap(handler: Guarded[U, P]) -> Guarded[U, P]:
        @functools.wraps(handler)
        async def run(
            source: U, context: BotContext, person: Person, /, *args: P.args, **kwargs: P.kwargs
        ) -> None:
            if await allowed(context, person):
                await handler(source, context, person, *args, **kwargs)
            else:
                await refusal.tell(source, context, person)

        return run

    return wrap


def finished_member(handler: Guarded[U, P]) -> Guarded[U, P]:
    """Only for members who finished the onboarding; the others are told where they are."""

    @functools.wraps(handler)
    async def run(
        source: U, context: BotContext, person: Person, /, *args: P.args, **kwargs: P.kwargs
    ) -> None:
        if await _is_member(context, person):
            await handler(source, context, person, *args, **kwargs)
            return
        said = await _why_not_a_member(context, person)
        await Refusal(said, STALE, alert=False).tell(source, context, person)

    return run


async def _why_not_a_member(context: BotContext, person: Person) -> str:
    """No profile yet, one half done, one waiting for a guardian's OK, or staff."""
    if person.is_staff:
        return "profile-staff"
    onboarding = context.services.onboarding
    step = await onboarding.step_of(person.id)
    if step is Step.GUARDIAN:
        return "member-waiting-guardian"
    return "profile-none" if step is None else "profile-unfinished"
