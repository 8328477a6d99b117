"""Bot API methods about commands, chats and group members."""

from __future__ import annotations

import copy
import json
import re

from .groups import DEFAULT_PERMISSIONS, PERMISSION_NAMES, FakeGroup, Member
from .methods import Context, group_chat, known_user, method, resolve_chat
from .models import JSON, bad_request

_COMMAND_RE = re.compile(r"[a-z0-9_]{1,32}")
_LANGUAGE_RE = re.compile(r"[a-z]{2}")
_SCOPE_TYPES = frozenset(
    {
        "default",
        "all_private_chats",
        "all_group_chats",
        "all_chat_administrators",
        "chat",
        "chat_administrators",
        "chat_member",
    }
)


# -- commands -----------------------------------------------------------------------------------


def _scope_key(ctx: Context, params: JSON) -> tuple[str, str]:
    scope = params.get("scope")
    language = params.get("language_code") or ""
    if language and not _LANGUAGE_RE.fullmatch(language):
        raise bad_request("invalid language code specified")
    if scope is None:
        return "default", language
    if not isinstance(scope, dict) or scope.get("type") not in _SCOPE_TYPES:
        raise bad_request("can't parse BotCommandScope JSON object")
    if scope["type"] == "default":
        return "default", language
    normalized = dict(scope)
    if scope["type"] in ("chat", "chat_administrators", "chat_member"):
        if "chat_id" not in scope:
            raise bad_request("chat_id is empty")
        normalized["chat_id"] = resolve_chat(ctx.state, scope["chat_id"]).id
    if scope["type"] == "chat_member":
        known_user(ctx.state, scope.get("user_id"))
    return json.dumps(normalized, sort_keys=True, separators=(",", ":")), language


@method("setMyCommands")
async def set_my_commands(ctx: Context, params: JSON) -> bool:
    commands = params["commands"]
    if len(commands) > 100:
        raise bad_request("BOT_COMMANDS_TOO_MUCH")
    cleaned: list[JSON] = []
    for command in commands:
        name = command.get("command")
        description = command.get("description")
        if not isinstance(name, str) or not _COMMAND_RE.fullmatch(name):
            raise bad_request("BOT_COMMAND_INVALID")
        if not isinstance(description, str) or not 1 <= len(description.strip()) <= 256:
            raise bad_request("BOT_COMMAND_DESCRIPTION_INVALID")
        cleaned.append({"command": name, "description": description})
    key = _scope_key(ctx, params)
    if cleaned:
        ctx.state.commands[key] = cleaned
    else:
        ctx.state.commands.pop(key, None)
    ctx.state.notify()
    return True


@method("getMyCommands")
async def get_my_commands(ctx: Context, params: JSON) -> list[JSON]:
    return copy.deepcopy(ctx.state.commands.get(_scope_key(ctx, params), []))


@method("deleteMyCommands")
async def delete_my_commands(ctx: Context, params: JSON) -> bool:
    ctx.state.commands.pop(_scope_key(ctx, params), None)
    ctx.state.notify()
    return True


# -- chats and members --------------------------------------------------------------------------

_NO_GIFTS = {
    "unlimited_gifts": False,
    "limited_gifts": False,
    "unique_gifts": False,
    "premium_subscription": False,
    "gifts_from_channels": False,
}


@method("getChat")
async def get_chat(ctx: Context, params: JSON) -> JSON:
    chat = resolve_chat(ctx.state, params["chat_id"])
    info: JSON = {
        **chat.chat_json(),
        "accent_color_id": 0,
        "max_reaction_count": 11,
        "accepted_gift_types": dict(_NO_GIFTS),
    }
    if isinstance(chat, FakeGroup):
        info["permissions"] = dict(chat.permissions)
    return info


@method("getChatMember")
async def get_chat_member(ctx: Context, params: JSON) -> JSON:
    chat = resolve_chat(ctx.state, params["chat_id"])
    user_id = known_user(ctx.state, params["user_id"])
    if isinstance(chat, FakeGroup):
        return chat.member_json(user_id)
    if user_id == ctx.state.bot_id:
        return {"status": "member", "user": ctx.state.bot_user}
    if user_id != chat.id:
        raise bad_request("user not found")
    return {"status": "member", "user": chat.to_json()}


