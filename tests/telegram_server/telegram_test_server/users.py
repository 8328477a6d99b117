"""Scripted users: they create genuine Telegram updates and record what they saw."""

from __future__ import annotations

import asyncio
import copy
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .models import JSON, BotMessage, FakeTelegramError
from .state import CallbackRecord, State, document_json, photo_sizes

if TYPE_CHECKING:
    from .groups import FakeGroup

_COMMAND_RE = re.compile(r"(?<!\S)/[A-Za-z0-9_]{1,64}(?:@[A-Za-z0-9_]{1,64})?(?=\s|$)")
_PHOTO_BYTES = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00fake-photo\xff\xd9"
_VOICE_BYTES = b"OggS\x00\x02fake-voice"


def _utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def command_entities(text: str) -> list[JSON]:
    """``bot_command`` entities as Telegram detects them in a user's text."""
    entities: list[JSON] = []
    for match in _COMMAND_RE.finditer(text):
        entities.append(
            {
                "type": "bot_command",
                "offset": _utf16_len(text[: match.start()]),
                "length": _utf16_len(match.group()),
            }
        )
    return entities


def _transcript(messages: list[BotMessage]) -> str:
    if not messages:
        return "  (nothing)"
    return "\n".join(f"  {message}" for message in messages)


@dataclass(frozen=True)
class Profile:
    """Who a scripted user is, as Telegram shows her to the bot."""

    first_name: str
    last_name: str | None = None
    username: str | None = None
    language_code: str | None = None
    is_premium: bool = False
    is_bot: bool = False  # another bot, added to a group by its admins

    def user_json(self, user_id: int) -> JSON:
        """The Telegram ``User`` object."""
        user: JSON = {"id": user_id, "is_bot": self.is_bot, "first_name": self.first_name}
        if self.last_name:
            user["last_name"] = self.last_name
        if self.username:
            user["username"] = self.username
        if self.language_code:
            user["language_code"] = self.language_code
        if self.is_premium:
            user["is_premium"] = True
        return user

    def chat_json(self, user_id: int) -> JSON:
        """Her private ``Chat`` with the bot."""
        chat: JSON = {"id": user_id, "first_name": self.first_name}
        if self.last_name:
            chat["last_name"] = self.last_name
        if self.username:
            chat["username"] = self.username
        chat["type"] = "private"
        return chat


