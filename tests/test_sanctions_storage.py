"""The sanctions repository: what is in force, lifting, and erasure that keeps the hash."""

from __future__ import annotations

from datetime import timedelta

from bot.core.clock import FakeClock
from storage.db import Database
from storage.members import MemberRepository
from storage.sanctions import ERASED, NewSanction, SanctionRepository

CHAT = -1001000001017
MEMBER, MODERATOR = 501, 601


def warning(clock: FakeClock, *, until: timedelta = timedelta(days=30)) -> NewSanction:
    return NewSanction(
        kind="warn",
        chat_id=CHAT,
        member_hash="hash-of-501",
        member_id=MEMBER,
        reason="spam",
        by_id=MODERATOR,
        at=clock.now(),
        until=clock.now() + until,
    )


async def test_warnings_in_force_expire_and_lift(db: Database, clock: FakeClock) -> None:
    repository = SanctionRepository(db)
    first = await repository.add(warning(clock))
    clock.advance(hours=1)
    second = await repository.add(warning(clock, until=timedelta(hours=2)))
    in_force = await repository.in_force("hash-of-501", CHAT, "warn", clock.now())
    assert [s.id for s in in_force] == [second.id, first.id]  # newest first
    clock.advance(hours=3)
    assert [s.id for s in await repository.in_force("hash-of-501", CHAT, "warn", clock.now())] == [
        first.id
    ]
    assert await repository.lift(first.id, MODERATOR, "a mistake", clock.now())
    assert not await repository.lift(first.id, MODERATOR, "again", clock.now())
    assert not await repository.lift(second.id, MODERATOR, "expired", clock.now())
    assert await repository.in_force("hash-of-501", CHAT, "warn", clock.now()) == []
    lifted = await repository.get(first.id)
    assert lifted is not None
    assert (lifted.lifted_by, lifted.lifted_reason) == (MODERATOR, "a mistake")


async def test_erasing_a_member_keeps_the_hash_of_what_is_in_force_only(
    db: Database, clock: FakeClock
) -> None:
    repository = SanctionRepository(db)
    members = MemberRepository(db)
    await members.record_contact(MEMBER, "it", clock.now())
    await members.record_contact(MODERATOR, "it", clock.now())
    over = await repository.add(warning(clock, until=timedelta(hours=1)))
    lifted = await repository.add(warning(clock))
    await repository.lift(lifted.id, MODERATOR, "a mistake", clock.now())
    kept = await repository.add(warning(clock))
    clock.advance(hours=2)
    await members.erase(MEMBER, clock.now())
    [after] = await repository.of_member("hash-of-501")
    assert (after.id, after.member_id, after.by_id) == (kept.id, None, MODERATOR)
    assert after.in_force(clock.now())  # erasing lifts nothing
    for gone in (over, lifted):
        unlinked = await repository.get(gone.id)
        assert unlinked is not None
        assert (unlinked.member_hash, unlinked.member_id, unlinked.reason) == (ERASED, None, None)
    await members.erase(MODERATOR, clock.now())
    [after] = await repository.of_member("hash-of-501")
    assert after.by_id is None
