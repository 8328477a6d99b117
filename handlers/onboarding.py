"""The onboarding conversation and single-field edits: `/start` for a new person, their typed
answers and button presses, `/cancel`.

State lives in the database (see bot/onboarding.py), not in PTB: a crash or restart resumes at
the same question. Every button is checked against the question the person is at *now*.
"""

from __future__ import annotations

import logging

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
from handlers.common import (
    drop_keyboard,
    edit_keyboard,
    edit_screen,
    language_of,
    reply,
    screens_for,
    send,
)
from handlers.kit.commands import publish_personal_menu
from handlers.kit.context import BotContext
from handlers.screens import CONVERSATION, Screen, Screens

logger = logging.getLogger(__name__)

CALLBACK_PATTERN = rf"^{CONVERSATION}:"
TEXT_STEPS = frozenset({Step.BIRTH, Step.NAME, Step.CITY, Step.HOURS})


def telegram_name(update: Update) -> str | None:
    """The first name Telegram shows, offered as a button when it would pass as an answer."""
    user = update.effective_user
    if user is None or name_problem(user.first_name) is not None:
        return None
    return user.first_name


async def screen_of(update: Update, context: BotContext, step: Next) -> Screen:
    """The message that asks `step`; None means an edit from /profile is over."""
    screens = await screens_for(update, context)
    user = update.effective_user
    assert user is not None
    onboarding = context.services.onboarding
    if step is None or step is Step.SUMMARY:
        profile = await onboarding.profile(user.id)
        assert profile is not None
        granted = await onboarding.consents(user.id)
        if step is None:
            return screens.profile(profile, granted).with_hint(screens.text("profile-saved"))
        return screens.summary(profile, granted)
    if step is Step.LANGUAGE:
        return screens.welcome(user.first_name)
    if step is Step.NOTICE:
        return screens.notice()
    if step is Step.BIRTH:
        return screens.birth_years(onboarding.today(), onboarding.policy)
    if step is Step.GUARDIAN:
        return await guardian.status_screen(update, context)
    if step is Step.NAME:
        return screens.name(telegram_name(update))
    if step is Step.CITY:
        return screens.city()
    if step is Step.HOURS:
        return screens.hours()
    if step is Step.CONSENTS:
        return screens.consents(await onboarding.consents(user.id))
    profile = await onboarding.profile(user.id)
    field = {value: key for key, value in CHOICE_STEPS.items()}[step]
    return screens.choices(field, getattr(profile, field) if profile else ())


async def ask(
    update: Update, context: BotContext, step: Next, hint_key: str | None = None, **args: object
) -> None:
    screen = await screen_of(update, context, step)
    if hint_key is not None:
        screens = await screens_for(update, context)
        screen = screen.with_hint(screens.text(hint_key, **args))
    await send(update, context, screen)


async def start(update: Update, context: BotContext) -> None:
    """/start for a person who is not staff: begin, resume, or welcome back."""
    user = update.effective_user
    assert user is not None
    onboarding = context.services.onboarding
    conversation = await onboarding.resume(user.id)
    if conversation is None:
        profile = await onboarding.profile(user.id)
        name = profile.first_name if profile and profile.first_name else user.first_name
        await reply(update, context, "start-member", name=name)
    elif conversation.step in {Step.LANGUAGE, Step.GUARDIAN}:
        await ask(update, context, conversation.step)  # these questions greet on their own
    else:
        await ask(update, context, conversation.step, "start-resume")


async def cancel(update: Update, context: BotContext) -> None:
    user = update.effective_user
    assert user is not None
    had_pending = await context.services.pending.get(user.id) is not None
    await context.services.pending.clear(user.id)
    was = await context.services.onboarding.cancel(user.id)
    if was is None:
        await reply(update, context, "cancel-done" if had_pending else "cancel-nothing")
    elif was.return_to is ReturnTo.PROFILE:
        await ask(update, context, None, "cancel-edit")
    elif was.return_to is ReturnTo.SUMMARY:
        await ask(update, context, Step.SUMMARY, "cancel-edit")
    else:
        screens = await screens_for(update, context)
        keyboard = InlineKeyboardMarkup([[screens.button("cancel-forget", "forget")]])
        await send(update, context, Screen(screens.text("cancel-paused"), keyboard))


