"""Events and RSVPs."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from datetime import datetime

from storage.db import Database, from_db_time, to_db_time


@dataclass(frozen=True)
class NewEvent:
    title: str
    description: str
    starts_at: datetime
    duration_minutes: int
    place: str | None
    link: str | None
    capacity: int | None
    project_id: int | None
    min_age: int | None
    max_age: int | None
    reminder_minutes: tuple[int, ...]


@dataclass(frozen=True)
class Event(NewEvent):
    id: int
    status: str
    created_by: int
    seats_taken: int


@dataclass(frozen=True)
class Rsvp:
    event_id: int
    member_id: int
    answer: str
    seat: bool
    offer_expires_at: datetime | None


_EVENT = (
    "SELECT e.*, (SELECT count(*) FROM rsvps r WHERE r.event_id = e.id AND r.seat = 1)"
    " AS seats_taken FROM events e"
)


def _event(row: sqlite3.Row) -> Event:
    return Event(
        id=row["id"],
        title=row["title"],
        description=row["description"],
        starts_at=from_db_time(row["starts_at"]),
        duration_minutes=row["duration_minutes"],
        place=row["place"],
        link=row["link"],
        capacity=row["capacity"],
        project_id=row["project_id"],
        min_age=row["min_age"],
        max_age=row["max_age"],
        reminder_minutes=tuple(json.loads(row["reminder_minutes"])),
        status=row["status"],
        created_by=row["created_by"],
        seats_taken=row["seats_taken"],
    )


def _rsvp(row: sqlite3.Row) -> Rsvp:
    return Rsvp(
        event_id=row["event_id"],
        member_id=row["member_id"],
        answer=row["answer"],
        seat=bool(row["seat"]),
        offer_expires_at=from_db_time(row["offer_expires_at"]) if row["offer_expires_at"] else None,
    )


class EventRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    async def create(self, new: NewEvent, created_by: int, now: datetime) -> int:
        row = await self._db.fetch_one(
            "INSERT INTO events (title, description, starts_at, duration_minutes, place, link,"
            " capacity, project_id, min_age, max_age, reminder_minutes, status, created_by,"
            " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'open', ?, ?) RETURNING id",
            (
                new.title,
                new.description,
                to_db_time(new.starts_at),
                new.duration_minutes,
                new.place,
                new.link,
                new.capacity,
                new.project_id,
                new.min_age,
                new.max_age,
                json.dumps(list(new.reminder_minutes)),
                created_by,
                to_db_time(now),
            ),
        )
        assert row is not None
        return int(row["id"])

    async def get(self, event_id: int) -> Event | None:
        row = await self._db.fetch_one(f"{_EVENT} WHERE e.id = ?", (event_id,))
        return _event(row) if row else None

    async def rsvp(self, event_id: int, member_id: int) -> Rsvp | None:
        row = await self._db.fetch_one(
            "SELECT * FROM rsvps WHERE event_id = ? AND member_id = ?", (event_id, member_id)
        )
        return _rsvp(row) if row else None

    async def going(self, event_id: int, member_id: int, now: datetime) -> str | None:
        """Going: a seat if one is free, else the end of the waitlist, in one statement (the
        count of seats held and the new answer cannot be split by another writer). Someone
        who already holds a seat keeps it. None if the event is not open."""
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
        return row["answer"] if row else None

    async def answer_without_seat(
        self, event_id: int, member_id: int, answer: str, now: datetime
    ) -> bool:
        """Maybe or no: gives up any seat or waitlist place. True if a seat was freed."""
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
        return bool(before and before["seat"])

    async def offer_next(self, event_id: int, expires_at: datetime, now: datetime) -> int | None:
        """Hold the free seat for the first on the waitlist; their id, or None."""
        row = await self._db.fetch_one(
            "UPDATE rsvps SET answer = 'offered', seat = 1, offer_expires_at = ?,"
            " answered_at = ? WHERE event_id = ? AND member_id = (SELECT member_id FROM rsvps"
            "  WHERE event_id = ? AND answer = 'waitlist' ORDER BY queued_at, member_id LIMIT 1)"
            " AND (SELECT e.capacity IS NULL OR (SELECT count(*) FROM rsvps r"
            "  WHERE r.event_id = ? AND r.seat = 1) < e.capacity FROM events e WHERE e.id = ?)"
            " RETURNING member_id",
            (to_db_time(expires_at), to_db_time(now), event_id, event_id, event_id, event_id),
        )
        return row["member_id"] if row else None

    async def confirm_offer(self, event_id: int, member_id: int, now: datetime) -> bool:
        changed = await self._db.execute(
            "UPDATE rsvps SET answer = 'going', offer_expires_at = NULL, answered_at = ?"
            " WHERE event_id = ? AND member_id = ? AND answer = 'offered'"
            " AND offer_expires_at > ?",
            (to_db_time(now), event_id, member_id, to_db_time(now)),
        )
        return changed > 0

    async def lapse_offer(self, event_id: int, member_id: int, now: datetime) -> bool:
        """An offer not confirmed in time: the seat is free again (the caller offers it on)."""
        changed = await self._db.execute(
            "UPDATE rsvps SET answer = 'no', seat = 0, offer_expires_at = NULL, answered_at = ?"
            " WHERE event_id = ? AND member_id = ? AND answer = 'offered'"
            " AND offer_expires_at <= ?",
            (to_db_time(now), event_id, member_id, to_db_time(now)),
        )
        return changed > 0

    async def answers(self, event_id: int) -> list[Rsvp]:
        rows = await self._db.fetch_all(
            "SELECT * FROM rsvps WHERE event_id = ? ORDER BY answered_at, member_id", (event_id,)
        )
        return [_rsvp(row) for row in rows]