class FakeUser:
    """A Telegram user driven by a test: sends messages, presses buttons, reads replies."""

    def __init__(self, state: State, user_id: int, profile: Profile) -> None:
        self._state = state
        self.id = user_id
        self.profile = profile
        self.started = False
        self.blocked = False
        self.sent: list[JSON] = []
        self.callback_answers: list[JSON] = []
        self._cursor = 0

    def __repr__(self) -> str:
        return f"FakeUser({self.first_name!r}, id={self.id})"

    @property
    def first_name(self) -> str:
        return self.profile.first_name

    # -- JSON -----------------------------------------------------------------------------------

    def to_json(self) -> JSON:
        """The Telegram ``User`` object."""
        return self.profile.user_json(self.id)

    def chat_json(self) -> JSON:
        """The private ``Chat`` with the bot."""
        return self.profile.chat_json(self.id)

    # -- what the user saw ----------------------------------------------------------------------

    @property
    def all_messages(self) -> list[BotMessage]:
        """Bot messages in the private chat, including deleted ones."""
        return list(self._state.bot_messages.get(self.id, []))

    @property
    def messages(self) -> list[BotMessage]:
        """Bot messages in the private chat that were not deleted, oldest first."""
        return [m for m in self.all_messages if not m.deleted]

    @property
    def last_message(self) -> BotMessage | None:
        messages = self.messages
        return messages[-1] if messages else None

    def transcript(self) -> str:
        """A readable list of what the user saw (for assertion messages)."""
        return _transcript(self.all_messages)

    async def next_reply(self, timeout: float = 5.0) -> BotMessage:
        """The next bot message in the private chat not yet returned by next_reply."""
        found: list[BotMessage] = []

        def ready() -> bool:
            messages = self._state.bot_messages.get(self.id, [])
            while self._cursor < len(messages):
                message = messages[self._cursor]
                self._cursor += 1
                if not message.deleted:
                    found.append(message)
                    return True
            return False

        if await self._state.wait_for(ready, timeout):
            return found[0]
        raise TimeoutError(
            f"{self.first_name} got no new bot message within {timeout}s.\n"
            f"Her private chat so far:\n{self.transcript()}\n"
            f"Recent failed API calls:\n{self._recent_failures()}"
        )

    async def wait_until(
        self,
        predicate: Callable[[FakeUser], bool],
        timeout: float = 5.0,
    ) -> None:
        """Wait until ``predicate(self)`` holds; re-checked whenever the server state changes."""
        if not await self._state.wait_for(lambda: predicate(self), timeout):
            raise TimeoutError(
                f"condition on {self.first_name} still false after {timeout}s.\n"
                f"Her private chat:\n{self.transcript()}\n"
                f"Recent failed API calls:\n{self._recent_failures()}"
            )

    def _recent_failures(self) -> str:
        failed = [call for call in self._state.calls if not call.ok][-5:]
        return "\n".join(f"  {call}" for call in failed) or "  (none)"

    # -- actions --------------------------------------------------------------------------------

    def _chat_for(self, chat: FakeGroup | None) -> JSON:
        if chat is None:
            if self.blocked:
                raise FakeTelegramError(
                    f"{self.first_name} blocked the bot; call unblock() before she writes to it"
                )
            self.started = True
            return self.chat_json()
        member = chat.members.get(self.id)
        status = member.status if member else "left"
        if status in ("left", "kicked"):
            raise FakeTelegramError(f"{self.first_name} is not a member of {chat.title!r}")
        if member and member.permissions and not member.permissions.get("can_send_messages"):
            raise FakeTelegramError(f"{self.first_name} may not send messages in {chat.title!r}")
        return chat.chat_json()

    async def _post(self, chat: FakeGroup | None, content: JSON) -> JSON:
        chat_json = self._chat_for(chat)
        chat_id = chat_json["id"]
        message: JSON = {
            "message_id": self._state.new_message_id(chat_id),
            "from": self.to_json(),
            "chat": chat_json,
            "date": self._state.now(),
            **content,
        }
        self._state.store_message(chat_id, message)
        self.sent.append(message)
        self._state.enqueue("message", message)
        await asyncio.sleep(0)
        return copy.deepcopy(message)

    def _reply_content(self, reply_to: JSON | BotMessage | None) -> JSON:
        if reply_to is None:
            return {}
        payload = reply_to.payload if isinstance(reply_to, BotMessage) else reply_to
        quoted = {k: v for k, v in payload.items() if k != "reply_to_message"}
        return {"reply_to_message": copy.deepcopy(quoted)}

    async def send(
        self,
        text: str,
        *,
        chat: FakeGroup | None = None,
        reply_to: JSON | BotMessage | None = None,
    ) -> JSON:
        """Send a text message (private chat unless ``chat``); commands get entities."""
        content: JSON = {**self._reply_content(reply_to), "text": text}
        entities = command_entities(text)
        if entities:
            content["entities"] = entities
        return await self._post(chat, content)

    async def send_sticker(self, *, chat: FakeGroup | None = None, emoji: str = "👍") -> JSON:
        stored = self._state.store_file("sticker", b"RIFF....WEBPfake-sticker")
        sticker: JSON = {
            "file_id": stored.file_id,
            "file_unique_id": stored.file_unique_id,
            "type": "regular",
            "width": 512,
            "height": 512,
            "is_animated": False,
            "is_video": False,
            "emoji": emoji,
            "set_name": "FakeStickers",
            "file_size": stored.file_size,
        }
        return await self._post(chat, {"sticker": sticker})

    async def send_photo(
        self,
        content: bytes = _PHOTO_BYTES,
        *,
        caption: str | None = None,
        chat: FakeGroup | None = None,
    ) -> JSON:
        stored = self._state.store_file("photo", content)
        payload: JSON = {"photo": photo_sizes(self._state, stored.file_id)}
        if caption:
            payload["caption"] = caption
        return await self._post(chat, payload)

    async def send_voice(
        self, content: bytes = _VOICE_BYTES, *, duration: int = 2, chat: FakeGroup | None = None
    ) -> JSON:
        stored = self._state.store_file("voice", content, mime_type="audio/ogg")
        voice: JSON = {
            "file_id": stored.file_id,
            "file_unique_id": stored.file_unique_id,
            "duration": duration,
            "mime_type": "audio/ogg",
            "file_size": stored.file_size,
        }
        return await self._post(chat, {"voice": voice})

    async def upload(
        self,
        filename: str,
        content: bytes,
        caption: str | None = None,
        mime_type: str | None = None,
        *,
        chat: FakeGroup | None = None,
    ) -> JSON:
        """Send a document; the bot can getFile and download it."""
        stored = self._state.store_file(
            "document", content, file_name=filename, mime_type=mime_type
        )
        payload: JSON = {"document": document_json(stored.file_id, self._state)}
        if caption:
            payload["caption"] = caption
            entities = command_entities(caption)
            if entities:
                payload["caption_entities"] = entities
        return await self._post(chat, payload)

    async def edit(self, message: JSON, text: str) -> JSON:
        """Edit a text message she sent earlier (an ``edited_message`` update)."""
        chat_id = message["chat"]["id"]
        stored = self._state.find_message(chat_id, message["message_id"])
        if stored is None or stored.get("from", {}).get("id") != self.id:
            raise FakeTelegramError(f"{self.first_name} did not send message {message!r}")
        if "text" not in stored:
            raise FakeTelegramError("only text messages can be edited by scripted users")
        stored["text"] = text
        stored.pop("entities", None)
        entities = command_entities(text)
        if entities:
            stored["entities"] = entities
        stored["edit_date"] = max(self._state.now(), stored["date"] + 1)
        self._state.enqueue("edited_message", stored)
        await asyncio.sleep(0)
        return copy.deepcopy(stored)

    async def press(self, label: str, *, message: BotMessage | None = None) -> JSON:
        """Press the inline button ``label`` (on the newest bot message that has it)."""
        if message is None:
            candidates = [m for m in reversed(self.messages) if m.button(label) is not None]
            if not candidates:
                shown = [
                    f"#{m.message_id}: {m.buttons}" for m in reversed(self.messages) if m.buttons
                ]
                raise FakeTelegramError(
                    f"{self.first_name} sees no inline button {label!r} in her private chat. "
                    f"Inline keyboards she sees (newest first): {shown or 'none'}"
                )
            message = candidates[0]
        button = message.button(label)
        if button is None:
            raise FakeTelegramError(
                f"message #{message.message_id} has no inline button {label!r}; "
                f"its buttons: {message.buttons}"
            )
        return await self._press_button(message, button)

    async def press_at(self, message: BotMessage, row: int, column: int) -> JSON:
        """Press the inline button at this place (two buttons may share a label: a list of
        events, each with its own "Going")."""
        try:
            button = message.inline_keyboard[row][column]
        except IndexError:
            raise FakeTelegramError(
                f"message #{message.message_id} has no inline button at row {row}, column "
                f"{column}; its buttons: {message.buttons}"
            ) from None
        return await self._press_button(message, button)

    async def _press_button(self, message: BotMessage, button: JSON) -> JSON:
        label = button.get("text")
        if message.deleted:
            raise FakeTelegramError(f"message {message.message_id} was deleted: {message}")
        data = button.get("callback_data")
        if not isinstance(data, str):
            raise FakeTelegramError(f"button {label!r} is not a callback button: {button!r}")
        if message.chat_id == self.id and self.blocked:
            raise FakeTelegramError(f"{self.first_name} blocked the bot")
        query_id = self._state.new_callback_id()
        query: JSON = {
            "id": query_id,
            "from": self.to_json(),
            "message": copy.deepcopy(message.payload),
            "chat_instance": self._state.chat_instance(message.chat_id),
            "data": data,
        }
        self._state.callback_queries[query_id] = CallbackRecord(query_id, self, message, data)
        self._state.enqueue("callback_query", query)
        await asyncio.sleep(0)
        return copy.deepcopy(query)

    def _bot_status_update(self, old: JSON, new: JSON) -> None:
        self._state.enqueue(
            "my_chat_member",
            {
                "chat": self.chat_json(),
                "from": self.to_json(),
                "date": self._state.now(),
                "old_chat_member": {"user": self._state.bot_user, **old},
                "new_chat_member": {"user": self._state.bot_user, **new},
            },
        )

    def block(self) -> None:
        """Block the bot: a ``my_chat_member`` update, then sends to her get 403."""
        if self.blocked:
            return
        self.blocked = True
        self._bot_status_update({"status": "member"}, {"status": "kicked", "until_date": 0})

    def unblock(self) -> None:
        """Unblock the bot (she usually sends /start next)."""
        if not self.blocked:
            return
        self.blocked = False
        self._bot_status_update({"status": "kicked", "until_date": 0}, {"status": "member"})
