"""The synthetic world of bench.reminders: events, members going to them, and their reminder
tasks bulk-loaded as EventNotices would have scheduled them (checked on a sample)."""

from __future__ import annotations

import argparse
import dataclasses
import random
import resource
import time
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from datetime import time as clock_time
from zoneinfo import ZoneInfo

from bench.matching import synthetic_members
from bench.synthetic import (
    TaskRow,
    grant_consents,
    insert_going,
    insert_members,
    insert_open_events,
    insert_pending_tasks,
)
from bot.core.clock import FakeClock
from bot.core.i18n import Translator
from bot.core.settings import Settings
from bot.domain.age_gate import ADULT_AGE
from bot.domain.birth_month import BirthMonth
from bot.domain.reminder_plan import plan
from bot.services.event_notices import REMINDER
from bot.services.notifications import Offline
from bot.wiring import Services, open_services
from storage.db import to_db_time
from storage.events import NewEvent

SEED = 20261130
COORDINATOR = 1
FIRST_MEMBER = 1000
OFFSETS = (1440, 60)  # minutes: 24h and 1h before
BUSY_HOUR = clock_time(18, 0)  # local start of the events whose reminders are made due


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
        births.update((row.member_id, (row.birth_year, row.birth_month)) for row in rows)
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
