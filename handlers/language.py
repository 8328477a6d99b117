"""/language: choose Italian or English, remembered across restarts."""

from __future__ import annotations

import logging

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.error import BadRequest

from bot.core.i18n import SUPPORTED_LANGUAGES
from handlers.common import reply
from handlers.kit.commands import publish_personal_menu
from handlers.kit.context import BotContext

logger = logging.getLogger(__name__)

CALLBACK_PREFIX = "lang:"
CALLBACK_PATTERN = rf"^{CALLBACK_PREFIX}[a-z]{{2}}$"


def language_keyboard(context: BotContext) -> InlineKeyboardMarkup:
    translate = context.services.translate
    return InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton(
                    translate(code, "language-name"), callback_data=f"{CALLBACK_PREFIX}{code}"
                )
                for code in SUPPORTED_LANGUAGES
            ]
        ]
    )


async def ask_language(update: Update, context: BotContext) -> None:
    await reply(update, context, "language-prompt", reply_markup=language_keyboard(context))


async def choose_language(update: Update, context: BotContext) -> None:
    query = update.callback_query
    if query is None or query.data is None:
        return
    language = query.data.removeprefix(CALLBACK_PREFIX)
    services = context.services
    if language not in SUPPORTED_LANGUAGES:
        # Our keyboards never offer this: forged or from an old version of the bot.
        logger.warning("user %d pressed an unknown language button", query.from_user.id)
        await query.answer()
        return
    changed = await services.members.choose_language(query.from_user.id, language)
    done = services.translate(language, "language-changed")
    await query.answer(done)
    already_says_it = query.message is not None and getattr(query.message, "text", None) == done
    if not already_says_it:
        try:
            await query.edit_message_text(done)
        except BadRequest as error:
            # Two quick presses: the second one's copy of the message predates the first edit.
            if "not modified" not in error.message:
                raise
    if changed:
        await publish_personal_menu(
            context.bot,
            services.translate,
            query.from_user.id,
            language,
            services.staff.role_of(query.from_user.id),
        )
