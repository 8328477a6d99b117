"""Every change to a member's consents, in order (safeguarding rule 3): append-only."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from storage.db import Repository, to_db_time
from storage.rows import from_row

# Appended in the same statement as the consent it follows: only an answer that differs from the
# one stored (or the first) is a change worth keeping.
APPEND_IF_CHANGED = (
    "INSERT INTO consent_history (member_id, event, purpose, granted, actor_id, actor_role,"
    " method, notice_version, at)"
    " SELECT ?1, 'changed', ?2, ?3, CASE WHEN ?4 = 'member' THEN ?1 END, ?4, ?5, ?6, ?7"
    " WHERE NOT EXISTS (SELECT 1 FROM consents"
    "  WHERE member_id = ?1 AND purpose = ?2 AND granted = ?3)"
)


@dataclass(frozen=True)
class ConsentEvent:
    event: str  # given, verified, revoked, withdrawn, changed
    purpose: str | None  # None: every purpose at once
    granted: bool | None
    actor_id: int | None  # None once that person is erased (and for a guardian's choices)
    actor_role: str  # member, guardian, moderator
    method: str  # bot, paper
    notice_version: str
    at: datetime


class ConsentHistory(Repository):
    async def append(self, member_id: int, event: ConsentEvent) -> None:
        await self._db.execute(
            "INSERT INTO consent_history (member_id, event, purpose, granted, actor_id,"
            " actor_role, method, notice_version, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                member_id,
                event.event,
                event.purpose,
                None if event.granted is None else int(event.granted),
                event.actor_id,
                event.actor_role,
                event.method,
                event.notice_version,
                to_db_time(event.at),
            ),
        )

    async def of_member(self, member_id: int) -> list[ConsentEvent]:
        rows = await self._db.fetch_all(
            "SELECT * FROM consent_history WHERE member_id = ? ORDER BY id", (member_id,)
        )
        return [from_row(ConsentEvent, row) for row in rows]

    async def last_decision(self, member_id: int) -> ConsentEvent | None:
        """The latest moderator's verification or revocation of a guardian's consent."""
        row = await self._db.fetch_one(
            "SELECT * FROM consent_history WHERE member_id = ?"
            " AND event IN ('verified', 'revoked') ORDER BY id DESC LIMIT 1",
            (member_id,),
        )
        return from_row(ConsentEvent, row) if row else None
