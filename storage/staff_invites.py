"""One-time staff invites: made for a named person, opened by an account, decided by an admin."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime

from storage.db import Repository, to_db_time
from storage.rows import from_row


@dataclass(frozen=True)
class NewInvite:
    token_hash: str
    nonce: str
    role: str
    invitee: str
    created_by: int
    created_by_name: str | None


@dataclass(frozen=True)
class Opener:
    """The account that opened an invite, as Telegram shows it."""

    telegram_id: int
    display: str
    username: str | None
    language: str | None


@dataclass(frozen=True)
class StaffInvite:
    id: int
    role: str
    invitee: str | None
    created_by: int
    created_by_name: str | None
    expires_at: datetime
    opened_by: int | None
    opener_display: str | None
    opener_username: str | None
    opener_language: str | None
    name: str | None
    conduct_accepted_at: datetime | None
    decision: str | None
    decided_by_name: str | None
    decided_at: datetime | None


def _invite(row: sqlite3.Row | None) -> StaffInvite | None:
    return from_row(StaffInvite, row) if row is not None else None


class StaffInviteRepository(Repository):
    async def create(self, invite: NewInvite, now: datetime, expires_at: datetime) -> bool:
        """False if that nonce already made an invite (a second tap on the same button)."""
        made = await self._db.execute(
            "INSERT INTO staff_invites (token_hash, nonce, role, invitee, created_by,"
            " created_by_name, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT (nonce) DO NOTHING",
            (
                invite.token_hash,
                invite.nonce,
                invite.role,
                invite.invitee,
                invite.created_by,
                invite.created_by_name,
                to_db_time(now),
                to_db_time(expires_at),
            ),
        )
        return made > 0

    async def made_by(self, nonce: str) -> bool:
        row = await self._db.fetch_one("SELECT 1 FROM staff_invites WHERE nonce = ?", (nonce,))
        return row is not None

    async def by_token(self, token_hash: str) -> StaffInvite | None:
        return _invite(
            await self._db.fetch_one(
                "SELECT * FROM staff_invites WHERE token_hash = ?", (token_hash,)
            )
        )

    async def get(self, invite_id: int) -> StaffInvite | None:
        return _invite(
            await self._db.fetch_one("SELECT * FROM staff_invites WHERE id = ?", (invite_id,))
        )

    async def open_one_of(self, telegram_id: int, now: datetime) -> StaffInvite | None:
        """The invite this account opened and nobody has decided: while the link is valid, or
        for as long as the admin takes once they were asked."""
        return _invite(
            await self._db.fetch_one(
                "SELECT * FROM staff_invites WHERE opened_by = ? AND decision IS NULL"
                " AND (expires_at > ? OR conduct_accepted_at IS NOT NULL)"
                " ORDER BY created_at DESC LIMIT 1",
                (telegram_id, to_db_time(now)),
            )
        )

    async def waiting(self) -> list[StaffInvite]:
        """Opened, code of conduct accepted, not yet decided: an admin must look."""
        rows = await self._db.fetch_all(
            "SELECT * FROM staff_invites WHERE decision IS NULL"
            " AND conduct_accepted_at IS NOT NULL ORDER BY conduct_accepted_at"
        )
        return [from_row(StaffInvite, row) for row in rows]

    async def openers(self) -> list[StaffInvite]:
        """Every opened invite not yet decided."""
        rows = await self._db.fetch_all(
            "SELECT * FROM staff_invites WHERE decision IS NULL AND opened_by IS NOT NULL"
        )
        return [from_row(StaffInvite, row) for row in rows]

    async def open(self, invite_id: int, opener: Opener) -> bool:
        """False if another account opened it first."""
        changed = await self._db.execute(
            "UPDATE staff_invites SET opened_by = ?, opener_display = ?, opener_username = ?,"
            " opener_language = ? WHERE id = ? AND (opened_by IS NULL OR opened_by = ?)",
            (
                opener.telegram_id,
                opener.display,
                opener.username,
                opener.language,
                invite_id,
                opener.telegram_id,
            ),
        )
        return changed > 0

    async def name(self, invite_id: int, name: str) -> None:
        await self._db.execute(
            "UPDATE staff_invites SET name = ? WHERE id = ? AND decision IS NULL", (name, invite_id)
        )

    async def accept_conduct(self, invite_id: int, now: datetime) -> bool:
        """False if it was accepted already (the admin has been asked)."""
        changed = await self._db.execute(
            "UPDATE staff_invites SET conduct_accepted_at = ?"
            " WHERE id = ? AND decision IS NULL AND conduct_accepted_at IS NULL",
            (to_db_time(now), invite_id),
        )
        return changed > 0

    async def decide(
        self, invite_id: int, decision: str, admin_id: int, admin_name: str, now: datetime
    ) -> bool:
        """The first decision wins; a confirmation needs the code of conduct accepted. The
        opener's Telegram names are not needed after it, nor is the name a rejected opener typed
        (a confirmed one's is on their staff row)."""
        changed = await self._db.execute(
            "UPDATE staff_invites SET decision = ?, decided_by = ?, decided_by_name = ?,"
            " decided_at = ?, opener_display = NULL, opener_username = NULL,"
            " name = CASE WHEN ? = 'rejected' THEN NULL ELSE name END"
            " WHERE id = ? AND decision IS NULL"
            " AND (conduct_accepted_at IS NOT NULL OR ? = 'rejected')",
            (decision, admin_id, admin_name, to_db_time(now), decision, invite_id, decision),
        )
        return changed > 0
