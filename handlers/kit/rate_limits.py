"""Outgoing rate limits: Telegram's are about the messages a bot sends (about 30 a second, 20 a
minute in one group). PTB's AIORateLimiter counts every request that names a group, so reading
who is in a group, or restricting a member, would use up, and wait behind, the group's 20
messages a minute: a few moderation commands would stall the bot in that group for a minute.

Every message the bot sends is also noted by the broadcast pacer (bot/core/pacing.py), so
broadcast copies use only the capacity people's own answers leave. A copy (`BROADCAST_COPY`)
is paced by the broadcast engine, not here, and its 429 goes straight back to the engine: no
retry that would hold up everything else, and no pause a concurrent request could cut short."""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from datetime import timedelta
from typing import Any

from telegram._utils.types import JSONDict
from telegram.error import RetryAfter
from telegram.ext import AIORateLimiter

from bot.core.pacing import Pacer

# `rate_limit_args` of a broadcast copy's request.
BROADCAST_COPY = -1

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


def _sends_a_message(endpoint: str) -> bool:
    """The requests Telegram counts against its message limits."""
    return endpoint.startswith(("send", "edit", "copy", "forward")) and endpoint != "sendChatAction"


def _seconds(error: RetryAfter) -> float:
    wait = error.retry_after
    return wait.total_seconds() if isinstance(wait, timedelta) else float(wait)


class MessageRateLimiter(AIORateLimiter):
    def __init__(self, *, pacer: Pacer, overall_max_rate: float, max_retries: int) -> None:
        super().__init__(overall_max_rate=overall_max_rate, max_retries=max_retries)
        self.pacer = pacer

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
        chat_id = data.get("chat_id")
        chat = chat_id if isinstance(chat_id, int) else None
        if rate_limit_args == BROADCAST_COPY:
            return await self._noted(callback, args, kwargs)  # paced by the engine already
        message = _sends_a_message(endpoint)

        async def noted(*call_args: Any, **call_kwargs: Any) -> bool | JSONDict | list[JSONDict]:
            if not message:
                return await self._noted(callback, call_args, call_kwargs)
            self.pacer.begin(chat)
            try:
                return await self._noted(callback, call_args, call_kwargs)
            finally:
                self.pacer.done(chat, answer=True)

        return await super().process_request(noted, args, kwargs, endpoint, data, rate_limit_args)

    async def _noted(
        self,
        callback: Callable[..., Coroutine[Any, Any, bool | JSONDict | list[JSONDict]]],
        args: Any,
        kwargs: dict[str, Any],
    ) -> bool | JSONDict | list[JSONDict]:
        """The request; a 429 also holds every broadcast copy back."""
        try:
            return await callback(*args, **kwargs)
        except RetryAfter as error:
            self.pacer.pause(_seconds(error))
            raise
