"""The moderators' to-do list (safeguarding rule 2): online consents still to verify, and
requests still without consent, each with how its last consent ended."""

from __future__ import annotations

from storage.db import Repository
from storage.guardians import GuardianRequest, request_from

WITHOUT_CONSENT = "status IN ('pending', 'opened', 'withdrawn')"


class DeskRepository(Repository):
    async def to_verify(self) -> list[GuardianRequest]:
        """Online consents no moderator has verified yet, oldest first."""
        rows = await self._db.fetch_all(
            "SELECT * FROM guardian_requests WHERE status = 'consented' AND verified_at IS NULL"
            " ORDER BY decided_at, member_id"
        )
        return [request_from(row) for row in rows]

    async def without_consent(self, limit: int, offset: int) -> list[GuardianRequest]:
        """Requests without consent, oldest first (`shown_status` tells a moderator's
        annulment from a guardian's withdrawal)."""
        rows = await self._db.fetch_all(
            f"SELECT * FROM guardian_requests WHERE {WITHOUT_CONSENT}"
            " ORDER BY created_at, member_id LIMIT ? OFFSET ?",
            (limit, offset),
        )
        return [request_from(row) for row in rows]

    async def count_without_consent(self) -> int:
        row = await self._db.fetch_one(
            f"SELECT count(*) AS n FROM guardian_requests WHERE {WITHOUT_CONSENT}"
        )
        return int(row["n"]) if row else 0
