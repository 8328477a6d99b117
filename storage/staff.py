"""Staff members and the one-time invites that make them."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime

from storage.db import Repository, to_db_time
from storage.rows import from_row


@dataclass(frozen=True)
class StaffMember:
    telegram_id: int
    role: str
    name: str
    added_at: datetime
    language: str | None = None


@dataclass(frozen=True)
class StaffInvite:
    token_hash: str
    role: str
    created_by: int
    expires_at: datetime
    opened_by: int | None
    name: str | None
    used: bool


def _invite(row: sqlite3.Row) -> StaffInvite:
    return from_row(StaffInvite, row, used=row["used_at"] is not None)


class StaffRepository(Repository):
    async def all(self) -> list[StaffMember]:
        rows = await self._db.fetch_all("SELECT * FROM staff ORDER BY role, name")
        return [from_row(StaffMember, row) for row in rows]

    async def add(
        self, telegram_id: int, role: str, name: str, language: str | None, now: datetime
    ) -> None:
        await self._db.execute(
            "INSERT INTO staff (telegram_id, role, name, language, conduct_accepted_at, added_at)"
            " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (telegram_id) DO UPDATE SET"
            " role = excluded.role, name = excluded.name, language = excluded.language,"
            " conduct_accepted_at = excluded.conduct_accepted_at",
            (telegram_id, role, name, language, to_db_time(now), to_db_time(now)),
        )

    async def remove(self, telegram_id: int) -> bool:
        """The role goes, and with it every project they ran (co-coordinators carry on)."""
        async with self._db.transaction() as tx:
            removed = await tx.execute("DELETE FROM staff WHERE telegram_id = ?", (telegram_id,))
            await tx.execute(
                "DELETE FROM project_coordinators WHERE coordinator_id = ?", (telegram_id,)
            )
        return removed > 0

    async def create_invite(
        self, token_hash: str, role: str, created_by: int, now: datetime, expires_at: datetime
    ) -> None:
        await self._db.execute(
            "INSERT INTO staff_invites (token_hash, role, created_by, created_at, expires_at)"
            " VALUES (?, ?, ?, ?, ?)",
            (token_hash, role, created_by, to_db_time(now), to_db_time(expires_at)),
        )

    async def invite(self, token_hash: str) -> StaffInvite | None:
        row = await self._db.fetch_one(
            "SELECT * FROM staff_invites WHERE token_hash = ?", (token_hash,)
        )
        return _invite(row) if row else None

    async def open_invite_of(self, telegram_id: int, now: datetime) -> StaffInvite | None:
        """The invite this account opened and has not finished, if still valid."""
        row = await self._db.fetch_one(
            "SELECT * FROM staff_invites WHERE opened_by = ? AND used_at IS NULL"
            " AND expires_at > ? ORDER BY created_at DESC LIMIT 1",
            (telegram_id, to_db_time(now)),
        )
        return _invite(row) if row else None

    async def open_invite(self, token_hash: str, telegram_id: int) -> None:
        await self._db.execute(
            "UPDATE staff_invites SET opened_by = ? WHERE token_hash = ?", (telegram_id, token_hash)
        )

    async def name_invite(self, token_hash: str, name: str) -> None:
        await self._db.execute(
            "UPDATE staff_invites SET name = ? WHERE token_hash = ?", (name, token_hash)
        )

    async def use_invite(self, token_hash: str, now: datetime) -> None:
        await self._db.execute(
            "UPDATE staff_invites SET used_at = ? WHERE token_hash = ?",
            (to_db_time(now), token_hash),
        )
