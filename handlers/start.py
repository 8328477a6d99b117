"""/start: first contact."""

from __future__ import annotations

from telegram import Update

from bot.context import BotContext
from handlers.common import language_of, reply


async def start(update: Update, context: BotContext) -> None:
    user = update.effective_user
    if user is None:
        return
    services = context.services
    await services.members.first_contact(user.id, user.language_code)
    language = await language_of(update, context)
    key = "start-staff" if services.is_admin(user.id) else "start-greeting"
    await reply(update, context, key, language=language, name=user.first_name)
