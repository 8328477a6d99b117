"""Plain data classes shared by the fake Telegram server."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Any

JSON = dict[str, Any]

#: HTTP statuses that mean "the bot sent a request Telegram would reject": a bot bug.
BOT_BUG_STATUSES = frozenset({400, 401, 404})


class FakeTelegramError(Exception):
    """A scripted user was asked to do something impossible (e.g. press a missing button)."""


class ApiError(Exception):
    """An error answer of the Bot API (``{"ok": false, ...}``)."""

    def __init__(
        self,
        status: int,
        description: str,
        *,
        retry_after: int | None = None,
        spec_violation: bool = False,
    ) -> None:
        super().__init__(f"{status}: {description}")
        self.status = status
        self.description = description
        self.retry_after = retry_after
        self.spec_violation = spec_violation

    def body(self) -> JSON:
        """The JSON body Telegram answers with."""
        body: JSON = {"ok": False, "error_code": self.status, "description": self.description}
        if self.retry_after is not None:
            body["parameters"] = {"retry_after": self.retry_after}
        return body


def bad_request(reason: str) -> ApiError:
    """A 400 answer with Telegram's ``Bad Request: `` prefix."""
    return ApiError(400, f"Bad Request: {reason}")


@dataclass(frozen=True)
class UploadedFile:
    """A file part of a multipart/form-data request."""

    filename: str
    content: bytes
    mime_type: str

    def __repr__(self) -> str:
        return f"UploadedFile({self.filename!r}, {len(self.content)} bytes, {self.mime_type!r})"


@dataclass
class StoredFile:
    """A file the server knows (uploaded by a user or by the bot)."""

    file_id: str
    file_unique_id: str
    file_path: str
    content: bytes
    file_name: str | None = None
    mime_type: str | None = None

    @property
    def file_size(self) -> int:
        return len(self.content)


@dataclass
class ApiCall:
    """One HTTP request of the bot to the fake server, with its answer."""

    method: str
    params: JSON
    status: int = 200
    description: str | None = None
    result: Any = None
    injected: bool = False
    spec_violation: bool = False
    http_method: str = "POST"
    started_at: float = field(default_factory=time.monotonic)
    duration: float = 0.0

    @property
    def ok(self) -> bool:
        return self.status == 200

    @property
    def is_bot_bug(self) -> bool:
        """True for answers that mean the bot sent a request Telegram rejects as invalid."""
        if self.injected or self.status not in BOT_BUG_STATUSES:
            return False
        # Two quick presses on one button make a bot edit a message twice the same way: a race
        # every bot meets and handles, not an invalid request.
        return "message is not modified" not in (self.description or "")

    def __str__(self) -> str:
        answer = "ok" if self.ok else f"{self.status} {self.description}"
        return f"{self.method}({self.params!r}) -> {answer}"


@dataclass(eq=False)
class BotMessage:
    """A message sent by the bot, as its recipient sees it (edits are applied in place)."""

    message_id: int
    chat_id: int
    text: str | None
    method: str
    params: JSON
    payload: JSON
    raw_text: str | None = None
    parse_mode: str | None = None
    entities: list[JSON] = field(default_factory=list)
    reply_markup: JSON | None = None
    document: tuple[str, bytes] | None = None
    photo: bytes | None = None
    edits: int = 0
    deleted: bool = False
    history: list[str | None] = field(default_factory=list)
    seq: int = 0

    @property
    def inline_keyboard(self) -> list[list[JSON]]:
        if not self.reply_markup:
            return []
        rows = self.reply_markup.get("inline_keyboard")
        return rows if isinstance(rows, list) else []

    @property
    def buttons(self) -> list[list[str]]:
        """Labels of the inline keyboard, row by row."""
        return [[str(button.get("text", "")) for button in row] for row in self.inline_keyboard]

    @property
    def labels(self) -> list[str]:
        """All inline button labels, flattened."""
        return [label for row in self.buttons for label in row]

    def button(self, label: str) -> JSON | None:
        """The inline button with exactly this label, or None."""
        for row in self.inline_keyboard:
            for button in row:
                if button.get("text") == label:
                    return button
        return None

    def button_data(self, label: str) -> str:
        """The callback_data of the inline button with this label."""
        button = self.button(label)
        if button is None:
            raise KeyError(f"no inline button {label!r}; buttons: {self.buttons!r}")
        data = button.get("callback_data")
        if not isinstance(data, str):
            raise KeyError(f"inline button {label!r} has no callback_data: {button!r}")
        return data

    def __str__(self) -> str:
        extra = f" buttons={self.buttons}" if self.reply_markup else ""
        if self.document is not None:
            extra += f" document={self.document[0]!r}"
        gone = " (deleted)" if self.deleted else ""
        return f"#{self.message_id} {self.method} {self.text!r}{extra}{gone}"


@dataclass(frozen=True)
class Webhook:
    """The webhook set with setWebhook: where and how updates are POSTed."""

    url: str
    secret_token: str | None
    max_connections: int
    ip_address: str | None = None


@dataclass(frozen=True)
class WebhookError:
    """The most recent failed delivery, as getWebhookInfo reports it."""

    date: int
    message: str


@dataclass(frozen=True)
class WebhookDelivery:
    """One POST of an update to the webhook, with the bot's answer (status 0: no answer)."""

    update_id: int
    status: int
    error: str | None = None

    @property
    def ok(self) -> bool:
        return 200 <= self.status < 300
