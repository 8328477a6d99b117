"""/language: choose Italian or English, remembered across restarts."""

from __future__ import annotations

import logging
from typing import Annotated

from telegram import CallbackQuery, InlineKeyboardMarkup, Update

from bot.core.i18n import SUPPORTED_LANGUAGES
from bot.domain.onboarding_steps import Step
from handlers import onboarding
from handlers.common import reply
from handlers.kit.callback_data import CallbackData, Shape
from handlers.kit.commands import publish_personal_menu
from handlers.kit.context import BotContext
from handlers.kit.edits import edit_message
from handlers.kit.guards import button
from handlers.kit.person import Person, now_speaking

logger = logging.getLogger(__name__)


class LanguageChoice(CallbackData, prefix="lang"):
    code: Annotated[str, Shape(r"[a-z]{2}")]


def language_keyboard(context: BotContext) -> InlineKeyboardMarkup:
    translate = context.services.translate
    return InlineKeyboardMarkup(
        [
            [
                LanguageChoice(code).button(translate(code, "language-name"))
                for code in SUPPORTED_LANGUAGES
            ]
        ]
    )


async def ask_language(update: Update, context: BotContext, person: Person) -> None:
    await reply(context, person, "language-prompt", reply_markup=language_keyboard(context))


@button(LanguageChoice)
async def choose_language(
    query: CallbackQuery, context: BotContext, person: Person, data: LanguageChoice
) -> None:
    language = data.code
    if language not in SUPPORTED_LANGUAGES:
        # Our keyboards never offer this: forged or from an old version of the bot.
        logger.warning("an unknown language button was pressed")
        await query.answer()
        return
    changed = await context.services.members.choose_language(person.id, language)
    done = context.services.translate(language, "language-changed")
    await query.answer(done)
    already_says_it = query.message is not None and getattr(query.message, "text", None) == done
    if not already_says_it:
        # Two quick presses: the second one's copy of the message predates the first edit.
        await edit_message(query, done, None)
    if changed:
        await publish_personal_menu(context, person.id, language, person.roles)
        await _ask_again(context, now_speaking(context, person, language))


async def _ask_again(context: BotContext, person: Person) -> None:
    """Mid-sign-up, the question the person is at, in the language they just chose (under a
    typed-text question too: the onboarding is what they are doing)."""
    conversation = await context.services.onboarding.conversation(person.id)
    if conversation is None or conversation.paused:
        return
    if conversation.step is not Step.LANGUAGE:  # that question's buttons are still there
        await onboarding.ask(context, person, conversation.step)
