"""The onboarding conversation and single-field edits: `/start` for a new person, the questions,
typed answers and other messages, `/cancel`. Its buttons: handlers/onboarding_presses.py.

State lives in the database (see bot/services/onboarding.py), not in PTB: a crash or restart
resumes at the same question.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from telegram import InlineKeyboardMarkup, Update

from bot.domain.age_gate import AgeDecision
from bot.domain.catalog import parse_hours
from bot.domain.names import first_name_problem
from bot.domain.onboarding_steps import CHOICE_STEPS, ReturnTo, Step
from bot.services.age_checks import ANSWER_WITHIN_HOURS
from bot.services.onboarding import BirthAnswer, CityAnswer, Next
from handlers import age_checks, fallback, guardian
from handlers.common import reply, send
from handlers.kit.context import BotContext
from handlers.kit.person import Person
from handlers.onboarding_buttons import Plain
from handlers.screens import Screen, Screens

TEXT_STEPS = frozenset({Step.BIRTH, Step.NAME, Step.CITY, Step.HOURS})
# Pauses while someone else decides (a guardian, a moderator): whatever comes shows where it is.
WAITING = frozenset({Step.GUARDIAN, Step.AGE_CHECK})
GREETING = WAITING | {Step.LANGUAGE}
# Questions whose screen needs nothing but the person's language.
PLAIN_SCREENS: dict[Step, Callable[[Screens], Screen]] = {
    Step.NOTICE: Screens.notice,
    Step.CITY: Screens.city,
    Step.HOURS: Screens.hours,
}


def telegram_name(person: Person) -> str | None:
    """The first name Telegram shows, offered as a button when it would pass as an answer."""
    return person.first_name if first_name_problem(person.first_name) is None else None


async def screen_of(context: BotContext, person: Person, step: Next) -> Screen:
    """The message that asks `step`; None means an edit from /profile is over."""
    screens = person.screens
    onboarding = context.services.onboarding
    if step is None or step is Step.SUMMARY:
        profile = await onboarding.profile(person.id)
        assert profile is not None
        granted = await onboarding.consents(person.id)
        if step is None:
            return screens.profile(profile, granted).with_hint(screens.text("profile-saved"))
        return screens.summary(profile, granted)
    if step in PLAIN_SCREENS:
        return PLAIN_SCREENS[step](screens)
    if step is Step.LANGUAGE:
        return screens.welcome(person.first_name)
    if step is Step.BIRTH:
        return screens.birth_years(onboarding.birth_years())
    if step is Step.GUARDIAN:
        return await guardian.status_screen(context, person)
    if step is Step.AGE_CHECK:
        return age_checks.waiting_screen(screens)
    if step is Step.NAME:
        return screens.name(telegram_name(person))
    if step is Step.CONSENTS:
        return screens.consents(await context.services.consents.of(person.id))
    profile = await onboarding.profile(person.id)
    field = {value: key for key, value in CHOICE_STEPS.items()}[step]
    return screens.choices(field, getattr(profile, field) if profile else ())


async def ask(
    context: BotContext, person: Person, step: Next, hint_key: str | None = None, **args: object
) -> None:
    screen = await screen_of(context, person, step)
    if hint_key is not None:
        screen = screen.with_hint(person.text(hint_key, **args))
    await send(context, person, screen)


async def start(context: BotContext, person: Person) -> None:
    """/start for a person who is not staff: begin, resume, or welcome back."""
    onboarding = context.services.onboarding
    conversation = await onboarding.resume(person.id)
    if conversation is None:
        profile = await onboarding.profile(person.id)
        name = profile.first_name if profile and profile.first_name else person.first_name
        await reply(context, person, "start-member", name=name)
    elif conversation.step in GREETING:
        await ask(context, person, conversation.step)  # these questions greet on their own
    else:
        await ask(context, person, conversation.step, "start-resume")


async def cancel(context: BotContext, person: Person) -> None:
    services = context.services
    had_pending = await services.pending.get(person.id) is not None
    await services.pending.clear(person.id)
    was = await services.onboarding.cancel(person.id)
    if was is None:
        await reply(context, person, "cancel-done" if had_pending else "cancel-nothing")
    elif was.return_to is ReturnTo.PROFILE:
        await ask(context, person, None, "cancel-edit")
    elif was.return_to is ReturnTo.SUMMARY:
        await ask(context, person, Step.SUMMARY, "cancel-edit")
    else:
        keyboard = InlineKeyboardMarkup([[person.screens.button("cancel-forget", Plain("forget"))]])
        paused = "age-check-cancel" if was.step is Step.AGE_CHECK else "cancel-paused"
        await reply(context, person, paused, keyboard)


# --- typed answers and other messages ----------------------------------------------------


async def take_text(context: BotContext, person: Person, text: str) -> bool:
    """A typed answer to the question the person is at; False if no conversation is on."""
    conversation = await context.services.onboarding.conversation(person.id)
    if conversation is None:
        return False
    step = conversation.step
    if conversation.paused:
        await reply(context, person, "onboarding-paused")
    elif step in TYPED_ANSWERS:
        await TYPED_ANSWERS[step](context, person, text)
    elif step in WAITING:
        await ask(context, person, step)
    else:
        await ask(context, person, step, "onboarding-use-buttons")
    return True


async def _typed_birth(context: BotContext, person: Person, text: str) -> None:
    answer = await context.services.onboarding.answer_birth_text(person.id, text)
    await after_birth(context, person, answer)


async def _typed_name(context: BotContext, person: Person, text: str) -> None:
    named = await context.services.onboarding.answer_name(person.id, text)
    if named.problem is not None:
        await ask(context, person, Step.NAME, f"name-problem-{named.problem.value}")
    else:
        await ask(context, person, named.next)


async def _typed_city(context: BotContext, person: Person, text: str) -> None:
    answer = await context.services.onboarding.answer_city(person.id, text)
    await after_city(context, person, answer)


async def _typed_hours(context: BotContext, person: Person, text: str) -> None:
    hours = parse_hours(text)
    if hours is None:
        await ask(context, person, Step.HOURS, "hours-not-understood")
    else:
        await ask(context, person, await context.services.onboarding.answer_hours(person.id, hours))


TYPED_ANSWERS: dict[Step, Callable[[BotContext, Person, str], Awaitable[None]]] = {
    Step.BIRTH: _typed_birth,
    Step.NAME: _typed_name,
    Step.CITY: _typed_city,
    Step.HOURS: _typed_hours,
}


async def on_media(update: Update, context: BotContext, person: Person) -> None:
    conversation = await context.services.onboarding.conversation(person.id)
    if conversation is None:
        await fallback.stray_media(update, context, person)
    elif conversation.paused:
        await reply(context, person, "onboarding-paused")
    elif conversation.step in WAITING:
        await ask(context, person, conversation.step)
    elif conversation.step in TEXT_STEPS:
        await ask(context, person, conversation.step, "onboarding-text-only")
    else:
        await ask(context, person, conversation.step, "onboarding-use-buttons")


async def on_edited(update: Update, context: BotContext, person: Person) -> None:
    conversation = await context.services.onboarding.conversation(person.id)
    if conversation is None or conversation.paused or conversation.step in WAITING:
        await fallback.edited_message(update, context, person)
    else:
        await ask(context, person, conversation.step, "onboarding-edited")


async def after_birth(context: BotContext, person: Person, answer: BirthAnswer) -> None:
    """A refusal erases the stored language choice: the person's language was read before."""
    if not answer.understood:
        await ask(context, person, Step.BIRTH, "birth-not-understood")
    elif answer.held:
        await _held(context, person, answer.next)
    elif answer.decision is AgeDecision.TOO_YOUNG:
        await refuse(context, person, "refused-too-young")
    elif answer.decision is AgeDecision.TOO_OLD:
        await refuse(context, person, "refused-too-old")
    elif answer.next is Step.GUARDIAN:
        await guardian.send_new_link(context, person)
    else:
        await ask(context, person, answer.next)


