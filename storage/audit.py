"""The append-only audit log. Rows are only ever inserted (SQL triggers refuse the rest)."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from storage.db import Repository, Transaction, to_db_time
from storage.rows import from_row


@dataclass(frozen=True)
class AuditEntry:
    id: int
    at: datetime
    actor_id: int | None  # Telegram id, or None for the bot itself or an erased person
    action: str
    subject_id: int | None
    details: dict[str, Any]


async def _party(tx: Transaction, telegram_id: int | None) -> int | None:
    if telegram_id is None:
        return None
    await tx.execute(
        "INSERT INTO audit_parties (telegram_id) VALUES (?) ON CONFLICT (telegram_id) DO NOTHING",
        (telegram_id,),
    )
    row = await tx.fetch_one("SELECT id FROM audit_parties WHERE telegram_id = ?", (telegram_id,))
    assert row is not None
    return int(row["id"])


def _entry(row: sqlite3.Row) -> AuditEntry:
    """The parties' Telegram ids are joined in as `actor` and `subject`."""
    return from_row(AuditEntry, row, actor_id=row["actor"], subject_id=row["subject"])


class AuditRepository(Repository):
    async def append(
        self,
        at: datetime,
        actor_id: int | None,
        action: str,
        subject_id: int | None,
        details: dict[str, Any],
    ) -> int:
        async with self._db.transaction() as tx:
            return await tx.insert(
                "INSERT INTO audit_log (at, actor_id, action, subject_id, details)"
                " VALUES (?, ?, ?, ?, ?)",
                (
                    to_db_time(at),
                    await _party(tx, actor_id),
                    action,
                    await _party(tx, subject_id),
                    json.dumps(details, ensure_ascii=False, sort_keys=True),
                ),
            )

    async def recent(self, limit: int = 50) -> list[AuditEntry]:
        rows = await self._db.fetch_all(
            "SELECT log.id, log.at, log.action, log.details,"
            " actor.telegram_id AS actor, subject.telegram_id AS subject"
            " FROM audit_log AS log"
            " LEFT JOIN audit_parties AS actor ON actor.id = log.actor_id"
            " LEFT JOIN audit_parties AS subject ON subject.id = log.subject_id"
            " ORDER BY log.id DESC LIMIT ?",
            (limit,),
        )
        return [_entry(row) for row in rows]

    async def count_since(self, actor_id: int, action: str, since: datetime) -> int:
        """How many times this person did this since then (a repeat tells moderators more)."""
        row = await self._db.fetch_one(
            "SELECT count(*) AS n FROM audit_log AS log"
            " JOIN audit_parties AS actor ON actor.id = log.actor_id"
            " WHERE actor.telegram_id = ? AND log.action = ? AND log.at >= ?",
            (actor_id, action, to_db_time(since)),
        )
        return int(row["n"]) if row else 0
