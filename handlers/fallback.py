"""Whatever no other handler took: unknown commands, stray text or media, stale buttons."""

from __future__ import annotations

from telegram import Update

from handlers.common import reply
from handlers.kit.context import BotContext
from handlers.kit.guards import not_ours
from handlers.kit.person import Person


async def unknown_command(update: Update, context: BotContext, person: Person) -> None:
    message = update.effective_message
    if message is None or message.text is None:
        return
    command = message.text.split()[0].split("@")[0]
    await reply(context, person, "unknown-command", command=command[:33])


async def stray_text(update: Update, context: BotContext, person: Person) -> None:
    await reply(context, person, "stray-text")


async def stray_media(update: Update, context: BotContext, person: Person) -> None:
    await reply(context, person, "stray-media")


async def edited_message(update: Update, context: BotContext, person: Person) -> None:
    # We act on messages as they arrive; an edit changes nothing already done.
    await reply(context, person, "edited-message")


async def stale_button(update: Update, context: BotContext, person: Person) -> None:
    # Either a button from a flow that has ended, or callback data we never produced.
    if update.callback_query is not None:
        await not_ours(update.callback_query, person, "stale")
