"""Events and RSVPs."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from storage.db import Database, from_db_time, to_db_time
from storage.tasks import NewTask, cancel_keyed_tasks, insert_tasks


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
    participants_only: bool = False  # only the participants of project_id may come


@dataclass(frozen=True)
class Event(NewEvent):
    id: int = 0
    status: str = "open"
    created_by: int = 0
    seats_taken: int = 0
    revision: int = 0  # goes up with a new start or new offsets: reminders are planned again

    @property
    def seats_left(self) -> int | None:
        return None if self.capacity is None else max(self.capacity - self.seats_taken, 0)


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
        participants_only=bool(row["participants_only"]),
        status=row["status"],
        created_by=row["created_by"],
        seats_taken=row["seats_taken"],
        revision=row["revision"],
    )


# The first on an event's waitlist who can be written to; one parameter, the event id.
_FIRST_WAITING = (
    "SELECT w.member_id FROM rsvps w JOIN members m ON m.telegram_id = w.member_id"
    " WHERE w.event_id = ? AND w.answer = 'waitlist' AND m.reachable = 1"
    " ORDER BY w.queued_at, w.member_id LIMIT 1"
)


def event_values(new: NewEvent) -> tuple[object, ...]:
    """The stored columns of a new or changed event, in the order create and update use."""
    return (
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
        int(new.participants_only),
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
            " capacity, project_id, min_age, max_age, reminder_minutes, participants_only,"
            " status, created_by, created_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'open', ?, ?) RETURNING id",
            (*event_values(new), created_by, to_db_time(now)),
        )
        assert row is not None
        return int(row["id"])

    async def update(
        self,
        event: Event,
        expected_revision: int,
        now: datetime,
        cancel_prefix: str | None = None,
        tasks: Sequence[NewTask] = (),
    ) -> bool:
        """Save the changed answers of an open event, still at `expected_revision`, as
        `event.revision`, and in the same transaction cancel the tasks it replaces and store
        the new ones (a crash never leaves a moved event without its reminders). False if the
        event is not open, changed meanwhile, or the new capacity is below the seats already
        taken."""
        async with self._db.transaction() as tx:
            changed = await tx.execute(
                "UPDATE events SET title = ?, description = ?, starts_at = ?,"
                " duration_minutes = ?, place = ?, link = ?, capacity = ?, project_id = ?,"
                " min_age = ?, max_age = ?, reminder_minutes = ?, participants_only = ?,"
                " revision = ? WHERE id = ? AND status = 'open' AND revision = ?"
                " AND (? IS NULL OR ? >= (SELECT count(*)"
                "  FROM rsvps r WHERE r.event_id = events.id AND r.seat = 1))",
                (
                    *event_values(event),
                    event.revision,
                    event.id,
                    expected_revision,
                    event.capacity,
                    event.capacity,
                ),
            )
            if not changed:
                return False
            if cancel_prefix is not None:
                await cancel_keyed_tasks(tx, cancel_prefix, now)
            await insert_tasks(tx, tasks, now)
        return True

    async def cancel(
        self,
        event_id: int,
        now: datetime,
        cancel_prefixes: Sequence[str],
        tasks: Sequence[NewTask],
    ) -> bool:
        """Cancel an open event, its pending tasks and store the notices, all at once."""
        async with self._db.transaction() as tx:
            changed = await tx.execute(
                "UPDATE events SET status = 'cancelled', cancelled_at = ?"
                " WHERE id = ? AND status = 'open'",
                (to_db_time(now), event_id),
            )
            if not changed:
                return False
            for prefix in cancel_prefixes:
                await cancel_keyed_tasks(tx, prefix, now)
            await insert_tasks(tx, tasks, now)
        return True

    async def with_free_seats(self, now: datetime) -> list[int]:
        """Open events not started with a seat free and someone waiting: after a crash between
        a seat freeing and its offer, these are offered again at start-up."""
        rows = await self._db.fetch_all(
            "SELECT e.id FROM events e WHERE e.status = 'open' AND e.starts_at > ?"
            " AND EXISTS (SELECT 1 FROM rsvps w"
            "  WHERE w.event_id = e.id AND w.answer = 'waitlist')"
            " AND (e.capacity IS NULL OR (SELECT count(*) FROM rsvps r"
            "  WHERE r.event_id = e.id AND r.seat = 1) < e.capacity)",
            (to_db_time(now),),
        )
        return [int(row["id"]) for row in rows]

    async def expired_offers(self, now: datetime) -> list[tuple[int, int]]:
        """Offers past their time still holding a seat (their lapse task was cut short)."""
        rows = await self._db.fetch_all(
            "SELECT event_id, member_id FROM rsvps WHERE answer = 'offered'"
            " AND offer_expires_at <= ?",
            (to_db_time(now),),
        )
        return [(int(row["event_id"]), int(row["member_id"])) for row in rows]

    async def upcoming_for(
        self,
        member_id: int,
        age: int,
        now: datetime,
        limit: int,
        offset: int,
    ) -> tuple[list[Event], int]:
        """Open events not started yet that the member may come to (age band, and project
        participants for events only for them), soonest first; one page and the total."""
        where = (
            " WHERE e.status = 'open' AND e.starts_at > :now"
            " AND (e.min_age IS NULL OR e.min_age <= :age)"
            " AND (e.max_age IS NULL OR e.max_age >= :age)"
            " AND (e.participants_only = 0 OR EXISTS (SELECT 1 FROM applications a"
            "  WHERE a.project_id = e.project_id AND a.member_id = :member"
            "  AND a.status = 'accepted'))"
        )
        values = {"now": to_db_time(now), "age": age, "member": member_id}
        total = await self._db.fetch_one(f"SELECT count(*) AS n FROM events e{where}", values)
        rows = await self._db.fetch_all(
            f"{_EVENT}{where} ORDER BY e.starts_at, e.id LIMIT :limit OFFSET :offset",
            {**values, "limit": limit, "offset": offset},
        )
        return [_event(row) for row in rows], int(total["n"]) if total else 0

    async def is_participant(self, project_id: int, member_id: int) -> bool:
        row = await self._db.fetch_one(
            "SELECT 1 FROM applications WHERE project_id = ? AND member_id = ?"
            " AND status = 'accepted'",
            (project_id, member_id),
        )
        return row is not None

    async def answered_by(
        self, member_id: int, now: datetime, limit: int, offset: int
    ) -> tuple[list[tuple[Event, Rsvp]], int]:
        """The member's answers to events not started yet (cancelled ones too, so they see
        it), soonest first; one page and the total."""
        where = " WHERE r.member_id = :member AND e.starts_at > :now"
        values = {"member": member_id, "now": to_db_time(now)}
        total = await self._db.fetch_one(
            f"SELECT count(*) AS n FROM rsvps r JOIN events e ON e.id = r.event_id{where}", values
        )
        rows = await self._db.fetch_all(
            "SELECT e.*, (SELECT count(*) FROM rsvps s WHERE s.event_id = e.id AND s.seat = 1)"
            " AS seats_taken, r.event_id, r.member_id, r.answer, r.seat, r.offer_expires_at"
            f" FROM rsvps r JOIN events e ON e.id = r.event_id{where}"
            " ORDER BY e.starts_at, e.id LIMIT :limit OFFSET :offset",
            {**values, "limit": limit, "offset": offset},
        )
        return [(_event(row), _rsvp(row)) for row in rows], int(total["n"]) if total else 0

    async def organised(
        self, created_by: int | None, now: datetime, limit: int, offset: int
    ) -> tuple[list[Event], int]:
        """Open events not started yet, by one coordinator (None: everyone's), soonest first."""
        where = (
            " WHERE e.status = 'open' AND e.starts_at > :now"
            " AND (:creator IS NULL OR e.created_by = :creator)"
        )
        values = {"now": to_db_time(now), "creator": created_by}
        total = await self._db.fetch_one(f"SELECT count(*) AS n FROM events e{where}", values)
        rows = await self._db.fetch_all(
            f"{_EVENT}{where} ORDER BY e.starts_at, e.id LIMIT :limit OFFSET :offset",
            {**values, "limit": limit, "offset": offset},
        )
        return [_event(row) for row in rows], int(total["n"]) if total else 0

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

    async def answers_of(self, member_id: int) -> list[dict[str, object]]:
        """Every answer the member gave, with the event it was for (for /mydata)."""
        rows = await self._db.fetch_all(
            "SELECT e.title, e.starts_at, e.status, r.answer, r.answered_at FROM rsvps r"
            " JOIN events e ON e.id = r.event_id WHERE r.member_id = ? ORDER BY e.starts_at",
            (member_id,),
        )
        return [
            {
                "event": row["title"],
                "starts_at": from_db_time(row["starts_at"]),
                "event_status": row["status"],
                "answer": row["answer"],
                "answered_at": from_db_time(row["answered_at"]),
            }
            for row in rows
        ]

    async def attendees(self, event_id: int) -> list[tuple[int, str, str]]:
        """(member, answer, first name) of everyone who answered, in the order they got their
        place (the service decides whose name an organiser may see)."""
        rows = await self._db.fetch_all(
            "SELECT r.member_id, r.answer, coalesce(p.first_name, '?') AS name FROM rsvps r"
            " LEFT JOIN profiles p ON p.member_id = r.member_id WHERE r.event_id = ?"
            " ORDER BY coalesce(r.queued_at, r.answered_at), r.member_id",
            (event_id,),
        )
        return [(row["member_id"], row["answer"], row["name"]) for row in rows]

    async def answerers(self, event_id: int) -> list[int]:
        """Everyone who said they might come: going, maybe, waiting or offered a seat."""
        rows = await self._db.fetch_all(
            "SELECT member_id FROM rsvps WHERE event_id = ? AND answer != 'no' ORDER BY member_id",
            (event_id,),
        )
        return [int(row["member_id"]) for row in rows]

    async def get(self, event_id: int) -> Event | None:
        row = await self._db.fetch_one(f"{_EVENT} WHERE e.id = ?", (event_id,))
        return _event(row) if row else None

    async def rsvp(self, event_id: int, member_id: int) -> Rsvp | None:
        row = await self._db.fetch_one(
            "SELECT * FROM rsvps WHERE event_id = ? AND member_id = ?", (event_id, member_id)
        )
        return _rsvp(row) if row else None

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

    async def first_waiting(self, event_id: int) -> int | None:
        """The first on the waitlist who can be written to (someone who blocked the bot would
        hold a seat they never hear of)."""
        row = await self._db.fetch_one(f"SELECT member_id FROM ({_FIRST_WAITING})", (event_id,))
        return int(row["member_id"]) if row else None

    async def offer(
        self,
        event_id: int,
        member_id: int,
        expires_at: datetime,
        now: datetime,
        tasks: Sequence[NewTask],
    ) -> bool:
        """Hold a free seat for `member_id` if they are still first on the waitlist, storing
        `tasks` (the notice, the lapse) in the same transaction. False if the seat or their
        turn went meanwhile."""
        async with self._db.transaction() as tx:
            row = await tx.fetch_one(
                "UPDATE rsvps SET answer = 'offered', seat = 1, offer_expires_at = ?,"
                " answered_at = ? WHERE event_id = ? AND member_id = ? AND member_id = ("
                f"  {_FIRST_WAITING})"
                " AND (SELECT e.capacity IS NULL OR (SELECT count(*) FROM rsvps r"
                "  WHERE r.event_id = ? AND r.seat = 1) < e.capacity FROM events e"
                "  WHERE e.id = ? AND e.status = 'open')"
                " RETURNING member_id",
                (
                    to_db_time(expires_at),
                    to_db_time(now),
                    event_id,
                    member_id,
                    event_id,
                    event_id,
                    event_id,
                ),
            )
            if row is None:
                return False
            await insert_tasks(tx, tasks, now)
        return True

    async def extend_offer(
        self, event_id: int, member_id: int, expires_at: datetime, now: datetime, lapse: NewTask
    ) -> bool:
        """A later deadline for an offer still open (its notice was held back), with the task
        that lapses it then; the old lapse task finds the offer not yet expired and does
        nothing."""
        async with self._db.transaction() as tx:
            changed = await tx.execute(
                "UPDATE rsvps SET offer_expires_at = ? WHERE event_id = ? AND member_id = ?"
                " AND answer = 'offered' AND offer_expires_at < ?",
                (to_db_time(expires_at), event_id, member_id, to_db_time(expires_at)),
            )
            if changed:
                await insert_tasks(tx, [lapse], now)
        return changed > 0

    async def confirm_offer(
        self,
        event_id: int,
        member_id: int,
        now: datetime,
        reminders: Sequence[NewTask] = (),
    ) -> bool:
        async with self._db.transaction() as tx:
            changed = await tx.execute(
                "UPDATE rsvps SET answer = 'going', offer_expires_at = NULL, answered_at = ?"
                " WHERE event_id = ? AND member_id = ? AND answer = 'offered'"
                " AND offer_expires_at > ?",
                (to_db_time(now), event_id, member_id, to_db_time(now)),
            )
            if changed:
                await insert_tasks(tx, reminders, now)
        return changed > 0

    async def lapse_offer(
        self, event_id: int, member_id: int, now: datetime, tasks: Sequence[NewTask] = ()
    ) -> bool:
        """An offer not confirmed in time: the seat is free again (the caller offers it on);
        `tasks` (telling the member) are stored with the change."""
        async with self._db.transaction() as tx:
            changed = await tx.execute(
                "UPDATE rsvps SET answer = 'no', seat = 0, offer_expires_at = NULL,"
                " answered_at = ? WHERE event_id = ? AND member_id = ? AND answer = 'offered'"
                " AND offer_expires_at <= ?",
                (to_db_time(now), event_id, member_id, to_db_time(now)),
            )
            if changed:
                await insert_tasks(tx, tasks, now)
        return changed > 0

    async def answers(self, event_id: int) -> list[Rsvp]:
        rows = await self._db.fetch_all(
            "SELECT * FROM rsvps WHERE event_id = ? ORDER BY answered_at, member_id", (event_id,)
        )
        return [_rsvp(row) for row in rows]
