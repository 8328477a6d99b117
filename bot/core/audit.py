"""The one function that writes to the audit log, and the one count a service reads back."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from bot.core.clock import Clock
from storage.audit import AuditRepository


class AuditLog:
    def __init__(self, repository: AuditRepository, clock: Clock) -> None:
        self._repository = repository
        self._clock = clock

    async def record(
        self, actor_id: int | None, action: str, subject_id: int | None = None, **details: Any
    ) -> int:
        """Append who did what to whom. `details` must name no personal data (no names, no
        free text): the entry outlives the people in it, who may ask to be erased."""
        return await self._repository.append(
            self._clock.now(), actor_id, action, subject_id, details
        )

    async def count_recent(self, actor_id: int, action: str, within: timedelta) -> int:
        """How many times this person did this lately: a repeat tells a moderator more."""
        since = self._clock.now() - within
        return await self._repository.count_since(actor_id, action, since)
