"""What a member's calendar file is made of: the events she said Going to (read only; a series
and its occurrences are read through storage.event_series)."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from storage.db import Repository, to_db_time
from storage.events import Event
from storage.rows import from_row


@dataclass(frozen=True)
class GoingFeed:
    """Everything a member said Going to that has not started yet: single events, and the
    series with a date of hers ahead. `going`: every occurrence of those series she is going
    to, past ones too, so a file sent again never takes a date she went to out of her calendar."""

    singles: list[Event]
    series_ids: list[int]
    going: frozenset[int]


def _event(row: sqlite3.Row) -> Event:
    return from_row(Event, row, seats_taken=0)  # a calendar never shows seats: not counted


class CalendarFeed(Repository):
    async def any_going(self, member_id: int, now: datetime) -> bool:
        row = await self._db.fetch_one(
            "SELECT 1 FROM rsvps r JOIN events e ON e.id = r.event_id"
            " WHERE r.member_id = ? AND r.answer = 'going' AND e.starts_at > ? LIMIT 1",
            (member_id, to_db_time(now)),
        )
        return row is not None

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
        return GoingFeed(
            singles=[event for event in ahead if event.series_id is None],
            series_ids=series_ids,
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
