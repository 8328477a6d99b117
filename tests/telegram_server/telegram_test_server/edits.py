"""Bot API methods that change what was sent: edits, deletions, and answers to button presses."""

from __future__ import annotations

import copy

from .methods import (
    Context,
    caption_of,
    check_reply_markup,
    formatted,
    method,
    resolve_chat,
    text_content,
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
        payload.update(text_content(key, entities_key, text or "", entities))
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
    caption, entities = caption_of(ctx, params)
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
