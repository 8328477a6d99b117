"""What calendar files are made of: a series with every one of its occurrences, and the events a
member said Going to (read only; the series' writers are in storage.event_series)."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from storage.db import Repository, to_db_time
from storage.events import Event
from storage.rows import from_row


@dataclass(frozen=True)
class CalendarSeries:
    """A series' rule and its iCalendar SEQUENCE (event_series)."""

    id: int
    frequency: str
    week_of_month: int | None
    local_start: str  # 'YYYY-MM-DDTHH:MM', wall time in time_zone
    time_zone: str
    until_date: date | None
    occurrences: int | None
    sequence: int


@dataclass(frozen=True)
class SeriesFeed:
    series: CalendarSeries
    occurrences: list[Event]  # every one, cancelled ones too, by the start the rule gave it


@dataclass(frozen=True)
class GoingFeed:
    """Everything a member said Going to that has not started yet: single events, and each
    series with an occurrence ahead (with its past dates too, so a file sent again never
    takes a date she went to out of her calendar). `going`: the occurrences she is going to."""

    singles: list[Event]
    series: list[SeriesFeed]
    going: frozenset[int]


def _event(row: sqlite3.Row) -> Event:
    # A calendar never shows seats: not counted.
    return from_row(Event, row, seats_taken=0)


class CalendarFeed(Repository):
    async def series(self, series_id: int) -> SeriesFeed | None:
        row = await self._db.fetch_one(
            "SELECT id, frequency, week_of_month, local_start, time_zone, until_date,"
            " occurrences, sequence FROM event_series WHERE id = ?",
            (series_id,),
        )
        if row is None:
            return None
        rows = await self._db.fetch_all(
            "SELECT * FROM events WHERE series_id = ? ORDER BY occurrence_start, id", (series_id,)
        )
        return SeriesFeed(from_row(CalendarSeries, row), [_event(found) for found in rows])

    async def going(self, member_id: int, now: datetime) -> GoingFeed:
        """Cancelled events she was going to stay in: a calendar sent the file marks them."""
        rows = await self._db.fetch_all(
            "SELECT e.* FROM rsvps r JOIN events e ON e.id = r.event_id"
            " WHERE r.member_id = ? AND r.answer = 'going' AND e.starts_at > ?"
            " ORDER BY e.starts_at, e.id",
            (member_id, to_db_time(now)),
        )
        ahead = [_event(row) for row in rows]
        series_ids = list(dict.fromkeys(e.series_id for e in ahead if e.series_id is not None))
        series = [found for found in [await self.series(id_) for id_ in series_ids] if found]
        return GoingFeed(
            singles=[event for event in ahead if event.series_id is None],
            series=series,
            going=frozenset(await self._going_in(member_id, series_ids)),
        )

    async def _going_in(self, member_id: int, series_ids: Sequence[int]) -> list[int]:
        """The occurrences of these series she is going to, past ones included."""
        if not series_ids:
            return []
        marks = ", ".join("?" * len(series_ids))
        rows = await self._db.fetch_all(
            "SELECT r.event_id FROM rsvps r JOIN events e ON e.id = r.event_id"
            f" WHERE r.member_id = ? AND r.answer = 'going' AND e.series_id IN ({marks})",
            (member_id, *series_ids),
        )
        return [int(row["event_id"]) for row in rows]
