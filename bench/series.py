"""Repeating events at scale: what a series costs the lists members and organisers open.

Every date of a series is an event row of its own (so answers, reminders and the waitlist work
per date), and /events, /manageevents and /myevents show a series once, at its next date, by a
correlated subquery (`storage/events.py:series_once`). This measures that choice against the
same number of rows as single events, in the same process:

1. /events' first page (5 a page) for a member, SERIES weekly series of DATES dates each,
   against SERIES x DATES single events (the baseline: no grouping to do);
2. /manageevents' first page for an admin (everyone's events), the same two worlds;
3. publishing one series of 100 dates (one transaction) against publishing 100 single events
   one by one, as a coordinator had to before.

Prints p50/p99 in ms and the ratio to the baseline.

    python -m bench.series [--series 200] [--dates 13] [--runs 200]
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import tempfile
import time
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from bot.core.clock import FakeClock
from bot.core.i18n import Translator
from bot.core.settings import Settings
from bot.domain.recurrence import Frequency, Rule
from bot.services.notifications import Offline
from bot.wiring import Services, open_services
from storage.events import EventRepository, NewEvent

NOW = datetime(2026, 12, 5, 10, tzinfo=UTC)
COORDINATOR = 1
MEMBER = 10
AGE = 17


def template(number: int) -> NewEvent:
    return NewEvent(
        title=f"Incontro {number:05d}",
        description="Un incontro sintetico per il benchmark.",
        starts_at=NOW + timedelta(days=5),
        duration_minutes=90,
        place="Torino",
        link=None,
        capacity=30,
        project_id=None,
        min_age=None,
        max_age=None,
        reminder_minutes=(1440, 60),
    )


def weekly(number: int, dates: int) -> Rule:
    first = datetime(2026, 12, 7, 17, 0) + timedelta(days=number % 7, minutes=number % 60)
    return Rule(Frequency.WEEKLY, first, count=dates)


async def timed(run: Callable[[], Awaitable[object]], runs: int) -> list[float]:
    await run()  # the first read warms SQLite's page cache, as a running bot's is
    took = []
    for _ in range(runs):
        began = time.perf_counter()
        await run()
        took.append((time.perf_counter() - began) * 1000)
    return took


def figures(took: list[float]) -> tuple[float, float]:
    ordered = sorted(took)
    return statistics.median(ordered), ordered[int(len(ordered) * 0.99) - 1]


async def world(folder: Path, name: str) -> Services:
    settings = Settings.from_mapping(
        {
            "BOT_TOKEN": "123456:BENCH-token",
            "DATABASE_PATH": str(folder / f"{name}.sqlite3"),
            "ADMIN_IDS": str(COORDINATOR),
            "LOG_LEVEL": "WARNING",
        }
    )
    return await open_services(settings, FakeClock(NOW), Translator.load("it"), Offline())


async def fill_series(services: Services, series: int, dates: int) -> None:
    for number in range(series):
        await services.event_series.create(COORDINATOR, weekly(number, dates), template(number))


async def fill_singles(services: Services, series: int, dates: int) -> None:
    rows = EventRepository(services.db)
    for number in range(series):
        first = weekly(number, dates).first.replace(tzinfo=services.settings.zone)
        for week in range(dates):
            starts = first + timedelta(weeks=week)
            new = template(number)
            await rows.create(NewEvent(**{**new.__dict__, "starts_at": starts}), COORDINATOR, NOW)


def report(label: str, took: list[float], baseline: list[float]) -> None:
    p50, p99 = figures(took)
    base50, base99 = figures(baseline)
    print(
        f"{label}: p50 {p50:.2f} ms, p99 {p99:.2f} ms; single events p50 {base50:.2f} ms,"
        f" p99 {base99:.2f} ms; ratio p50 {p50 / base50:.2f}"
    )


async def publish(services: Services, dates: int, runs: int) -> tuple[list[float], list[float]]:
    series_took, singles_took = [], []
    rows = EventRepository(services.db)
    for run in range(runs):
        began = time.perf_counter()
        await services.event_series.create(COORDINATOR, weekly(run, dates), template(run))
        series_took.append((time.perf_counter() - began) * 1000)
        began = time.perf_counter()
        for week in range(dates):
            new = template(run)
            starts = new.starts_at + timedelta(weeks=week)
            await rows.create(NewEvent(**{**new.__dict__, "starts_at": starts}), COORDINATOR, NOW)
        singles_took.append((time.perf_counter() - began) * 1000)
    return series_took, singles_took


async def main(series: int, dates: int, runs: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        grouped = await world(Path(folder), "series")
        single = await world(Path(folder), "single")
        try:
            print(f"{series} weekly series of {dates} dates against {series * dates} events")
            await fill_series(grouped, series, dates)
            await fill_singles(single, series, dates)
            for label, read in (
                ("/events, first page", "member"),
                ("/manageevents, first page", "admin"),
            ):
                took = []
                for services in (grouped, single):
                    rows = EventRepository(services.db)

                    async def page(rows: EventRepository = rows, read: str = read) -> object:
                        if read == "member":
                            return await rows.upcoming_for(MEMBER, AGE, NOW, 5, 0)
                        return await rows.organised(None, NOW, 5, 0)

                    took.append(await timed(page, runs))
                report(label, took[0], took[1])
            series_took, singles_took = await publish(grouped, 100, max(runs // 20, 5))
            report("publishing 100 dates (one series vs 100 events)", series_took, singles_took)
        finally:
            await grouped.close()
            await single.close()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--series", type=int, default=200)
    parser.add_argument("--dates", type=int, default=13)
    parser.add_argument("--runs", type=int, default=200)
    arguments = parser.parse_args()
    asyncio.run(main(arguments.series, arguments.dates, arguments.runs))
