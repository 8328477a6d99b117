"""A broadcast across SIGKILL: `python -m bot` killed while copies go out (the fake server answers
sendMessage slowly), then started again. It finishes by itself, nobody gets a second copy, and
the copies in flight at the kill are recorded as `unknown` and never sent again (at most once)."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from telegram_test_server import FakeTelegram

from bot.core.clock import SystemClock
from bot.core.settings import Settings
from bot.wiring import open_database
from storage.broadcast_queue import BroadcastQueue
from storage.db import Database
from tests.support.bot_process import BotProcess, wait_at_server
from tests.support.broadcast_members import copies_of, new_broadcast, seed_members

MEMBERS = 120
LATENCY = 0.1  # seconds per sendMessage
MARK = "Sabato si pulisce il parco"


def _copies(server: FakeTelegram) -> int:
    return sum(1 for call in server.calls_to("sendMessage") if MARK in str(call.params))


def _copy_in_flight(server: FakeTelegram) -> bool:
    return any(MARK in str(call.params) for call in server.in_flight)


async def _states(db: Database, broadcast_id: int) -> dict[str, int]:
    rows = await db.fetch_all(
        "SELECT state, COUNT(*) AS n FROM broadcast_recipients WHERE broadcast_id = ?"
        " GROUP BY state",
        (broadcast_id,),
    )
    return {row["state"]: int(row["n"]) for row in rows}


async def test_killed_half_way_it_finishes_after_a_restart_with_no_duplicates(
    server: FakeTelegram,
    bot_process: BotProcess,
    make_settings: Callable[..., Settings],
) -> None:
    settings = make_settings(TELEGRAM_API_URL=server.api_url)
    clock = SystemClock()
    db = await open_database(settings, clock)
    try:
        users = await seed_members(db, server, clock, MEMBERS)
        broadcast_id = await new_broadcast(db, clock)
        # Approved and started, as the compose part leaves it; the bot is down.
        assert await BroadcastQueue(db).start(broadcast_id, [u.id for u in users], clock.now())
    finally:
        await db.close()
    server.set_latency("sendMessage", LATENCY)

    await bot_process.start()
    await wait_at_server(
        server,
        bot_process,
        lambda s: _copies(s) >= MEMBERS // 2 and _copy_in_flight(s),
        "half the copies, one in flight",
    )
    await bot_process.kill()
    await server.wait_until(lambda s: not _copy_in_flight(s), timeout=15)
    before = _copies(server)
    assert before < MEMBERS

    await bot_process.start()
    await bot_process.wait_for_log("ready: @", timeout=30)
    db = await Database.open(Path(bot_process.env["DATABASE_PATH"]))
    try:
        deadline = time.monotonic() + 45
        while (states := await _states(db, broadcast_id)).get("pending") or states.get("sending"):
            if time.monotonic() > deadline:
                pytest.fail(f"copies still to send: {states}\n{bot_process.this_run()}")
            await asyncio.sleep(0.1)
        code, _ = await bot_process.stop()
        assert code == 0
        state = await db.fetch_one("SELECT state FROM broadcasts WHERE id = ?", (broadcast_id,))
        unknown_rows = await db.fetch_all(
            "SELECT member_id FROM broadcast_recipients WHERE broadcast_id = ?"
            " AND state = 'unknown'",
            (broadcast_id,),
        )
    finally:
        await db.close()

    log = bot_process.log()
    assert "Traceback" not in log
    assert " ERROR " not in log
    assert state is not None
    assert state["state"] == "done"
    unknown = {row["member_id"] for row in unknown_rows}
    assert states == {"sent": MEMBERS - len(unknown), "unknown": len(unknown)}
    assert 1 <= len(unknown) <= 8  # the copies in flight at the kill, at most
    assert f"{len(unknown)} broadcast copies were in flight at the last stop" in log
    got = copies_of(server, MARK, users)
    assert max(got.values()) == 1  # nobody twice
    # Whoever got nothing was in flight at the kill (and recorded so), never forgotten.
    assert {member for member, count in got.items() if count == 0} <= unknown
