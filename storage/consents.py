"""Consent per purpose, with its provenance (safeguarding rule 3)."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime

from storage.consent_history import APPEND_IF_CHANGED
from storage.db import Repository, Transaction, to_db_time
from storage.rows import from_row


@dataclass(frozen=True)
class Consent:
    purpose: str
    granted: bool
    notice_version: str
    given_by: str  # "member" or "guardian"
    method: str  # "bot" or "paper"
    decided_at: datetime


def _consent(row: sqlite3.Row) -> Consent:
    return from_row(Consent, row)


class ConsentRepository(Repository):
    async def of_member(self, member_id: int) -> dict[str, Consent]:
        rows = await self._db.fetch_all(
            "SELECT * FROM consents WHERE member_id = ? ORDER BY purpose", (member_id,)
        )
        return {row["purpose"]: _consent(row) for row in rows}

    async def record(self, member_id: int, consent: Consent) -> None:
        """The answer in force, and a line of history if it changed."""
        async with self._db.transaction() as tx:
            await tx.execute(
                APPEND_IF_CHANGED,
                (
                    member_id,
                    consent.purpose,
                    int(consent.granted),
                    consent.given_by,
                    consent.method,
                    consent.notice_version,
                    to_db_time(consent.decided_at),
                ),
            )
            await self._upsert(tx, member_id, consent)

    @staticmethod
    async def _upsert(tx: Transaction, member_id: int, consent: Consent) -> None:
        await tx.execute(
            "INSERT INTO consents"
            " (member_id, purpose, granted, notice_version, given_by, method, decided_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (member_id, purpose) DO UPDATE SET"
            " granted = excluded.granted, notice_version = excluded.notice_version,"
            " given_by = excluded.given_by, method = excluded.method,"
            " decided_at = excluded.decided_at",
            (
                member_id,
                consent.purpose,
                int(consent.granted),
                consent.notice_version,
                consent.given_by,
                consent.method,
                to_db_time(consent.decided_at),
            ),
        )
