"""Outgoing rate limits: Telegram's are about the messages a bot sends (about 30 a second, 20 a
minute in one group). PTB's AIORateLimiter counts every request that names a group, so reading
who is in a group, or restricting a member, would use up, and wait behind, the group's 20
messages a minute: a few moderation commands would stall the bot in that group for a minute."""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from typing import Any

from telegram._utils.types import JSONDict
from telegram.ext import AIORateLimiter

# Requests that send no message: never held back by the message limits.
NOT_MESSAGES = frozenset(
    {
        "getChat",
        "getChatMember",
        "getChatAdministrators",
        "getChatMemberCount",
        "restrictChatMember",
        "banChatMember",
        "unbanChatMember",
        "deleteMessage",
        "deleteMessages",
    }
)


class MessageRateLimiter(AIORateLimiter):
    async def process_request(
        self,
        callback: Callable[..., Coroutine[Any, Any, bool | JSONDict | list[JSONDict]]],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: int | None,
    ) -> bool | JSONDict | list[JSONDict]:
        if endpoint in NOT_MESSAGES:
            return await callback(*args, **kwargs)
        return await super().process_request(
            callback, args, kwargs, endpoint, data, rate_limit_args
        )
