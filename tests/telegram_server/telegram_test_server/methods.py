"""Bot API method implementations with Telegram's behaviour and error texts."""

from __future__ import annotations

import copy
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from .html import ParseError, parse_html_entities
from .models import JSON, ApiError, BotMessage, StoredFile, UploadedFile, bad_request
from .state import State
from .users import FakeGroup, FakeUser, document_json, photo_sizes

CONFLICT = (
    "Conflict: terminated by other getUpdates request; "
    "make sure that only one bot instance is running"
)
_CHAT_ACTIONS = frozenset(
    {
        "typing",
        "upload_photo",
        "record_video",
        "upload_video",
        "record_voice",
        "upload_voice",
        "upload_document",
        "choose_sticker",
        "find_location",
        "record_video_note",
        "upload_video_note",
    }
)
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
_MAX_DOWNLOAD = 20 * 1024 * 1024


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


def formatted(
    state: State,
    params: JSON,
    text_key: str,
    entities_key: str,
    *,
    limit: int,
    too_long: str,
    empty: str | None,
) -> tuple[str, list[JSON]]:
    """Apply parse_mode to ``params[text_key]``; check emptiness and length."""
    raw = params.get(text_key) or ""
    parse_mode = params.get("parse_mode")
    entities: list[JSON] = list(params.get(entities_key) or [])
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
    if not text and empty is not None:
        raise bad_request(empty)
    if len(text) > limit:
        raise bad_request(too_long)
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


def _reply_to(state: State, chat_id: int, params: JSON) -> JSON | None:
    reply = params.get("reply_parameters")
    if reply is None and "reply_to_message_id" in params:
        reply = {
            "message_id": params["reply_to_message_id"],
            "allow_sending_without_reply": params.get("allow_sending_without_reply", False),
        }
    if not isinstance(reply, dict):
        return None
    target_chat = reply.get("chat_id", chat_id)
    message = None
    if isinstance(reply.get("message_id"), int) and isinstance(target_chat, int):
        message = state.find_message(target_chat, reply["message_id"])
    if message is None:
        if reply.get("allow_sending_without_reply"):
            return None
        raise bad_request("message to be replied not found")
    return {k: copy.deepcopy(v) for k, v in message.items() if k != "reply_to_message"}


def post_message(
    ctx: Context,
    chat: Chat,
    method_name: str,
    params: JSON,
    content: JSON,
    *,
    text: str | None,
    raw_text: str | None,
    entities: list[JSON],
    markup: JSON | None,
    document: tuple[str, bytes] | None = None,
    photo: bytes | None = None,
) -> JSON:
    """Store a new bot message and return its Message object."""
    state = ctx.state
    reply = _reply_to(state, chat.id, params)
    payload: JSON = {
        "message_id": state.new_message_id(chat.id),
        "from": state.bot_user,
        "chat": chat.chat_json(),
        "date": state.now(),
    }
    if reply is not None:
        payload["reply_to_message"] = reply
    payload.update(content)
    if markup is not None:
        payload["reply_markup"] = copy.deepcopy(markup)
    message = BotMessage(
        message_id=payload["message_id"],
        chat_id=chat.id,
        text=text,
        method=method_name,
        params=params,
        payload=payload,
        raw_text=raw_text,
        parse_mode=params.get("parse_mode"),
        entities=entities,
        reply_markup=copy.deepcopy(markup),
        document=document,
        photo=photo,
    )
    state.add_bot_message(message)
    return copy.deepcopy(payload)


def _text_content(key: str, entities_key: str, text: str, entities: list[JSON]) -> JSON:
    content: JSON = {key: text} if text else {}
    if text and entities:
        content[entities_key] = entities
    return content


def input_file(state: State, value: Any, kind: str) -> StoredFile:
    """Resolve an InputFile parameter: an upload, a known file_id, or an HTTP URL."""
    if isinstance(value, UploadedFile):
        if not value.content:
            raise bad_request("file must be non-empty")
        mime = value.mime_type if value.mime_type != "application/octet-stream" else None
        return state.store_file(kind, value.content, file_name=value.filename, mime_type=mime)
    if isinstance(value, str):
        if value.startswith(("http://", "https://")):
            name = value.rstrip("/").rsplit("/", 1)[-1] or "file"
            return state.store_file(kind, b"", file_name=name)
        base = value[:-2] if value.endswith("_s") else value
        if base in state.files:
            return state.files[base]
    raise bad_request("wrong file identifier/HTTP URL specified")


