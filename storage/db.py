"""One aiosqlite connection, its pragmas, and the transactions every repository uses."""

from __future__ import annotations

import asyncio
import os
import sqlite3
from collections.abc import AsyncIterator, Iterable, Sequence
from contextlib import asynccontextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import aiosqlite

Params = Sequence[Any] | dict[str, Any]

PRAGMAS = (
    "PRAGMA journal_mode = WAL",
    # NORMAL in WAL mode: a committed transaction survives a crash of the process (kill -9);
    # only a power cut can lose the last commits.
    "PRAGMA synchronous = NORMAL",
    "PRAGMA foreign_keys = ON",
    "PRAGMA busy_timeout = 5000",
    # Erased rows are overwritten with zeros, not left in free pages (privacy).
    "PRAGMA secure_delete = ON",
)
OWNER_ONLY = 0o600

_TIME_FORMAT = "%Y-%m-%dT%H:%M:%S.%fZ"


def to_db_time(instant: datetime) -> str:
    """UTC text that sorts like time: every timestamp column uses this format."""
    if instant.tzinfo is None:
        raise ValueError("naive datetimes are ambiguous; use timezone-aware ones")
    return instant.astimezone(UTC).strftime(_TIME_FORMAT)


def from_db_time(text: str) -> datetime:
    return datetime.strptime(text, _TIME_FORMAT).replace(tzinfo=UTC)


def _create_owner_only(path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    fd = os.open(path, os.O_CREAT | os.O_RDWR, OWNER_ONLY)
    os.close(fd)
    os.chmod(path, OWNER_ONLY)


async def _fetch_all(
    connection: aiosqlite.Connection, sql: str, params: Params
) -> list[sqlite3.Row]:
    # One trip to the database thread, and the statement always runs to its end: a half-read
    # RETURNING would keep its write open, a half-read SELECT would pin an old WAL snapshot.
    rows = await connection.execute_fetchall(sql, params)
    return list(rows)


class Transaction:
    """Statements inside one `BEGIN IMMEDIATE … COMMIT`."""

    def __init__(self, connection: aiosqlite.Connection) -> None:
        self._connection = connection

    async def execute(self, sql: str, params: Params = ()) -> int:
        cursor = await self._connection.execute(sql, params)
        return cursor.rowcount

    async def execute_many(self, sql: str, rows: Iterable[Params]) -> None:
        """One statement for many rows, in one trip to SQLite's thread (bulk loads)."""
        await self._connection.executemany(sql, rows)

    async def insert(self, sql: str, params: Params = ()) -> int:
        cursor = await self._connection.execute(sql, params)
        if cursor.lastrowid is None:
            raise RuntimeError("insert produced no row id")
        return cursor.lastrowid

    async def fetch_one(self, sql: str, params: Params = ()) -> sqlite3.Row | None:
        rows = await self.fetch_all(sql, params)
        return rows[0] if rows else None

    async def fetch_all(self, sql: str, params: Params = ()) -> list[sqlite3.Row]:
        return await _fetch_all(self._connection, sql, params)


class Database:
    """The connection, shared by all repositories. One operation at a time: SQLite has one writer
    anyway, and a shared connection must not interleave two coroutines' transactions."""

    def __init__(self, connection: aiosqlite.Connection, path: Path) -> None:
        self._connection = connection
        self._lock = asyncio.Lock()
        self.path = path

    @classmethod
    async def open(cls, path: Path) -> Database:
        if str(path) != ":memory:":
            _create_owner_only(path)
        connection = await aiosqlite.connect(path, isolation_level=None)
        connection.row_factory = sqlite3.Row
        try:
            for pragma in PRAGMAS:
                await connection.execute(pragma)
        except BaseException:
            await connection.close()  # its thread would keep the process alive
            raise
        database = cls(connection, path)
        database.protect_files()
        return database

    def protect_files(self) -> None:
        """The WAL and shared-memory files hold data too: owner-only, like the database."""
        for suffix in ("", "-wal", "-shm"):
            sibling = Path(f"{self.path}{suffix}")
            if sibling.exists():
                os.chmod(sibling, OWNER_ONLY)

    async def close(self) -> None:
        async with self._lock:
            await self._connection.close()

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[Transaction]:
        async with self._lock:
            try:
                await self._connection.execute("BEGIN IMMEDIATE")
                yield Transaction(self._connection)
                await self._connection.execute("COMMIT")
            except BaseException:
                # Whatever failed (a statement, the COMMIT, a cancellation), never leave the
                # shared connection inside a transaction.
                if self._connection.in_transaction:
                    await self._connection.execute("ROLLBACK")
                raise

    async def execute(self, sql: str, params: Params = ()) -> int:
        """One statement in its own transaction; returns the number of rows changed."""
        async with self._lock:
            cursor = await self._connection.execute(sql, params)
            return cursor.rowcount

    async def fetch_one(self, sql: str, params: Params = ()) -> sqlite3.Row | None:
        """The first row (of a SELECT, or of an INSERT/UPDATE … RETURNING)."""
        rows = await self.fetch_all(sql, params)
        return rows[0] if rows else None

    async def fetch_all(self, sql: str, params: Params = ()) -> list[sqlite3.Row]:
        async with self._lock:
            return await _fetch_all(self._connection, sql, params)

    async def checkpoint(self) -> None:
        """Move the WAL into the database file and truncate it (after an erasure)."""
        async with self._lock:
            await self._connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")


class Repository:
    """The queries of one part of the data, on the database every repository shares."""

    def __init__(self, db: Database) -> None:
        self._db = db
