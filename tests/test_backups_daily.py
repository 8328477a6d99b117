"""The daily backup: at its hour on the test clock, owner-only and whole, BACKUP_KEEP of its own
files kept and nothing else in the folder touched; a failure told to the admins once; the
erasure ledger written at each erasure and trimmed to what the kept backups need."""

from __future__ import annotations

import logging
import sqlite3
from contextlib import closing
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from bot.core.clock import FakeClock
from bot.domain.backup_rotation import beyond_keep, day_of, ledger_horizon
from storage.erasure_ledger import Erasure, LedgerFile, ledger_beside
from tests.support.harness import RunningBot
from tests.test_onboarding_flow import say
from tests.test_privacy_rights import member

ADMIN = 4242
# The test clock starts on 2026-01-15 at 10:00 in Rome; the backup is due at 03:00 in Rome.
FIRST_NIGHT = datetime(2026, 1, 16, 2, 0, tzinfo=UTC)


def backups_of(folder: Path) -> list[str]:
    return sorted(entry.name for entry in folder.iterdir())


async def night(bot: RunningBot, clock: FakeClock, at: datetime = FIRST_NIGHT) -> None:
    clock.set(at)
    await bot.run_due_tasks()


def test_only_our_own_names_count_and_the_oldest_go_first() -> None:
    names = [
        "genc-2026-01-03.sqlite3",
        "genc-2026-01-01.sqlite3",
        "genc-2026-01-02.sqlite3",
        "genc-2026-02-30.sqlite3",  # no such day: not ours
        "genc-latest.sqlite3",
        "notes.txt",
        "genc-2026-01-01.sqlite3.bak",
    ]
    assert day_of("genc-2026-01-03.sqlite3") == date(2026, 1, 3)
    assert day_of("genc-2026-02-30.sqlite3") is None
    assert beyond_keep(names, 2) == ["genc-2026-01-01.sqlite3"]
    assert beyond_keep(names, 5) == []
    assert beyond_keep(names, 0) == sorted(names[:3])


def test_the_ledger_outlives_the_oldest_kept_backup() -> None:
    today = date(2026, 1, 20)
    # Seven kept, all recent: seven days back, and the margin.
    assert ledger_horizon([date(2026, 1, 14 + n) for n in range(7)], today, 7) == date(2026, 1, 11)
    # A copy older than BACKUP_KEEP days (nights failed since): it counts.
    assert ledger_horizon([date(2026, 1, 2), date(2026, 1, 20)], today, 7) == date(2025, 12, 31)
    assert ledger_horizon([], today, 3) == date(2026, 1, 15)


@pytest.mark.bot_settings(BACKUP_KEEP="3")
async def test_the_backup_is_taken_at_its_hour_whole_and_owner_only(
    bot: RunningBot, clock: FakeClock, db_path: Path
) -> None:
    folder = db_path.parent / "backups"
    await member(bot, "Rita")
    await night(bot, clock, FIRST_NIGHT - timedelta(minutes=1))
    assert not folder.exists()
    await night(bot, clock)
    assert backups_of(folder) == ["genc-2026-01-16.sqlite3"]
    copy = folder / "genc-2026-01-16.sqlite3"
    assert folder.stat().st_mode & 0o777 == 0o700
    assert copy.stat().st_mode & 0o777 == 0o600
    with closing(sqlite3.connect(copy)) as opened:
        assert opened.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert opened.execute("SELECT count(*) FROM members").fetchone() == (1,)
        (taken,) = opened.execute("SELECT taken_at FROM backup_taken").fetchone()
    assert taken.startswith("2026-01-16T02:00")
    # The live database never says it is a backup.
    live = await bot.services.db.fetch_all("SELECT * FROM backup_taken")
    assert live == []
    # One a day: the next is due the next night, not before.
    await night(bot, clock, FIRST_NIGHT + timedelta(hours=12))
    assert backups_of(folder) == ["genc-2026-01-16.sqlite3"]
    await night(bot, clock, FIRST_NIGHT + timedelta(days=1))
    assert backups_of(folder) == ["genc-2026-01-16.sqlite3", "genc-2026-01-17.sqlite3"]


