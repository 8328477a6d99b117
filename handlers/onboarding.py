"""The onboarding conversation and single-field edits: `/start` for a new person, their typed
answers and button presses, `/cancel`.

State lives in the database (see bot/services/onboarding.py), not in PTB: a crash or restart
resumes at the same question. Every button is checked against the question the person is at
*now* (its `question`, handlers/onboarding_buttons.py).
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from typing import Any

from telegram import CallbackQuery, InlineKeyboardMarkup, Update

from bot.core.i18n import SUPPORTED_LANGUAGES
from bot.domain.age_gate import AgeDecision
from bot.domain.birth_month import BirthMonth
from bot.domain.catalog import CHOICE_LISTS, HOURS_CHOICES, PURPOSES, parse_hours
from bot.domain.names import name_problem
from bot.services.onboarding import (
    CHOICE_STEPS,
    EDITABLE,
    BirthAnswer,
    CityAnswer,
    Next,
    ReturnTo,
    Step,
)
from handlers import fallback, guardian
from handlers.common import drop_keyboard, edit_keyboard, edit_screen, reply, send
from handlers.kit.commands import publish_personal_menu
from handlers.kit.context import BotContext
from handlers.kit.guards import STALE, button
from handlers.kit.person import Person, now_speaking
from handlers.onboarding_buttons import (
    AcceptNotice,
    Back,
    BornEarlier,
    BornLater,
    ChooseLanguage,
    Confirm,
    ConsentsDone,
    EditAnswer,
    FinishChoices,
    Forget,
    KeepTypedCity,
    Onboarding,
    OtherYears,
    PickCity,
    PickHours,
    PickMonth,
    PickYear,
    RemoteOnly,
    ToggleChoice,
    ToggleConsent,
    UseTelegramName,
)
from handlers.screens import Screen, Screens

logger = logging.getLogger(__name__)

TEXT_STEPS = frozenset({Step.BIRTH, Step.NAME, Step.CITY, Step.HOURS})
# Questions whose screen needs nothing but the person's language.
PLAIN_SCREENS: dict[Step, Callable[[Screens], Screen]] = {
    Step.NOTICE: Screens.notice,
    Step.CITY: Screens.city,
    Step.HOURS: Screens.hours,
}


def telegram_name(person: Person) -> str | None:
    """The first name Telegram shows, offered as a button when it would pass as an answer."""
    return person.first_name if name_problem(person.first_name) is None else None


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
        return screens.birth_years(onboarding.today(), onboarding.policy)
    if step is Step.GUARDIAN:
        return await guardian.status_screen(context, person)
    if step is Step.NAME:
        return screens.name(telegram_name(person))
    if step is Step.CONSENTS:
        return screens.consents(await onboarding.consents(person.id))
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
    elif conversation.step in {Step.LANGUAGE, Step.GUARDIAN}:
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
        keyboard = InlineKeyboardMarkup([[person.screens.button("cancel-forget", Forget())]])
        await reply(context, person, "cancel-paused", keyboard)


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
    elif step is Step.GUARDIAN:
        await ask(context, person, Step.GUARDIAN)
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
    elif conversation.step is Step.GUARDIAN:
        await ask(context, person, Step.GUARDIAN)
    elif conversation.step in TEXT_STEPS:
        await ask(context, person, conversation.step, "onboarding-text-only")
    else:
        await ask(context, person, conversation.step, "onboarding-use-buttons")


async def on_edited(update: Update, context: BotContext, person: Person) -> None:
    conversation = await context.services.onboarding.conversation(person.id)
    if conversation is None or conversation.paused or conversation.step is Step.GUARDIAN:
        await fallback.edited_message(update, context, person)
    else:
        await ask(context, person, conversation.step, "onboarding-edited")


async def after_birth(context: BotContext, person: Person, answer: BirthAnswer) -> None:
    """A refusal erases the stored language choice: the person's language was read before."""
    if not answer.understood:
        await ask(context, person, Step.BIRTH, "birth-not-understood")
    elif answer.decision is AgeDecision.TOO_YOUNG:
        await refuse(context, person, "refused-too-young")
    elif answer.decision is AgeDecision.TOO_OLD:
        await refuse(context, person, "refused-too-old")
    elif answer.decision is AgeDecision.NEEDS_GUARDIAN:
        await guardian.send_new_link(context, person)
    else:
        await ask(context, person, answer.next)


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
    elif answer.saved:
        await ask(context, person, answer.next)
    else:
        await ask(context, person, Step.CITY)


# --- buttons -----------------------------------------------------------------------------


