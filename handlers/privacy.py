"""/privacy: answered in every state, as Telegram requires of every bot."""

from __future__ import annotations

from telegram import Update

from bot.context import BotContext
from handlers.common import reply


async def show_privacy(update: Update, context: BotContext) -> None:
    await reply(update, context, "privacy")
