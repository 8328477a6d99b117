"""Members' answers to events: going (a seat or the waitlist), maybe, no; who answered what.

Part of EventRepository (storage.events); the waitlist's offers are in storage.waitlist."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from storage.db import Repository, to_db_time
from storage.rows import from_row
from storage.tasks import NewTask, insert_tasks


@dataclass(frozen=True)
class Counts:
    going: int
    maybe: int
    waiting: int


@dataclass(frozen=True)
class Rsvp:
    event_id: int
    member_id: int
    answer: str
    seat: bool
    offer_expires_at: datetime | None


def rsvp_from_row(row: sqlite3.Row) -> Rsvp:
    return from_row(Rsvp, row)


@dataclass(frozen=True)
class AnswerRecord:
    """A member's answer to an event, as their data export shows it."""

    event: str
    starts_at: datetime
    event_status: str
    answer: str
    answered_at: datetime


class Rsvps(Repository):
    """The answers' queries of EventRepository."""

    async def rsvp(self, event_id: int, member_id: int) -> Rsvp | None:
        row = await self._db.fetch_one(
            "SELECT * FROM rsvps WHERE event_id = ? AND member_id = ?", (event_id, member_id)
        )
        return rsvp_from_row(row) if row else None

    async def answers(self, event_id: int) -> list[Rsvp]:
        rows = await self._db.fetch_all(
            "SELECT * FROM rsvps WHERE event_id = ? ORDER BY answered_at, member_id", (event_id,)
        )
        return [rsvp_from_row(row) for row in rows]

    async def counts(self, event_id: int) -> Counts:
        row = await self._db.fetch_one(
            "SELECT count(*) FILTER (WHERE answer IN ('going', 'offered')) AS going,"
            " count(*) FILTER (WHERE answer = 'maybe') AS maybe,"
            " count(*) FILTER (WHERE answer = 'waitlist') AS waiting"
            " FROM rsvps WHERE event_id = ?",
            (event_id,),
        )
        assert row is not None
        return Counts(int(row["going"]), int(row["maybe"]), int(row["waiting"]))

    async def answers_of(self, member_id: int) -> list[AnswerRecord]:
        """Every answer the member gave, with the event it was for (for /mydata)."""
        rows = await self._db.fetch_all(
            "SELECT e.title AS event, e.starts_at, e.status AS event_status, r.answer,"
            " r.answered_at FROM rsvps r JOIN events e ON e.id = r.event_id"
            " WHERE r.member_id = ? ORDER BY e.starts_at",
            (member_id,),
        )
        return [from_row(AnswerRecord, row) for row in rows]

    async def answerers(self, event_id: int) -> list[int]:
        """Everyone who said they might come: going, maybe, waiting or offered a seat."""
        rows = await self._db.fetch_all(
            "SELECT member_id FROM rsvps WHERE event_id = ? AND answer != 'no' ORDER BY member_id",
            (event_id,),
        )
        return [int(row["member_id"]) for row in rows]

    async def going(
        self,
        event_id: int,
        member_id: int,
        now: datetime,
        reminders: Sequence[NewTask] = (),
    ) -> str | None:
        """Going: a seat if one is free, else the end of the waitlist, in one statement (the
        count of seats held and the new answer cannot be split by another writer). Someone
        who already holds a seat keeps it. With a seat, `reminders` are stored in the same
        transaction. None if the event is not open."""
        at = to_db_time(now)
        # BEGIN IMMEDIATE: the write lock first, so the count below is never of a stale
        # snapshot (another process may write the same database).
        async with self._db.transaction() as tx:
            row = await tx.fetch_one(
                "INSERT INTO rsvps (event_id, member_id, answer, seat, queued_at, answered_at)"
                " SELECT e.id, ?, CASE WHEN free THEN 'going' ELSE 'waitlist' END,"
                "  CASE WHEN free THEN 1 ELSE 0 END, CASE WHEN free THEN NULL ELSE ? END, ?"
                " FROM (SELECT e.id, (e.capacity IS NULL OR (SELECT count(*) FROM rsvps r"
                "   WHERE r.event_id = e.id AND r.seat = 1 AND r.member_id != ?) < e.capacity)"
                "   AS free FROM events e WHERE e.id = ? AND e.status = 'open') AS e"
                " WHERE true"
                " ON CONFLICT (event_id, member_id) DO UPDATE SET"
                "  answer = CASE WHEN rsvps.seat = 1 THEN 'going' ELSE excluded.answer END,"
                "  seat = max(rsvps.seat, excluded.seat),"
                "  queued_at = CASE WHEN rsvps.seat = 1 THEN NULL"
                "   WHEN rsvps.answer = 'waitlist' THEN rsvps.queued_at"
                "   ELSE excluded.queued_at END,"
                "  offer_expires_at = NULL, answered_at = excluded.answered_at"
                " RETURNING answer",
                (member_id, at, at, member_id, event_id),
            )
            if row is not None and row["answer"] == "going":
                await insert_tasks(tx, reminders, now)
        return row["answer"] if row else None

    async def answer_without_seat(
        self,
        event_id: int,
        member_id: int,
        answer: str,
        now: datetime,
        tasks: Sequence[NewTask] = (),
    ) -> bool:
        """Maybe or no: gives up any seat or waitlist place, storing `tasks` (a Maybe's
        reminders, a notice) in the same transaction. True if a seat was freed."""
        async with self._db.transaction() as tx:
            before = await tx.fetch_one(
                "SELECT seat FROM rsvps WHERE event_id = ? AND member_id = ?",
                (event_id, member_id),
            )
            await tx.execute(
                "INSERT INTO rsvps (event_id, member_id, answer, seat, answered_at)"
                " VALUES (?, ?, ?, 0, ?) ON CONFLICT (event_id, member_id) DO UPDATE SET"
                " answer = excluded.answer, seat = 0, queued_at = NULL, offer_expires_at = NULL,"
                " answered_at = excluded.answered_at",
                (event_id, member_id, answer, to_db_time(now)),
            )
            await insert_tasks(tx, tasks, now)
        return bool(before and before["seat"])
