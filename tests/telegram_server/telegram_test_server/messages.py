"""Bot API methods that send messages (text, documents, photos, chat actions) and serve files."""

from __future__ import annotations

import copy
from typing import Any

from .methods import (
    Chat,
    Context,
    caption_of,
    check_reply_markup,
    formatted,
    method,
    text_content,
    writable_chat,
)
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
        text_content("text", "entities", text, entities),
        text=text,
        raw_text=params["text"],
        entities=entities,
        markup=markup,
    )


@method("sendDocument")
async def send_document(ctx: Context, params: JSON) -> JSON:
    chat = writable_chat(ctx.state, params["chat_id"])
    caption, entities = caption_of(ctx, params)
    markup = check_reply_markup(params.get("reply_markup"))
    stored = input_file(ctx.state, params["document"], "document")
    document = document_json(stored.file_id, ctx.state)
    return post_message(
        ctx,
        chat,
        "sendDocument",
        params,
        {"document": document, **text_content("caption", "caption_entities", caption, entities)},
        text=caption or None,
        raw_text=params.get("caption"),
        entities=entities,
        markup=markup,
        document=(stored.file_name or "", stored.content),
    )


@method("sendPhoto")
async def send_photo(ctx: Context, params: JSON) -> JSON:
    chat = writable_chat(ctx.state, params["chat_id"])
    caption, entities = caption_of(ctx, params)
    markup = check_reply_markup(params.get("reply_markup"))
    stored = input_file(ctx.state, params["photo"], "photo")
    return post_message(
        ctx,
        chat,
        "sendPhoto",
        params,
        {
            "photo": photo_sizes(ctx.state, stored.file_id),
            **text_content("caption", "caption_entities", caption, entities),
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
