"""Age checks (safeguarding rule 23): the outcome of someone's age question, under a keyed hash
of their Telegram id, and a later answer that waits for a moderator."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from storage.db import Repository, from_db_time, to_db_time
from storage.rows import from_row


@dataclass(frozen=True)
class AgeCheck:
    id: int
    subject: str  # the keyed hash of the Telegram id
    outcome: str
    birth_year: int
    birth_month: int
    answered_at: datetime


@dataclass(frozen=True)
class AgeRetry:
    member_id: int
    check_id: int
    birth_year: int
    birth_month: int
    asked_at: datetime


class AgeCheckRepository(Repository):
    async def of_subject(self, subject: str) -> AgeCheck | None:
        row = await self._db.fetch_one("SELECT * FROM age_checks WHERE subject = ?", (subject,))
        return from_row(AgeCheck, row) if row else None

    async def get(self, check_id: int) -> AgeCheck | None:
        row = await self._db.fetch_one("SELECT * FROM age_checks WHERE id = ?", (check_id,))
        return from_row(AgeCheck, row) if row else None

    async def record(
        self, subject: str, outcome: str, born: tuple[int, int], now: datetime
    ) -> None:
        """The latest outcome for this person; the 30 days start again."""
        await self._db.execute(
            "INSERT INTO age_checks (subject, outcome, birth_year, birth_month, answered_at)"
            " VALUES (?, ?, ?, ?, ?) ON CONFLICT (subject) DO UPDATE SET"
            " outcome = excluded.outcome, birth_year = excluded.birth_year,"
            " birth_month = excluded.birth_month, answered_at = excluded.answered_at",
            (subject, outcome, born[0], born[1], to_db_time(now)),
        )

    async def forget(self, subject: str) -> None:
        await self._db.execute("DELETE FROM age_checks WHERE subject = ?", (subject,))

    async def purge(self, answered_before: datetime) -> int:
        """Checks older than the cutoff; one a moderator has yet to decide on stays."""
        return await self._db.execute(
            "DELETE FROM age_checks WHERE answered_at < ?"
            " AND id NOT IN (SELECT check_id FROM age_retries)",
            (to_db_time(answered_before),),
        )

    async def hold(
        self, member_id: int, check_id: int, born: tuple[int, int], now: datetime
    ) -> None:
        """A new answer waits for a moderator (a newer one replaces it)."""
        await self._db.execute(
            "INSERT INTO age_retries (member_id, check_id, birth_year, birth_month, asked_at)"
            " VALUES (?, ?, ?, ?, ?) ON CONFLICT (member_id) DO UPDATE SET"
            " check_id = excluded.check_id, birth_year = excluded.birth_year,"
            " birth_month = excluded.birth_month, asked_at = excluded.asked_at",
            (member_id, check_id, born[0], born[1], to_db_time(now)),
        )

    async def retry_of(self, member_id: int) -> AgeRetry | None:
        row = await self._db.fetch_one(
            "SELECT * FROM age_retries WHERE member_id = ?", (member_id,)
        )
        return from_row(AgeRetry, row) if row else None

    async def retry_for(self, check_id: int) -> AgeRetry | None:
        row = await self._db.fetch_one("SELECT * FROM age_retries WHERE check_id = ?", (check_id,))
        return from_row(AgeRetry, row) if row else None

    async def take_retry(self, check_id: int, born: tuple[int, int]) -> AgeRetry | None:
        """The waiting answer, if it is still `born`, removed in the same step: two moderators
        pressing at once cannot both decide it, and a card about an older answer decides
        nothing."""
        row = await self._db.fetch_one(
            "DELETE FROM age_retries WHERE check_id = ? AND birth_year = ? AND birth_month = ?"
            " RETURNING *",
            (check_id, *born),
        )
        return from_row(AgeRetry, row) if row else None

    async def open_retries(self) -> list[tuple[AgeRetry, AgeCheck]]:
        """Every answer waiting for a moderator, with the first answer it would override,
        oldest first (for the moderators' to-do list)."""
        rows = await self._db.fetch_all(
            "SELECT r.member_id, r.check_id, r.birth_year AS new_year,"
            " r.birth_month AS new_month, r.asked_at, c.* FROM age_retries r"
            " JOIN age_checks c ON c.id = r.check_id ORDER BY r.asked_at, r.member_id"
        )
        return [
            (
                AgeRetry(
                    row["member_id"],
                    row["check_id"],
                    row["new_year"],
                    row["new_month"],
                    from_db_time(row["asked_at"]),
                ),
                from_row(AgeCheck, row),
            )
            for row in rows
        ]
