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
import dataclasses
import json
import os
import random
import resource
import statistics
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from datetime import UTC, date, datetime, timedelta
from datetime import time as clock_time
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram_test_server import ApiCall, FakeTelegram

from bench.matching import synthetic_members
from bench.synthetic import (
    TaskRow,
    grant_consents,
    insert_going,
    insert_members,
    insert_open_events,
    insert_pending_tasks,
)
from bot.app import TASK_JOB_NAME, build_application
from bot.core.clock import FakeClock
from bot.core.i18n import Translator
from bot.core.settings import Settings
from bot.domain.age_gate import ADULT_AGE
from bot.domain.birth_month import BirthMonth
from bot.domain.reminder_plan import plan
from bot.services.event_notices import REMINDER
from bot.services.events import ChangeResult
from bot.services.notifications import Offline
from bot.wiring import Services, open_database, open_services
from handlers.kit.context import BotApplication
from storage.db import to_db_time
from storage.events import NewEvent

SEED = 20261130
TOKEN = "123456:BENCH-token"
ROOT = Path(__file__).resolve().parents[1]
FULL = "reminders.sqlite3"
EMPTY = "empty.sqlite3"
PLAN = "world.json"
COORDINATOR = 1
FIRST_MEMBER = 1000
OFFSETS = (1440, 60)  # minutes: 24h and 1h before
BUSY_HOUR = clock_time(18, 0)  # local start of the events whose reminders are made due
START_TARGET = 3.0  # seconds
RSS_TARGET = 200  # MB
WORKERS = 4  # TaskDispatcher's default


