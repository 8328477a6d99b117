"""The moderators' to-do list (safeguarding rule 2): online consents still to verify, and
requests still without consent, each with how its last consent ended."""

from __future__ import annotations

import sqlite3

from storage.db import Repository
from storage.guardians import GuardianRequest
from storage.rows import from_row

WITHOUT_CONSENT = "status IN ('pending', 'opened', 'withdrawn')"


def _request(row: sqlite3.Row) -> GuardianRequest:
    return from_row(GuardianRequest, row, has_link=row["token_hash"] is not None)


class DeskRepository(Repository):
    async def to_verify(self) -> list[GuardianRequest]:
        """Online consents no moderator has verified yet, oldest first."""
        rows = await self._db.fetch_all(
            "SELECT * FROM guardian_requests WHERE status = 'consented' AND verified_at IS NULL"
            " ORDER BY decided_at, member_id"
        )
        return [_request(row) for row in rows]

    async def without_consent(self, limit: int, offset: int) -> list[tuple[GuardianRequest, bool]]:
        """Requests without consent, oldest first, each with whether a moderator annulled its
        last consent (rather than the guardian withdrawing it)."""
        rows = await self._db.fetch_all(
            "SELECT g.*, (SELECT h.event FROM consent_history h WHERE h.member_id = g.member_id"
            "  AND h.event IN ('revoked', 'withdrawn') ORDER BY h.id DESC LIMIT 1) AS ended"
            f" FROM guardian_requests g WHERE {WITHOUT_CONSENT}"
            " ORDER BY g.created_at, g.member_id LIMIT ? OFFSET ?",
            (limit, offset),
        )
        return [(_request(row), row["ended"] == "revoked") for row in rows]

    async def count_without_consent(self) -> int:
        row = await self._db.fetch_one(
            f"SELECT count(*) AS n FROM guardian_requests WHERE {WITHOUT_CONSENT}"
        )
        return int(row["n"]) if row else 0
