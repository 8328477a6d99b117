"""Scripted groups: supergroups where the bot is an administrator, and their members."""

from __future__ import annotations

import asyncio
import copy
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from .models import JSON, BotMessage
from .state import State

if TYPE_CHECKING:
    from .users import FakeUser

PERMISSION_NAMES = (
    "can_send_messages",
    "can_send_audios",
    "can_send_documents",
    "can_send_photos",
    "can_send_videos",
    "can_send_video_notes",
    "can_send_voice_notes",
    "can_send_polls",
    "can_send_other_messages",
    "can_add_web_page_previews",
    "can_react_to_messages",
    "can_edit_tag",
    "can_change_info",
    "can_invite_users",
    "can_pin_messages",
    "can_manage_topics",
)
#: Default permissions of members of a new supergroup.
DEFAULT_PERMISSIONS: JSON = {
    name: name not in ("can_change_info", "can_pin_messages", "can_manage_topics")
    for name in PERMISSION_NAMES
}
_ADMIN_RIGHTS: JSON = {
    "can_be_edited": False,
    "is_anonymous": False,
    "can_manage_chat": True,
    "can_delete_messages": True,
    "can_manage_video_chats": True,
    "can_restrict_members": True,
    "can_promote_members": False,
    "can_change_info": True,
    "can_invite_users": True,
    "can_post_stories": False,
    "can_edit_stories": False,
    "can_delete_stories": False,
    "can_pin_messages": True,
}


#: The user Telegram shows as the sender of an anonymous administrator's messages.
ANONYMOUS_ADMIN: JSON = {
    "id": 1087968824,
    "is_bot": True,
    "first_name": "Group",
    "username": "GroupAnonymousBot",
}


@dataclass
class Member:
    """A user's membership of a group."""

    status: str = "member"
    permissions: JSON | None = None
    until_date: int = 0
    is_member: bool = True


