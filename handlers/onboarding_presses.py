"""The onboarding's buttons, each checked against the question the person is at *now* (its
`question`, handlers/onboarding_buttons.py) and then dispatched by its kind."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from telegram import CallbackQuery

from bot.core.i18n import SUPPORTED_LANGUAGES
from bot.domain.birth_month import BirthMonth
from bot.domain.catalog import CHOICE_LISTS, HOURS_CHOICES, PURPOSES
from bot.domain.onboarding_steps import EDITABLE, ReturnTo, Step
from bot.services.onboarding import CityAnswer, Next, OnboardingService
from handlers import group_joins
from handlers import onboarding_buttons as ob
from handlers.common import drop_keyboard, edit_keyboard, edit_screen, reply
from handlers.consent_switch import tap_consent
from handlers.kit.commands import publish_personal_menu
from handlers.kit.context import BotContext
from handlers.kit.edits import redraw
from handlers.kit.guards import STALE, button, not_ours
from handlers.kit.person import Person, now_speaking
from handlers.onboarding import after_birth, ask, refuse, screen_of, telegram_name
from handlers.screens import Screen


@button(ob.Onboarding)
async def on_button(
    query: CallbackQuery, context: BotContext, person: Person, data: ob.Onboarding
) -> None:
    if data == ob.Plain("forget"):
        await forget(query, context, person)
        return
    if data.question is None:  # a list of choices we do not have
        await not_ours(query, person, "onboarding")
        return
    conversation = await context.services.onboarding.conversation(person.id)
    if conversation is None or conversation.step is not data.question:
        # A question already answered (a double tap, or an old message): change nothing.
        await query.answer(person.text(STALE))
        return
    press = PRESSES[data.action if isinstance(data, ob.Plain) else type(data)]
    try:
        handled = await press(query, context, person, data)
    except ValueError:
        handled = False  # a number no calendar has
    if not handled:
        await not_ours(query, person, "onboarding")


# Each press acts on a button of the current question; False if its data is not one we drew.
Press = Callable[[CallbackQuery, BotContext, Person, Any], Awaitable[bool]]


async def _toggle(
    query: CallbackQuery, context: BotContext, person: Person, data: ob.ToggleChoice
) -> bool:
    """A choice of a list on or off: the same question, its buttons redrawn."""
    if data.key not in CHOICE_LISTS[data.field]:
        return False
    selected = await context.services.onboarding.toggle_choice(person.id, data.field, data.key)
    await query.answer()
    await edit_keyboard(query, person.screens.choices(data.field, selected).keyboard)
    return True


async def _toggle_consent(
    query: CallbackQuery, context: BotContext, person: Person, data: ob.ToggleConsent
) -> bool:
    """A consent on or off, if the rule allows; either way the question is redrawn as things
    stand now (what was switched off may now be locked)."""
    if data.purpose not in PURPOSES:
        return False
    if await tap_consent(query, context, person, data.purpose, data.to == "on"):
        await query.answer()
    await edit_screen(query, await screen_of(context, person, Step.CONSENTS))
    return True


async def _years(
    query: CallbackQuery, context: BotContext, person: Person, data: ob.PickYear | ob.Plain
) -> bool:
    """A year: its months; "other years": the years again."""
    years = context.services.onboarding.birth_years()
    if isinstance(data, ob.Plain):
        screen = person.screens.birth_years(years)
    elif data.year in years:
        screen = person.screens.birth_months(data.year)
    else:
        return False
    await redraw(query, person, screen)
    return True


async def _pick_month(
    query: CallbackQuery, context: BotContext, person: Person, data: ob.PickMonth
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
    query: CallbackQuery, context: BotContext, person: Person, data: ob.Plain
) -> bool:
    """Born before the years shown (too old), or after them (too young)."""
    await context.services.onboarding.refuse_unlisted(person.id, older=data.action == "older")
    await query.answer()
    await drop_keyboard(query)
    too = "refused-too-old" if data.action == "older" else "refused-too-young"
    await refuse(context, person, too)
    return True


async def _choose_language(
    query: CallbackQuery, context: BotContext, person: Person, data: ob.ChooseLanguage
) -> bool:
    if data.code not in SUPPORTED_LANGUAGES:
        return False
    changed, next_step = await context.services.onboarding.choose_language(person.id, data.code)
    person = now_speaking(context, person, data.code)
    await moved_on_showing(query, context, person, next_step)
    if changed:
        await publish_personal_menu(context, person.id, data.code, person.roles)
    return True


async def _shown(
    query: CallbackQuery,
    context: BotContext,
    person: Person,
    data: ob.Plain | ob.PickCity | ob.PickHours,
) -> bool:
    """A button whose label is the answer (the notice accepted, the Telegram name, a city, remote
    only, the city as typed, the hours): it stays under the question, then the next comes."""
    onboarding = context.services.onboarding
    name = telegram_name(person) if data == ob.Plain("name") else None
    if isinstance(data, ob.PickHours):
        if data.hours not in HOURS_CHOICES:
            return False
        step = await onboarding.answer_hours(person.id, data.hours)
    elif data == ob.Plain("notice"):
        step = await onboarding.accept_notice(person.id)
    elif name is not None:
        step = (await onboarding.answer_name(person.id, name)).next
    else:
        city = await _city(onboarding, person, data)
        if city is None or not city.saved:
            return False
        step = city.next
    await moved_on_showing(query, context, person, step, name)
    return True


async def _city(
    onboarding: OnboardingService, person: Person, data: ob.Plain | ob.PickCity
) -> CityAnswer | None:
    if isinstance(data, ob.PickCity):
        return await onboarding.pick_city(person.id, data.city)
    if data.action == "remote":
        return await onboarding.choose_remote(person.id)
    return None  # the Telegram name, when it would not pass as one


async def _finish_choices(
    query: CallbackQuery, context: BotContext, person: Person, data: ob.FinishChoices
) -> bool:
    finished = await context.services.onboarding.finish_choices(person.id, data.field)
    if finished.missing:
        await query.answer(person.text(f"{data.field}-need-one"), show_alert=True)
    else:
        await moved_on(query, context, person, finished.next)
    return True


async def _move_on(
    query: CallbackQuery, context: BotContext, person: Person, data: ob.Plain | ob.Back
) -> bool:
    """The consents done, or back."""
    onboarding = context.services.onboarding
    moved = onboarding.back if isinstance(data, ob.Back) else onboarding.finish_consents
    await moved_on(query, context, person, await moved(person.id))
    return True


async def _edit(
    query: CallbackQuery, context: BotContext, person: Person, data: ob.EditAnswer
) -> bool:
    if data.step not in EDITABLE:
        return False
    await context.services.onboarding.edit(person.id, data.step, ReturnTo.SUMMARY)
    await moved_on(query, context, person, data.step)
    return True


async def _confirm(
    query: CallbackQuery, context: BotContext, person: Person, data: ob.Plain
) -> bool:
    onboarding = context.services.onboarding
    await onboarding.confirm(person.id)
    await query.answer()
    await drop_keyboard(query)
    profile = await onboarding.profile(person.id)
    name = profile.first_name if profile and profile.first_name else ""
    await reply(context, person, "onboarding-done", name=name)
    await group_joins.after_onboarding(context, person)
    return True


# By the button's class, or a plain button's action.
PRESSES: dict[type[ob.Onboarding] | str, Press] = {
    ob.ChooseLanguage: _choose_language,
    "notice": _shown,
    ob.PickYear: _years,
    "years": _years,
    ob.PickMonth: _pick_month,
    "older": _out_of_range,
    "younger": _out_of_range,
    "name": _shown,
    ob.PickCity: _shown,
    "remote": _shown,
    ob.PickHours: _shown,
    ob.ToggleChoice: _toggle,
    ob.FinishChoices: _finish_choices,
    ob.ToggleConsent: _toggle_consent,
    "consents": _move_on,
    ob.Back: _move_on,
    ob.EditAnswer: _edit,
    "confirm": _confirm,
}


async def forget(query: CallbackQuery, context: BotContext, person: Person) -> None:
    if not await context.services.onboarding.forget(person.id):
        await query.answer(person.text(STALE))
        return
    await query.answer()
    remembered = await context.services.age_checks.remembers(person.id)
    done = "cancel-forgotten-age-kept" if remembered else "cancel-forgotten"
    await edit_screen(query, Screen(person.text(done)))


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
