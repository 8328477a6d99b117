"""The bot side of bench.reminders, in a process of its own: start, throughput, reschedule."""

from __future__ import annotations

import asyncio
import collections
import dataclasses
import json
import random
import statistics
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup, Update

from bench.reminders_common import (
    EMPTY,
    FULL,
    PLAN,
    RSS_TARGET,
    WORKERS,
    line,
    peak_rss_mb,
    settings_for,
)
from bench.reminders_world import COORDINATOR, OFFSETS, SEED
from bot.app import TASK_JOB_NAME, build_application
from bot.core.clock import FakeClock
from bot.core.settings import Settings
from bot.services.event_notices import REMINDER
from bot.services.events import ChangeResult
from bot.wiring import Services
from handlers.kit.context import BotApplication


async def start_application(settings: Settings, clock: FakeClock) -> BotApplication:
    """What run_polling does in `python -m bot`, with the loop owned by the caller."""
    application = build_application(settings, clock)
    await application.initialize()
    assert application.post_init is not None
    assert application.updater is not None
    await application.post_init(application)
    await application.updater.start_polling(timeout=2, allowed_updates=Update.ALL_TYPES)
    await application.start()
    return application


async def stop_application(application: BotApplication) -> None:
    assert application.updater is not None
    await application.updater.stop()
    await application.stop()
    assert application.post_shutdown is not None
    await application.post_shutdown(application)
    await application.shutdown()


async def timed_start(settings: Settings, clock: FakeClock) -> tuple[BotApplication, float]:
    began = time.perf_counter()
    application = await start_application(settings, clock)
    return application, time.perf_counter() - began


async def ask(question: str) -> str:
    """One line to the driving process, one line back."""
    print(question, flush=True)
    answer: str = await asyncio.to_thread(sys.stdin.readline)
    return answer.strip()


async def run_all_due(services: Services) -> int:
    ran = 0
    while count := await services.tasks.run_due():
        ran += count
    return ran


async def send_plainly(bot: Bot, messages: list[tuple[int, str, InlineKeyboardMarkup]]) -> None:
    """The baseline: the same messages, WORKERS at a time, no database."""
    queue = collections.deque(messages)

    async def worker() -> None:
        while queue:
            chat_id, text, markup = queue.popleft()
            await bot.send_message(chat_id, text, reply_markup=markup)

    await asyncio.gather(*(worker() for _ in range(WORKERS)))


def markup_of(raw: dict[str, Any]) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        [
            [InlineKeyboardButton(b["text"], callback_data=b["callback_data"]) for b in row]
            for row in raw["inline_keyboard"]
        ]
    )


async def throughput(application: BotApplication, clock: FakeClock, world: dict[str, Any]) -> None:
    services = application.bot_data.services
    busy_due = datetime.fromisoformat(world["busy_due"])
    # Whatever else falls due before the busy hour (the nightly retention run) goes first.
    clock.set(busy_due - timedelta(minutes=1))
    before = await run_all_due(services)
    clock.set(busy_due)
    await ask("@throughput")
    began = time.perf_counter()
    ran = await run_all_due(services)
    ours = time.perf_counter() - began
    rss = peak_rss_mb()
    print(f"-- throughput: {ran} reminders due at once ({world['busy_events']} events)")
    if before:
        print(f"(first, untimed: {before} other task(s) due earlier, e.g. the nightly retention)")
    print(
        f"ours: the dispatcher, {WORKERS} workers      {ran / ours:7.1f} reminders/s"
        f"   ({ran} in {ours:.2f}s)",
        flush=True,
    )
    # The fake server checks them and hands back what it received, for the baseline.
    received = Path(await ask(f"@sent {ran}"))
    messages = [
        (chat, text, markup_of(raw)) for chat, text, raw in json.loads(received.read_text())
    ]
    began = time.perf_counter()
    await send_plainly(application.bot, messages)
    baseline = time.perf_counter() - began
    print(
        f"baseline: bot.send_message, {WORKERS} workers {len(messages) / baseline:7.1f} messages/s"
        f"   ({len(messages)} in {baseline:.2f}s)"
    )
    print(f"ratio ours/baseline: {baseline / ours:.2f}")
    print(f"peak RSS of the bot process after sending them: {rss:.0f} MB")


