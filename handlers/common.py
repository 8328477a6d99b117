"""Small helpers every handler uses: the person's language and localized replies."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Protocol

from telegram import Bot, CallbackQuery, InlineKeyboardMarkup, Message, Update
from telegram.error import BadRequest

from bot.wiring import Services
from handlers.kit.context import BotContext
from handlers.screens import Screen, Screens

logger = logging.getLogger(__name__)


class Reach(Protocol):
    """What sending on the bot's own initiative needs: a handler's context, or a task's outbox."""

    @property
    def bot(self) -> Bot: ...

    @property
    def services(self) -> Services: ...


@dataclass(frozen=True)
class Outbox:
    """`Reach` for durable tasks, which have no update to answer."""

    bot: Bot
    services: Services


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


async def screens_for(update: Update, context: BotContext) -> Screens:
    return Screens(context.services.translate, await language_of(update, context))


async def send(update: Update, context: BotContext, screen: Screen) -> None:
    chat = update.effective_chat
    assert chat is not None
    await context.bot.send_message(chat.id, screen.text, reply_markup=screen.keyboard)


async def drop_keyboard(query: CallbackQuery) -> None:
    await edit_keyboard(query, None)


async def edit_keyboard(query: CallbackQuery, keyboard: InlineKeyboardMarkup | None) -> None:
    try:
        await query.edit_message_reply_markup(keyboard)
    except BadRequest as error:
        # Too old to edit, or already like this after a double tap: the answer is stored anyway.
        logger.info("could not edit the keyboard of user %d: %s", query.from_user.id, error)


async def edit_screen(query: CallbackQuery, screen: Screen) -> None:
    try:
        await query.edit_message_text(screen.text, reply_markup=screen.keyboard)
    except BadRequest as error:
        logger.info("could not edit the message of user %d: %s", query.from_user.id, error)
