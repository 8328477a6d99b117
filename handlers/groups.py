"""The bot in groups: /start, /help and our other private commands typed in a group get one
short pointer to the private chat, a deep-link button and no one's data; nothing else is
answered there.

Like Rose and Group Help, a private command in a group is answered with "write to me in private"
rather than silence (silence looks broken to a 13-year-old trying /start), but at most once a
minute per group: the pointer names no one, so the last one serves everyone who asks meanwhile,
and the group is not filled with the bot's answers (Telegram allows 20 messages a minute per
group). Unknown commands and commands for other bots get silence: they may belong to another
bot in the group."""

from __future__ import annotations

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.helpers import create_deep_linked_url

from handlers.kit.commands import command_table
from handlers.kit.context import BotContext
from handlers.kit.person import person_of
from handlers.screens import Screens

# What the deep link hands /start: any payload it does not know starts (or resumes) the
# onboarding, as a plain /start does.
START_PAYLOAD = "group"


def private_link(context: BotContext) -> str:
    return create_deep_linked_url(context.bot.username, START_PAYLOAD)


def link_button(context: BotContext, screens: Screens, key: str) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        [[InlineKeyboardButton(screens.text(key), url=private_link(context))]]
    )


def _private_command(text: str, bot_username: str) -> bool:
    """A command of ours answered only in private: `/help`, `/help@ourbot`, not `/help@another`."""
    name, _, addressee = text.split()[0][1:].partition("@")
    if addressee and addressee.lower() != bot_username.lower():
        return False
    return any(row.name == name.lower() and not row.groups for row in command_table())


async def point_to_private(update: Update, context: BotContext) -> None:
    message, chat = update.effective_message, update.effective_chat
    if message is None or chat is None or not message.text:
        return
    if not _private_command(message.text, context.bot.username):
        return
    if not context.services.groups.may_point(chat.id):
        return
    person = await person_of(update, context)
    if person is None:
        return
    await context.bot.send_message(
        chat.id,
        person.text("groups-pointer"),
        reply_markup=link_button(context, person.screens, "groups-pointer-button"),
    )
