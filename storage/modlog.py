"""The audit log as moderators read it: pages, newest first, for everyone or one person, and
the mirror's place in a chat. Reads only; the one write is the mirror's cursor."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from storage.db import Repository, from_db_time

_SELECT = (
    "SELECT log.id, log.at, log.action, log.details,"
    " actor.telegram_id AS actor, log.actor_id IS NOT NULL AS had_actor,"
    " subject.telegram_id AS subject, log.subject_id IS NOT NULL AS had_subject"
    " FROM audit_log AS log"
    " LEFT JOIN audit_parties AS actor ON actor.id = log.actor_id"
    " LEFT JOIN audit_parties AS subject ON subject.id = log.subject_id"
)
_ABOUT = " WHERE actor.telegram_id = :who OR subject.telegram_id = :who"


@dataclass(frozen=True)
class LogEntry:
    id: int
    at: datetime
    action: str
    details: dict[str, Any]
    actor_id: int | None
    # The entry named someone who has since been erased (their id is gone, rule 11).
    actor_erased: bool
    subject_id: int | None
    subject_erased: bool


def _details(text: str) -> dict[str, Any]:
    try:
        found = json.loads(text)
    except ValueError:
        return {}
    return found if isinstance(found, dict) else {}


def _entry(row: sqlite3.Row) -> LogEntry:
    return LogEntry(
        id=int(row["id"]),
        at=from_db_time(row["at"]),
        action=row["action"],
        details=_details(row["details"]),
        actor_id=row["actor"],
        actor_erased=bool(row["had_actor"]) and row["actor"] is None,
        subject_id=row["subject"],
        subject_erased=bool(row["had_subject"]) and row["subject"] is None,
    )


class ModlogRepository(Repository):
    async def page(self, about: int | None, offset: int, limit: int) -> list[LogEntry]:
        """Newest first; `about`: only entries where this person acted or was acted on."""
        where = _ABOUT if about is not None else ""
        rows = await self._db.fetch_all(
            f"{_SELECT}{where} ORDER BY log.id DESC LIMIT :limit OFFSET :offset",
            {"who": about, "limit": limit, "offset": offset},
        )
        return [_entry(row) for row in rows]

    async def count(self, about: int | None) -> int:
        where = _ABOUT if about is not None else ""
        row = await self._db.fetch_one(
            "SELECT count(*) AS n FROM audit_log AS log"
            " LEFT JOIN audit_parties AS actor ON actor.id = log.actor_id"
            f" LEFT JOIN audit_parties AS subject ON subject.id = log.subject_id{where}",
            {"who": about},
        )
        return int(row["n"]) if row else 0

    async def after(self, last_id: int, limit: int) -> list[LogEntry]:
        """The entries after `last_id`, oldest first: what the mirror has not posted yet."""
        rows = await self._db.fetch_all(
            f"{_SELECT} WHERE log.id > ? ORDER BY log.id LIMIT ?", (last_id, limit)
        )
        return [_entry(row) for row in rows]

    async def mirrored_up_to(self, chat_id: int) -> int:
        """The last entry posted to this chat; a chat new to the mirror starts from now (the
        log's past is read with /modlog, not posted all at once)."""
        await self._db.execute(
            "INSERT INTO audit_mirror (chat_id, last_id)"
            " SELECT ?, coalesce(max(id), 0) FROM audit_log WHERE true"
            " ON CONFLICT (chat_id) DO NOTHING",
            (chat_id,),
        )
        row = await self._db.fetch_one(
            "SELECT last_id FROM audit_mirror WHERE chat_id = ?", (chat_id,)
        )
        assert row is not None
        return int(row["last_id"])

    async def mirrored(self, chat_id: int, last_id: int) -> None:
        await self._db.execute(
            "UPDATE audit_mirror SET last_id = ? WHERE chat_id = ?", (last_id, chat_id)
        )

    async def titles(self, table: str, ids: set[int]) -> dict[int, str]:
        """Titles of projects or events a log page names (a page names a few)."""
        if table not in {"projects", "events"} or not ids:
            return {}
        marks = ",".join("?" * len(ids))
        rows = await self._db.fetch_all(
            f"SELECT id, title FROM {table} WHERE id IN ({marks})", tuple(sorted(ids))
        )
        return {int(row["id"]): str(row["title"]) for row in rows}

    async def warnings_at(self, sanction_ids: set[int]) -> dict[int, int]:
        """For each warning, how many of that member's warnings in that group counted when it
        was given, itself included ("2 of 3"). Those the warning limit lifted at that very
        moment still count: they made the limit."""
        if not sanction_ids:
            return {}
        marks = ",".join("?" * len(sanction_ids))
        rows = await self._db.fetch_all(
            "SELECT w.id, (SELECT count(*) FROM sanctions AS o WHERE o.kind = 'warn'"
            " AND o.chat_id = w.chat_id AND o.member_hash = w.member_hash AND o.id <= w.id"
            " AND (o.until IS NULL OR o.until > w.at)"
            " AND (o.lifted_at IS NULL OR o.lifted_at >= w.at)) AS n"
            f" FROM sanctions AS w WHERE w.kind = 'warn' AND w.id IN ({marks})",
            tuple(sorted(sanction_ids)),
        )
        return {int(row["id"]): int(row["n"]) for row in rows}
