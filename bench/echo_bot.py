"""The baseline: a bare python-telegram-bot bot (no database, no texts, no rate limiter).

It answers the same mix the benchmark sends to Gen C bot: a reply to every message, and for a
button press an answer plus an edit. Run as `python -m bench.echo_bot API_URL TOKEN`.
"""

from __future__ import annotations

import sys

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import Application, CallbackQueryHandler, ContextTypes, MessageHandler, filters

KEYBOARD = InlineKeyboardMarkup(
    [[InlineKeyboardButton("🇮🇹 Italiano", callback_data="lang:it")],
     [InlineKeyboardButton("🇬🇧 English", callback_data="lang:en")]]
)  # fmt: skip


async def echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    message = update.effective_message
    if message is None or message.text is None:
        return
    markup = KEYBOARD if message.text == "/language" else None
    await message.reply_text(message.text, reply_markup=markup)


async def pressed(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    query = update.callback_query
    if query is None:
        return
    await query.answer()
    await query.edit_message_text(f"chosen {query.data}")


def main(api_url: str, token: str) -> None:
    application = (
        Application.builder()
        .token(token)
        .base_url(f"{api_url}/bot")
        .base_file_url(f"{api_url}/file/bot")
        .build()
    )
    application.add_handler(MessageHandler(filters.TEXT, echo))
    application.add_handler(CallbackQueryHandler(pressed))
    application.run_polling(allowed_updates=Update.ALL_TYPES)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
