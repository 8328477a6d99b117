"""A look at a database file without changing it: for `python -m bot check`.

Opened read-only, and never in a way that leaves files behind: a read-only connection to a
WAL database creates its -wal and -shm files and cannot remove them, so when the bot is not
running (no -wal file) the file is opened as immutable, which takes no locks and writes nothing."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from storage.migrations import available_migrations


@dataclass(frozen=True)
class DatabaseState:
    integrity: str  # "ok", or SQLite's first complaints
    applied: frozenset[int]  # migration versions recorded in the file
    known: int  # the newest migration this code has

    @property
    def pending(self) -> list[int]:
        """Versions the next start would apply."""
        return [version for version in range(1, self.known + 1) if version not in self.applied]

    @property
    def newer_than_code(self) -> list[int]:
        return sorted(version for version in self.applied if version > self.known)


def _read_only(path: Path) -> sqlite3.Connection:
    running = Path(f"{path}-wal").exists()
    mode = "mode=ro" if running else "immutable=1"
    return sqlite3.connect(f"file:{quote(str(path.resolve()))}?{mode}", uri=True)


def inspect_database(path: Path) -> DatabaseState:
    """Integrity and migrations of the database at `path`; raises sqlite3.Error if unreadable."""
    connection = _read_only(path)
    try:
        rows = connection.execute("PRAGMA integrity_check(5)").fetchall()
        integrity = "; ".join(str(row[0]) for row in rows)
        has_table = connection.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'"
        ).fetchone()
        applied = (
            {int(row[0]) for row in connection.execute("SELECT version FROM schema_migrations")}
            if has_table
            else set()
        )
    finally:
        connection.close()
    return DatabaseState(integrity, frozenset(applied), len(available_migrations()))


def open_private_chats(path: Path, ids: Iterable[int]) -> frozenset[int]:
    """Which of `ids` started the bot and have not blocked it since: the only people the bot can
    write to in private (a member row is made by their first /start, marked unreachable when
    Telegram refuses a message to them)."""
    wanted = sorted(set(ids))
    if not wanted:
        return frozenset()
    connection = _read_only(path)
    try:
        marks = ", ".join("?" for _ in wanted)
        rows = connection.execute(
            f"SELECT telegram_id FROM members WHERE reachable = 1 AND telegram_id IN ({marks})",
            wanted,
        ).fetchall()
    finally:
        connection.close()
    return frozenset(int(row[0]) for row in rows)
