"""The port group moderation acts through: what a community group can be asked and told to do.
The Telegram layer implements it over the Bot API (`handlers/kit/group_actions.py`); this
module knows nothing of Telegram."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Protocol


class GroupStatus(StrEnum):
    """Someone's place in a group, as Telegram names it."""

    CREATOR = "creator"
    ADMINISTRATOR = "administrator"
    MEMBER = "member"
    RESTRICTED = "restricted"
    LEFT = "left"
    KICKED = "kicked"

    @property
    def present(self) -> bool:
        return self not in {GroupStatus.LEFT, GroupStatus.KICKED}


class Right(StrEnum):
    """A right the bot needs as a group administrator (Telegram's names)."""

    RESTRICT = "can_restrict_members"
    DELETE = "can_delete_messages"


class GroupRefused(Exception):
    """Telegram refused an action on a group: the bot lacks `right` (None: another reason,
    such as the member being an administrator the bot did not promote)."""

    def __init__(self, right: Right | None) -> None:
        super().__init__(right.value if right else "refused")
        self.right = right


@dataclass(frozen=True)
class BotRights:
    restrict: bool
    delete: bool

    def missing(self, right: Right) -> bool:
        return not (self.restrict if right is Right.RESTRICT else self.delete)


class GroupPort(Protocol):
    """Actions raise GroupRefused when Telegram refuses them."""

    async def bot_id(self) -> int: ...

    async def status(self, chat_id: int, user_id: int) -> GroupStatus: ...

    async def bot_rights(self, chat_id: int) -> BotRights: ...

    async def title(self, chat_id: int) -> str: ...

    async def restrict(self, chat_id: int, user_id: int, until: datetime | None) -> None:
        """No messages until `until` (None: until lifted)."""

    async def unrestrict(self, chat_id: int, user_id: int) -> None:
        """Back to the group's default permissions."""

    async def ban(self, chat_id: int, user_id: int, until: datetime | None) -> None: ...

    async def unban(self, chat_id: int, user_id: int) -> None:
        """Only if banned: may join again, and is not added back."""

    async def kick(self, chat_id: int, user_id: int) -> None:
        """Out of the group, free to join again."""

    async def delete(self, chat_id: int, message_ids: list[int]) -> None: ...


class NoGroups:
    """A `GroupPort` for commands that run without Telegram: no group action can happen."""

    async def _refuse(self) -> None:
        raise RuntimeError("no group actions from the command line")

    async def bot_id(self) -> int:
        raise RuntimeError("no group actions from the command line")

    async def status(self, chat_id: int, user_id: int) -> GroupStatus:
        raise RuntimeError("no group actions from the command line")

    async def bot_rights(self, chat_id: int) -> BotRights:
        return BotRights(restrict=False, delete=False)

    async def title(self, chat_id: int) -> str:
        return ""

    async def restrict(self, chat_id: int, user_id: int, until: datetime | None) -> None:
        await self._refuse()

    async def unrestrict(self, chat_id: int, user_id: int) -> None:
        await self._refuse()

    async def ban(self, chat_id: int, user_id: int, until: datetime | None) -> None:
        await self._refuse()

    async def unban(self, chat_id: int, user_id: int) -> None:
        await self._refuse()

    async def kick(self, chat_id: int, user_id: int) -> None:
        await self._refuse()

    async def delete(self, chat_id: int, message_ids: list[int]) -> None:
        await self._refuse()
