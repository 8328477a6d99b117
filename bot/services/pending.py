"""Typed answers the bot waits for outside the onboarding (an application's message, a decline
reason, a message to a project): one per person, and only for a while."""

from __future__ import annotations

from datetime import timedelta

from bot.core.clock import Clock
from storage.pending import PendingInput, PendingInputRepository

# A question left unanswered this long has lapsed: text typed later is not its answer.
ANSWER_WITHIN = timedelta(minutes=30)


class PendingInputs:
    def __init__(self, repository: PendingInputRepository, clock: Clock) -> None:
        self._repository = repository
        self._clock = clock

    async def expect(self, telegram_id: int, kind: str, ref: int) -> None:
        await self._repository.expect(telegram_id, kind, ref, self._clock.now())

    async def get(self, telegram_id: int) -> PendingInput | None:
        return await self._repository.get(telegram_id, self._clock.now() - ANSWER_WITHIN)

    async def clear(self, telegram_id: int) -> None:
        await self._repository.clear(telegram_id)
