"""Messages the bot sends on its own: to reachable members only, in their language."""

from __future__ import annotations

import logging

from telegram import Bot, InlineKeyboardMarkup
from telegram.error import Forbidden

from bot.core.i18n import Translator
from bot.services.members import MemberService
from storage.members import Member
from storage.tasks import Task

logger = logging.getLogger(__name__)

NOTIFY = "notify"


class Messenger:
    def __init__(self, bot: Bot, members: MemberService, translate: Translator) -> None:
        self._bot = bot
        self._members = members
        self._translate = translate

    async def send(
        self,
        member_id: int,
        key: str,
        reply_markup: InlineKeyboardMarkup | None = None,
        *,
        member: Member | None = None,
        **args: object,
    ) -> bool:
        """Send one localized message; False if the member is gone, unreachable or blocked us.
        `member`, when the caller has just read it, saves reading it again."""
        if member is None or member.telegram_id != member_id:
            member = await self._members.get(member_id)
        if member is None or not member.reachable:
            return False
        language = self._members.language_of(member)
        try:
            await self._bot.send_message(
                member_id, self._translate(language, key, **args), reply_markup=reply_markup
            )
        except Forbidden:
            logger.info("member %d blocked the bot: marked unreachable", member_id)
            await self._members.mark_unreachable(member_id)
            return False
        return True

    async def run_notify_task(self, task: Task) -> None:
        """Task kind `notify`: payload {"key": locale key, "args": {...}} for task.member_id."""
        if task.member_id is None:
            raise ValueError("a notify task needs a member")
        await self.send(task.member_id, task.payload["key"], **task.payload.get("args", {}))
