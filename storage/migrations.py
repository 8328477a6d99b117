"""Numbered SQL migrations (`storage/migrations/NNNN_name.sql`), recorded in the database."""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from importlib import resources

from storage.db import Database, to_db_time

_NAME = re.compile(r"^(\d{4})_([a-z0-9_]+)\.sql$")


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    sql: str


def available_migrations() -> list[Migration]:
    folder = resources.files("storage") / "migrations"
    found: list[Migration] = []
    for entry in folder.iterdir():
        match = _NAME.match(entry.name)
        if match:
            found.append(Migration(int(match[1]), match[2], entry.read_text(encoding="utf-8")))
    found.sort(key=lambda migration: migration.version)
    versions = [migration.version for migration in found]
    if versions != list(range(1, len(found) + 1)):
        raise RuntimeError(f"migrations must be numbered 1..n without gaps, found {versions}")
    return found


async def applied_versions(db: Database) -> set[int]:
    await db.execute(
        "CREATE TABLE IF NOT EXISTS schema_migrations ("
        " version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL) STRICT"
    )
    rows = await db.fetch_all("SELECT version FROM schema_migrations")
    return {int(row["version"]) for row in rows}


def statements(script: str) -> list[str]:
    """Split a script into statements (a trigger's body stays whole)."""
    found: list[str] = []
    pending = ""
    for line in script.splitlines(keepends=True):
        pending += line
        if sqlite3.complete_statement(pending):
            found.append(pending.strip())
            pending = ""
    if pending.strip() and not all(
        part.strip().startswith("--") or not part.strip() for part in pending.splitlines()
    ):
        raise ValueError(f"unfinished SQL statement: {pending.strip()[:60]}")
    return found


class NewerDatabase(sqlite3.DatabaseError):
    """The database was migrated by a newer version of the bot: this code would misread it."""


async def migrate(db: Database, now: datetime) -> list[Migration]:
    """Apply the migrations not yet recorded, each in one transaction; returns those applied.
    The check is made inside the transaction, so two processes never apply one twice."""
    known = len(available_migrations())
    newer = sorted(version for version in await applied_versions(db) if version > known)
    if newer:
        raise NewerDatabase(
            f"it was used by a newer version of the bot (migration {newer[-1]:04d}; this one "
            f"knows {known:04d}): install that version again, or restore a backup taken before "
            "the upgrade"
        )
    applied: list[Migration] = []
    for migration in available_migrations():
        async with db.transaction() as tx:
            done = await tx.fetch_one(
                "SELECT 1 FROM schema_migrations WHERE version = ?", (migration.version,)
            )
            if done:
                continue
            for statement in statements(migration.sql):
                await tx.execute(statement)
            await tx.execute(
                "INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)",
                (migration.version, migration.name, to_db_time(now)),
            )
        applied.append(migration)
    return applied
