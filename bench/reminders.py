"""Event reminders at scale: start-up, sending and rescheduling, against the fake Bot API server.

Synthetic data with a fixed seed, bulk-loaded: EVENTS open events (no seat limit, reminders 24h
and 1h before), MEMBERS-PER-EVENT members going to each (MEMBERS members in all, profiles done,
reminders consented to), so 2 x EVENTS x MEMBERS-PER-EVENT pending reminder tasks in SQLite,
stored as EventService schedules them (checked on a sample). DUE of them belong to events that
all start at the same hour (a busy Saturday): part 2 makes exactly those due.

The fake server runs in this process; the bot runs in a process of its own (as in production),
so its memory and CPU are its own: `python -m bot` for the start-up, then this module with
--bot-side for the rest (a real Application built by bot.app, driven with a fake clock).

1. Start: from nothing to a ready Application (database, migrations, task recovery, retention,
   command menu; polling and the job queue started). `python -m bot` until its first
   getUpdates, and in the bot process with imports done (build_application, initialize,
   post_init, polling, start). Baseline: the same start on an empty database.
2. Throughput: the clock moves to the hour DUE reminders are due; the dispatcher runs them
   (each claimed, decided again, sent with the limiter off: RATE_LIMIT_PER_SECOND=0). The fake
   server checks that each reached its member exactly once. Baseline in the bot process: the
   same messages sent with bot.send_message by as many workers as the dispatcher has.
3. Reschedule: EventService.update moving one event by a day (its reminders cancelled and
   planned again, the move told to everyone going), p50/p99 over MOVES events, then BATCH
   other events one after the other. Baseline: the same update without a time change.

Prints times, ratios to the baselines, the bot process's peak memory (RSS), and the number of
scheduler jobs in memory next to the number of pending tasks.

    python -m bench.reminders [--events 5000] [--members-per-event 10] [--members 50000]
                              [--due 10000] [--moves 200] [--batch 500]
"""

from __future__ import annotations

import argparse
import asyncio
import collections
import json
import sys
import tempfile
import time
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from telegram_test_server import ApiCall, FakeTelegram

from bench.reminders_bot import bot_side
from bench.reminders_common import (
    EMPTY,
    FULL,
    PLAN,
    ROOT,
    START_TARGET,
    TOKEN,
    bot_env,
    peak_rss_mb,
    settings_for,
)
from bench.reminders_world import World, load
from bot.core.clock import FakeClock
from bot.core.settings import Settings
from bot.wiring import open_database


async def process_start(server: FakeTelegram, database: Path) -> tuple[float, float]:
    """`python -m bot` (real clock) until its first getUpdates: seconds, and its peak RSS then."""

    def polls(s: FakeTelegram) -> int:
        # A long poll is listed in `calls` once answered (when it times out): count those in
        # flight too.
        return len(s.calls_to("getUpdates")) + sum(c.method == "getUpdates" for c in s.in_flight)

    before = polls(server)
    began = time.perf_counter()
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        env={**bot_env(), **settings_for(database, server.api_url)},
        cwd=ROOT,
        stdout=asyncio.subprocess.DEVNULL,
        stderr=asyncio.subprocess.PIPE,
    )
    try:
        await server.wait_until(lambda s: polls(s) > before, 60)
        seconds = time.perf_counter() - began
        rss = peak_rss_mb(process.pid)
    finally:
        process.terminate()
        _, err = await process.communicate()
    if process.returncode not in (0, -15):
        sys.stderr.write(err.decode())
    return seconds, rss


# --- the bot's process: parts 1 (in-process start) to 3 ------------------------------------------


def check_reminders(calls: Sequence[ApiCall], world: World, ran: int) -> list[list[Any]]:
    """Each due reminder reached its member exactly once: the messages, for the baseline."""
    sent = [call for call in calls if call.method == "sendMessage" and call.ok]
    received = collections.Counter(
        (
            int(call.params["chat_id"]),
            call.params["reply_markup"]["inline_keyboard"][0][0]["callback_data"],
        )
        for call in sent
    )
    expected = collections.Counter(
        (member, f"ev:n:{event}:r") for event in world.busy_events for member in world.going[event]
    )
    if received != expected or ran != sum(expected.values()):
        raise SystemExit(
            f"reminders not sent exactly once: ran {ran}, {len(sent)} messages,"
            f" {sum(expected.values())} expected, {len(expected - received)} missing,"
            f" {len(received - expected)} extra"
        )
    print(f"verified by the fake server: each of the {ran} reached its member exactly once")
    return [
        [call.params["chat_id"], call.params["text"], call.params["reply_markup"]] for call in sent
    ]


