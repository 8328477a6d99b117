"""The fake server's world: chats, messages, files, pending updates and change notification."""

from __future__ import annotations

import asyncio
import base64
import copy
import hashlib
import itertools
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .models import JSON, ApiCall, BotMessage, StoredFile, Webhook, WebhookDelivery, WebhookError

if TYPE_CHECKING:
    from .groups import FakeGroup
    from .users import FakeUser

#: Update kinds delivered when allowed_updates was never set or set to [].
DEFAULT_EXCLUDED_UPDATES = frozenset({"chat_member", "message_reaction", "message_reaction_count"})

_FILE_PREFIXES = {
    "document": "BQACAgQAAxkBAAI",
    "photo": "AgACAgQAAxkBAAI",
    "sticker": "CAACAgQAAxkBAAI",
    "voice": "AwACAgQAAxkBAAI",
}
_FILE_DIRS = {"document": "documents", "photo": "photos", "sticker": "stickers", "voice": "voice"}


@dataclass
class CallbackRecord:
    """A callback query the server issued."""

    query_id: str
    user: FakeUser
    message: BotMessage
    data: str
    answered: bool = False


class State:
    """Everything the fake server knows; shared by the HTTP layer and the scripted users."""

    def __init__(
        self, *, token: str, bot_username: str, bot_first_name: str, strict_html: bool
    ) -> None:
        prefix = token.split(":", 1)[0]
        self.token = token
        self.bot_id = int(prefix) if prefix.isdigit() else 123456
        self.bot_username = bot_username
        self.bot_first_name = bot_first_name
        self.strict_html = strict_html
        #: Telegram's time in Unix seconds: message dates, restrictions' ends.
        self.clock: Callable[[], float] = time.time
        self.users: dict[int, FakeUser] = {}
        self.groups: dict[int, FakeGroup] = {}
        self.calls: list[ApiCall] = []
        self.in_flight: list[ApiCall] = []  # received, not answered yet (latency, long polls)
        self.pending_updates: list[JSON] = []
        self.dropped_updates: list[JSON] = []
        self.allowed_updates: frozenset[str] | None = None
        self.next_update_id = 1
        self.poll_generation = 0
        # While a webhook is set, updates are POSTed to it (``delivery``), getUpdates answers 409.
        self.webhook: Webhook | None = None
        self.webhook_error: WebhookError | None = None
        self.webhook_deliveries: list[WebhookDelivery] = []
        self.stopping = False
        self.chat_messages: dict[int, dict[int, JSON]] = {}
        self.deleted: set[tuple[int, int]] = set()
        self.bot_messages: dict[int, list[BotMessage]] = {}
        self.files: dict[str, StoredFile] = {}
        self.files_by_path: dict[str, StoredFile] = {}
        self.callback_queries: dict[str, CallbackRecord] = {}
        self.commands: dict[tuple[str, str], list[JSON]] = {}
        self._message_ids: dict[int, int] = {}
        self._user_ids = itertools.count(10001)
        self._group_ids = itertools.count(1)
        self._callback_ids = itertools.count(1)
        self._file_ids = itertools.count(1)
        self._seq = itertools.count(1)
        # (predicate, future) of every waiter: checked on each change, no task per wake-up, so
        # hundreds of scripted users can wait at once (the benchmarks need it).
        self._waiters: list[tuple[Callable[[], bool], asyncio.Future[bool]]] = []

    # -- change notification --------------------------------------------------------------------

    def notify(self) -> None:
        """Re-check every waiter's condition after a state change."""
        waiting: list[tuple[Callable[[], bool], asyncio.Future[bool]]] = []
        for predicate, future in self._waiters:
            if future.done():
                continue
            try:
                satisfied = predicate()
            except Exception as error:
                future.set_exception(error)
                continue
            if satisfied:
                future.set_result(True)
            else:
                waiting.append((predicate, future))
        self._waiters = waiting

    async def wait_for(
        self,
        predicate: Callable[[], bool],
        timeout: float,
    ) -> bool:
        """Wait until ``predicate()`` is true (re-checked on every change); False on timeout."""
        if predicate():
            return True
        future: asyncio.Future[bool] = asyncio.get_running_loop().create_future()
        self._waiters.append((predicate, future))
        try:
            async with asyncio.timeout(timeout):
                return await future
        except TimeoutError:
            return predicate()
        finally:
            future.cancel()

    # -- identities -----------------------------------------------------------------------------

    def now(self) -> int:
        return int(self.clock())

    @property
    def bot_user(self) -> JSON:
        return {
            "id": self.bot_id,
            "is_bot": True,
            "first_name": self.bot_first_name,
            "username": self.bot_username,
        }

    def new_user_id(self) -> int:
        return next(self._user_ids)

    def new_group_id(self) -> int:
        return -1001000000000 - next(self._group_ids) * 1000 - 17

    def new_callback_id(self) -> str:
        return str(self.bot_id * 1_000_000_000 + 4_000_000 + next(self._callback_ids) * 37)

    @staticmethod
    def chat_instance(chat_id: int) -> str:
        digest = hashlib.sha256(str(chat_id).encode()).digest()
        return str(-(int.from_bytes(digest[:8], "big") >> 1))

    def next_seq(self) -> int:
        return next(self._seq)

    def chat_json(self, chat_id: int) -> JSON:
        group = self.groups.get(chat_id)
        if group is not None:
            return group.chat_json()
        return self.users[chat_id].chat_json()

    # -- updates --------------------------------------------------------------------------------

    def is_allowed(self, kind: str) -> bool:
        if self.allowed_updates is None:
            return kind not in DEFAULT_EXCLUDED_UPDATES
        return kind in self.allowed_updates

    def enqueue(self, kind: str, payload: JSON) -> JSON | None:
        """Create an update (dropped, like Telegram does, if allowed_updates excludes it)."""
        if not self.is_allowed(kind):
            self.dropped_updates.append({kind: copy.deepcopy(payload)})
            self.notify()
            return None
        update: JSON = {"update_id": self.next_update_id, kind: copy.deepcopy(payload)}
        self.next_update_id += 1
        self.pending_updates.append(update)
        self.notify()
        return update

    def confirm_updates(self, offset: int) -> None:
        """Forget updates as ``getUpdates(offset=...)`` does (negative: keep the last ones)."""
        if offset < 0:
            keep = -offset
            self.pending_updates = self.pending_updates[-keep:] if keep else []
        else:
            self.pending_updates = [u for u in self.pending_updates if u["update_id"] >= offset]

    # -- messages -------------------------------------------------------------------------------

    def new_message_id(self, chat_id: int) -> int:
        value = self._message_ids.get(chat_id, 0) + 1
        self._message_ids[chat_id] = value
        return value

    def store_message(self, chat_id: int, message: JSON) -> None:
        self.chat_messages.setdefault(chat_id, {})[message["message_id"]] = message

    def find_message(self, chat_id: int, message_id: int) -> JSON | None:
        if (chat_id, message_id) in self.deleted:
            return None
        return self.chat_messages.get(chat_id, {}).get(message_id)

    def find_bot_message(self, chat_id: int, message_id: int) -> BotMessage | None:
        for message in self.bot_messages.get(chat_id, []):
            if message.message_id == message_id and not message.deleted:
                return message
        return None

    def add_bot_message(self, message: BotMessage) -> None:
        message.seq = self.next_seq()
        self.store_message(message.chat_id, message.payload)
        self.bot_messages.setdefault(message.chat_id, []).append(message)
        self.notify()

    def delete_message(self, chat_id: int, message_id: int) -> bool:
        if self.find_message(chat_id, message_id) is None:
            return False
        self.deleted.add((chat_id, message_id))
        bot_message = self.find_bot_message(chat_id, message_id)
        if bot_message is not None:
            bot_message.deleted = True
        self.notify()
        return True

    # -- files ----------------------------------------------------------------------------------

    def store_file(
        self,
        kind: str,
        content: bytes,
        *,
        file_name: str | None = None,
        mime_type: str | None = None,
    ) -> StoredFile:
        number = next(self._file_ids)
        token = base64.urlsafe_b64encode(
            hashlib.sha256(f"{kind}:{number}".encode()).digest()[:36]
        ).decode()
        file_id = f"{_FILE_PREFIXES.get(kind, 'BQACAgQAAxkBAAI')}{number:04d}{token}"
        unique = f"AgAD{base64.urlsafe_b64encode(number.to_bytes(6, 'big')).decode()}"
        extension = ""
        if file_name and "." in file_name:
            extension = "." + file_name.rsplit(".", 1)[1]
        elif kind == "photo":
            extension = ".jpg"
        elif kind == "voice":
            extension = ".oga"
        elif kind == "sticker":
            extension = ".webp"
        path = f"{_FILE_DIRS.get(kind, 'documents')}/file_{number}{extension}"
        stored = StoredFile(file_id, unique, path, content, file_name, mime_type)
        self.files[file_id] = stored
        self.files_by_path[path] = stored
        return stored


def document_json(file_id: str, state: State) -> JSON:
    stored = state.files[file_id]
    document: JSON = {"file_id": stored.file_id, "file_unique_id": stored.file_unique_id}
    if stored.file_name:
        document["file_name"] = stored.file_name
    if stored.mime_type:
        document["mime_type"] = stored.mime_type
    document["file_size"] = stored.file_size
    return document


def photo_sizes(state: State, file_id: str) -> list[JSON]:
    """PhotoSize objects for a stored photo (a thumbnail sharing the bytes, and the photo)."""
    stored = state.files[file_id]
    return [
        {
            "file_id": stored.file_id + "_s",
            "file_unique_id": stored.file_unique_id + "s",
            "file_size": stored.file_size,
            "width": 90,
            "height": 90,
        },
        {
            "file_id": stored.file_id,
            "file_unique_id": stored.file_unique_id,
            "file_size": stored.file_size,
            "width": 800,
            "height": 800,
        },
    ]
