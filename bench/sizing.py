"""How big the database grows and what a backup costs, for the README's sizing figures.

Builds the synthetic world of bench.reminders at a few sizes (members, events, people going,
their reminder tasks), then measures the database file, the online backup of `python -m bot
backup` (storage/backup.py: SQLite's backup API plus an integrity check) and, as the baseline in
the same process, a plain file copy of the same database.

    python -m bench.sizing [--members 10000 50000] [--events-per-1000 100]
"""

from __future__ import annotations

import argparse
import asyncio
import random
import shutil
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from bench.reminders_common import settings_for
from bench.reminders_world import SEED, build_world
from bot.core.clock import FakeClock
from bot.core.i18n import Translator
from bot.core.settings import Settings
from bot.services.notifications import Offline
from bot.wiring import open_services
from storage.backup import back_up

MEMBERS_PER_EVENT = 10


async def _fill(database: Path, members: int, events: int) -> None:
    settings = Settings.from_mapping(settings_for(database, "http://127.0.0.1:9"))
    now = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
    services = await open_services(settings, FakeClock(now), Translator.load("it"), Offline())
    try:
        await build_world(services, random.Random(SEED), events, MEMBERS_PER_EVENT, members, 0)
        await services.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        await services.close()


def _timed(step: Callable[[], object]) -> float:
    began = time.perf_counter()
    step()
    return time.perf_counter() - began


def measure(folder: Path, members: int, events: int) -> None:
    database = folder / f"size-{members}.sqlite3"
    asyncio.run(_fill(database, members, events))
    size = database.stat().st_size
    copy_seconds = _timed(lambda: shutil.copyfile(database, folder / f"plain-{members}"))
    backup_seconds = _timed(
        lambda: back_up(database, folder / f"backup-{members}.sqlite3", datetime.now(UTC))
    )
    print(
        f"{members:>7,} members, {events:,} events, {events * MEMBERS_PER_EVENT * 2:,} reminders:"
        f" database {size / 1e6:.1f} MB ({size / members / 1024:.1f} KB a member);"
        f" backup {backup_seconds:.2f} s (plain copy {copy_seconds:.3f} s,"
        f" ratio {backup_seconds / max(copy_seconds, 1e-6):.0f})"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--members", type=int, nargs="+", default=[10_000, 50_000])
    parser.add_argument("--events-per-1000", type=int, default=100)
    arguments = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        for members in arguments.members:
            measure(Path(folder), members, members * arguments.events_per_1000 // 1000)


if __name__ == "__main__":
    main()
