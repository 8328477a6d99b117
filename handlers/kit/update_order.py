"""Different people's updates run concurrently; one person's run one at a time, in order."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable
from typing import Any

from telegram import Update
from telegram.ext import BaseUpdateProcessor

# PTB's own limit is taken before we see the update: keep it out of the way, so a person who
# sends fifty messages waits in their own line instead of filling every slot.
_ADMISSION_LIMIT = 100_000


def ordering_key(update: object) -> int | None:
    """Whose updates must not overtake each other: the person's, else the chat's."""
    if not isinstance(update, Update):
        return None
    if update.effective_user is not None:
        return update.effective_user.id
    if update.effective_chat is not None:
        return update.effective_chat.id
    return None


class PerUserOrderedProcessor(BaseUpdateProcessor):
    """PTB runs each update in its own task, in arrival order. A FIFO lock per person keeps a
    person's updates in order (a button press never overtakes the message before it); only then
    does an update take one of `max_running` slots, so one busy person cannot starve the rest."""

    def __init__(self, max_running: int) -> None:
        super().__init__(_ADMISSION_LIMIT)
        self._slots = asyncio.BoundedSemaphore(max_running)
        self._locks: dict[int, tuple[asyncio.Lock, int]] = {}

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        key = ordering_key(update)
        if key is None:
            async with self._slots:
                await coroutine
            return
        lock, waiting = self._locks.get(key, (asyncio.Lock(), 0))
        self._locks[key] = (lock, waiting + 1)
        try:
            async with lock, self._slots:
                await coroutine
        finally:
            lock, waiting = self._locks[key]
            if waiting == 1:
                del self._locks[key]
            else:
                self._locks[key] = (lock, waiting - 1)

    async def initialize(self) -> None:
        """Nothing to allocate."""

    async def shutdown(self) -> None:
        """Nothing to release."""
