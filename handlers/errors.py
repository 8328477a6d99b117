"""The error handler: log with context, apologise in the person's language, show no internals."""

from __future__ import annotations

import logging

from telegram import Chat, Update
from telegram.error import Forbidden, TelegramError

from bot.core.log_lines import chat_ref
from handlers.kit.context import BotContext
from handlers.kit.person import person_of

logger = logging.getLogger("bot.errors")


async def on_error(update: object, context: BotContext) -> None:
    error = context.error
    if not isinstance(update, Update):
        # Polling hiccups and job failures: no one to answer.
        logger.error("error outside an update", exc_info=error)
        return
    user = update.effective_user
    chat = update.effective_chat
    # Who and what they wrote stay out of the log: the update's number, its kind and the
    # chat's kind say where to look; the exception is shown by its type and place.
    logger.error(
        "update %d failed (%s%s)", update.update_id, _kind(update), _where(chat), exc_info=error
    )
    if chat is None or chat.type != "private" or not context.bot_data.has_services:
        return  # in a group, a 403 is about the group, not the person
    if isinstance(error, Forbidden) and user is not None:
        await context.services.members.mark_unreachable(user.id)
        return
    person = await person_of(update, context)
    if person is None:
        return
    text = person.text("error-generic")
    if update.callback_query is not None:
        try:
            await update.callback_query.answer(text, show_alert=True)
            return
        except TelegramError:
            pass  # the handler had answered it already: say it in the chat instead
    try:
        await context.bot.send_message(chat.id, text)
    except TelegramError:
        logger.warning("could not tell the person about the error of update %d", update.update_id)


def _where(chat: Chat | None) -> str:
    if chat is None:
        return ""
    if chat.type == Chat.PRIVATE:
        return " in a private chat"
    return f" in group {chat_ref(chat.id)}"


def _kind(update: Update) -> str:
    for kind in ("message", "edited_message", "callback_query", "my_chat_member"):
        if getattr(update, kind, None) is not None:
            return kind
    return "other"
