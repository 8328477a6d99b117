"""Series: an event that repeats by a rule. Each occurrence is a full row of events (series_id
set, occurrence_start the UTC start the rule gave it), so answers, reminders, the waitlist and
offers work per occurrence exactly as for a single event."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Any

from storage.conversations import Conversation, put
from storage.db import Repository, Transaction, from_db_time, to_db_time
from storage.events import (
    EVENT_SELECT,
    Event,
    NewEvent,
    answers_page,
    event_values,
    series_once,
)
from storage.rows import from_row
from storage.rsvps import Rsvp

_EVENT = EVENT_SELECT


@dataclass(frozen=True)
class NewSeries:
    frequency: str  # weekly, fortnightly, monthly
    week_of_month: int | None  # monthly: 1..4, or -1 for the last
    local_start: datetime  # the first start, local wall-clock time (naive)
    time_zone: str
    until_date: date | None
    occurrences: int | None


@dataclass(frozen=True)
class PublishedDraft:
    """The coordinator's draft as it reads once the series is out, stored in the transaction
    that creates it: a crash leaves both or neither, so Publish pressed again finds the series
    made and never makes a second. `data` is given the first date's id (the one announced)."""

    telegram_id: int
    flow: str
    step: str
    data: Callable[[int], dict[str, Any]]


@dataclass(frozen=True)
class Series:
    id: int
    frequency: str
    week_of_month: int | None
    local_start: str  # 'YYYY-MM-DDTHH:MM' in time_zone
    time_zone: str
    until_date: date | None
    occurrences: int | None
    sequence: int
    created_by: int
    created_at: datetime

    @property
    def first_local(self) -> datetime:
        return datetime.fromisoformat(self.local_start)


@dataclass(frozen=True)
class SeriesDates:
    """How many dates of a series are still ahead and open, and how many a member is going to
    (for "every Thursday · 12 dates" and "you're going to 11 of 12")."""

    upcoming: int
    going: int = 0
    last: datetime | None = None  # the last of them ("13 dates, until Thursday 4 March")


class SeriesRepository(Repository):
    async def create(
        self,
        series: NewSeries,
        template: NewEvent,
        starts: Sequence[datetime],
        created_by: int,
        now: datetime,
        draft: PublishedDraft | None = None,
    ) -> tuple[int, list[int]]:
        """The series and every occurrence (`template` at each UTC start), with the draft that
        published it marked, in one transaction: a crash leaves all of it or none. The series'
        id and its events'."""
        async with self._db.transaction() as tx:
            row = await tx.fetch_one(
                "INSERT INTO event_series (frequency, week_of_month, local_start, time_zone,"
                " until_date, occurrences, created_by, created_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
                (
                    series.frequency,
                    series.week_of_month,
                    series.local_start.strftime("%Y-%m-%dT%H:%M"),
                    series.time_zone,
                    None if series.until_date is None else series.until_date.isoformat(),
                    series.occurrences,
                    created_by,
                    to_db_time(now),
                ),
            )
            assert row is not None
            series_id = int(row["id"])
            event_ids = [
                await self._insert_occurrence(tx, series_id, template, start, created_by, now)
                for start in starts
            ]
            if draft is not None:
                published = Conversation(draft.flow, draft.step, draft.data(event_ids[0]))
                await put(tx, draft.telegram_id, published, now)
        return series_id, event_ids

    @staticmethod
    async def _insert_occurrence(
        tx: Transaction,
        series_id: int,
        template: NewEvent,
        start: datetime,
        created_by: int,
        now: datetime,
    ) -> int:
        row = await tx.fetch_one(
            "INSERT INTO events (title, description, starts_at, duration_minutes, place, link,"
            " capacity, project_id, min_age, max_age, reminder_minutes, participants_only,"
            " status, created_by, created_at, series_id, occurrence_start)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'open', ?, ?, ?, ?) RETURNING id",
            (
                *event_values(replace(template, starts_at=start)),
                created_by,
                to_db_time(now),
                series_id,
                to_db_time(start),
            ),
        )
        assert row is not None
        return int(row["id"])

    async def get(self, series_id: int) -> Series | None:
        row = await self._db.fetch_one("SELECT * FROM event_series WHERE id = ?", (series_id,))
        return from_row(Series, row) if row else None

    async def occurrences(self, series_id: int) -> list[Event]:
        """Every occurrence, cancelled and past ones too, by the start its rule gave it."""
        rows = await self._db.fetch_all(
            f"{_EVENT} WHERE e.series_id = ? ORDER BY e.occurrence_start, e.id", (series_id,)
        )
        return [from_row(Event, row) for row in rows]

    async def upcoming(self, series_id: int, now: datetime) -> list[Event]:
        """The open occurrences not started yet, soonest first."""
        rows = await self._db.fetch_all(
            f"{_EVENT} WHERE e.series_id = ? AND e.status = 'open' AND e.starts_at > ?"
            " ORDER BY e.starts_at, e.id",
            (series_id, to_db_time(now)),
        )
        return [from_row(Event, row) for row in rows]

    async def next_open(self, series_id: int, now: datetime) -> Event | None:
        """The soonest open occurrence not started yet (what its announcement shows)."""
        row = await self._db.fetch_one(
            f"{_EVENT} WHERE e.series_id = ? AND e.status = 'open' AND e.starts_at > ?"
            " ORDER BY e.starts_at, e.id LIMIT 1",
            (series_id, to_db_time(now)),
        )
        return from_row(Event, row) if row else None

    async def dates(self, series_id: int, member_id: int, now: datetime) -> SeriesDates:
        row = await self._db.fetch_one(
            "SELECT count(*) AS upcoming, count(r.event_id) AS going,"
            " max(e.starts_at) AS last FROM events e"
            " LEFT JOIN rsvps r ON r.event_id = e.id AND r.member_id = ? AND r.answer = 'going'"
            " WHERE e.series_id = ? AND e.status = 'open' AND e.starts_at > ?",
            (member_id, series_id, to_db_time(now)),
        )
        assert row is not None
        last = None if row["last"] is None else from_db_time(row["last"])
        return SeriesDates(int(row["upcoming"]), int(row["going"]), last)

    async def answered_once_by(
        self, member_id: int, now: datetime, limit: int, offset: int
    ) -> tuple[list[tuple[Event, Rsvp]], int]:
        """The member's answers to events not started yet (cancelled ones too, so they see
        it), a series once (its first such date); soonest first, one page and the total."""
        where = " WHERE r.member_id = :member AND e.starts_at > :now" + series_once(
            "EXISTS (SELECT 1 FROM rsvps q WHERE q.event_id = s.id AND q.member_id = :member)"
        )
        values = {"member": member_id, "now": to_db_time(now)}
        return await answers_page(self._db, where, values, limit, offset)

    async def waitlist_place(self, event_id: int, member_id: int) -> int | None:
        """Her place in the event's line (1: next to be offered a seat); None: not waiting."""
        row = await self._db.fetch_one(
            "SELECT (SELECT count(*) FROM rsvps o WHERE o.event_id = r.event_id"
            " AND o.answer = 'waitlist' AND (o.queued_at, o.member_id) <= (r.queued_at,"
            " r.member_id)) AS place FROM rsvps r"
            " WHERE r.event_id = ? AND r.member_id = ? AND r.answer = 'waitlist'",
            (event_id, member_id),
        )
        return int(row["place"]) if row else None
