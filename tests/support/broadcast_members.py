"""Many onboarded members at once, for broadcasts: written straight into the database (the
onboarding has tests of its own), each with a fake user who started the bot. One member at a
time through the onboarding: tests/support/broadcast_people.py."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from telegram_test_server import ApiCall, FakeTelegram, FakeUser

from bot.core.clock import Clock
from storage.broadcasts import BroadcastContent, BroadcastRepository, BroadcastState
from storage.db import Database, to_db_time

SENDER = 777  # an admin's id in these tests


@dataclass(frozen=True)
class Seeded:
    """Who they are: born in `birth` (year, month); announcements on or off."""

    birth: tuple[int, int] = (2000, 5)
    announcements: bool = True
    language: str = "en"


async def seed_members(
    db: Database,
    server: FakeTelegram,
    clock: Clock,
    count: int,
    seeded: Seeded = Seeded(),
) -> list[FakeUser]:
    users = [server.add_user(f"Member{n}", language_code=seeded.language) for n in range(count)]
    for user in users:
        user.started = True  # as if each had sent /start
    now = to_db_time(clock.now())
    year, month = seeded.birth
    async with db.transaction() as tx:
        await tx.execute_many(
            "INSERT INTO members (telegram_id, language, app_language, created_at, last_seen_at)"
            " VALUES (?, ?, ?, ?, ?)",
            ((user.id, seeded.language, seeded.language, now, now) for user in users),
        )
        await tx.execute_many(
            "INSERT INTO profiles (member_id, birth_year, birth_month, first_name, city,"
            " completed_at) VALUES (?, ?, ?, ?, 'Torino', ?)",
            ((user.id, year, month, user.first_name, now) for user in users),
        )
        await tx.execute_many(
            "INSERT INTO consents (member_id, purpose, granted, notice_version, given_by,"
            " method, decided_at) VALUES (?, 'announcements', ?, '1', 'member', 'bot', ?)",
            ((user.id, int(seeded.announcements), now) for user in users),
        )
    return users


async def new_broadcast(
    db: Database, clock: Clock, body: str = "<b>Ciao!</b> Sabato si pulisce il parco."
) -> int:
    """A broadcast approved and ready to go, as the compose part leaves it."""
    return await BroadcastRepository(db).create(
        SENDER,
        BroadcastContent(body=body),
        "[]",
        BroadcastState.SCHEDULED,
        None,
        clock.now(),
    )


def copies_of(server: FakeTelegram, marker: str, users: Sequence[FakeUser]) -> dict[int, int]:
    """How many messages containing `marker` each user received."""
    return {
        user.id: sum(1 for message in user.all_messages if marker in (message.text or ""))
        for user in users
    }


def busiest_second(calls: Sequence[ApiCall]) -> int:
    """The most calls that reached the server within any one second."""
    starts = sorted(call.started_at for call in calls)
    most = first = 0
    for last, at in enumerate(starts):
        while starts[first] <= at - 1.0:
            first += 1
        most = max(most, last - first + 1)
    return most
