"""The database itself: pragmas, file permissions, migrations, repositories, the audit log."""

from __future__ import annotations

import sqlite3
import stat
from pathlib import Path

import pytest

from bot.audit import AuditLog
from bot.clock import FakeClock
from storage.audit import AuditRepository
from storage.db import Database
from storage.members import MemberRepository
from storage.migrations import applied_versions, available_migrations, migrate
from storage.tasks import TaskRepository


async def test_pragmas(db: Database) -> None:
    async def pragma(name: str) -> object:
        row = await db.fetch_one(f"PRAGMA {name}")
        assert row is not None
        return row[0]

    assert await pragma("journal_mode") == "wal"
    assert await pragma("foreign_keys") == 1
    assert await pragma("busy_timeout") == 5000
    assert await pragma("secure_delete") == 1


async def test_files_are_readable_by_their_owner_only(db: Database, db_path: Path) -> None:
    await db.execute(
        "INSERT INTO members (telegram_id, created_at, last_seen_at) VALUES (1,'a','a')"
    )
    db.protect_files()
    for suffix in ("", "-wal", "-shm"):
        path = Path(f"{db_path}{suffix}")
        if path.exists():
            assert stat.S_IMODE(path.stat().st_mode) == 0o600, path
    assert stat.S_IMODE(db_path.parent.stat().st_mode) == 0o700


async def test_migrations_are_recorded_and_applied_once(db: Database, clock: FakeClock) -> None:
    expected = {migration.version for migration in available_migrations()}
    assert await applied_versions(db) == expected
    assert await migrate(db, clock.now()) == []


async def test_a_failed_migration_leaves_nothing_half_done(tmp_path: Path) -> None:
    database = await Database.open(tmp_path / "x.sqlite3")
    try:
        with pytest.raises(sqlite3.OperationalError):
            await database.executescript(
                "BEGIN; CREATE TABLE t (a); INSERT INTO nope VALUES (1); COMMIT;"
            )
        assert await database.fetch_one("SELECT name FROM sqlite_master WHERE name='t'") is None
    finally:
        await database.close()


async def test_member_language_survives_reopening(db_path: Path, clock: FakeClock) -> None:
    first = await Database.open(db_path)
    await migrate(first, clock.now())
    await MemberRepository(first).set_language(7, "en", clock.now())
    await first.close()
    second = await Database.open(db_path)
    assert await MemberRepository(second).language(7) == "en"
    await second.close()


async def test_erasing_a_member_takes_everything_hanging_off_them(
    db: Database, clock: FakeClock
) -> None:
    members = MemberRepository(db)
    await members.record_contact(7, "it", clock.now())
    await TaskRepository(db).add("notify", {}, clock.now(), clock.now(), member_id=7)
    audit = AuditLog(AuditRepository(db), clock)
    await audit.record(1, "member.viewed", 7)
    assert await members.erase(7)
    assert await members.get(7) is None
    assert await db.fetch_all("SELECT * FROM tasks") == []
    [entry] = await AuditRepository(db).recent()
    assert entry.action == "member.viewed"
    assert entry.actor_id == 1
    assert entry.subject_id is None  # the action stays, the person is gone


async def test_audit_log_is_append_only(db: Database, clock: FakeClock) -> None:
    audit = AuditLog(AuditRepository(db), clock)
    await audit.record(1, "role.granted", 2, role="moderator")
    clock.advance(minutes=1)
    await audit.record(None, "system.started")
    entries = await AuditRepository(db).recent()
    assert [e.action for e in entries] == ["system.started", "role.granted"]
    assert entries[1].details == {"role": "moderator"}
    assert entries[1].at < entries[0].at
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        await db.execute("UPDATE audit_log SET action = 'x'")
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        await db.execute("DELETE FROM audit_log")


async def test_unreachable_and_back(db: Database, clock: FakeClock) -> None:
    members = MemberRepository(db)
    await members.record_contact(9, "it", clock.now())
    assert await members.set_reachable(9, False)
    member = await members.get(9)
    assert member is not None
    assert not member.reachable
    member = await members.record_contact(9, "it", clock.now())
    assert member.reachable
    assert not await members.set_reachable(10, False)
