"""The delivery engine of broadcasts, through the real Application against the fake Telegram
server: each member gets one copy, the gate decides who may, Telegram's answers are honoured."""

from __future__ import annotations

import asyncio

from storage.broadcasts import BroadcastCounts, BroadcastState
from tests.support.broadcast_members import copies_of, new_broadcast, seed_members
from tests.support.harness import RunningBot

MARK = "Sabato si pulisce il parco"


async def delivered(bot: RunningBot, broadcast_id: int, timeout: float = 30.0) -> BroadcastCounts:
    """Wait until its loop has nothing left to do now; the copies' counts."""
    delivery = bot.services.broadcast_delivery
    async with asyncio.timeout(timeout):
        await delivery.settled(broadcast_id)
    return await delivery.counts(broadcast_id)


async def state_of(bot: RunningBot, broadcast_id: int) -> str:
    broadcast = await bot.services.broadcast_delivery.broadcasts.get(broadcast_id)
    assert broadcast is not None
    return broadcast.state


async def test_each_member_gets_one_copy_and_the_broadcast_is_done(bot: RunningBot) -> None:
    users = await seed_members(bot.services.db, bot.server, bot.clock, 5)
    broadcast_id = await new_broadcast(bot.services.db, bot.clock)
    await bot.services.broadcast_delivery.launch(broadcast_id, [user.id for user in users])
    counts = await delivered(bot, broadcast_id)
    assert counts.total == counts.sent == 5
    assert set(copies_of(bot.server, MARK, users).values()) == {1}
    assert users[0].all_messages[-1].text == "Ciao! Sabato si pulisce il parco."
    assert await state_of(bot, broadcast_id) == BroadcastState.DONE
    # A second launch changes nothing and sends nothing.
    await bot.services.broadcast_delivery.launch(broadcast_id, [user.id for user in users])
    assert await delivered(bot, broadcast_id) == counts
    assert set(copies_of(bot.server, MARK, users).values()) == {1}