def peak_rss_mb(pid: int | None = None) -> float:
    """VmHWM of a process. ru_maxrss would not do for the bot's process: Linux also counts the
    pages of the parent that spawned it, held until exec."""
    status = Path(f"/proc/{pid or 'self'}/status")
    if status.exists():
        for row in status.read_text().splitlines():
            if row.startswith("VmHWM:"):
                return int(row.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def percentile(times: list[float], p: float) -> float:
    ordered = sorted(times)
    return ordered[min(len(ordered) - 1, int(p / 100 * len(ordered)))]


def line(name: str, times: list[float]) -> str:
    return (
        f"{name:<44} p50 {statistics.median(times):7.2f} ms   p99 {percentile(times, 99):7.2f} ms"
    )


def settings_for(database: Path, api_url: str) -> dict[str, str]:
    return {
        "BOT_TOKEN": TOKEN,
        "TELEGRAM_API_URL": api_url,
        "DATABASE_PATH": str(database),
        "ADMIN_IDS": str(COORDINATOR),
        "LOG_LEVEL": "WARNING",
        "RATE_LIMIT_PER_SECOND": "0",
    }


def bot_env() -> dict[str, str]:
    return {**os.environ, "PTB_TIMEDELTA": "1"}


# --- synthetic data (this process) ---------------------------------------------------------------


@dataclasses.dataclass
class World:
    now: datetime
    busy_start: datetime  # when the busy events start
    busy_events: list[int]
    other_events: list[int]
    going: dict[int, list[int]]  # event id -> member ids
    per_event: int
    reminders: int

    @property
    def busy_due(self) -> datetime:
        return self.busy_start - timedelta(minutes=OFFSETS[0])


def local(day: date, at: clock_time, zone: ZoneInfo) -> datetime:
    return datetime.combine(day, at, tzinfo=zone).astimezone(UTC)


def synthetic_events(
    rng: random.Random, count: int, busy: int, today: date, zone: ZoneInfo
) -> tuple[list[NewEvent], datetime]:
    """`busy` events at BUSY_HOUR the day after tomorrow (their 24h reminders are due tomorrow
    at that hour, before any other), the rest from 3 to 30 days ahead, 09:00 to 22:30."""
    busy_start = local(today + timedelta(days=2), BUSY_HOUR, zone)
    events = []
    for number in range(count):
        if number < busy:
            starts = busy_start
        else:
            day = today + timedelta(days=rng.randint(3, 30))
            starts = local(day, clock_time(rng.randint(9, 22), rng.choice((0, 30))), zone)
        events.append(
            NewEvent(
                title=f"Evento {number:05d}",
                description="Un evento sintetico per il benchmark.",
                starts_at=starts,
                duration_minutes=90,
                place="Torino, via Roma 1",
                link=None,
                capacity=None,
                project_id=None,
                min_age=None,
                max_age=None,
                reminder_minutes=OFFSETS,
            )
        )
    return events, busy_start


async def build_world(
    services: Services, rng: random.Random, events: int, per_event: int, members: int, due: int
) -> World:
    now = services.clock.now()
    zone = services.settings.zone
    busy = min(due // per_event, events)
    births: dict[int, tuple[int, int]] = {}
    for first in range(0, members, 10_000):  # in chunks: the rows are big Python objects
        rows = synthetic_members(rng, min(10_000, members - first), FIRST_MEMBER + first)
        await insert_members(services.db, rows, now)
        births.update((row[0], (row[1], row[2])) for row in rows)
    await grant_consents(services.db, births, "reminders", now)

    new_events, busy_start = synthetic_events(rng, events, busy, now.astimezone(zone).date(), zone)
    ids = await insert_open_events(services.db, new_events, COORDINATOR, now)
    member_ids = list(births)
    going = {event_id: rng.sample(member_ids, per_event) for event_id in ids}
    await insert_going(services.db, ((e, m) for e, ms in going.items() for m in ms), now)

    today = now.date()  # as EventService._is_minor sees it
    quiet = services.settings.quiet
    offsets = tuple(timedelta(minutes=m) for m in OFFSETS)

    def tasks() -> Iterator[TaskRow]:
        for event_id, new in zip(ids, new_events, strict=True):
            for member_id in going[event_id]:
                year, month = births[member_id]
                minor = BirthMonth(year, month).youngest_age_on(today) < ADULT_AGE
                for planned in plan(new.starts_at, offsets, minor=minor, quiet=quiet, zone=zone):
                    minutes = int(planned.offset.total_seconds() // 60)
                    payload = {"event": event_id, "minutes": minutes, "revision": 0}
                    key = f"reminder:{event_id}:r0:{member_id}:{minutes}"
                    yield REMINDER.name, payload, planned.send_at, member_id, key

    await insert_pending_tasks(services.db, tasks(), now)
    return World(
        now=now,
        busy_start=busy_start,
        busy_events=ids[:busy],
        other_events=ids[busy:],
        going=going,
        per_event=per_event,
        reminders=len(ids) * per_event * len(OFFSETS),
    )


async def check_sample(services: Services, world: World, rng: random.Random) -> None:
    """The bulk-loaded tasks are what EventService would have scheduled (keys and due times)."""
    events = world.busy_events[:5] + rng.sample(
        world.other_events, min(45, len(world.other_events))
    )
    for event_id in events:
        event = await services.events.get(event_id)
        assert event is not None
        for member_id in world.going[event_id]:
            expected = {
                task.dedupe_key: to_db_time(task.due_at)
                for task in await services.event_notices.reminder_tasks(member_id, event)
            }
            rows = await services.db.fetch_all(
                "SELECT dedupe_key, due_at FROM tasks WHERE member_id = ? AND dedupe_key LIKE ?",
                (member_id, f"reminder:{event_id}:%"),
            )
            stored = {row["dedupe_key"]: row["due_at"] for row in rows}
            if stored != expected:
                raise SystemExit(f"bulk tasks differ from EventService's: {stored} {expected}")


async def load(settings: Settings, now: datetime, arguments: argparse.Namespace) -> World:
    rng = random.Random(SEED)
    services = await open_services(settings, FakeClock(now), Translator.load("it"), Offline())
    try:
        print(
            f"seed {SEED}: {arguments.events} events x {arguments.members_per_event} going ="
            f" {arguments.events * arguments.members_per_event * len(OFFSETS)} reminders"
            f" (24h and 1h before), {arguments.members} members"
        )
        began = time.perf_counter()
        world = await build_world(
            services,
            rng,
            arguments.events,
            arguments.members_per_event,
            arguments.members,
            arguments.due,
        )
        seconds = time.perf_counter() - began
        await check_sample(services, world, rng)
        pending = (await services.tasks._repository.count_by_state()).get("pending", 0)
    finally:
        await services.close()
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"synthetic data written in {seconds:.1f}s ({pending} pending tasks), RSS {rss:.0f} MB")
    return world


# --- 1. start as `python -m bot` (this process runs the fake server) ----------------------------


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
        result = await events.update(COORDINATOR, event_id, new)
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