@button(Onboarding)
async def on_button(
    query: CallbackQuery, context: BotContext, person: Person, data: Onboarding
) -> None:
    if isinstance(data, Forget):
        await forget(query, context, person)
        return
    if data.question is None:  # a list of choices we do not have
        logger.warning("user %d pressed a malformed onboarding button", person.id)
        await query.answer(person.text("button-expired"), show_alert=True)
        return
    conversation = await context.services.onboarding.conversation(person.id)
    if conversation is None or conversation.step is not data.question:
        # A question already answered (a double tap, or an old message): change nothing.
        await query.answer(person.text(STALE))
        return
    try:
        handled = await PRESSES[type(data)](query, context, person, data)
    except ValueError:
        handled = False  # a number no calendar has
    if not handled:
        logger.warning("user %d pressed an onboarding button we never drew", person.id)
        await query.answer(person.text("button-expired"), show_alert=True)


# Each press acts on a button of the current question; False if its data is not one we drew.
Press = Callable[[CallbackQuery, BotContext, Person, Any], Awaitable[bool]]


async def _toggle_choice(
    query: CallbackQuery, context: BotContext, person: Person, data: ToggleChoice
) -> bool:
    if data.key not in CHOICE_LISTS[data.field]:
        return False
    selected = await context.services.onboarding.toggle_choice(person.id, data.field, data.key)
    await query.answer()
    await edit_keyboard(query, person.screens.choices(data.field, selected).keyboard)
    return True


async def _toggle_consent(
    query: CallbackQuery, context: BotContext, person: Person, data: ToggleConsent
) -> bool:
    if data.purpose not in PURPOSES:
        return False
    granted = await context.services.onboarding.toggle_consent(person.id, data.purpose)
    await query.answer()
    await edit_keyboard(query, person.screens.consents(granted).keyboard)
    return True


async def _pick_year(
    query: CallbackQuery, context: BotContext, person: Person, data: PickYear
) -> bool:
    onboarding = context.services.onboarding
    policy, today = onboarding.policy, onboarding.today()
    if not today.year - policy.max_age - 1 <= data.year <= today.year - policy.min_age:
        return False
    await query.answer()
    await edit_screen(query, person.screens.birth_months(data.year))
    return True


async def _other_years(
    query: CallbackQuery, context: BotContext, person: Person, data: OtherYears
) -> bool:
    onboarding = context.services.onboarding
    await query.answer()
    await edit_screen(query, person.screens.birth_years(onboarding.today(), onboarding.policy))
    return True


async def _pick_month(
    query: CallbackQuery, context: BotContext, person: Person, data: PickMonth
) -> bool:
    if not 1 <= data.month <= 12:
        return False
    born = BirthMonth(data.year, data.month)
    answer = await context.services.onboarding.answer_birth(person.id, born)
    await query.answer()
    shown = f"{person.text(f'month-{data.month}')} {data.year}"
    await show_answer_under_question(query, person, shown)
    await after_birth(context, person, answer)
    return True


async def _out_of_range(
    query: CallbackQuery, context: BotContext, person: Person, data: BornEarlier | BornLater
) -> bool:
    await context.services.onboarding.refuse(person.id)
    await query.answer()
    await drop_keyboard(query)
    too = "refused-too-old" if isinstance(data, BornEarlier) else "refused-too-young"
    await refuse(context, person, too)
    return True


async def _choose_language(
    query: CallbackQuery, context: BotContext, person: Person, data: ChooseLanguage
) -> bool:
    if data.code not in SUPPORTED_LANGUAGES:
        return False
    changed, next_step = await context.services.onboarding.choose_language(person.id, data.code)
    person = now_speaking(context, person, data.code)
    await moved_on_showing(query, context, person, next_step)
    if changed:
        await publish_personal_menu(context, person.id, data.code, person.roles)
    return True


async def _telegram_name(
    query: CallbackQuery, context: BotContext, person: Person, data: UseTelegramName
) -> bool:
    name = telegram_name(person)
    if name is None:
        return False
    named = await context.services.onboarding.answer_name(person.id, name)
    await moved_on_showing(query, context, person, named.next, name)
    return True


async def _city(
    query: CallbackQuery,
    context: BotContext,
    person: Person,
    data: PickCity | RemoteOnly | KeepTypedCity,
) -> bool:
    onboarding = context.services.onboarding
    if isinstance(data, PickCity):
        answer = await onboarding.pick_city(person.id, data.city)
    elif isinstance(data, RemoteOnly):
        answer = await onboarding.choose_remote(person.id)
    else:
        answer = await onboarding.keep_typed_city(person.id)
    if not answer.saved:
        return False
    await moved_on_showing(query, context, person, answer.next)
    return True


