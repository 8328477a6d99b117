"""Events: what is planned, when and for whom; members' answers and the waitlist are in
storage.rsvps and storage.waitlist, queried through the one EventRepository."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from storage.db import Database, Transaction, to_db_time
from storage.rows import from_row
from storage.rsvps import Counts, Rsvp, Rsvps, rsvp_from_row
from storage.tasks import NewTask, Task, cancel_keyed_tasks, insert_tasks, key_range
from storage.waitlist import Waitlist

__all__ = [
    "EVENT_SELECT",
    "Counts",
    "Event",
    "EventRepository",
    "NewEvent",
    "Rsvp",
    "answers_page",
    "event_values",
    "series_once",
]


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
    series_id: int | None = None  # an occurrence of a repeating event (storage.event_series)
    occurrence_start: datetime | None = None  # the start its series' rule gave it (UTC)

    @property
    def seats_left(self) -> int | None:
        return None if self.capacity is None else max(self.capacity - self.seats_taken, 0)


# An event with its seats taken, as `e` (also `storage.event_series`'s).
EVENT_SELECT = (
    "SELECT e.*, (SELECT count(*) FROM rsvps r WHERE r.event_id = e.id AND r.seat = 1)"
    " AS seats_taken FROM events e"
)
_EVENT = EVENT_SELECT


OPEN_DATES = "s.status = 'open'"


def series_once(dates: str = OPEN_DATES) -> str:
    """A condition on `e`: a single event, or a series once, at its next date not started
    (`:now`) among those `dates` (a condition on `s`) selects: its next open one, a cancelled
    one only when no open one is left (a cancelled date leading /myevents read as if the whole
    series were). For /events, /manageevents and /myevents alike."""
    # Open dates only: the next one is one seek in events_series_next (bench/series.py).
    cancelled_last = "" if dates == OPEN_DATES else "s.status <> 'open', "
    return (
        " AND (e.series_id IS NULL OR e.id = (SELECT s.id FROM events s"
        f"  WHERE s.series_id = e.series_id AND s.starts_at > :now AND {dates}"
        f"  ORDER BY {cancelled_last}s.starts_at, s.id LIMIT 1))"
    )


def _event(row: sqlite3.Row) -> Event:
    return from_row(Event, row)


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


async def update_open_event(tx: Transaction, event: Event, expected_revision: int) -> bool:
    """Inside the caller's transaction: the changed answers of an open event still at
    `expected_revision`, unless the new capacity is below the seats taken. An occurrence of a
    series keeps its occurrence_start, and its series' sequence goes up."""
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
    if changed:
        await raise_series_sequence(tx, event.id)
    return bool(changed)


async def cancel_open_event(tx: Transaction, event_id: int, now: datetime) -> bool:
    """Inside the caller's transaction: an open event cancelled (and its series' sequence up)."""
    changed = await tx.execute(
        "UPDATE events SET status = 'cancelled', cancelled_at = ? WHERE id = ? AND status = 'open'",
        (to_db_time(now), event_id),
    )
    if changed:
        await raise_series_sequence(tx, event_id)
    return bool(changed)


async def raise_series_sequence(tx: Transaction, event_id: int) -> None:
    """Calendars take a series' file anew only with a higher SEQUENCE: raised with every change
    to one of its occurrences, in that change's transaction."""
    await tx.execute(
        "UPDATE event_series SET sequence = sequence + 1"
        " WHERE id = (SELECT series_id FROM events WHERE id = ?)",
        (event_id,),
    )