# --- typed answers and other messages ----------------------------------------------------


async def take_text(update: Update, context: BotContext) -> bool:
    """A typed answer to the question the person is at; False if no conversation is on."""
    message = update.effective_message
    user = update.effective_user
    assert message is not None
    assert message.text is not None
    assert user is not None
    onboarding = context.services.onboarding
    conversation = await onboarding.conversation(user.id)
    if conversation is None:
        return False
    if conversation.paused:
        await reply(update, context, "onboarding-paused")
        return True
    text = message.text
    step = conversation.step
    if step is Step.BIRTH:
        language = await language_of(update, context)
        answer = await onboarding.answer_birth_text(user.id, text)
        if not answer.understood:
            await ask(update, context, Step.BIRTH, "birth-not-understood")
        else:
            await after_birth(update, context, answer, language)
    elif step is Step.NAME:
        named = await onboarding.answer_name(user.id, text)
        if named.problem is not None:
            await ask(update, context, Step.NAME, f"name-problem-{named.problem.value}")
        else:
            await ask(update, context, named.next)
    elif step is Step.CITY:
        await after_city(update, context, await onboarding.answer_city(user.id, text))
    elif step is Step.HOURS:
        hours = parse_hours(text)
        if hours is None:
            await ask(update, context, Step.HOURS, "hours-not-understood")
        else:
            await ask(update, context, await onboarding.answer_hours(user.id, hours))
    elif step is Step.GUARDIAN:
        await ask(update, context, Step.GUARDIAN)
    else:
        await ask(update, context, step, "onboarding-use-buttons")
    return True


async def on_media(update: Update, context: BotContext) -> None:
    user = update.effective_user
    assert user is not None
    conversation = await context.services.onboarding.conversation(user.id)
    if conversation is None:
        await fallback.stray_media(update, context)
    elif conversation.paused:
        await reply(update, context, "onboarding-paused")
    elif conversation.step is Step.GUARDIAN:
        await ask(update, context, Step.GUARDIAN)
    elif conversation.step in TEXT_STEPS:
        await ask(update, context, conversation.step, "onboarding-text-only")
    else:
        await ask(update, context, conversation.step, "onboarding-use-buttons")


async def on_edited(update: Update, context: BotContext) -> None:
    user = update.effective_user
    assert user is not None
    conversation = await context.services.onboarding.conversation(user.id)
    if conversation is None or conversation.paused or conversation.step is Step.GUARDIAN:
        await fallback.edited_message(update, context)
    else:
        await ask(update, context, conversation.step, "onboarding-edited")


async def after_birth(
    update: Update, context: BotContext, answer: BirthAnswer, language: str
) -> None:
    """`language` was read before the answer: a refusal erases the stored choice."""
    if answer.decision is AgeDecision.TOO_YOUNG:
        await refuse(update, context, "refused-too-young", language)
    elif answer.decision is AgeDecision.TOO_OLD:
        await refuse(update, context, "refused-too-old", language)
    elif answer.decision is AgeDecision.NEEDS_GUARDIAN:
        await guardian.send_new_link(update, context)
    else:
        await ask(update, context, answer.next)


async def refuse(update: Update, context: BotContext, key: str, language: str) -> None:
    policy = context.services.onboarding.policy
    await reply(update, context, key, language=language, min=policy.min_age, max=policy.max_age)


async def after_city(update: Update, context: BotContext, answer: CityAnswer) -> None:
    if answer.problem is not None:
        await ask(update, context, Step.CITY, "city-problem", max=40)
    elif answer.suggestions:
        screens = await screens_for(update, context)
        await send(update, context, screens.city_suggestions(answer.typed, answer.suggestions))
    elif answer.saved:
        await ask(update, context, answer.next)
    else:
        await ask(update, context, Step.CITY)


# --- buttons -----------------------------------------------------------------------------