async def drive(server: FakeTelegram, folder: Path, world: World, moves: int, batch: int) -> None:
    (folder / PLAN).write_text(
        json.dumps(
            {
                "now": world.now.isoformat(),
                "busy_due": world.busy_due.isoformat(),
                "busy_events": len(world.busy_events),
                "other_events": world.other_events,
                "per_event": world.per_event,
                "api_url": server.api_url,
                "moves": moves,
                "batch": batch,
            }
        )
    )
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bench.reminders",
        "--bot-side",
        str(folder),
        env=bot_env(),
        cwd=ROOT,
        stdin=asyncio.subprocess.PIPE,
        stdout=asyncio.subprocess.PIPE,
    )
    assert process.stdin is not None
    assert process.stdout is not None
    mark = 0
    finished = False
    try:
        async for raw in process.stdout:
            text = raw.decode().rstrip("\n")
            if text == "@throughput":
                mark = len(server.calls)
                answer = "go"
            elif text.startswith("@sent "):
                messages = check_reminders(server.calls[mark:], world, int(text.split()[1]))
                received = folder / "received.json"
                received.write_text(json.dumps(messages, ensure_ascii=False))
                answer = str(received)
            else:
                print(text, flush=True)
                continue
            process.stdin.write(f"{answer}\n".encode())
            await process.stdin.drain()
        finished = True
    finally:
        if not finished:
            process.terminate()
        code = await process.wait()
    if code != 0:
        raise SystemExit(f"the bot process failed (exit code {code})")


async def main(arguments: argparse.Namespace) -> None:
    # The data are relative to the hour of the run: `python -m bot` has the real clock, and none
    # of the reminders may be due for it.
    now = datetime.now(UTC).replace(minute=0, second=0, microsecond=0)
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        async with FakeTelegram(token=TOKEN) as server:
            settings = Settings.from_mapping(settings_for(folder / FULL, server.api_url))
            world = await load(settings, now, arguments)
            empty = Settings.from_mapping(settings_for(folder / EMPTY, server.api_url))
            await (await open_database(empty, FakeClock(now))).close()  # migrated, no rows
            # The members reminded in part 2 have started the bot.
            for event_id in world.busy_events:
                for member_id in world.going[event_id]:
                    if member_id not in server.state.users:
                        server.add_user(f"M{member_id}", user_id=member_id).started = True

            empty_seconds, _ = await process_start(server, folder / EMPTY)
            full_seconds, full_rss = await process_start(server, folder / FULL)
            print(f"-- start with {world.reminders} pending reminders (target {START_TARGET:g}s)")
            print(
                f"`python -m bot` to first getUpdates: {full_seconds:.2f}s"
                f"   empty database: {empty_seconds:.2f}s"
                f"   ratio {full_seconds / empty_seconds:.2f}"
            )
            print(f"peak RSS of `python -m bot` then: {full_rss:.0f} MB", flush=True)
            await drive(server, folder, world, arguments.moves, arguments.batch)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=5_000)
    parser.add_argument("--members-per-event", type=int, default=10)
    parser.add_argument("--members", type=int, default=50_000)
    parser.add_argument("--due", type=int, default=10_000, help="reminders made due at once")
    parser.add_argument("--moves", type=int, default=200, help="events moved one by one")
    parser.add_argument("--batch", type=int, default=500, help="events moved one after another")
    parser.add_argument("--bot-side", type=Path, help=argparse.SUPPRESS)
    arguments = parser.parse_args()
    if not 1 <= arguments.members_per_event <= min(arguments.members, arguments.due):
        parser.error("--members-per-event must be at least 1, at most --members and --due")
    if arguments.events < 2 or arguments.due >= arguments.events * arguments.members_per_event:
        parser.error("--events must hold the --due reminders and at least one event more")
    if arguments.bot_side:
        asyncio.run(bot_side(arguments.bot_side))
    else:
        asyncio.run(main(arguments))