@method("getChatAdministrators")
async def get_chat_administrators(ctx: Context, params: JSON) -> list[JSON]:
    chat = resolve_chat(ctx.state, params["chat_id"])
    if not isinstance(chat, FakeGroup):
        raise bad_request("there are no administrators in the private chat")
    admins = [
        chat.member_json(user_id)
        for user_id, member in chat.members.items()
        if member.status in ("creator", "administrator")
    ]
    return [*admins, chat.member_json(ctx.state.bot_id)]


@method("getChatMemberCount")
async def get_chat_member_count(ctx: Context, params: JSON) -> int:
    chat = resolve_chat(ctx.state, params["chat_id"])
    if not isinstance(chat, FakeGroup):
        return 2
    present = [
        m
        for m in chat.members.values()
        if m.status in ("creator", "administrator", "member")
        or (m.status == "restricted" and m.is_member)
    ]
    return len(present) + 1


def _changeable_member(ctx: Context, group: FakeGroup, user_id: int, action: str) -> Member:
    if not group.bot_may("can_restrict_members"):
        raise bad_request(f"not enough rights to {action} chat member")
    if user_id == ctx.state.bot_id:
        raise bad_request(f"can't {action} self")
    status = group.status_of(user_id)
    if status == "creator":
        raise bad_request("can't remove chat owner")
    if status == "administrator":
        raise bad_request("user is an administrator of the chat")
    return group.members.get(user_id, Member(status="left", is_member=False))


def _until(ctx: Context, params: JSON) -> int:
    until = params.get("until_date") or 0
    now = ctx.state.now()
    # Telegram: less than 30 seconds or more than 366 days from now means "forever".
    if until and (until < now + 30 or until > now + 366 * 86400):
        return 0
    return int(until)


@method("restrictChatMember")
async def restrict_chat_member(ctx: Context, params: JSON) -> bool:
    group = group_chat(ctx.state, params["chat_id"])
    user_id = known_user(ctx.state, params["user_id"])
    current = _changeable_member(ctx, group, user_id, "restrict")
    requested = params["permissions"]
    unknown = [name for name in requested if name not in PERMISSION_NAMES]
    if unknown:
        raise bad_request(f"can't parse permissions JSON object: unknown field {unknown[0]}")
    permissions = {**DEFAULT_PERMISSIONS, **group.permissions, **requested}
    is_member = current.status in ("member", "restricted") and current.is_member
    # Telegram: permissions that cover the group's defaults make a plain member again.
    defaults = [name for name, allowed in group.permissions.items() if allowed]
    covers_defaults = all(permissions[name] for name in defaults)
    if covers_defaults and is_member:
        group.set_member(user_id, Member(status="member"))
    else:
        group.set_member(
            user_id,
            Member(
                status="restricted",
                permissions={name: bool(permissions[name]) for name in PERMISSION_NAMES},
                until_date=_until(ctx, params),
                is_member=is_member,
            ),
        )
    return True


@method("banChatMember")
async def ban_chat_member(ctx: Context, params: JSON) -> bool:
    group = group_chat(ctx.state, params["chat_id"])
    user_id = known_user(ctx.state, params["user_id"])
    _changeable_member(ctx, group, user_id, "remove")
    group.set_member(
        user_id, Member(status="kicked", until_date=_until(ctx, params), is_member=False)
    )
    if params.get("revoke_messages"):
        for message in list(ctx.state.chat_messages.get(group.id, {}).values()):
            if message.get("from", {}).get("id") == user_id:
                ctx.state.delete_message(group.id, message["message_id"])
    return True


@method("unbanChatMember")
async def unban_chat_member(ctx: Context, params: JSON) -> bool:
    group = group_chat(ctx.state, params["chat_id"])
    user_id = known_user(ctx.state, params["user_id"])
    status = group.status_of(user_id)
    if params.get("only_if_banned") and status != "kicked":
        return True
    _changeable_member(ctx, group, user_id, "remove")
    if status != "left":
        group.set_member(user_id, Member(status="left", is_member=False))
    return True
