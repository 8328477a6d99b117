"""The broadcast copy port over the Bot API: one copy of a broadcast, sent, and what Telegram
made of it (bot/services/broadcast_delivery.py decides what happens next).

A copy is a text (sendMessage), a photo or a document with the text as its caption, or, for a
new event, the event's card with its buttons (a renderer the events' handlers register). Each
request is marked as a copy, so the rate limiter leaves its pace and its 429s to the engine.
"""

from __future__ import annotations

import html
import logging
from collections.abc import Awaitable, Callable
from datetime import timedelta
from typing import Any

from telegram import Message
from telegram.error import BadRequest, Forbidden, RetryAfter, TelegramError
from telegram.ext import ExtBot

from bot.core.i18n import SUPPORTED_LANGUAGES, Translator
from bot.domain.broadcast_text import visible_length
from bot.services.broadcast_delivery import CopyAttempt, CopyResult
from bot.services.notifications import Recipient
from handlers.kit.rate_limits import BROADCAST_COPY
from handlers.kit.telegram_request import Failure, failure_of
from handlers.screens import Screen, Screens
from storage.broadcasts import BroadcastContent, BroadcastKind

logger = logging.getLogger(__name__)

# The event's card (its Going / Maybe buttons), with the body as a line above it; None when the
# event is gone or cancelled: that copy is not sent.
EventRenderer = Callable[[Screens, int, str], Awaitable[Screen | None]]


def framed(screens: Screens, community: str, body: str, *, test: bool = False) -> str:
    """A member's copy of an announcement: who sends it on top, how to stop them below, in
    their language (a 16-year-old asked who had sent a bare message); a test copy says so."""
    header = screens.text("broadcast-copy-header", community=html.escape(community))
    parts = [header, body, screens.text("broadcast-copy-footer")]
    if test:
        parts.insert(0, screens.text("broadcast-copy-test"))
    return "\n\n".join(part for part in parts if part)


def frame_reserve(translate: Translator, community: str) -> int:
    """How many of Telegram's characters the frame takes, in the longest language: the
    message's own limit is what is left, so the preview's limit tells the truth."""
    return max(
        visible_length(framed(Screens(translate, language), community, "x")) - 1
        for language in SUPPORTED_LANGUAGES
    )


def attempt_of(error: TelegramError) -> CopyAttempt:
    """What a Bot API failure means for one copy."""
    if isinstance(error, RetryAfter):
        wait = error.retry_after
        seconds = wait.total_seconds() if isinstance(wait, timedelta) else float(wait)
        return CopyAttempt(CopyResult.RATE_LIMITED, retry_after=seconds)
    if isinstance(error, Forbidden):
        return CopyAttempt(CopyResult.BLOCKED)
    if isinstance(error, BadRequest):
        if "chat not found" in error.message.lower():
            return CopyAttempt(CopyResult.BLOCKED)
        return CopyAttempt(CopyResult.REFUSED)
    failure = failure_of(error)
    if failure is Failure.UNCERTAIN:
        return CopyAttempt(CopyResult.UNCERTAIN)
    # Never left, or Telegram answered 5xx (the request layer tried a few times already).
    return CopyAttempt(CopyResult.NOT_SENT)


class TelegramCopies:
    def __init__(
        self, bot: ExtBot[Any], translate: Translator, community: str | None = None
    ) -> None:
        self._bot = bot
        self._translate = translate
        self._community = community  # None: copies go bare (tests of the port alone)
        self._event: EventRenderer | None = None

    def renders_event(self, render: EventRenderer) -> None:
        self._event = render

    async def send_copy(self, recipient: Recipient, content: BroadcastContent) -> CopyAttempt:
        try:
            message = await self._send(recipient, content)
        except TelegramError as error:
            attempt = attempt_of(error)
            if attempt.result is not CopyResult.BLOCKED:
                logger.info("a broadcast copy was not delivered: %s", error)
            return attempt
        if message is None:
            return CopyAttempt(CopyResult.REFUSED)
        return CopyAttempt(CopyResult.SENT, message_id=message.message_id)

    async def _send(self, recipient: Recipient, content: BroadcastContent) -> Message | None:
        chat = recipient.telegram_id
        if content.kind is BroadcastKind.EVENT:
            screen = await self._event_card(recipient, content)
            if screen is None:
                return None
            return await self._bot.send_message(
                chat, screen.text, reply_markup=screen.keyboard, rate_limit_args=BROADCAST_COPY
            )
        body = content.body
        if self._community is not None:
            screens = Screens(self._translate, recipient.language)
            body = framed(screens, self._community, body, test=content.test)
        caption = body or None
        if content.media_kind == "photo" and content.media_file_id:
            return await self._bot.send_photo(
                chat, content.media_file_id, caption=caption, rate_limit_args=BROADCAST_COPY
            )
        if content.media_kind == "document" and content.media_file_id:
            return await self._bot.send_document(
                chat, content.media_file_id, caption=caption, rate_limit_args=BROADCAST_COPY
            )
        return await self._bot.send_message(chat, body, rate_limit_args=BROADCAST_COPY)

    async def _event_card(self, recipient: Recipient, content: BroadcastContent) -> Screen | None:
        if self._event is None or content.event_id is None:
            logger.warning("an event broadcast, and no event card to show")
            return None
        screens = Screens(self._translate, recipient.language)
        return await self._event(screens, content.event_id, content.body)
