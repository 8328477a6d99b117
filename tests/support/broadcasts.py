"""Broadcasts for tests about what their sender sees: written straight to the database, as the
compose and delivery parts would leave them."""

from __future__ import annotations

from datetime import datetime

from storage.broadcasts import Broadcast, BroadcastContent, BroadcastRepository, BroadcastState
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
