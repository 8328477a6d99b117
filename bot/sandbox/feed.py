"""What happened on the test server since the last look: the bot's new messages, its edits and
deletions, and what people wrote in the groups. The screen decides who sees what."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import Any

from telegram_test_server import BotMessage, FakeTelegram


class Change(Enum):
    SENT = "sent"
    EDITED = "edited"
    DELETED = "deleted"


@dataclass(frozen=True)
class BotEvent:
    change: Change
    message: BotMessage


@dataclass(frozen=True)
class GroupPost:
    """Someone (not the bot) wrote in a group."""

    chat_id: int
    message: dict[str, Any]


@dataclass(frozen=True)
class GroupPostRemoved:
    """Someone's message in a group was deleted (by the bot: the test server's users delete
    nothing), e.g. a /report command, so no one sees who reported."""

    chat_id: int
    message: dict[str, Any]


@dataclass(frozen=True)
class Toast:
    """The bot answered a button press with a short note (or an alert)."""

    user_id: int
    text: str
    alert: bool


Event = BotEvent | GroupPost | GroupPostRemoved | Toast


class Feed:
    """Compares the server's messages with what it reported last time."""

    def __init__(self, server: FakeTelegram) -> None:
        self._state = server.state
        self._edits: dict[int, int] = {}  # a bot message's seq → edits reported
        self._deleted: set[int] = set()
        self._posts: set[tuple[int, int]] = set()
        self._removed: set[tuple[int, int]] = set()
        self._answers: dict[int, int] = {}  # a user's id → button answers reported

    def has_news(self) -> bool:
        return bool(self._changes(mark=False))

    def take(self) -> list[Event]:
        """Every change since the last call, oldest message first."""
        return self._changes(mark=True)

    def _changes(self, *, mark: bool) -> list[Event]:
        events: list[Event] = []
        messages = sorted(
            (m for chat in self._state.bot_messages.values() for m in chat), key=lambda m: m.seq
        )
        for message in messages:
            event = self._bot_change(message, mark=mark)
            if event is not None:
                events.append(event)
        for chat_id in self._state.groups:
            events.extend(self._group_posts(chat_id, mark=mark))
        for user in self._state.users.values():
            events.extend(self._toasts(user.id, user.callback_answers, mark=mark))
        return events

    def _toasts(self, user_id: int, answers: list[dict[str, Any]], *, mark: bool) -> list[Toast]:
        new = answers[self._answers.get(user_id, 0) :]
        if mark:
            self._answers[user_id] = len(answers)
        return [
            Toast(user_id, str(answer["text"]), bool(answer.get("show_alert")))
            for answer in new
            if answer.get("text")
        ]

    def _bot_change(self, message: BotMessage, *, mark: bool) -> BotEvent | None:
        seen = self._edits.get(message.seq)
        change: Change | None = None
        if seen is None:
            change = Change.SENT
        elif message.deleted and message.seq not in self._deleted:
            change = Change.DELETED
        elif message.edits > seen:
            change = Change.EDITED
        if change is None:
            return None
        if mark:
            self._edits[message.seq] = message.edits
            if message.deleted:
                self._deleted.add(message.seq)
        # A message sent and deleted between two looks was never there for anyone.
        if change is Change.SENT and message.deleted:
            return None
        return BotEvent(change, message)

    def _group_posts(self, chat_id: int, *, mark: bool) -> list[GroupPost | GroupPostRemoved]:
        """A post and, once the bot deleted it, its removal: both even when the bot deleted it
        before the screen looked, so the tester sees it went."""
        posts: list[GroupPost | GroupPostRemoved] = []
        bot_id = self._state.bot_id
        for message_id, message in self._state.chat_messages.get(chat_id, {}).items():
            key = (chat_id, message_id)
            if message.get("from", {}).get("id") == bot_id or key in self._removed:
                continue
            shown = "text" in message or "caption" in message
            if key not in self._posts and shown:
                posts.append(GroupPost(chat_id, message))
            if key in self._state.deleted and shown:
                posts.append(GroupPostRemoved(chat_id, message))
            if mark:
                self._posts.add(key)
                if key in self._state.deleted:
                    self._removed.add(key)
        return posts