class EventRepository(Rsvps, Waitlist):
    """Events; their answers (Rsvps) and waitlist offers (Waitlist) come with them."""

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
            if not await update_open_event(tx, event, expected_revision):
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
            if not await cancel_open_event(tx, event_id, now):
                return False
            for prefix in cancel_prefixes:
                await cancel_keyed_tasks(tx, prefix, now)
            await insert_tasks(tx, tasks, now)
        return True

    async def get(self, event_id: int) -> Event | None:
        row = await self._db.fetch_one(f"{_EVENT} WHERE e.id = ?", (event_id,))
        return _event(row) if row else None

    async def reminder_facts(
        self, event_id: int, member_id: int, keyed: str
    ) -> tuple[Event | None, str | None, list[Task]]:
        """What deciding a reminder needs, in one read: the event, this member's answer to it
        (None: none), and the tasks whose dedupe key starts with `keyed` (their reminders)."""
        row = await self._db.fetch_one(
            "SELECT e.*, (SELECT count(*) FROM rsvps r WHERE r.event_id = e.id AND r.seat = 1)"
            " AS seats_taken, (SELECT a.answer FROM rsvps a WHERE a.event_id = e.id"
            " AND a.member_id = ?) AS member_answer, (SELECT json_group_array(json_object("
            "'id', t.id, 'kind', t.kind, 'payload', t.payload, 'due_at', t.due_at,"
            " 'state', t.state, 'attempts', t.attempts, 'member_id', t.member_id,"
            " 'dedupe_key', t.dedupe_key, 'last_error', t.last_error))"
            " FROM tasks t WHERE t.dedupe_key >= ? AND t.dedupe_key < ?) AS keyed"
            " FROM events e WHERE e.id = ?",
            (member_id, *key_range(keyed), event_id),
        )
        if row is None:
            return None, None, []
        tasks = [from_row(Task, found) for found in json.loads(row["keyed"])]
        return _event(row), row["member_answer"], tasks

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
            # A series shows once: its next open date (storage.event_series has the rest).
            f"{series_once()}"
        )
        values = {"now": to_db_time(now), "age": age, "member": member_id}
        return await self._page(where, values, limit, offset)

    async def organised(
        self, created_by: int | None, now: datetime, limit: int, offset: int
    ) -> tuple[list[Event], int]:
        """Open events not started yet that one coordinator organises (None: everyone's): made
        by them, or part of a project they coordinate; soonest first."""
        where = (
            " WHERE e.status = 'open' AND e.starts_at > :now"
            # A series once: its next open date.
            f"{series_once()}"
            " AND (:creator IS NULL OR e.created_by = :creator OR e.project_id IN"
            " (SELECT c.project_id FROM project_coordinators c WHERE c.coordinator_id = :creator))"
        )
        values = {"now": to_db_time(now), "creator": created_by}
        return await self._page(where, values, limit, offset)

    async def _page(
        self, where: str, values: dict[str, Any], limit: int, offset: int
    ) -> tuple[list[Event], int]:
        """One page of the events `where` selects (named parameters in `values`), soonest
        first, and how many it selects in all."""
        total = await self._db.fetch_one(f"SELECT count(*) AS n FROM events e{where}", values)
        rows = await self._db.fetch_all(
            f"{_EVENT}{where} ORDER BY e.starts_at, e.id LIMIT :limit OFFSET :offset",
            {**values, "limit": limit, "offset": offset},
        )
        return [_event(row) for row in rows], int(total["n"]) if total else 0

    async def organisers(self, event_id: int) -> list[int]:
        """Who organises the event: whoever made it, and the coordinators of its project."""
        rows = await self._db.fetch_all(
            "SELECT created_by AS id FROM events WHERE id = :event UNION"
            " SELECT c.coordinator_id FROM project_coordinators c"
            " JOIN events e ON e.project_id = c.project_id WHERE e.id = :event ORDER BY 1",
            {"event": event_id},
        )
        return [row["id"] for row in rows]

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
        return await answers_page(self._db, where, values, limit, offset)


async def answers_page(
    db: Database, where: str, values: dict[str, Any], limit: int, offset: int
) -> tuple[list[tuple[Event, Rsvp]], int]:
    """One page of the answers (with their events) `where` selects over rsvps r and events e,
    soonest first, and how many it selects in all."""
    total = await db.fetch_one(
        f"SELECT count(*) AS n FROM rsvps r JOIN events e ON e.id = r.event_id{where}", values
    )
    rows = await db.fetch_all(
        "SELECT e.*, (SELECT count(*) FROM rsvps s WHERE s.event_id = e.id AND s.seat = 1)"
        " AS seats_taken, r.event_id, r.member_id, r.answer, r.seat, r.offer_expires_at"
        f" FROM rsvps r JOIN events e ON e.id = r.event_id{where}"
        " ORDER BY e.starts_at, e.id LIMIT :limit OFFSET :offset",
        {**values, "limit": limit, "offset": offset},
    )
    return [(_event(row), rsvp_from_row(row)) for row in rows], int(total["n"]) if total else 0
