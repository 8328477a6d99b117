"""People who started the bot."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from storage.db import Repository, from_db_time, to_db_time
from storage.guardians import adults_may_reach
from storage.project_messages import detach_replies
from storage.rows import from_row
from storage.sanctions import forget_person as forget_in_sanctions


@dataclass(frozen=True)
class Member:
    telegram_id: int
    language: str | None
    app_language: str | None
    reachable: bool
    created_at: datetime
    last_seen_at: datetime


@dataclass(frozen=True)
class Addressee:
    """What deciding whether a message may go to someone needs, read at once."""

    telegram_id: int
    reachable: bool
    language: str | None
    app_language: str | None
    birth_year: int | None
    birth_month: int | None
    granted: frozenset[str]  # the consent purposes they said yes to
    invitations: bool  # they take invitations to projects (rule 15 (d))
    adults_may_reach: bool = True  # no guardian consent waits for a moderator's check (rule 2)


# What hangs off a member beyond the minimum of rule 2 (profiles and guardian_requests stay).
KEYED_BY_MEMBER = (
    "consents",
    "consent_history",  # her own answers as an older member: a guardian decides from now on
    "preferences",
    "project_messages",
    "applications",
    "rsvps",
    "tasks",
    "hour_statements",  # withdrawn: they carry her first name
    "attendance",  # the events she came to, and the hours credited: her data too
)


_ADDRESSEE = (
    "SELECT m.telegram_id, m.reachable, m.language, m.app_language,"
    " p.birth_year, p.birth_month, COALESCE(pr.invitations, 1) AS invitations,"
    " (SELECT group_concat(c.purpose) FROM consents c"
    "  WHERE c.member_id = m.telegram_id AND c.granted = 1) AS granted,"
    f" {adults_may_reach('m.telegram_id')} AS adults_may_reach"
    " FROM members m LEFT JOIN profiles p ON p.member_id = m.telegram_id"
    " LEFT JOIN preferences pr ON pr.member_id = m.telegram_id"
)


def _addressee(row: sqlite3.Row) -> Addressee:
    return Addressee(
        telegram_id=row["telegram_id"],
        reachable=bool(row["reachable"]),
        language=row["language"],
        app_language=row["app_language"],
        birth_year=row["birth_year"],
        birth_month=row["birth_month"],
        granted=frozenset(row["granted"].split(",")) if row["granted"] else frozenset(),
        invitations=bool(row["invitations"]),
        adults_may_reach=bool(row["adults_may_reach"]),
    )


def _member(row: sqlite3.Row) -> Member:
    return from_row(Member, row)


class MemberRepository(Repository):
    async def get(self, telegram_id: int) -> Member | None:
        row = await self._db.fetch_one(
            "SELECT * FROM members WHERE telegram_id = ?", (telegram_id,)
        )
        return _member(row) if row else None

    async def joined(self) -> list[tuple[int, datetime]]:
        """Every member's id and when they first started the bot (a restore's replay)."""
        rows = await self._db.fetch_all("SELECT telegram_id, created_at FROM members")
        return [(row["telegram_id"], from_db_time(row["created_at"])) for row in rows]

    async def addressee(self, telegram_id: int) -> Addressee | None:
        """The member, their birth month, consents and preferences: one query."""
        row = await self._db.fetch_one(
            f"{_ADDRESSEE} WHERE m.telegram_id = ?",
            (telegram_id,),
        )
        return None if row is None else _addressee(row)

    async def addressees(self, telegram_ids: Sequence[int]) -> dict[int, Addressee]:
        """Several at once (a broadcast's batch), by Telegram id; the unknown are left out."""
        if not telegram_ids:
            return {}
        marks = ", ".join("?" for _ in telegram_ids)
        rows = await self._db.fetch_all(
            f"{_ADDRESSEE} WHERE m.telegram_id IN ({marks})", tuple(telegram_ids)
        )
        return {row["telegram_id"]: _addressee(row) for row in rows}

    async def language(self, telegram_id: int) -> str | None:
        row = await self._db.fetch_one(
            "SELECT language FROM members WHERE telegram_id = ?", (telegram_id,)
        )
        return row["language"] if row else None

    async def record_contact(
        self, telegram_id: int, app_language: str | None, now: datetime
    ) -> Member:
        """Create the member on first contact; otherwise mark them seen and reachable again."""
        row = await self._db.fetch_one(
            "INSERT INTO members (telegram_id, app_language, created_at, last_seen_at)"
            " VALUES (?, ?, ?, ?) ON CONFLICT (telegram_id) DO UPDATE SET"
            " app_language = excluded.app_language,"
            " last_seen_at = excluded.last_seen_at, reachable = 1"
            " RETURNING *",
            (telegram_id, app_language, to_db_time(now), to_db_time(now)),
        )
        assert row is not None
        return _member(row)

    async def set_language(self, telegram_id: int, language: str, now: datetime) -> None:
        await self._db.execute(
            "INSERT INTO members (telegram_id, language, created_at, last_seen_at)"
            " VALUES (?, ?, ?, ?) ON CONFLICT (telegram_id) DO UPDATE SET"
            " language = excluded.language, last_seen_at = excluded.last_seen_at",
            (telegram_id, language, to_db_time(now), to_db_time(now)),
        )

    async def set_reachable(self, telegram_id: int, reachable: bool) -> bool:
        """Returns whether a member existed."""
        changed = await self._db.execute(
            "UPDATE members SET reachable = ? WHERE telegram_id = ?", (int(reachable), telegram_id)
        )
        return changed > 0

    async def projects_taken_part_in(self, telegram_id: int) -> list[int]:
        """The projects the member takes part in (accepted): erased, a place frees in each."""
        rows = await self._db.fetch_all(
            "SELECT project_id FROM applications WHERE member_id = ? AND status = 'accepted'"
            " ORDER BY project_id",
            (telegram_id,),
        )
        return [int(row["project_id"]) for row in rows]

    async def erase(self, telegram_id: int, now: datetime) -> bool:
        """Delete the member and, by cascade, everything that hangs off them."""
        async with self._db.transaction() as tx:
            # Rule 17: what adults wrote to her alone stays, detached (the cascade would take it).
            await detach_replies(tx, telegram_id)
            changed = await tx.execute("DELETE FROM members WHERE telegram_id = ?", (telegram_id,))
            await tx.execute(
                "UPDATE audit_parties SET telegram_id = NULL WHERE telegram_id = ?", (telegram_id,)
            )
            await tx.execute("DELETE FROM conversations WHERE telegram_id = ?", (telegram_id,))
            # Someone erased as a guardian: the requests they answered forget their account.
            await tx.execute(
                "UPDATE guardian_requests SET guardian_id = NULL WHERE guardian_id = ?",
                (telegram_id,),
            )
            await tx.execute(
                "UPDATE consent_history SET actor_id = NULL WHERE actor_id = ?", (telegram_id,)
            )
            # Reports (rule 11): an open one keeps what it needs, not who the two people were;
            # the reporter's replies to the leads keep their words, not the name.
            await tx.execute(
                "UPDATE report_messages SET author_name = NULL WHERE from_reporter = 1"
                " AND report_id IN (SELECT id FROM reports WHERE reporter_id = ?)",
                (telegram_id,),
            )
            await tx.execute(
                "UPDATE reports SET reporter_id = NULL, reporter_name = NULL WHERE reporter_id = ?",
                (telegram_id,),
            )
            await tx.execute(
                "UPDATE reports SET reported_id = NULL, reported_name = NULL WHERE reported_id = ?",
                (telegram_id,),
            )
            await tx.execute("DELETE FROM report_drafts WHERE member_id = ?", (telegram_id,))
            # A sanction keeps the keyed hash, so deleting an account lifts nothing (rule 11).
            await forget_in_sanctions(tx, telegram_id, now)
        # The old rows may still sit in the WAL file: fold it into the (zeroed) main file.
        await self._db.checkpoint()
        return changed > 0

    async def keep_only_age(self, telegram_id: int, *, keep_history: bool = False) -> None:
        """Back to what a person waiting for a guardian may have (safeguarding rule 2): the
        member (id, language), birth month/year and the guardian request. Profile answers,
        consents, preferences, applications and their messages, event answers and what the bot
        was to send them go; the replies coordinators wrote to her alone stay, detached."""
        async with self._db.transaction() as tx:
            await tx.execute(
                "UPDATE profiles SET first_name = NULL, city = NULL, remote_only = 0,"
                " causes = '[]', skills = '[]', days = '[]', hours_per_week = NULL,"
                " causes_mask = 0, skills_mask = 0, days_mask = 0, completed_at = NULL"
                " WHERE member_id = ?",
                (telegram_id,),
            )
            for table in KEYED_BY_MEMBER:
                if keep_history and table == "consent_history":
                    continue  # a guardian's consent and its withdrawal stay on record (rule 3)
                # Table names come from the constant above, never from input.
                await tx.execute(f"DELETE FROM {table} WHERE member_id = ?", (telegram_id,))
            # What coordinators wrote to her alone stays for moderators (rule 17), no longer
            # hers: her own messages go (above), the adults' are detached as on erasure.
            await detach_replies(tx, telegram_id)
        await self._db.checkpoint()

    async def touch(self, telegram_id: int, now: datetime) -> None:
        """Seen now: also cancels an inactivity warning."""
        await self._db.execute(
            "UPDATE members SET last_seen_at = ?, inactivity_warned_at = NULL"
            " WHERE telegram_id = ?",
            (to_db_time(now), telegram_id),
        )

    async def inactive_unwarned(self, seen_before: datetime) -> list[int]:
        rows = await self._db.fetch_all(
            "SELECT telegram_id FROM members"
            " WHERE last_seen_at < ? AND inactivity_warned_at IS NULL",
            (to_db_time(seen_before),),
        )
        return [row["telegram_id"] for row in rows]

    async def mark_warned(self, telegram_id: int, now: datetime) -> None:
        await self._db.execute(
            "UPDATE members SET inactivity_warned_at = ? WHERE telegram_id = ?",
            (to_db_time(now), telegram_id),
        )

    async def warned_before(self, cutoff: datetime) -> list[int]:
        rows = await self._db.fetch_all(
            "SELECT telegram_id FROM members WHERE inactivity_warned_at <= ?",
            (to_db_time(cutoff),),
        )
        return [row["telegram_id"] for row in rows]

    async def born_before(self, year: int) -> list[tuple[int, int, int]]:
        """(member, birth year, birth month) of members not yet told they aged out."""
        rows = await self._db.fetch_all(
            "SELECT m.telegram_id, p.birth_year, p.birth_month FROM members m"
            " JOIN profiles p ON p.member_id = m.telegram_id"
            " WHERE p.birth_year <= ? AND p.birth_month IS NOT NULL AND m.aged_out_at IS NULL",
            (year,),
        )
        return [(row[0], row[1], row[2]) for row in rows]

    async def mark_aged_out(self, telegram_id: int, now: datetime) -> None:
        await self._db.execute(
            "UPDATE members SET aged_out_at = ? WHERE telegram_id = ?",
            (to_db_time(now), telegram_id),
        )

    async def aged_out_before(self, cutoff: datetime) -> list[int]:
        rows = await self._db.fetch_all(
            "SELECT telegram_id FROM members WHERE aged_out_at <= ?", (to_db_time(cutoff),)
        )
        return [row["telegram_id"] for row in rows]
