"""`python -m bot backup PATH`: a consistent, owner-only copy of the database, taken while the
database is open and being written to, as it is while the bot runs."""

from __future__ import annotations

import asyncio
import os
import sqlite3
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

import storage.backup as backup_module
from bot.core.clock import FakeClock
from storage.backup import BackupError, back_up
from storage.db import Database, to_db_time
from storage.migrations import migrate
from tests.conftest import TEST_TOKEN

ROOT = Path(__file__).resolve().parents[1]


async def _members(db: Database, first: int, count: int, clock: FakeClock) -> None:
    now = to_db_time(clock.now())
    async with db.transaction() as tx:
        await tx.execute_many(
            "INSERT INTO members (telegram_id, created_at, last_seen_at) VALUES (?, ?, ?)",
            [(first + n, now, now) for n in range(count)],
        )


async def test_a_backup_taken_while_members_are_written_opens_and_is_whole(
    db_path: Path, tmp_path: Path, clock: FakeClock
) -> None:
    db = await Database.open(db_path)
    await migrate(db, clock.now())
    await _members(db, 1, 500, clock)

    async def keep_writing() -> None:
        for batch in range(20):
            await _members(db, 10_000 + batch * 50, 50, clock)
            await asyncio.sleep(0)

    writer = asyncio.create_task(keep_writing())
    made = await asyncio.to_thread(
        back_up, db_path, tmp_path / "backups" / "genc-1.sqlite3", clock.now()
    )
    await writer
    await db.close()

    assert made.path.stat().st_mode & 0o777 == 0o600
    copy = sqlite3.connect(made.path)
    try:
        assert copy.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        (count,) = copy.execute("SELECT count(*) FROM members").fetchone()
    finally:
        copy.close()
    # Whole batches only: the copy is one moment of the database, never half a transaction.
    assert count >= 500
    assert (count - 500) % 50 == 0


def test_an_existing_file_is_never_overwritten(db_path: Path, tmp_path: Path) -> None:
    db_path.parent.mkdir(parents=True)
    sqlite3.connect(db_path).close()
    taken = tmp_path / "taken.sqlite3"
    taken.write_text("keep me")
    with pytest.raises(BackupError, match="exists already"):
        back_up(db_path, taken, datetime.now(UTC))
    assert taken.read_text() == "keep me"


async def test_the_command_says_where_the_copy_is(tmp_path: Path, clock: FakeClock) -> None:
    database = tmp_path / "db" / "genc.sqlite3"
    db = await Database.open(database)
    await migrate(db, clock.now())
    await db.close()
    env = {
        "PATH": os.environ.get("PATH", ""),
        "PYTHONPATH": str(ROOT),
        "BOT_TOKEN": TEST_TOKEN,
        "DATABASE_PATH": str(database),
    }
    target = tmp_path / "copy.sqlite3"
    said = []
    for expected in (0, 1):  # the second time the file exists: refused, nothing overwritten
        process = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bot", "backup", str(target), cwd=tmp_path, env=env,
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        out, err = await process.communicate()
        assert process.returncode == expected, err.decode()
        said.append((out + err).decode())
    assert f"Backup written to {target}" in said[0]
    assert "exists already" in said[1]
    assert TEST_TOKEN not in "".join(said)
    assert target.stat().st_mode & 0o777 == 0o600


def test_a_copy_cut_off_never_carries_the_backups_name(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Killed mid-copy (here: as it is flushed), nothing is left under the name."""
    database = tmp_path / "genc.sqlite3"
    sqlite3.connect(database).close()
    target = tmp_path / "backups" / "genc-2026-12-05.sqlite3"

    def cut_off(*_: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(backup_module, "_flush", cut_off)
    with pytest.raises(KeyboardInterrupt):
        back_up(database, target, datetime(2026, 12, 5, 2, 0, tzinfo=UTC))
    assert sorted(path.name for path in target.parent.iterdir()) == []
