"""A member back to what a person waiting for a guardian may keep (rule 2): her own messages
go; the replies a coordinator wrote to her alone stay for moderators (rule 17), detached from
her, as when her account goes."""

from __future__ import annotations

from datetime import UTC, datetime

from bot.domain.projects import NewProject
from storage.db import Database, to_db_time
from storage.members import MemberRepository
from storage.project_messages import ProjectMessageRepository
from storage.projects import ProjectRepository

NOW = datetime(2026, 3, 10, 18, 0, tzinfo=UTC)
GIULIA, EMMA = 1000, 777

GARDEN = NewProject(
    title="Orti condivisi",
    description="Curiamo gli orti del quartiere.",
    causes=("climate",),
    skills=(),
    city="Torino",
    min_age=13,
    max_age=25,
    hours_per_week=3,
    days=("weekends",),
    places=5,
    deadline=None,
)


async def test_replies_to_her_alone_are_detached_when_only_her_age_is_kept(db: Database) -> None:
    await db.execute(
        "INSERT INTO members (telegram_id, language, created_at, last_seen_at)"
        " VALUES (?, 'it', ?, ?)",
        (GIULIA, to_db_time(NOW), to_db_time(NOW)),
    )
    [project] = await ProjectRepository(db).create_many([GARDEN], EMMA, NOW)
    messages = ProjectMessageRepository(db)
    await ProjectRepository(db).log_message(project, GIULIA, None, "Posso portare un'amica?", NOW)
    reply = await messages.log_reply(project, EMMA, GIULIA, "Certo, porta pure un'amica!", NOW)
    assert len(await messages.thread(project, GIULIA, with_held=True)) == 2

    await MemberRepository(db).keep_only_age(GIULIA)

    assert await messages.thread(project, GIULIA, with_held=True) == []
    threads = await messages.threads(project, with_held=True, with_former=True)
    assert [(t.member_id, t.count, t.former) for t in threads] == [(None, 1, reply)]
    [kept] = await messages.thread(project, None, with_held=True, former=reply)
    assert (kept.text, kept.staff_id, kept.to_member_id) == (
        "Certo, porta pure un'amica!",
        EMMA,
        None,
    )
    # Coordinators' view leaves it out: only moderators read it.
    assert await messages.threads(project, with_held=False) == []
