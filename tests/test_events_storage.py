"""Seats and the waitlist at the storage level, with real SQLite and racing connections."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from pathlib import Path

from bot.domain.waitlist import offer_window
from storage.db import Database
from storage.events import EventRepository, NewEvent
from storage.members import MemberRepository
from tests.support.events import open_event

NOW = datetime(2026, 3, 10, 12, tzinfo=UTC)


def event(capacity: int | None) -> NewEvent:
    return open_event(NOW + timedelta(days=1), capacity=capacity)


async def with_members(db: Database, *ids: int) -> None:
    for member_id in ids:
        await MemberRepository(db).record_contact(member_id, "it", NOW)


async def test_two_connections_racing_for_the_last_seat(db: Database, db_path: Path) -> None:
    repository = EventRepository(db)
    event_id = await repository.create(event(capacity=2), 1, NOW)
    await with_members(db, 10, 11, 12)
    assert await repository.going(event_id, 10, NOW) == "going"
    other = await Database.open(db_path)
    try:
        answers = await asyncio.gather(
            repository.going(event_id, 11, NOW),
            EventRepository(other).going(event_id, 12, NOW),
        )
    finally:
        await other.close()
    assert sorted(a or "" for a in answers) == ["going", "waitlist"]
    seats = [r for r in await repository.answers(event_id) if r.seat]
    assert len(seats) == 2


async def test_a_freed_seat_goes_to_the_first_waiting(db: Database) -> None:
    repository = EventRepository(db)
    event_id = await repository.create(event(capacity=1), 1, NOW)
    await with_members(db, 10, 11, 12)
    assert await repository.going(event_id, 10, NOW) == "going"
    assert await repository.going(event_id, 11, NOW + timedelta(minutes=1)) == "waitlist"
    assert await repository.going(event_id, 12, NOW + timedelta(minutes=2)) == "waitlist"
    assert await repository.going(event_id, 10, NOW) == "going"  # twice: the same seat
    assert await repository.answer_without_seat(event_id, 10, "no", NOW) is True
    expires = NOW + timedelta(hours=12)
    assert await repository.first_waiting(event_id) == 11
    assert not await repository.offer(event_id, 12, expires, NOW, [])  # not their turn
    assert await repository.offer(event_id, 11, expires, NOW, [])
    assert await repository.first_waiting(event_id) == 12
    assert not await repository.offer(event_id, 12, expires, NOW, [])  # the seat is held
    assert await repository.lapse_offer(event_id, 11, NOW) is False  # not yet expired
    assert await repository.lapse_offer(event_id, 11, expires) is True
    assert await repository.offer(event_id, 12, expires + timedelta(hours=1), expires, [])
    assert await repository.confirm_offer(event_id, 12, expires + timedelta(minutes=5))
    final = await repository.get(event_id)
    assert final is not None
    assert final.seats_taken == 1


def test_offer_windows() -> None:
    starts = NOW + timedelta(days=3)
    assert offer_window(NOW, starts) == timedelta(hours=12)
    assert offer_window(NOW, NOW + timedelta(hours=6)) == timedelta(hours=3)
    assert offer_window(NOW, NOW + timedelta(minutes=20)) == timedelta(minutes=15)
