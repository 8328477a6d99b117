"""The notifications port over the Bot API: a note rendered in the person's language, sent.

Each kind of note has one renderer, registered by its feature's handlers (`handlers.routes`).
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

from telegram import Bot
from telegram.error import Forbidden

from bot.core.i18n import Translator
from bot.services.notifications import Note, Recipient, Text
from handlers.screens import Screen, Screens

logger = logging.getLogger(__name__)

N = TypeVar("N", bound=Note)
Renderer = Callable[[Screens, N], Awaitable[Screen]]


async def _plain(screens: Screens, note: Text) -> Screen:
    return Screen(screens.text(note.key, **note.args))


class TelegramSender:
    def __init__(self, bot: Bot, translate: Translator) -> None:
        self._bot = bot
        self._translate = translate
        self._renderers: dict[type[Note], Renderer[Any]] = {Text: _plain}

    def renders(self, kind: type[N], renderer: Renderer[N]) -> None:
        self._renderers[kind] = renderer

    async def send(self, recipient: Recipient, note: Note) -> bool:
        screens = Screens(self._translate, recipient.language)
        screen = await self._renderers[type(note)](screens, note)
        try:
            await self._bot.send_message(
                recipient.telegram_id, screen.text, reply_markup=screen.keyboard
            )
        except Forbidden:
            logger.info("user %d blocked the bot: marked unreachable", recipient.telegram_id)
            return False
        return True
