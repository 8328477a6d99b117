"""Bot API methods that change what was sent: edits, deletions, and answers to button presses."""

from __future__ import annotations

import copy

from .groups import FakeGroup
from .methods import (
    CAPTION,
    EDITED_TEXT,
    Context,
    Shown,
    method,
    resolve_chat,
    shown,
    writable_chat,
)
from .models import JSON, BotMessage, bad_request

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


def _same(message: BotMessage, edit: Shown) -> bool:
    """Whether the edit would leave the message as it is (Telegram refuses it)."""
    payload = message.payload
    if payload.get("reply_markup") != edit.markup:
        return False
    if edit.text_field is None:
        return True
    return (payload.get(edit.text_field.key) or "") == edit.text and (
        payload.get(edit.text_field.entities_key) or []
    ) == edit.entities


def _apply_edit(ctx: Context, message: BotMessage, edit: Shown) -> JSON:
    if _same(message, edit):
        raise bad_request(_NOT_MODIFIED)
    payload = message.payload
    if edit.text_field is not None:
        message.history.append(message.text)
        payload.pop(edit.text_field.key, None)
        payload.pop(edit.text_field.entities_key, None)
        payload.update(edit.content())
        message.text = edit.text or None
        message.raw_text = edit.raw_text
        message.parse_mode = edit.parse_mode
        message.entities = edit.entities
    payload.pop("reply_markup", None)
    if edit.markup is not None:
        payload["reply_markup"] = copy.deepcopy(edit.markup)
    message.reply_markup = copy.deepcopy(edit.markup)
    payload["edit_date"] = max(ctx.state.now(), payload["date"] + 1)
    message.edits += 1
    ctx.state.notify()
    return copy.deepcopy(payload)


@method("editMessageText")
async def edit_message_text(ctx: Context, params: JSON) -> JSON:
    message = _edit_target(ctx, params)
    if "text" not in message.payload:
        raise bad_request("there is no text in the message to edit")
    return _apply_edit(ctx, message, shown(ctx.state, params, EDITED_TEXT, inline_only=True))


@method("editMessageCaption")
async def edit_message_caption(ctx: Context, params: JSON) -> JSON:
    message = _edit_target(ctx, params)
    if "text" in message.payload:
        raise bad_request("there is no caption in the message to edit")
    return _apply_edit(ctx, message, shown(ctx.state, params, CAPTION, inline_only=True))


@method("editMessageReplyMarkup")
async def edit_message_reply_markup(ctx: Context, params: JSON) -> JSON:
    message = _edit_target(ctx, params)
    return _apply_edit(ctx, message, shown(ctx.state, params, None, inline_only=True))


def _may_delete(ctx: Context, chat: object, message_id: int) -> None:
    """Without can_delete_messages, a bot deletes only its own messages in a group."""
    if not isinstance(chat, FakeGroup) or chat.bot_may("can_delete_messages"):
        return
    if ctx.state.find_bot_message(chat.id, message_id) is None:
        raise bad_request("message can't be deleted")


@method("deleteMessage")
async def delete_message(ctx: Context, params: JSON) -> bool:
    chat = resolve_chat(ctx.state, params["chat_id"])
    _may_delete(ctx, chat, params["message_id"])
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
        _may_delete(ctx, chat, message_id)
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
