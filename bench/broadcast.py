"""Broadcast delivery through the whole stack: `python -m bot` (its own process) sends a
broadcast's copies to the in-process fake Bot API server, the database bookkeeping included.

Members are written straight into a fresh database (onboarded, announcements on) and the
broadcast is started there, as the compose part leaves it; the bot picks it up at start-up.

(a) RECIPIENTS_FAST copies, no pacing (BROADCAST_RATE=0), no limit at the server: copies a
    second, from the first copy's request until the database says the broadcast is done;
    target ≥ 500/s.
(b) RECIPIENTS_PACED copies at BROADCAST_RATE=30 (the server enforces 30/s and 1/s per chat):
    the achieved rate of copies and of every message (copies and answers), target ≥ 95% of
    30/s, and the busiest one-second window of messages Telegram saw, never above 30;
(c) during (b), a few people each send /help every INTERVAL seconds: the p50/p99 time from
    their message to the bot's answer.

    python -m bench.broadcast [--fast 20000] [--paced 2000]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import resource
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from telegram_test_server import ApiCall, FakeTelegram, FakeUser

from bot.core.clock import SystemClock
from bot.core.settings import Settings
from bot.wiring import open_database
from storage.broadcast_queue import BroadcastQueue
from storage.db import Database
from tests.support.broadcast_members import busiest_second, new_broadcast, seed_members

TOKEN = "123456:BENCH-token"
ROOT = Path(__file__).resolve().parents[1]
MARK = "Sabato si pulisce il parco"
ASKING = 4  # people asking for /help during the paced broadcast
INTERVAL = 2.0  # seconds between one person's /help and the next


async def _prepare(server: FakeTelegram, database: Path, recipients: int) -> int:
    settings = Settings.from_mapping(
        {"BOT_TOKEN": TOKEN, "DATABASE_PATH": str(database), "TELEGRAM_API_URL": server.api_url}
    )
    clock = SystemClock()
    db = await open_database(settings, clock)
    try:
        users = await seed_members(db, server, clock, recipients)
        broadcast_id = await new_broadcast(db, clock)
        await BroadcastQueue(db).start(broadcast_id, [user.id for user in users], clock.now())
    finally:
        await db.close()
    return broadcast_id


async def _done(database: Path, broadcast_id: int) -> bool:
    db = await Database.open(database)
    try:
        row = await db.fetch_one("SELECT state FROM broadcasts WHERE id = ?", (broadcast_id,))
    finally:
        await db.close()
    return row is not None and row["state"] == "done"


def _copies(server: FakeTelegram) -> list[ApiCall]:
    return [
        call
        for call in server.calls
        if call.method == "sendMessage" and call.ok and MARK in str(call.params.get("text", ""))
    ]


def _messages(server: FakeTelegram) -> list[ApiCall]:
    return [call for call in server.calls if call.method.startswith(("send", "edit"))]


def _more_than(seen: int) -> Callable[[FakeUser], bool]:
    return lambda user: len(user.messages) > seen


async def _asking(user: FakeUser, stop: Callable[[], bool], latencies: list[float]) -> None:
    await user.send("/start")
    await user.next_reply(timeout=30)
    while not stop():
        seen = len(user.messages)
        sent = time.perf_counter()
        await user.send("/help")
        await user.wait_until(_more_than(seen), timeout=30)
        latencies.append(time.perf_counter() - sent)
        await asyncio.sleep(INTERVAL)


async def _run(recipients: int, rate: float, asking: int) -> None:
    async with FakeTelegram(token=TOKEN) as server:
        if rate:
            server.set_rate_limit(30, 1)
        with tempfile.TemporaryDirectory() as folder:
            database = Path(folder) / "bench.sqlite3"
            broadcast_id = await _prepare(server, database, recipients)
            env = {
                "PATH": os.environ.get("PATH", ""),
                "PTB_TIMEDELTA": "1",
                "BOT_TOKEN": TOKEN,
                "DATABASE_PATH": str(database),
                "TELEGRAM_API_URL": server.api_url,
                "LOG_LEVEL": "WARNING",
                "TASK_POLL_SECONDS": "0.2",
                "QUIET_HOURS": "00:00-00:00",
                "BROADCAST_RATE": str(rate),
            }
            process = await asyncio.create_subprocess_exec(
                sys.executable, "-m", "bot", env=env, cwd=ROOT,
                stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.PIPE,
            )  # fmt: skip
            latencies: list[float] = []
            finished = False
            own_before = _cpu(resource.RUSAGE_SELF)
            children_before = _cpu(resource.RUSAGE_CHILDREN)
            try:
                people = [server.add_user(f"Asking{n}", language_code="en") for n in range(asking)]
                askers = [
                    asyncio.create_task(_asking(user, lambda: finished, latencies))
                    for user in people
                ]
                while not await _done(database, broadcast_id):  # noqa: ASYNC110 (another process)
                    await asyncio.sleep(0.1)
                ended = time.monotonic()
                finished = True
                await asyncio.gather(*askers)
            finally:
                process.terminate()
                _, err = await process.communicate()
            if process.returncode not in (0, -15):
                sys.stderr.write(err.decode())
            bot_cpu = _cpu(resource.RUSAGE_CHILDREN) - children_before
            server_cpu = _cpu(resource.RUSAGE_SELF) - own_before
        _report(server, recipients, rate, ended, latencies)
        print(f"    cpu: bot {bot_cpu:.1f} s (start-up included), fake server {server_cpu:.1f} s")


def _report(
    server: FakeTelegram, recipients: int, rate: float, ended: float, latencies: list[float]
) -> None:
    copies = _copies(server)
    first = min(call.started_at for call in copies)
    last = max(call.started_at for call in copies)
    refused = sum(1 for call in server.calls if call.status == 429)
    refused_copies = sum(
        1 for call in server.calls if call.status == 429 and MARK in str(call.params.get("text"))
    )
    if not rate:
        seconds = ended - first
        print(
            f"(a) {len(copies)} of {recipients} copies, no pacing: {seconds:.1f} s to done"
            f" = {len(copies) / seconds:.0f} copies/s (target ≥ 500/s)"
        )
        return
    messages = [call for call in _messages(server) if first <= call.started_at <= last]
    span = last - first
    print(
        f"(b) {len(copies)} of {recipients} copies at BROADCAST_RATE={rate:g}:"
        f" {(len(copies) - 1) / span:.2f} copies/s, {(len(messages) - 1) / span:.2f} messages/s"
        f" in all ({(len(messages) - 1) / span / rate:.1%} of {rate:g}/s);"
        f" busiest second: {busiest_second(messages)} messages; 429 answers: {refused}"
        f" ({refused_copies} to copies)"
    )
    ordered = sorted(latencies)
    if ordered:
        p50 = ordered[len(ordered) // 2] * 1000
        p99 = ordered[min(len(ordered) - 1, int(0.99 * len(ordered)))] * 1000
        print(
            f"(c) {len(ordered)} /help answered during (b): p50 {p50:.0f} ms, p99 {p99:.0f} ms,"
            f" slowest {ordered[-1] * 1000:.0f} ms"
        )


def _cpu(who: int) -> float:
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


async def main(fast: int, paced: int) -> None:
    await _run(fast, 0, 0)
    await _run(paced, 30, ASKING)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fast", type=int, default=20_000)
    parser.add_argument("--paced", type=int, default=2_000)
    arguments = parser.parse_args()
    asyncio.run(main(arguments.fast, arguments.paced))
