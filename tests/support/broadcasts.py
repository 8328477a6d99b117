"""Broadcasts for tests about what their sender sees: written straight to the database, as the
compose and delivery parts would leave them."""

from __future__ import annotations

from datetime import datetime

from storage.broadcasts import (
    Broadcast,
    BroadcastContent,
    BroadcastCounts,
    BroadcastRepository,
    BroadcastState,
)
from storage.db import to_db_time
from tests.support.harness import RunningBot


async def stored_broadcast(
    bot: RunningBot,
    sender_id: int,
    body: str = "Sabato pulizia del parco Dora: portate i guanti!",
    *,
    state: BroadcastState = BroadcastState.SENDING,
    recipients: int = 120,
    send_at: datetime | None = None,
) -> Broadcast:
    repository = BroadcastRepository(bot.services.db)
    now = bot.clock.now()
    broadcast_id = await repository.create(
        sender_id, BroadcastContent(body=body), "[]", state, send_at, now
    )
    if state in {BroadcastState.SENDING, BroadcastState.DONE}:
        await bot.services.db.execute(
            "UPDATE broadcasts SET started_at = ?, recipients = ? WHERE id = ?",
            (to_db_time(now), recipients, broadcast_id),
        )
    found = await repository.get(broadcast_id)
    assert found is not None
    return found


async def fresh(bot: RunningBot, broadcast: Broadcast) -> Broadcast:
    found = await BroadcastRepository(bot.services.db).get(broadcast.id)
    assert found is not None
    return found


class StandInCopies:
    """The delivery engine's answers about copies, as the tests set them (its seam:
    counts, not_reached, cancel)."""

    def __init__(self, bot: RunningBot) -> None:
        self._repository = BroadcastRepository(bot.services.db)
        self.counted: dict[int, BroadcastCounts] = {}
        self.missed: dict[int, list[tuple[str, str]]] = {}

    async def counts(self, broadcast_id: int) -> BroadcastCounts:
        return self.counted.get(broadcast_id, BroadcastCounts())

    async def not_reached(self, broadcast_id: int) -> list[tuple[str, str]]:
        return self.missed.get(broadcast_id, [])

    async def cancel(self, broadcast_id: int, by: int) -> bool:
        return await self._repository.move(
            broadcast_id, (BroadcastState.SENDING,), BroadcastState.CANCELLED
        )


class StandInScheduling:
    """The broadcasts service's changes before a broadcast starts (its seam)."""

    def __init__(self, bot: RunningBot) -> None:
        self._db = bot.services.db
        self._repository = BroadcastRepository(bot.services.db)

    async def reschedule(self, broadcast_id: int, by: int, send_at: datetime) -> bool:
        changed = await self._db.execute(
            "UPDATE broadcasts SET send_at = ? WHERE id = ? AND state = 'scheduled'",
            (to_db_time(send_at), broadcast_id),
        )
        return changed == 1

    async def cancel_scheduled(self, broadcast_id: int, by: int) -> bool:
        unstarted = (BroadcastState.SCHEDULED, BroadcastState.AWAITING_APPROVAL)
        return await self._repository.move(broadcast_id, unstarted, BroadcastState.CANCELLED)


def stand_ins(bot: RunningBot) -> StandInCopies:
    """The other parts' seams, in place of what wiring gives until they are merged."""
    copies = StandInCopies(bot)
    history = bot.services.broadcast_history
    history.copies = copies
    history.scheduling = StandInScheduling(bot)
    return copies