async def _held(context: BotContext, person: Person, step: Next) -> None:
    """A new birth date waits for a moderator: the onboarding shows it is waiting; an edit
    goes back where it came from, saying the old date stays (not "saved")."""
    if step is Step.AGE_CHECK:
        await ask(context, person, step)
        return
    hint = person.text("age-check-held-edit", hours=ANSWER_WITHIN_HOURS)
    onboarding = context.services.onboarding
    profile = await onboarding.profile(person.id)
    if step is None and profile is not None:
        granted = await onboarding.consents(person.id)
        await send(context, person, person.screens.profile(profile, granted).with_hint(hint))
    else:
        await send(context, person, (await screen_of(context, person, step)).with_hint(hint))


async def refuse(context: BotContext, person: Person, key: str) -> None:
    policy = context.services.onboarding.policy
    await reply(context, person, key, min=policy.min_age, max=policy.max_age)


async def after_city(context: BotContext, person: Person, answer: CityAnswer) -> None:
    if answer.problem is not None:
        await ask(context, person, Step.CITY, "city-problem", max=40)
    elif answer.suggestions:
        await send(
            context, person, person.screens.city_suggestions(answer.typed, answer.suggestions)
        )
    elif answer.unknown:
        await ask(context, person, Step.CITY, "city-unknown", city=answer.typed)
    elif answer.saved:
        await ask(context, person, answer.next)
    else:
        await ask(context, person, Step.CITY)