async def reschedule(
    services: Services, world: dict[str, Any], rng: random.Random, moves: int, batch: int
) -> None:
    events = services.events
    other: list[int] = world["other_events"]
    chosen = rng.sample(other, min(moves + batch, len(other)))
    singles, batched = chosen[:moves], chosen[moves:]

    async def change(event_id: int, delta: timedelta) -> float:
        event = await events.get(event_id)
        assert event is not None
        if delta:
            new = dataclasses.replace(event, starts_at=event.starts_at + delta)
        else:
            new = dataclasses.replace(event, description=event.description + " Aggiornato.")
        began = time.perf_counter()
        result, _ = await events.update(COORDINATOR, event_id, new)
        elapsed = (time.perf_counter() - began) * 1000
        if result is not ChangeResult.SAVED:
            raise SystemExit(f"event {event_id} not saved: {result}")
        return elapsed

    same_time = [await change(event_id, timedelta(0)) for event_id in singles]
    moved = [await change(event_id, timedelta(days=1)) for event_id in singles]
    began = time.perf_counter()
    for event_id in batched:
        await change(event_id, timedelta(days=1))
    batch_seconds = time.perf_counter() - began

    # Every moved event: its old reminders cancelled, the new ones pending under revision 1.
    marks = ",".join("?" * len(chosen))
    row = await services.db.fetch_one(
        "SELECT count(*) FILTER (WHERE dedupe_key LIKE 'reminder:%:r1:%') AS new,"
        " count(*) FILTER (WHERE dedupe_key LIKE 'reminder:%:r0:%') AS old FROM tasks"
        f" WHERE kind = ? AND state = 'pending' AND json_extract(payload, '$.event') IN ({marks})",
        (REMINDER.name, *chosen),
    )
    assert row is not None
    reminders = world["per_event"] * len(OFFSETS)
    if row["new"] != len(chosen) * reminders or row["old"] != 0:
        raise SystemExit(f"reminders not moved: {row['new']} new, {row['old']} old")

    print(
        f"-- reschedule: one event a day later ({world['per_event']} going, {reminders} reminders)"
    )
    print(line("ours: new start (reminders moved, move told)", moved))
    print(line("baseline: same start (nothing moves)", same_time))
    print(
        f"ratio ours/baseline (p50): {statistics.median(moved) / statistics.median(same_time):.1f}"
    )
    print(
        f"batch: {len(batched)} events moved one after the other in {batch_seconds:.2f}s"
        f" = {len(batched) / batch_seconds:.0f} events/s,"
        f" {len(batched) * reminders / batch_seconds:.0f} reminders moved/s"
    )
    print(f"verified: {row['new']} reminders pending under the new times, none under the old")


async def bot_side(folder: Path) -> None:
    world = json.loads((folder / PLAN).read_text())
    now = datetime.fromisoformat(world["now"])
    settings = Settings.from_mapping(settings_for(folder / FULL, world["api_url"]))
    empty_settings = Settings.from_mapping(settings_for(folder / EMPTY, world["api_url"]))
    # A first start warms this process up (lazy imports, first connections): not measured.
    warm_up, _ = await timed_start(empty_settings, FakeClock(now))
    await stop_application(warm_up)
    baseline, in_empty = await timed_start(empty_settings, FakeClock(now))
    await stop_application(baseline)
    clock = FakeClock(now)
    application, in_full = await timed_start(settings, clock)
    try:
        print(
            f"in the bot process, imports done:    {in_full:.2f}s"
            f"   empty database: {in_empty:.2f}s   ratio {in_full / in_empty:.2f}"
        )
        print(f"peak RSS of the bot process once started: {peak_rss_mb():.0f} MB")
        services = application.bot_data.services
        job_queue = application.job_queue
        assert job_queue is not None
        jobs = [str(job.name) for job in job_queue.jobs()]
        pending = (await services.tasks._repository.count_by_state()).get("pending", 0)
        print(
            f"scheduler jobs in memory: {len(jobs)} ({', '.join(jobs)})"
            f" for {pending} pending tasks in SQLite",
            flush=True,
        )
        # From here the benchmark runs the dispatcher itself, on its own clock.
        for job in job_queue.get_jobs_by_name(TASK_JOB_NAME):
            job.schedule_removal()
        services.tasks.wake = None
        await asyncio.sleep(0.1)  # the run the job started at start-up ends

        await throughput(application, clock, world)
        rng = random.Random(SEED + 1)
        await reschedule(services, world, rng, world["moves"], world["batch"])
    finally:
        await stop_application(application)
    print(f"peak RSS of the bot process: {peak_rss_mb():.0f} MB (target {RSS_TARGET} MB;")
    print("the baseline's copies of the messages included)")


# --- this process: the fake server, and the bot's process driven --------------------------------
