"""Telegram tells us when someone blocks or unblocks the bot."""

from __future__ import annotations

import logging

from telegram import ChatMember, Update

from handlers.kit.context import BotContext

logger = logging.getLogger(__name__)


async def bot_membership_changed(update: Update, context: BotContext) -> None:
    change = update.my_chat_member
    if change is None or change.chat.type != "private":
        return
    status = change.new_chat_member.status
    if status in {ChatMember.BANNED, ChatMember.LEFT}:
        await context.services.members.mark_unreachable(change.from_user.id)
        logger.info("a member blocked the bot: marked unreachable")
    # Unblocking alone does not make a member reachable: their next /start does.
