"""Small helpers every handler uses: the person's language and localized replies."""

from __future__ import annotations

from telegram import InlineKeyboardMarkup, Message, Update

from bot.context import BotContext


async def language_of(update: Update, context: BotContext) -> str:
    user = update.effective_user
    members = context.services.members
    if user is None:
        return members.default_language
    return await members.language_for(user.id, user.language_code)


async def reply(
    update: Update,
    context: BotContext,
    key: str,
    reply_markup: InlineKeyboardMarkup | None = None,
    language: str | None = None,
    **args: object,
) -> Message | None:
    """Answer in the chat the update came from, in the person's language."""
    chat = update.effective_chat
    if chat is None:
        return None
    language = language or await language_of(update, context)
    return await context.bot.send_message(
        chat.id, context.services.translate(language, key, **args), reply_markup=reply_markup
    )
