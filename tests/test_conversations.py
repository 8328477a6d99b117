"""One conversation per person: the service on real SQLite, and the migration that moved the
four places a flow used to live in into one row."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from bot.core.clock import FakeClock
from bot.services.conversations import ANSWER_WITHIN, Conversations, Flow
from storage.conversations import ConversationRepository
from storage.db import Database, to_db_time
from storage.migrations import available_migrations, migrate, statements


@pytest.fixture
def conversations(db: Database, clock: FakeClock) -> Conversations:
    return Conversations(repository=ConversationRepository(db), clock=clock)


async def test_a_second_flow_is_refused_until_the_person_chooses(
    conversations: Conversations,
) -> None:
    assert await conversations.begin(7, Flow.PROJECT_DRAFT, "title") is None
    busy = await conversations.begin(7, Flow.EVENT_DRAFT, "title")
    assert busy is not None
    assert busy.flow == Flow.PROJECT_DRAFT
    assert await conversations.in_flow(7, Flow.PROJECT_DRAFT) is not None
    assert await conversations.begin(7, Flow.EVENT_DRAFT, "title", replace=True) is None
    assert await conversations.in_flow(7, Flow.PROJECT_DRAFT) is None
    current = await conversations.current(7)
    assert current is not None
    assert (current.flow, current.step) == (Flow.EVENT_DRAFT, "title")


async def test_a_question_sits_on_top_and_gives_the_flow_back(
    conversations: Conversations,
) -> None:
    await conversations.begin(7, Flow.EVENT_DRAFT, "description", {"title": "Parco"})
    await conversations.ask(7, "project_message", 3)
    assert await conversations.question(7) == ("project_message", 3)
    # The draft is still there (its buttons work) and nothing new may start over it.
    under = await conversations.in_flow(7, Flow.EVENT_DRAFT)
    assert under is not None
    assert under.data == {"title": "Parco"}
    busy = await conversations.begin(7, Flow.PROJECT_DRAFT, "title")
    assert busy is not None
    assert busy.flow == Flow.EVENT_DRAFT
    await conversations.ask(7, "decline", 4)  # a new question replaces the old one
    assert await conversations.question(7) == ("decline", 4)
    await conversations.answered(7)
    assert await conversations.question(7) is None
    back = await conversations.current(7)
    assert back is not None
    assert (back.flow, back.step, back.data) == ("event_draft", "description", {"title": "Parco"})


async def test_a_lapsed_question_is_gone(conversations: Conversations, clock: FakeClock) -> None:
    await conversations.ask(7, "apply", 1)
    clock.advance(ANSWER_WITHIN + timedelta(seconds=1))
    assert await conversations.question(7) is None
    assert await conversations.current(7) is None


async def test_ending_a_flow_under_a_question_keeps_the_question(
    conversations: Conversations,
) -> None:
    await conversations.begin(7, Flow.PROJECT_DRAFT, "title")
    await conversations.ask(7, "decline", 4)
    assert await conversations.end(7, Flow.PROJECT_DRAFT)
    assert await conversations.question(7) == ("decline", 4)
    await conversations.answered(7)
    assert await conversations.current(7) is None
    assert not await conversations.end(7, Flow.EVENT_DRAFT)  # never someone else's flow


async def test_the_migration_moves_each_flow_and_keeps_the_one_touched_last(
    db_path: Path, clock: FakeClock
) -> None:
    db = await Database.open(db_path)
    earlier = [m for m in available_migrations() if m.version < 14]
    for migration in earlier:
        async with db.transaction() as tx:
            for statement in statements(migration.sql):
                await tx.execute(statement)
    await db.execute(
        "CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL,"
        " applied_at TEXT NOT NULL) STRICT"
    )
    now = clock.now()
    for migration in earlier:
        await db.execute(
            "INSERT INTO schema_migrations VALUES (?, ?, ?)",
            (migration.version, migration.name, to_db_time(now)),
        )
    old, new = to_db_time(now - timedelta(minutes=5)), to_db_time(now)
    await db.execute(
        "INSERT INTO members (telegram_id, language, created_at, last_seen_at)"
        " VALUES (1, 'it', ?, ?)",
        (old, old),
    )
    await db.execute(
        "INSERT INTO onboarding (member_id, step, updated_at, return_to, pending, paused)"
        " VALUES (1, 'city', ?, 'profile', 'Torino', 0)",
        (old,),
    )
    for table, step, at in (("project_drafts", "title", old), ("event_drafts", "place", new)):
        await db.execute(
            f"INSERT INTO {table} (coordinator_id, step, data, updated_at)"
            ' VALUES (2, ?, \'{"title": "x"}\', ?)',
            (step, at),
        )
    await db.execute(
        "INSERT INTO pending_inputs (telegram_id, kind, ref, created_at) VALUES (3, 'apply', 9, ?)",
        (new,),
    )
    later = [m.version for m in available_migrations() if m.version >= 14]
    assert [m.version for m in await migrate(db, now)] == later
    repository = ConversationRepository(db)
    member = await repository.get(1)
    assert member is not None
    assert (member.flow, member.step) == ("profile_edit", "city")
    assert member.data == {"return_to": "profile", "pending": "Torino", "paused": 0}
    coordinator = await repository.get(2)
    assert coordinator is not None
    assert (coordinator.flow, coordinator.step, coordinator.data) == (
        "event_draft",
        "place",
        {"title": "x"},
    )
    asked = await repository.get(3)
    assert asked is not None
    assert (asked.flow, asked.step, asked.data) == ("question", "apply", {"ref": 9})
    await db.close()