# The question each action answers; actions with an argument-dependent question are resolved in
# `_expected_step`.
_ACTION_STEPS: dict[str, Step] = {
    "lang": Step.LANGUAGE,
    "notice": Step.NOTICE,
    "year": Step.BIRTH,
    "years": Step.BIRTH,
    "month": Step.BIRTH,
    "older": Step.BIRTH,
    "younger": Step.BIRTH,
    "name": Step.NAME,
    "city": Step.CITY,
    "remote": Step.CITY,
    "keep": Step.CITY,
    "hours": Step.HOURS,
    "c": Step.CONSENTS,
    "consents": Step.CONSENTS,
    "edit": Step.SUMMARY,
    "confirm": Step.SUMMARY,
}


def _expected_step(parts: list[str]) -> Step | None:
    action = parts[0]
    if action in {"t", "done"} and len(parts) >= 2 and parts[1] in CHOICE_STEPS:
        return CHOICE_STEPS[parts[1]]
    if action == "back" and len(parts) == 2 and parts[1] in Step.__members__.values():
        return Step(parts[1])
    return _ACTION_STEPS.get(action)


async def on_button(update: Update, context: BotContext) -> None:
    query = update.callback_query
    assert query is not None
    assert query.data is not None
    parts = query.data.split(":")[1:]
    user_id = query.from_user.id
    onboarding = context.services.onboarding
    screens = await screens_for(update, context)
    if parts == ["forget"]:
        await forget(query, context, screens)
        return
    expected = _expected_step(parts) if parts else None
    if expected is None:
        logger.warning("user %d pressed a malformed onboarding button", user_id)
        await query.answer(screens.text("button-expired"), show_alert=True)
        return
    conversation = await onboarding.conversation(user_id)
    if conversation is None or conversation.step is not expected:
        # A question already answered (a double tap, or an old message): change nothing.
        await query.answer(screens.text("onboarding-button-old"))
        return
    try:
        handled = await _press(update, context, query, parts, screens)
    except (ValueError, IndexError):
        handled = False  # malformed data: wrong number of parts, not a number
    if not handled:
        logger.warning("user %d pressed an onboarding button we never drew", user_id)
        await query.answer(screens.text("button-expired"), show_alert=True)


async def _press(
    update: Update, context: BotContext, query: CallbackQuery, parts: list[str], screens: Screens
) -> bool:
    """Act on a button of the current question; False if its data is not ours."""
    user_id = query.from_user.id
    onboarding = context.services.onboarding
    action, args = parts[0], parts[1:]
    if action == "t":
        field, key = args
        if key not in CHOICE_LISTS[field]:
            return False
        selected = await onboarding.toggle_choice(user_id, field, key)
        await query.answer()
        await edit_keyboard(query, screens.choices(field, selected).keyboard)
        return True
    if action == "c":
        (purpose,) = args
        if purpose not in PURPOSES:
            return False
        granted = await onboarding.toggle_consent(user_id, purpose)
        await query.answer()
        await edit_keyboard(query, screens.consents(granted).keyboard)
        return True
    if action == "year":
        year = int(args[0])
        policy = onboarding.policy
        today = onboarding.today()
        if not today.year - policy.max_age - 1 <= year <= today.year - policy.min_age:
            return False
        await query.answer()
        await edit_screen(query, screens.birth_months(year))
        return True
    if action == "years":
        await query.answer()
        await edit_screen(query, screens.birth_years(onboarding.today(), onboarding.policy))
        return True
    if action == "done" and args[0] in CHOICE_STEPS:
        finished = await onboarding.finish_choices(user_id, args[0])
        if finished.missing:
            await query.answer(screens.text(f"{args[0]}-need-one"), show_alert=True)
            return True
        await moved_on(update, context, query, finished.next)
        return True
    return await _answer(update, context, query, action, args, screens)