async def _hours(
    query: CallbackQuery, context: BotContext, person: Person, data: PickHours
) -> bool:
    if data.hours not in HOURS_CHOICES:
        return False
    answered = await context.services.onboarding.answer_hours(person.id, data.hours)
    await moved_on_showing(query, context, person, answered)
    return True


async def _notice(
    query: CallbackQuery, context: BotContext, person: Person, data: AcceptNotice
) -> bool:
    answered = await context.services.onboarding.accept_notice(person.id)
    await moved_on_showing(query, context, person, answered)
    return True


async def _finish_choices(
    query: CallbackQuery, context: BotContext, person: Person, data: FinishChoices
) -> bool:
    finished = await context.services.onboarding.finish_choices(person.id, data.field)
    if finished.missing:
        await query.answer(person.text(f"{data.field}-need-one"), show_alert=True)
        return True
    await moved_on(query, context, person, finished.next)
    return True


async def _consents_done(
    query: CallbackQuery, context: BotContext, person: Person, data: ConsentsDone
) -> bool:
    await moved_on(
        query, context, person, await context.services.onboarding.finish_consents(person.id)
    )
    return True


async def _back(query: CallbackQuery, context: BotContext, person: Person, data: Back) -> bool:
    await moved_on(query, context, person, await context.services.onboarding.back(person.id))
    return True


async def _edit(
    query: CallbackQuery, context: BotContext, person: Person, data: EditAnswer
) -> bool:
    if data.step not in EDITABLE:
        return False
    await context.services.onboarding.edit(person.id, data.step, ReturnTo.SUMMARY)
    await moved_on(query, context, person, data.step)
    return True


async def _confirm(
    query: CallbackQuery, context: BotContext, person: Person, data: Confirm
) -> bool:
    onboarding = context.services.onboarding
    await onboarding.confirm(person.id)
    await query.answer()
    await drop_keyboard(query)
    profile = await onboarding.profile(person.id)
    name = profile.first_name if profile and profile.first_name else ""
    await reply(context, person, "onboarding-done", name=name)
    return True


PRESSES: dict[type[Onboarding], Press] = {
    ChooseLanguage: _choose_language,
    AcceptNotice: _notice,
    PickYear: _pick_year,
    OtherYears: _other_years,
    PickMonth: _pick_month,
    BornEarlier: _out_of_range,
    BornLater: _out_of_range,
    UseTelegramName: _telegram_name,
    PickCity: _city,
    RemoteOnly: _city,
    KeepTypedCity: _city,
    PickHours: _hours,
    ToggleConsent: _toggle_consent,
    ConsentsDone: _consents_done,
    ToggleChoice: _toggle_choice,
    FinishChoices: _finish_choices,
    Back: _back,
    EditAnswer: _edit,
    Confirm: _confirm,
}


async def forget(query: CallbackQuery, context: BotContext, person: Person) -> None:
    if not await context.services.onboarding.forget(person.id):
        await query.answer(person.text(STALE))
        return
    await query.answer()
    await edit_screen(query, Screen(person.text("cancel-forgotten")))


async def moved_on(query: CallbackQuery, context: BotContext, person: Person, step: Next) -> None:
    """The question is answered: its buttons go, then the next question comes."""
    await query.answer()
    await drop_keyboard(query)
    await ask(context, person, step)


async def moved_on_showing(
    query: CallbackQuery, context: BotContext, person: Person, step: Next, answer: str | None = None
) -> None:
    """The same, with the answer (else the pressed button's label) written under the question,
    since a button press leaves no trace in the chat."""
    await query.answer()
    shown = answer if answer is not None else pressed_label(query)
    await show_answer_under_question(query, person, shown)
    await ask(context, person, step)


def pressed_label(query: CallbackQuery) -> str | None:
    markup = getattr(query.message, "reply_markup", None)
    if markup is None:
        return None
    for row in markup.inline_keyboard:
        for pressed in row:
            if pressed.callback_data == query.data:
                return str(pressed.text)
    return None


async def show_answer_under_question(
    query: CallbackQuery, person: Person, answer: str | None
) -> None:
    question_html = getattr(query.message, "text_html", None)
    if answer is None or not isinstance(question_html, str):
        await drop_keyboard(query)
        return
    await edit_screen(query, Screen(f"{question_html}\n\n{person.text('answered', answer=answer)}"))
