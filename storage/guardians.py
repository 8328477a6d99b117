"""Guardian consent requests (safeguarding rule 2)."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from datetime import date, datetime

from storage.db import Repository, to_db_time
from storage.rows import from_row


@dataclass(frozen=True)
class GuardianRequest:
    member_id: int
    reference_code: str
    telegram_name: str
    status: str  # pending, opened, consented, withdrawn
    guardian_id: int | None
    purposes: tuple[str, ...]
    method: str | None
    created_at: datetime
    link_expires_at: datetime
    decided_at: datetime | None
    has_link: bool
    guardian_name: str | None = None  # as the guardian stated it, or as on the paper form
    relationship: str | None = None  # parent, legal_guardian
    signed_on: date | None = None  # the date on a paper form
    verified_at: datetime | None = None  # a moderator checked the consent (paper: at once)
    verified_by: int | None = None
    erase_at: datetime | None = None  # after a withdrawal: the day the child's data goes
    withdrawn_by: int | None = None  # the guardian who withdrew (None: a moderator revoked)

    @property
    def to_verify(self) -> bool:
        return self.status == "consented" and self.verified_at is None

    @property
    def shown_status(self) -> str:
        """The status as people are told it: a consent a moderator found void is "annulled",
        not withdrawn by the guardian (both are stored as "withdrawn")."""
        if self.status == "withdrawn" and self.withdrawn_by is None:
            return "annulled"
        return self.status


def adults_may_reach(member: str) -> str:
    """SQL true when adults (coordinators) may reach the member in `member` (a column): no
    guardian request of theirs, or a consent a moderator verified (rule 2). The one condition
    behind invitations, coordinator messages and /candidates."""
    return (
        "NOT EXISTS (SELECT 1 FROM guardian_requests g_reach"
        f" WHERE g_reach.member_id = {member}"
        " AND (g_reach.status != 'consented' OR g_reach.verified_at IS NULL))"
    )


def request_from(row: sqlite3.Row) -> GuardianRequest:
    return from_row(GuardianRequest, row, has_link=row["token_hash"] is not None)


class GuardianRepository(Repository):
    async def of_member(self, member_id: int) -> GuardianRequest | None:
        return await self._one("member_id", member_id)

    async def by_token_hash(self, token_hash: str) -> GuardianRequest | None:
        return await self._one("token_hash", token_hash)

    async def by_code(self, reference_code: str) -> GuardianRequest | None:
        return await self._one("reference_code", reference_code)

    async def _one(self, column: str, value: object) -> GuardianRequest | None:
        """The request whose `column` (a unique one, named here, never by input) is `value`."""
        row = await self._db.fetch_one(
            f"SELECT * FROM guardian_requests WHERE {column} = ?", (value,)
        )
        return request_from(row) if row else None

    async def of_guardian(self, guardian_id: int) -> list[GuardianRequest]:
        rows = await self._db.fetch_all(
            "SELECT * FROM guardian_requests WHERE guardian_id = ? AND status = 'consented'"
            " ORDER BY decided_at",
            (guardian_id,),
        )
        return [request_from(row) for row in rows]

    async def answered_by(self, guardian_id: int) -> list[GuardianRequest]:
        """The requests holding this adult's own data: opened, consented or withdrawn by them."""
        rows = await self._db.fetch_all(
            "SELECT * FROM guardian_requests WHERE guardian_id = ? OR withdrawn_by = ?"
            " ORDER BY created_at",
            (guardian_id, guardian_id),
        )
        return [request_from(row) for row in rows]

    async def expired_without_consent(self, now: datetime) -> list[tuple[int, int | None]]:
        """(member, guardian who withdrew) for each request whose data must go now: a first
        link expired unanswered, or the day set at a withdrawal came (a newer link or not)."""
        rows = await self._db.fetch_all(
            "SELECT member_id, withdrawn_by FROM guardian_requests"
            " WHERE (status IN ('pending', 'opened') AND link_expires_at <= ?"
            "        AND decided_at IS NULL AND erase_at IS NULL)"
            " OR (status != 'consented' AND erase_at <= ?)",
            (to_db_time(now), to_db_time(now)),
        )
        return [(row["member_id"], row["withdrawn_by"]) for row in rows]

    async def set_erasure(self, member_id: int, erase_at: datetime, by: int | None) -> None:
        await self._db.execute(
            "UPDATE guardian_requests SET erase_at = ?, withdrawn_by = ? WHERE member_id = ?",
            (to_db_time(erase_at), by, member_id),
        )

    async def create(
        self,
        member_id: int,
        reference_code: str,
        token_hash: str,
        telegram_name: str,
        now: datetime,
        expires_at: datetime,
    ) -> bool:
        """False if the reference code is taken (the caller draws another)."""
        try:
            await self._db.execute(
                "INSERT INTO guardian_requests (member_id, reference_code, token_hash,"
                " telegram_name, status, created_at, link_expires_at)"
                " VALUES (?, ?, ?, ?, 'pending', ?, ?)",
                (
                    member_id,
                    reference_code,
                    token_hash,
                    telegram_name,
                    to_db_time(now),
                    to_db_time(expires_at),
                ),
            )
        except sqlite3.IntegrityError:
            return False
        return True

    async def new_link(self, member_id: int, token_hash: str, expires_at: datetime) -> None:
        """A fresh link: the old one stops working, and whoever opened it is forgotten."""
        await self._db.execute(
            "UPDATE guardian_requests SET token_hash = ?, link_expires_at = ?,"
            " status = 'pending', guardian_id = NULL, purposes = '[]',"
            " guardian_name = NULL, relationship = NULL, signed_on = NULL"
            " WHERE member_id = ?",
            (token_hash, to_db_time(expires_at), member_id),
        )

    async def opened_by(self, member_id: int, guardian_id: int, language: str | None) -> None:
        await self._db.execute(
            "UPDATE guardian_requests SET status = 'opened', guardian_id = ?,"
            " guardian_language = ? WHERE member_id = ?",
            (guardian_id, language, member_id),
        )

    async def guardian_language(self, guardian_id: int) -> str | None:
        """The app language of someone who answered a request as a guardian ('' if unknown);
        None if they never did."""
        row = await self._db.fetch_one(
            "SELECT coalesce(guardian_language, '') AS language FROM guardian_requests"
            # Who withdrew stays a guardian after the child's new link (they are told when
            # the data goes, and /start still greets them as one).
            " WHERE guardian_id = ? OR withdrawn_by = ? ORDER BY decided_at DESC LIMIT 1",
            (guardian_id, guardian_id),
        )
        return row["language"] if row else None

    async def set_purposes(self, member_id: int, purposes: tuple[str, ...]) -> None:
        await self._db.execute(
            "UPDATE guardian_requests SET purposes = ? WHERE member_id = ?",
            (json.dumps(list(purposes)), member_id),
        )

    async def decide(self, member_id: int, status: str, method: str | None, now: datetime) -> None:
        """Consent given or withdrawn: the link is spent either way. A new consent is to be
        verified again; a withdrawn one keeps who verified it, as its history does."""
        fresh = status == "consented"
        await self._db.execute(
            "UPDATE guardian_requests SET status = ?, method = coalesce(?, method),"
            " decided_at = ?, token_hash = NULL,"
            " verified_at = CASE WHEN ? THEN NULL ELSE verified_at END,"
            " verified_by = CASE WHEN ? THEN NULL ELSE verified_by END,"
            " erase_at = NULL, withdrawn_by = NULL"
            " WHERE member_id = ?",
            (status, method, to_db_time(now), fresh, fresh, member_id),
        )

    async def state_identity(self, member_id: int, name: str, relationship: str | None) -> None:
        """Who the guardian says they are (or the paper form says), before they consent."""
        await self._db.execute(
            "UPDATE guardian_requests SET guardian_name = ?, relationship = ? WHERE member_id = ?",
            (name, relationship, member_id),
        )

    async def set_signed_on(self, member_id: int, signed_on: date) -> None:
        await self._db.execute(
            "UPDATE guardian_requests SET signed_on = ? WHERE member_id = ?",
            (signed_on.isoformat(), member_id),
        )

    async def verify(self, member_id: int, moderator_id: int, now: datetime) -> bool:
        """False if someone decided first (or the consent is gone)."""
        changed = await self._db.execute(
            "UPDATE guardian_requests SET verified_at = ?, verified_by = ?"
            " WHERE member_id = ? AND status = 'consented' AND verified_at IS NULL",
            (to_db_time(now), moderator_id, member_id),
        )
        return changed > 0

    async def revoke(self, member_id: int, now: datetime) -> bool:
        """A consent a moderator found void: as if never given (the member waits again).
        False if someone decided first."""
        changed = await self._db.execute(
            "UPDATE guardian_requests SET status = 'withdrawn', decided_at = ?,"
            " verified_at = NULL, verified_by = NULL"
            " WHERE member_id = ? AND status = 'consented' AND verified_at IS NULL",
            (to_db_time(now), member_id),
        )
        return changed > 0
