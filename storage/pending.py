"""Typed answers the bot waits for outside the onboarding: one per person at a time."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from storage.db import Database, to_db_time


@dataclass(frozen=True)
class PendingInput:
    kind: str
    ref: int


class PendingInputRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    async def expect(self, telegram_id: int, kind: str, ref: int, now: datetime) -> None:
        await self._db.execute(
            "INSERT INTO pending_inputs (telegram_id, kind, ref, created_at) VALUES (?, ?, ?, ?)"
            " ON CONFLICT (telegram_id) DO UPDATE SET kind = excluded.kind, ref = excluded.ref,"
            " created_at = excluded.created_at",
            (telegram_id, kind, ref, to_db_time(now)),
        )

    async def get(self, telegram_id: int, since: datetime) -> PendingInput | None:
        """What the bot waits for from this person, if asked after `since` (older questions
        have lapsed: text typed much later is not taken as their answer)."""
        row = await self._db.fetch_one(
            "SELECT kind, ref FROM pending_inputs WHERE telegram_id = ? AND created_at >= ?",
            (telegram_id, to_db_time(since)),
        )
        return PendingInput(row["kind"], row["ref"]) if row else None

    async def clear(self, telegram_id: int) -> None:
        await self._db.execute("DELETE FROM pending_inputs WHERE telegram_id = ?", (telegram_id,))
