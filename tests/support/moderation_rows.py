"""Rows of the shared moderation schema (migration 0021) written straight into the database,
for tests of what reads them while the features that write them are built elsewhere."""

from __future__ import annotations

from datetime import datetime

from storage.db import Database, to_db_time


async def add_sanction(
    db: Database, member_id: int, kind: str, at: datetime, **optional: object
) -> int:
    """`optional`: until, lifted_at (datetimes), reason (text), by_id (who acted), source,
    lifted_by."""
    until, lifted_at = optional.get("until"), optional.get("lifted_at")
    async with db.transaction() as tx:
        return await tx.insert(
            "INSERT INTO sanctions (kind, chat_id, member_hash, member_id, reason, by_id, at,"
            " until, lifted_at, source, lifted_by) VALUES (?, -1001, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                kind,
                f"hash-{member_id}",
                member_id,
                optional.get("reason"),
                optional.get("by_id"),
                to_db_time(at),
                to_db_time(until) if isinstance(until, datetime) else None,
                to_db_time(lifted_at) if isinstance(lifted_at, datetime) else None,
                optional.get("source", "command"),
                optional.get("lifted_by"),
            ),
        )


async def add_report(
    db: Database,
    at: datetime,
    *,
    reporter_id: int | None,
    reported_id: int | None,
    category: str = "bullying",
    state: str = "open",
    **closed: str,
) -> int:
    """`closed`: outcome, handled_name (the first name of who handled it)."""
    outcome, handled_name = closed.get("outcome"), closed.get("handled_name")
    async with db.transaction() as tx:
        return await tx.insert(
            "INSERT INTO reports (at, reporter_id, category, reported_id, state, outcome,"
            " handled_name) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (to_db_time(at), reporter_id, category, reported_id, state, outcome, handled_name),
        )
