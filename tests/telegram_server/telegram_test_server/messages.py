"""Bot API methods that send messages (text, documents, photos, chat actions) and serve files."""

from __future__ import annotations

import copy
from dataclasses import dataclass
from typing import Any

from .methods import CAPTION, MESSAGE_TEXT, Chat, Context, Shown, method, shown, writable_chat
from .models import JSON, BotMessage, StoredFile, UploadedFile, bad_request
from .state import State, document_json, photo_sizes

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
_MAX_DOWNLOAD = 20 * 1024 * 1024


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


@dataclass(frozen=True)
class Attachment:
    """A file sent with a message: its object in the Message, and what the tests read of it."""

    content: JSON  # {"document": ...} or {"photo": [...]}
    document: tuple[str, bytes] | None = None  # (file name, bytes)
    photo: bytes | None = None


def post_message(
    ctx: Context,
    chat: Chat,
    method_name: str,
    params: JSON,
    shown: Shown,
    attachment: Attachment | None = None,
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
    if attachment is not None:
        payload.update(attachment.content)
    payload.update(shown.content())
    if shown.markup is not None:
        payload["reply_markup"] = copy.deepcopy(shown.markup)
    message = BotMessage(
        message_id=payload["message_id"],
        chat_id=chat.id,
        text=shown.text or None,
        method=method_name,
        params=params,
        payload=payload,
        raw_text=shown.raw_text,
        parse_mode=shown.parse_mode,
        entities=shown.entities,
        reply_markup=copy.deepcopy(shown.markup),
        document=attachment.document if attachment else None,
        photo=attachment.photo if attachment else None,
    )
    state.add_bot_message(message)
    return copy.deepcopy(payload)


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


# -- sending ------------------------------------------------------------------------------------


@method("sendMessage")
async def send_message(ctx: Context, params: JSON) -> JSON:
    chat = writable_chat(ctx.state, params["chat_id"])
    return post_message(ctx, chat, "sendMessage", params, shown(ctx.state, params, MESSAGE_TEXT))


@method("sendDocument")
async def send_document(ctx: Context, params: JSON) -> JSON:
    chat = writable_chat(ctx.state, params["chat_id"])
    caption = shown(ctx.state, params, CAPTION)
    stored = input_file(ctx.state, params["document"], "document")
    document = Attachment(
        {"document": document_json(stored.file_id, ctx.state)},
        document=(stored.file_name or "", stored.content),
    )
    return post_message(ctx, chat, "sendDocument", params, caption, document)


@method("sendPhoto")
async def send_photo(ctx: Context, params: JSON) -> JSON:
    chat = writable_chat(ctx.state, params["chat_id"])
    caption = shown(ctx.state, params, CAPTION)
    stored = input_file(ctx.state, params["photo"], "photo")
    photo = Attachment({"photo": photo_sizes(ctx.state, stored.file_id)}, photo=stored.content)
    return post_message(ctx, chat, "sendPhoto", params, caption, photo)


@method("sendChatAction")
async def send_chat_action(ctx: Context, params: JSON) -> bool:
    writable_chat(ctx.state, params["chat_id"])
    if params["action"] not in _CHAT_ACTIONS:
        raise bad_request("wrong parameter action in request")
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