@pytest.mark.bot_settings(BACKUP_KEEP="2")
async def test_only_the_newest_of_its_own_files_stay_and_others_are_left_alone(
    bot: RunningBot, clock: FakeClock, db_path: Path
) -> None:
    folder = db_path.parent / "backups"
    folder.mkdir()
    foreign = ["notes.txt", "genc-latest.sqlite3", "manual-2026-01-01.sqlite3"]
    for name in [*foreign, "genc-2026-01-10.sqlite3", "genc-2026-01-12.sqlite3"]:
        (folder / name).write_text("not ours to judge")
    await night(bot, clock)
    assert backups_of(folder) == sorted(
        [*foreign, "genc-2026-01-12.sqlite3", "genc-2026-01-16.sqlite3"]
    )
    assert all((folder / name).read_text() == "not ours to judge" for name in foreign)


@pytest.mark.bot_settings(BACKUP_KEEP="0")
async def test_backup_keep_zero_takes_no_daily_backup(bot: RunningBot, clock: FakeClock) -> None:
    scheduled = await bot.services.db.fetch_all("SELECT * FROM tasks WHERE kind = 'daily_backup'")
    assert scheduled == []
    await night(bot, clock)
    assert not bot.services.settings.backup_folder.exists()


@pytest.mark.expect_bot_errors
@pytest.mark.bot_settings(ADMIN_IDS=str(ADMIN))
async def test_a_failed_backup_is_logged_and_told_to_the_admins_once(
    bot: RunningBot, clock: FakeClock, db_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    admin = bot.server.add_user("Ada", language_code="en", user_id=ADMIN)
    await say(admin, "/start")
    rita = await member(bot, "Rita")
    # A file where the folder should be: nothing can be written there (as root too).
    blocked = db_path.parent / "backups"
    blocked.write_text("a file, not a folder")
    sent_before = len(admin.messages)
    with caplog.at_level(logging.INFO):
        await night(bot, clock)
        await bot.run_due_tasks()  # nothing more the same night
    told = admin.messages[sent_before:]
    assert len(told) == 1
    assert (told[0].text or "").startswith("⚠️ Tonight's backup of the database (2026-01-16)")
    assert f"Why: {blocked} is a file, not a folder" in (told[0].text or "")
    errors = [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR]
    assert len(errors) == 1
    assert "daily backup of 2026-01-16" in errors[0]
    assert "the next try is tomorrow at 03:00" in errors[0]
    assert "Rita" not in caplog.text
    assert str(rita.id) not in caplog.text
    # The next night tries again, and a success is one INFO line.
    blocked.unlink()
    caplog.clear()
    with caplog.at_level(logging.INFO):
        await night(bot, clock, FIRST_NIGHT + timedelta(days=1))
    assert backups_of(blocked) == ["genc-2026-01-17.sqlite3"]
    assert len(admin.messages) == sent_before + 1
    done = [r.getMessage() for r in caplog.records if "daily backup" in r.getMessage()]
    assert len(done) == 1
    assert done[0].startswith(f"daily backup: {blocked / 'genc-2026-01-17.sqlite3'}")


@pytest.mark.bot_settings(BACKUP_KEEP="7")
async def test_an_erasure_is_in_the_ledger_at_once_and_forgotten_after_the_backups(
    bot: RunningBot, clock: FakeClock, db_path: Path
) -> None:
    ledger = LedgerFile(ledger_beside(db_path))
    old = Erasure(datetime(2025, 11, 1, tzinfo=UTC), "0" * 64)
    ledger.append(old, bot.services.erasures.hasher.key_check())
    rita = await member(bot, "Rita")
    warning = await say(rita, "/deleteme")
    await rita.press("🗑️ Yes, delete everything", message=warning)
    await bot.server.wait_until(lambda _: warning.edits == 1)
    text = ledger.path.read_text()
    assert ledger.path.stat().st_mode & 0o777 == 0o600
    assert str(rita.id) not in text  # only its keyed hash
    erasures = ledger.read().erasures
    assert [e.hashed_id for e in erasures] == [
        "0" * 64,
        bot.services.erasures.hasher.of_id(rita.id),
    ]
    assert erasures[1].at == clock.now()
    await night(bot, clock)
    # November's erasure is older than any kept backup could be: gone; today's stays.
    assert [e.hashed_id for e in ledger.read().erasures] == [erasures[1].hashed_id]
