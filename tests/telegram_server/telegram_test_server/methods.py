"""The registry of Bot API methods and what their implementations share: chats, formatting,
reply markup, with Telegram's error texts.

Each method lives in the module of its concept (updates, messages, edits, chats), which registers
it with ``@method``; ``server`` imports them all.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from .groups import FakeGroup
from .html import ParseError, parse_html_entities
from .models import JSON, ApiError, bad_request
from .state import State
from .users import FakeUser

_BUTTON_ACTIONS = (
    "url",
    "callback_data",
    "web_app",
    "login_url",
    "switch_inline_query",
    "switch_inline_query_current_chat",
    "switch_inline_query_chosen_chat",
    "copy_text",
    "callback_game",
    "pay",
)


@dataclass
class Context:
    """What a method implementation may use besides its parameters."""

    state: State
    closed: Callable[[], bool]


Handler = Callable[[Context, JSON], Awaitable[Any]]
METHODS: dict[str, Handler] = {}


def method(name: str) -> Callable[[Handler], Handler]:
    def register(func: Handler) -> Handler:
        METHODS[name] = func
        return func

    return register


# -- helpers ------------------------------------------------------------------------------------

Chat = FakeUser | FakeGroup


def resolve_chat(state: State, chat_id: Any) -> Chat:
    """The chat ``chat_id`` names, or 400 chat not found."""
    if isinstance(chat_id, int) and not isinstance(chat_id, bool):
        if chat_id in state.groups:
            return state.groups[chat_id]
        if chat_id in state.users:
            return state.users[chat_id]
    raise bad_request("chat not found")


def writable_chat(state: State, chat_id: Any) -> Chat:
    """A chat the bot may post to (403 for users who never started it or blocked it)."""
    chat = resolve_chat(state, chat_id)
    if isinstance(chat, FakeUser):
        if chat.blocked:
            raise ApiError(403, "Forbidden: bot was blocked by the user")
        if not chat.started:
            raise ApiError(403, "Forbidden: bot can't initiate conversation with a user")
    return chat


def _utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def _trim(text: str, entities: list[JSON]) -> tuple[str, list[JSON]]:
    """Telegram strips leading and trailing whitespace, shifting entities."""
    stripped = text.strip()
    if stripped == text:
        return text, entities
    shift = _utf16_len(text[: len(text) - len(text.lstrip())])
    size = _utf16_len(stripped)
    kept: list[JSON] = []
    for entity in entities:
        start = max(entity["offset"] - shift, 0)
        end = min(entity["offset"] + entity["length"] - shift, size)
        if end > start:
            kept.append({**entity, "offset": start, "length": end - start})
    return stripped, kept


@dataclass(frozen=True)
class TextField:
    """Where a message keeps its text or caption, and Telegram's rules for it."""

    key: str
    entities_key: str
    limit: int
    too_long: str
    empty: str | None  # the error for an empty one (None: it may be empty)


MESSAGE_TEXT = TextField("text", "entities", 4096, "message is too long", "message text is empty")
EDITED_TEXT = TextField("text", "entities", 4096, "MESSAGE_TOO_LONG", "message text is empty")
CAPTION = TextField("caption", "caption_entities", 1024, "message caption is too long", None)


def formatted(state: State, params: JSON, text_field: TextField) -> tuple[str, list[JSON]]:
    """Apply parse_mode to the text or caption in ``params``; check emptiness and length."""
    raw = params.get(text_field.key) or ""
    parse_mode = params.get("parse_mode")
    entities: list[JSON] = list(params.get(text_field.entities_key) or [])
    if parse_mode:
        mode = str(parse_mode).lower()
        if mode == "html":
            try:
                raw, entities = parse_html_entities(raw, strict=state.strict_html)
            except ParseError as error:
                raise ApiError(400, error.description) from None
        elif mode not in ("markdown", "markdownv2"):
            raise bad_request("unsupported parse_mode")
    text, entities = _trim(raw, entities)
    if not text and text_field.empty is not None:
        raise bad_request(text_field.empty)
    if len(text) > text_field.limit:
        raise bad_request(text_field.too_long)
    return text, entities