@dataclass(eq=False)
class FakeGroup:
    """A supergroup where the bot is an administrator."""

    _state: State
    id: int
    title: str
    members: dict[int, Member] = field(default_factory=dict)
    permissions: JSON = field(default_factory=lambda: dict(DEFAULT_PERMISSIONS))
    #: The bot's administrator rights here: a test takes one away to see the bot explain it.
    bot_rights: JSON = field(default_factory=lambda: dict(_ADMIN_RIGHTS))
    #: The bot's place here: a test sets "member" for a group where nobody made it an admin.
    bot_status: str = "administrator"

    def __repr__(self) -> str:
        return f"FakeGroup({self.title!r}, id={self.id})"

    def chat_json(self) -> JSON:
        return {"id": self.id, "title": self.title, "type": "supergroup"}

    @property
    def messages(self) -> list[BotMessage]:
        """Bot messages in the group that were not deleted."""
        return [m for m in self._state.bot_messages.get(self.id, []) if not m.deleted]

    def status_of(self, user: FakeUser | int) -> str:
        """creator / administrator / member / restricted / left / kicked."""
        user_id = user if isinstance(user, int) else user.id
        if user_id == self._state.bot_id:
            return self.bot_status
        member = self.members.get(user_id)
        return member.status if member else "left"

    def restrictions_of(self, user: FakeUser | int) -> JSON | None:
        user_id = user if isinstance(user, int) else user.id
        member = self.members.get(user_id)
        return dict(member.permissions) if member and member.permissions else None

    @property
    def restrictions(self) -> dict[int, JSON]:
        """Permissions of restricted members, by user id."""
        return {
            user_id: dict(member.permissions)
            for user_id, member in self.members.items()
            if member.status == "restricted" and member.permissions
        }

    def member_json(self, user_id: int) -> JSON:
        """The ``ChatMember`` object of a user (or of the bot)."""
        state = self._state
        if user_id == state.bot_id and self.bot_status != "administrator":
            return {"status": self.bot_status, "user": state.bot_user}
        if user_id == state.bot_id:
            return {"status": "administrator", "user": state.bot_user, **self.bot_rights}
        user = state.users[user_id].to_json()
        member = self.members.get(user_id, Member(status="left"))
        if member.status == "creator":
            return {"status": "creator", "user": user, "is_anonymous": False}
        if member.status == "administrator":
            return {"status": "administrator", "user": user, **_ADMIN_RIGHTS}
        if member.status == "restricted":
            permissions = {**DEFAULT_PERMISSIONS, **(member.permissions or {})}
            return {
                "status": "restricted",
                "user": user,
                "is_member": member.is_member,
                **{name: bool(permissions[name]) for name in PERMISSION_NAMES},
                "until_date": member.until_date,
            }
        if member.status == "kicked":
            return {"status": "kicked", "user": user, "until_date": member.until_date}
        if member.status == "member" and member.until_date:
            return {"status": "member", "user": user, "until_date": member.until_date}
        return {"status": member.status, "user": user}

    def set_member(self, user_id: int, member: Member, *, actor: JSON | None = None) -> None:
        """Change a membership and emit the ``chat_member`` update Telegram sends admins."""
        old = self.member_json(user_id)
        self.members[user_id] = member
        new = self.member_json(user_id)
        self._state.enqueue(
            "chat_member",
            {
                "chat": self.chat_json(),
                "from": actor or self._state.bot_user,
                "date": self._state.now(),
                "old_chat_member": old,
                "new_chat_member": new,
            },
        )

    def bot_may(self, right: str) -> bool:
        return self.bot_status == "administrator" and bool(self.bot_rights.get(right))

    async def post_anonymously(self, text: str, *, reply_to: JSON | None = None) -> JSON:
        """An anonymous administrator writes: Telegram shows the group as the sender, and the
        message comes from GroupAnonymousBot with `sender_chat` set to the group."""
        message: JSON = {
            "message_id": self._state.new_message_id(self.id),
            "from": dict(ANONYMOUS_ADMIN),
            "sender_chat": self.chat_json(),
            "chat": self.chat_json(),
            "date": self._state.now(),
            "text": text,
        }
        if text.startswith("/"):
            command = text.split()[0]
            message["entities"] = [{"type": "bot_command", "offset": 0, "length": len(command)}]
        if reply_to is not None:
            message["reply_to_message"] = {
                k: v for k, v in copy.deepcopy(reply_to).items() if k != "reply_to_message"
            }
        self._state.store_message(self.id, message)
        self._state.enqueue("message", message)
        await asyncio.sleep(0)
        return copy.deepcopy(message)

    async def join(self, user: FakeUser) -> JSON:
        """The user joins: a ``new_chat_members`` service message (and a chat_member update).
        Like Telegram, someone restricted who left comes back with the same restrictions."""
        self.set_member(user.id, self._rejoining(user.id), actor=user.to_json())
        message: JSON = {
            "message_id": self._state.new_message_id(self.id),
            "from": user.to_json(),
            "chat": self.chat_json(),
            "date": self._state.now(),
            "new_chat_members": [user.to_json()],
        }
        self._state.store_message(self.id, message)
        self._state.enqueue("message", message)
        await asyncio.sleep(0)
        return copy.deepcopy(message)

    def _leaving(self, user_id: int) -> Member:
        current = self.members.get(user_id)
        if current is not None and current.status == "restricted":
            return replace(current, is_member=False)
        return Member(status="left", is_member=False)

    def _rejoining(self, user_id: int) -> Member:
        current = self.members.get(user_id)
        if current is not None and current.status == "restricted":
            return replace(current, is_member=True)
        return Member(status="member")

    async def leave(self, user: FakeUser) -> JSON:
        """The user leaves: a ``left_chat_member`` service message. Like Telegram, a restricted
        member's restrictions stay (restricted, not a member), to meet them again at a rejoin."""
        self.set_member(user.id, self._leaving(user.id), actor=user.to_json())
        message: JSON = {
            "message_id": self._state.new_message_id(self.id),
            "from": user.to_json(),
            "chat": self.chat_json(),
            "date": self._state.now(),
            "left_chat_member": user.to_json(),
        }
        self._state.store_message(self.id, message)
        self._state.enqueue("message", message)
        await asyncio.sleep(0)
        return copy.deepcopy(message)
