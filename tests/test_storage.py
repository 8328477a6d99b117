"""The database itself: pragmas, file permissions, migrations, repositories, the audit log."""

from __future__ import annotations

import asyncio
import sqlite3
import stat
from pathlib import Path

import pytest

from bot.core.audit import AuditLog
from bot.core.clock import FakeClock
from storage.audit import AuditRepository
from storage.db import Database
from storage.members import MemberRepository
from storage.migrations import applied_versions, available_migrations, migrate, statements
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


async def test_a_failed_transaction_leaves_nothing_half_done(db: Database) -> None:
    async def half_done() -> None:
        async with db.transaction() as tx:
            await tx.execute("CREATE TABLE t (a)")
            await tx.execute("INSERT INTO nope VALUES (1)")

    with pytest.raises(sqlite3.OperationalError):
        await half_done()
    assert await db.fetch_one("SELECT name FROM sqlite_master WHERE name = 't'") is None
    # The shared connection is usable again, outside any transaction.
    async with db.transaction() as tx:
        await tx.execute("CREATE TABLE t (a)")
    assert await db.fetch_one("SELECT name FROM sqlite_master WHERE name = 't'") is not None


async def test_a_cancelled_transaction_is_rolled_back(db: Database) -> None:
    entered = asyncio.Event()

    async def slow_writer() -> None:
        async with db.transaction() as tx:
            await tx.execute("CREATE TABLE u (a)")
            entered.set()
            await asyncio.Event().wait()

    writer = asyncio.create_task(slow_writer())
    await entered.wait()
    writer.cancel()
    with pytest.raises(asyncio.CancelledError):
        await writer
    assert await db.fetch_one("SELECT name FROM sqlite_master WHERE name = 'u'") is None


async def test_concurrent_writers_do_not_mix_their_transactions(
    db: Database, clock: FakeClock
) -> None:
    members = MemberRepository(db)
    await asyncio.gather(*(members.record_contact(i, "it", clock.now()) for i in range(200)))
    await asyncio.gather(
        *(members.set_language(i, "en" if i % 2 else "it", clock.now()) for i in range(200))
    )
    rows = await db.fetch_all("SELECT language, COUNT(*) AS n FROM members GROUP BY language")
    assert {row["language"]: row["n"] for row in rows} == {"it": 100, "en": 100}


def test_sql_scripts_split_into_statements_with_triggers_whole() -> None:
    script = """
    -- a comment
    CREATE TABLE a (x);
    CREATE TRIGGER t BEFORE DELETE ON a
    BEGIN
        SELECT RAISE(ABORT, 'no; never');
    END;
    INSERT INTO a VALUES ('semi;colon');
    """
    found = statements(script)
    assert len(found) == 3
    assert found[1].startswith("CREATE TRIGGER")
    assert found[1].endswith("END;")
    with pytest.raises(ValueError, match="unfinished"):
        statements("CREATE TABLE b (x")


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
    assert await members.erase(7, clock.now())
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
