"""/help: the commands this person may use, in their language."""

from __future__ import annotations

from telegram import Update

from bot.core.i18n import Html
from handlers.common import reply
from handlers.kit.commands import commands_for
from handlers.kit.context import BotContext
from handlers.kit.person import Person


async def show_help(update: Update, context: BotContext, person: Person) -> None:
    names = commands_for(person.roles)
    if await context.services.guardians.answered_any(person.id):
        names = (*names, "guardian")  # listed only for those who answered a request
    lines = [
        person.text("help-line", command=name, description=person.text(f"command-{name}"))
        for name in names
    ]
    await reply(context, person, "help", commands=Html("\n".join(lines)), count=len(names))
