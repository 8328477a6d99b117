"""Lines the bot posts in a group that need not stay: a hint about a mistaken command, a pointer
to the private chat. They and the command that asked for them leave the group after
HINT_SECONDS, so a group's history (and its 20 messages a minute) is kept for its members."""

from __future__ import annotations

import contextlib
from typing import Any

from telegram import InlineKeyboardMarkup, Message
from telegram.error import TelegramError
from telegram.ext import CallbackContext

from handlers.kit.context import BotContext


async def fleeting(
    context: BotContext,
    command: Message,
    text: str,
    markup: InlineKeyboardMarkup | None = None,
    *,
    command_now: bool = False,
) -> None:
    """Answer `command` in its group, then delete both after a while; `command_now` deletes the
    command at once (a /report shows who wants to report someone)."""
    if command_now:
        with contextlib.suppress(TelegramError):
            await command.delete()
    sent = await context.bot.send_message(command.chat_id, text, reply_markup=markup)
    later = [sent.message_id] if command_now else [command.message_id, sent.message_id]
    jobs = context.job_queue
    if jobs is not None:
        jobs.run_once(
            _delete_later,
            when=context.services.settings.hint_seconds,
            data=(command.chat_id, later),
        )


async def _delete_later(context: CallbackContext[Any, Any, Any, Any]) -> None:
    job = context.job
    if job is None or not isinstance(job.data, tuple):
        return
    chat_id, ids = job.data
    # No right to delete, or already gone: the lines stay, nothing else is lost (a delete lost
    # in a restart leaves them too).
    with contextlib.suppress(TelegramError):
        await context.bot.delete_messages(chat_id, ids)