def _check_inline_keyboard(markup: JSON) -> None:
    rows = markup.get("inline_keyboard")
    if not isinstance(rows, list) or not all(isinstance(row, list) for row in rows):
        raise bad_request("can't parse inline keyboard markup JSON object")
    for row in rows:
        for button in row:
            if not isinstance(button, dict) or not isinstance(button.get("text"), str):
                raise bad_request("can't parse inline keyboard button: Text must be a string")
            actions = [name for name in _BUTTON_ACTIONS if name in button]
            if not actions:
                raise bad_request(
                    "can't parse inline keyboard button: "
                    "Text buttons are unallowed in the inline keyboard"
                )
            if len(actions) > 1:
                raise bad_request(
                    "can't parse inline keyboard button: "
                    "only one of the optional fields must be used"
                )
            if "callback_data" in button:
                data = button["callback_data"]
                if not isinstance(data, str) or not 1 <= len(data.encode("utf-8")) <= 64:
                    raise bad_request("BUTTON_DATA_INVALID")
            if "url" in button:
                url = button["url"]
                if not isinstance(url, str) or not url.startswith(("http://", "https://", "tg://")):
                    raise bad_request(
                        f"inline keyboard button URL '{url}' is invalid: Wrong HTTP URL"
                    )


def check_reply_markup(markup: Any, *, inline_only: bool = False) -> JSON | None:
    """Validate reply_markup; return it if it is an inline keyboard (kept on the message)."""
    if markup is None:
        return None
    if not isinstance(markup, dict):
        raise bad_request("can't parse reply keyboard markup JSON object")
    if "inline_keyboard" in markup:
        _check_inline_keyboard(markup)
        return markup
    if inline_only:
        raise bad_request("inline keyboard expected")
    if "keyboard" in markup:
        rows = markup["keyboard"]
        if not isinstance(rows, list) or not all(isinstance(row, list) for row in rows):
            raise bad_request("can't parse keyboard markup JSON object")
        for row in rows:
            for button in row:
                text = button.get("text") if isinstance(button, dict) else button
                if not isinstance(text, str) or not text:
                    raise bad_request("can't parse keyboard button: Text must be non-empty")
        return None
    if markup.get("remove_keyboard") is True or markup.get("force_reply") is True:
        return None
    raise bad_request("can't parse reply keyboard markup JSON object")


@dataclass(frozen=True)
class Shown:
    """What a message shows: its text or caption as Telegram keeps it, and its inline keyboard.

    ``text_field`` is None when only the keyboard is given (editMessageReplyMarkup)."""

    text_field: TextField | None
    text: str
    entities: list[JSON]
    markup: JSON | None
    raw_text: str | None  # as the bot sent it, before parse_mode
    parse_mode: str | None

    def content(self) -> JSON:
        """The text or caption fields of the Message object."""
        if self.text_field is None or not self.text:
            return {}
        content: JSON = {self.text_field.key: self.text}
        if self.entities:
            content[self.text_field.entities_key] = self.entities
        return content


def shown(
    state: State, params: JSON, text_field: TextField | None, *, inline_only: bool = False
) -> Shown:
    """The checked text (or caption) and reply markup of a send or an edit."""
    text, entities = formatted(state, params, text_field) if text_field else ("", [])
    return Shown(
        text_field,
        text,
        entities,
        check_reply_markup(params.get("reply_markup"), inline_only=inline_only),
        params.get(text_field.key) if text_field else None,
        params.get("parse_mode"),
    )


def group_chat(state: State, chat_id: Any) -> FakeGroup:
    chat = resolve_chat(state, chat_id)
    if not isinstance(chat, FakeGroup):
        raise bad_request("method is available for supergroup and channel chats only")
    return chat


def known_user(state: State, user_id: Any) -> int:
    if user_id == state.bot_id or user_id in state.users:
        return int(user_id)
    raise bad_request("user not found")