async def _answer(
    update: Update,
    context: BotContext,
    query: CallbackQuery,
    action: str,
    args: list[str],
    screens: Screens,
) -> bool:
    """Buttons that answer the question and move the conversation on."""
    user_id = query.from_user.id
    onboarding = context.services.onboarding
    if action == "lang":
        (language,) = args
        if language not in SUPPORTED_LANGUAGES:
            return False
        changed, next_step = await onboarding.choose_language(user_id, language)
        await moved_on(update, context, query, next_step, show_answer=True)
        if changed:
            services = context.services
            await publish_personal_menu(
                context.bot, services.translate, user_id, language, services.staff.role_of(user_id)
            )
    elif action == "notice":
        await moved_on(
            update, context, query, await onboarding.accept_notice(user_id), show_answer=True
        )
    elif action == "month":
        year, month = int(args[0]), int(args[1])
        if not 1 <= month <= 12:
            return False
        language = screens.language
        born = BirthMonth(year, month)
        answer = await onboarding.answer_birth(user_id, born)
        await query.answer()
        await show_answer_under_question(
            update, context, query, f"{screens.text(f'month-{month}')} {year}"
        )
        if not answer.understood:
            await ask(update, context, Step.BIRTH, "birth-not-understood")
        else:
            await after_birth(update, context, answer, language)
    elif action in {"older", "younger"}:
        language = screens.language
        await onboarding.refuse(user_id)
        await query.answer()
        await drop_keyboard(query)
        key = "refused-too-old" if action == "older" else "refused-too-young"
        await refuse(update, context, key, language)
    elif action == "name":
        name = telegram_name(update)
        if name is None:
            return False
        named = await onboarding.answer_name(user_id, name)
        await moved_on(update, context, query, named.next, show_answer=True, answer=name)
    elif action == "city":
        (city,) = args
        picked = await onboarding.pick_city(user_id, city)
        if not picked.saved:
            return False
        await moved_on(update, context, query, picked.next, show_answer=True)
    elif action == "remote":
        remote = await onboarding.choose_remote(user_id)
        await moved_on(update, context, query, remote.next, show_answer=True)
    elif action == "keep":
        kept = await onboarding.keep_typed_city(user_id)
        if not kept.saved:
            return False
        await moved_on(update, context, query, kept.next, show_answer=True)
    elif action == "hours":
        hours = int(args[0])
        if hours not in HOURS_CHOICES:
            return False
        answered = await onboarding.answer_hours(user_id, hours)
        await moved_on(update, context, query, answered, show_answer=True)
    elif action == "consents":
        await moved_on(update, context, query, await onboarding.finish_consents(user_id))
    elif action == "back":
        await moved_on(update, context, query, await onboarding.back(user_id))
    elif action == "edit":
        step = Step(args[0])
        if step not in EDITABLE:
            return False
        await onboarding.edit(user_id, step, ReturnTo.SUMMARY)
        await moved_on(update, context, query, step)
    elif action == "confirm":
        await onboarding.confirm(user_id)
        await query.answer()
        await drop_keyboard(query)
        profile = await onboarding.profile(user_id)
        name = profile.first_name if profile and profile.first_name else ""
        await reply(update, context, "onboarding-done", name=name)
    else:
        return False
    return True


async def forget(query: CallbackQuery, context: BotContext, screens: Screens) -> None:
    if not await context.services.onboarding.forget(query.from_user.id):
        await query.answer(screens.text("onboarding-button-old"))
        return
    await query.answer()
    await edit_screen(query, Screen(screens.text("cancel-forgotten")))


async def moved_on(
    update: Update,
    context: BotContext,
    query: CallbackQuery,
    step: Next,
    *,
    show_answer: bool = False,
    answer: str | None = None,
) -> None:
    """The question is answered: its buttons go (the answer stays visible under it, since a
    button press leaves no trace in the chat), then the next question comes."""
    await query.answer()
    if show_answer:
        shown = answer if answer is not None else pressed_label(query)
        await show_answer_under_question(update, context, query, shown)
    else:
        await drop_keyboard(query)
    await ask(update, context, step)


def pressed_label(query: CallbackQuery) -> str | None:
    message = query.message
    markup = getattr(message, "reply_markup", None)
    if markup is None:
        return None
    for row in markup.inline_keyboard:
        for button in row:
            if button.callback_data == query.data:
                return str(button.text)
    return None


async def show_answer_under_question(
    update: Update, context: BotContext, query: CallbackQuery, answer: str | None
) -> None:
    question = query.message
    question_html = getattr(question, "text_html", None)
    if answer is None or not isinstance(question_html, str):
        await drop_keyboard(query)
        return
    screens = await screens_for(update, context)
    await edit_screen(
        query, Screen(f"{question_html}\n\n{screens.text('answered', answer=answer)}")
    )