def _caption(ctx: Context, params: JSON) -> tuple[str, list[JSON]]:
    return formatted(
        ctx.state,
        params,
        "caption",
        "caption_entities",
        limit=1024,
        too_long="message caption is too long",
        empty=None,
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


# -- updates, identity --------------------------------------------------------------------------


@method("getMe")
async def get_me(ctx: Context, params: JSON) -> JSON:
    return {
        **ctx.state.bot_user,
        "can_join_groups": True,
        "can_read_all_group_messages": False,
        "supports_inline_queries": False,
        "can_connect_to_business": False,
        "has_main_web_app": False,
    }


@method("logOut")
@method("close")
async def log_out(ctx: Context, params: JSON) -> bool:
    return True


@method("deleteWebhook")
async def delete_webhook(ctx: Context, params: JSON) -> bool:
    if params.get("drop_pending_updates"):
        ctx.state.pending_updates.clear()
    return True


@method("getWebhookInfo")
async def get_webhook_info(ctx: Context, params: JSON) -> JSON:
    return {
        "url": "",
        "has_custom_certificate": False,
        "pending_update_count": len(ctx.state.pending_updates),
    }


@method("getUpdates")
async def get_updates(ctx: Context, params: JSON) -> list[JSON]:
    state = ctx.state
    allowed = params.get("allowed_updates")
    if allowed is not None:
        state.allowed_updates = frozenset(allowed) if allowed else None
    offset = params.get("offset")
    if isinstance(offset, int) and offset != 0:
        state.confirm_updates(offset)
    limit = params.get("limit", 100)
    limit = min(max(limit if isinstance(limit, int) else 100, 1), 100)
    timeout = params.get("timeout", 0)
    timeout = max(timeout if isinstance(timeout, int) else 0, 0)
    state.poll_generation += 1
    generation = state.poll_generation
    state.notify()  # an older long poll now answers 409

    def done() -> bool:
        return (
            bool(state.pending_updates)
            or state.poll_generation != generation
            or state.stopping
            or ctx.closed()
        )

    await state.wait_for(done, float(timeout))
    if state.poll_generation != generation:
        raise ApiError(409, CONFLICT)
    return copy.deepcopy(state.pending_updates[:limit])


# -- sending ------------------------------------------------------------------------------------


@method("sendMessage")
async def send_message(ctx: Context, params: JSON) -> JSON:
    chat = writable_chat(ctx.state, params["chat_id"])
    text, entities = formatted(
        ctx.state,
        params,
        "text",
        "entities",
        limit=4096,
        too_long="message is too long",
        empty="message text is empty",
    )
    markup = check_reply_markup(params.get("reply_markup"))
    return post_message(
        ctx,
        chat,
        "sendMessage",
        params,
        _text_content("text", "entities", text, entities),
        text=text,
        raw_text=params["text"],
        entities=entities,
        markup=markup,
    )


@method("sendDocument")
async def send_document(ctx: Context, params: JSON) -> JSON:
    chat = writable_chat(ctx.state, params["chat_id"])
    caption, entities = _caption(ctx, params)
    markup = check_reply_markup(params.get("reply_markup"))
    stored = input_file(ctx.state, params["document"], "document")
    document = document_json(stored.file_id, ctx.state)
    return post_message(
        ctx,
        chat,
        "sendDocument",
        params,
        {"document": document, **_text_content("caption", "caption_entities", caption, entities)},
        text=caption or None,
        raw_text=params.get("caption"),
        entities=entities,
        markup=markup,
        document=(stored.file_name or "", stored.content),
    )


@method("sendPhoto")
async def send_photo(ctx: Context, params: JSON) -> JSON:
    chat = writable_chat(ctx.state, params["chat_id"])
    caption, entities = _caption(ctx, params)
    markup = check_reply_markup(params.get("reply_markup"))
    stored = input_file(ctx.state, params["photo"], "photo")
    return post_message(
        ctx,
        chat,
        "sendPhoto",
        params,
        {
            "photo": photo_sizes(ctx.state, stored.file_id),
            **_text_content("caption", "caption_entities", caption, entities),
        },
        text=caption or None,
        raw_text=params.get("caption"),
        entities=entities,
        markup=markup,
        photo=stored.content,
    )


@method("sendChatAction")
async def send_chat_action(ctx: Context, params: JSON) -> bool:
    writable_chat(ctx.state, params["chat_id"])
    if params["action"] not in _CHAT_ACTIONS:
        raise bad_request("wrong parameter action in request")
    return True


# -- editing and deleting -----------------------------------------------------------------------


def _edit_target(ctx: Context, params: JSON) -> BotMessage:
    if "inline_message_id" in params:
        raise bad_request("MESSAGE_ID_INVALID")
    if "chat_id" not in params:
        raise bad_request("chat_id is empty")
    if "message_id" not in params:
        raise bad_request("message identifier is not specified")
    chat = writable_chat(ctx.state, params["chat_id"])
    message_id = params["message_id"]
    message = ctx.state.find_bot_message(chat.id, message_id)
    if message is None:
        if ctx.state.find_message(chat.id, message_id) is not None:
            raise bad_request("message can't be edited")
        raise bad_request("message to edit not found")
    return message


_NOT_MODIFIED = (
    "message is not modified: specified new message content and reply markup are exactly "
    "the same as a current content and reply markup of the message"
)


def _apply_edit(
    ctx: Context,
    message: BotMessage,
    params: JSON,
    *,
    key: str | None,
    entities_key: str,
    text: str | None,
    entities: list[JSON],
    markup: JSON | None,
) -> JSON:
    payload = message.payload
    if key is not None:
        same_text = (payload.get(key) or "") == (text or "") and (
            payload.get(entities_key) or []
        ) == entities
    else:
        same_text = True
    if same_text and payload.get("reply_markup") == markup:
        raise bad_request(_NOT_MODIFIED)
    if key is not None:
        message.history.append(message.text)
        payload.pop(key, None)
        payload.pop(entities_key, None)
        payload.update(_text_content(key, entities_key, text or "", entities))
        message.text = text or None
        message.raw_text = params.get(key)
        message.parse_mode = params.get("parse_mode")
        message.entities = entities
    payload.pop("reply_markup", None)
    if markup is not None:
        payload["reply_markup"] = copy.deepcopy(markup)
    message.reply_markup = copy.deepcopy(markup)
    payload["edit_date"] = max(ctx.state.now(), payload["date"] + 1)
    message.edits += 1
    ctx.state.notify()
    return copy.deepcopy(payload)


@method("editMessageText")
async def edit_message_text(ctx: Context, params: JSON) -> JSON:
    message = _edit_target(ctx, params)
    if "text" not in message.payload:
        raise bad_request("there is no text in the message to edit")
    text, entities = formatted(
        ctx.state,
        params,
        "text",
        "entities",
        limit=4096,
        too_long="MESSAGE_TOO_LONG",
        empty="message text is empty",
    )
    markup = check_reply_markup(params.get("reply_markup"), inline_only=True)
    return _apply_edit(
        ctx,
        message,
        params,
        key="text",
        entities_key="entities",
        text=text,
        entities=entities,
        markup=markup,
    )


@method("editMessageCaption")
async def edit_message_caption(ctx: Context, params: JSON) -> JSON:
    message = _edit_target(ctx, params)
    if "text" in message.payload:
        raise bad_request("there is no caption in the message to edit")
    caption, entities = _caption(ctx, params)
    markup = check_reply_markup(params.get("reply_markup"), inline_only=True)
    return _apply_edit(
        ctx,
        message,
        params,
        key="caption",
        entities_key="caption_entities",
        text=caption,
        entities=entities,
        markup=markup,
    )


@method("editMessageReplyMarkup")
async def edit_message_reply_markup(ctx: Context, params: JSON) -> JSON:
    message = _edit_target(ctx, params)
    markup = check_reply_markup(params.get("reply_markup"), inline_only=True)
    return _apply_edit(
        ctx,
        message,
        params,
        key=None,
        entities_key="",
        text=None,
        entities=[],
        markup=markup,
    )


@method("deleteMessage")
async def delete_message(ctx: Context, params: JSON) -> bool:
    chat = resolve_chat(ctx.state, params["chat_id"])
    if not ctx.state.delete_message(chat.id, params["message_id"]):
        raise bad_request("message to delete not found")
    return True


@method("deleteMessages")
async def delete_messages(ctx: Context, params: JSON) -> bool:
    chat = resolve_chat(ctx.state, params["chat_id"])
    ids = params["message_ids"]
    if not 1 <= len(ids) <= 100:
        raise bad_request("message_ids must contain 1-100 identifiers")
    for message_id in ids:
        ctx.state.delete_message(chat.id, message_id)
    return True


@method("answerCallbackQuery")
async def answer_callback_query(ctx: Context, params: JSON) -> bool:
    record = ctx.state.callback_queries.get(params["callback_query_id"])
    if record is None or record.answered:
        raise bad_request("query is too old and response timeout expired or query ID is invalid")
    if len(params.get("text") or "") > 200:
        raise bad_request("MESSAGE_TOO_LONG")
    record.answered = True
    record.user.callback_answers.append(dict(params))
    ctx.state.notify()
    return True


# -- files --------------------------------------------------------------------------------------


@method("getFile")
async def get_file(ctx: Context, params: JSON) -> JSON:
    file_id = params["file_id"]
    base = file_id[:-2] if file_id.endswith("_s") else file_id
    stored = ctx.state.files.get(base)
    if stored is None:
        raise bad_request("wrong file_id or the file is temporarily unavailable")
    if stored.file_size > _MAX_DOWNLOAD:
        raise bad_request("file is too big")
    return {
        "file_id": file_id,
        "file_unique_id": stored.file_unique_id,
        "file_size": stored.file_size,
        "file_path": stored.file_path,
    }
