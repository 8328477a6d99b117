"""/help: the commands this person may use, in their language."""

from __future__ import annotations

from telegram import Update

from bot.core.i18n import Html
from handlers.common import language_of, reply
from handlers.kit.commands import commands_for
from handlers.kit.context import BotContext


async def show_help(update: Update, context: BotContext) -> None:
    user = update.effective_user
    if user is None:
        return
    services = context.services
    language = await language_of(update, context)
    names = commands_for(services.staff.role_of(user.id))
    lines = [
        services.translate(
            language,
            "help-line",
            command=name,
            description=services.translate(language, f"command-{name}"),
        )
        for name in names
    ]
    await reply(
        update,
        context,
        "help",
        language=language,
        commands=Html("\n".join(lines)),
        count=len(names),
    )
