"""The notifications port over the Bot API: a note rendered in the person's language, sent.

Each kind of note has one renderer, registered by its feature's handlers (`handlers.routes`).
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from datetime import timedelta
from typing import Any, TypeVar

from telegram import Bot, Message
from telegram.error import BadRequest, Forbidden, RetryAfter, TelegramError

from bot.core.i18n import Translator
from bot.core.tasks import MaybeSent, NotSent, Refused, RetryLater
from bot.services.notifications import Note, Recipient, Text
from handlers.kit.telegram_request import never_delivered
from handlers.screens import Screen, Screens

logger = logging.getLogger(__name__)

N = TypeVar("N", bound=Note)


def failure(error: TelegramError) -> Exception:
    """What a Bot API failure means for the bot's own messages, in the task engine's terms."""
    if isinstance(error, RetryAfter):
        # Refused before anything was delivered: safe to try again, and no failure.
        delay = error.retry_after
        wait = delay if isinstance(delay, timedelta) else timedelta(seconds=delay)
        return RetryLater(wait, "flood control", counted=False)
    if isinstance(error, BadRequest):
        return Refused(type(error).__name__)
    if never_delivered(error):
        return NotSent(type(error.__cause__).__name__)
    return MaybeSent(type(error).__name__)


Renderer = Callable[[Screens, N], Awaitable[Screen]]
# After a note went out: for a feature that later edits what it sent (every copy of a card).
SentHook = Callable[[N, Recipient, Message], Awaitable[None]]


async def _plain(screens: Screens, note: Text) -> Screen:
    return Screen(screens.text(note.key, **note.args))


class TelegramSender:
    def __init__(self, bot: Bot, translate: Translator) -> None:
        self._bot = bot
        self._translate = translate
        self._renderers: dict[type[Note], Renderer[Any]] = {Text: _plain}
        self._sent_hooks: dict[type[Note], SentHook[Any]] = {}

    @property
    def bot(self) -> Bot:
        """For a renderer that asks Telegram something (an admin's first name)."""
        return self._bot

    def renders(
        self, kind: type[N], renderer: Renderer[N], sent: SentHook[N] | None = None
    ) -> None:
        self._renderers[kind] = renderer
        if sent is not None:
            self._sent_hooks[kind] = sent

    async def send(self, recipient: Recipient, note: Note) -> bool:
        screens = Screens(self._translate, recipient.language)
        screen = await self._renderers[type(note)](screens, note)
        try:
            message = await self._bot.send_message(
                recipient.telegram_id, screen.text, reply_markup=screen.keyboard
            )
        except Forbidden:
            logger.info("a member blocked the bot: marked unreachable")
            return False
        except BadRequest as error:
            if "chat not found" not in error.message.lower():
                raise failure(error) from error
            # Someone who never started the bot (an admin listed in ADMIN_IDS, say): rule 14.
            logger.info("someone never started the bot: not reachable")
            return False
        except TelegramError as error:
            raise failure(error) from error
        hook = self._sent_hooks.get(type(note))
        if hook is not None:
            await hook(note, recipient, message)
        return True
