"""The group moderation port over the Bot API: ranks, rights, restrictions and bans.

Telegram's refusals become `GroupRefused` naming the right the bot lacks, so the service can
tell a moderator which one to give it; nothing else of Telegram leaves this module."""

from __future__ import annotations

from datetime import datetime

from telegram import Bot, ChatMemberAdministrator, ChatPermissions
from telegram.error import BadRequest

from bot.services.group_port import BotRights, GroupRefused, GroupStatus, Right


def _refusal(error: BadRequest, right: Right) -> GroupRefused:
    message = error.message.lower()
    if "not enough rights" in message or "can't be deleted" in message:
        return GroupRefused(right)
    if "administrator" in message or "owner" in message or "not an administrator" in message:
        return GroupRefused(None)
    raise error


class TelegramGroups:
    def __init__(self, bot: Bot) -> None:
        self._bot = bot

    async def bot_id(self) -> int:
        return self._bot.id

    async def status(self, chat_id: int, user_id: int) -> GroupStatus:
        try:
            member = await self._bot.get_chat_member(chat_id, user_id)
        except BadRequest as error:
            if "not found" in error.message.lower():
                return GroupStatus.LEFT
            raise
        return GroupStatus(member.status)

    async def bot_rights(self, chat_id: int) -> BotRights:
        member = await self._bot.get_chat_member(chat_id, self._bot.id)
        if not isinstance(member, ChatMemberAdministrator):
            return BotRights(restrict=False, delete=False)
        return BotRights(restrict=member.can_restrict_members, delete=member.can_delete_messages)

    async def title(self, chat_id: int) -> str:
        return (await self._bot.get_chat(chat_id)).title or ""

    async def restrict(self, chat_id: int, user_id: int, until: datetime | None) -> None:
        try:
            await self._bot.restrict_chat_member(
                chat_id, user_id, ChatPermissions.no_permissions(), until_date=until
            )
        except BadRequest as error:
            raise _refusal(error, Right.RESTRICT) from error

    async def unrestrict(self, chat_id: int, user_id: int) -> None:
        # The group's own defaults: a member gets back what everyone has, no more.
        chat = await self._bot.get_chat(chat_id)
        permissions = chat.permissions or ChatPermissions.all_permissions()
        try:
            await self._bot.restrict_chat_member(chat_id, user_id, permissions)
        except BadRequest as error:
            raise _refusal(error, Right.RESTRICT) from error

    async def ban(self, chat_id: int, user_id: int, until: datetime | None) -> None:
        try:
            await self._bot.ban_chat_member(chat_id, user_id, until_date=until)
        except BadRequest as error:
            raise _refusal(error, Right.RESTRICT) from error

    async def unban(self, chat_id: int, user_id: int) -> None:
        try:
            await self._bot.unban_chat_member(chat_id, user_id, only_if_banned=True)
        except BadRequest as error:
            raise _refusal(error, Right.RESTRICT) from error

    async def kick(self, chat_id: int, user_id: int) -> None:
        await self.ban(chat_id, user_id, None)
        await self.unban(chat_id, user_id)

    async def delete(self, chat_id: int, message_ids: list[int]) -> None:
        try:
            await self._bot.delete_messages(chat_id, message_ids)
        except BadRequest as error:
            raise _refusal(error, Right.DELETE) from error
