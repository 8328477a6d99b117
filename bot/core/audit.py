"""The one function that writes to the audit log, and the one count a service reads back."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from datetime import timedelta
from typing import Any

from bot.core.clock import Clock
from storage.audit import AuditRepository

logger = logging.getLogger(__name__)
# Told the id of each new entry once it is stored (the log's mirror in a chat).
Listener = Callable[[int], Awaitable[None]]


class AuditLog:
    def __init__(self, repository: AuditRepository, clock: Clock) -> None:
        self._repository = repository
        self._clock = clock
        self._listeners: list[Listener] = []

    def listen(self, listener: Listener) -> None:
        self._listeners.append(listener)

    async def record(
        self, actor_id: int | None, action: str, subject_id: int | None = None, **details: Any
    ) -> int:
        """Append who did what to whom. `details` must name no personal data (no names, no
        free text): the entry outlives the people in it, who may ask to be erased."""
        entry_id = await self._repository.append(
            self._clock.now(), actor_id, action, subject_id, details
        )
        for listener in self._listeners:
            try:
                await listener(entry_id)
            except Exception:
                # The action is done and recorded: whatever listens must never undo it.
                logger.exception("audit entry %d: a listener failed", entry_id)
        return entry_id

    async def count_recent(self, actor_id: int, action: str, within: timedelta) -> int:
        """How many times this person did this lately: a repeat tells a moderator more."""
        since = self._clock.now() - within
        return await self._repository.count_since(actor_id, action, since)
