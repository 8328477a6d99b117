"""Members for broadcasts: many at once, written straight into the database (the onboarding
has tests of its own), each with a fake user who started the bot; or one at a time through
the onboarding, with the profile a broadcast's audience looks at."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from telegram_test_server import ApiCall, FakeTelegram, FakeUser

from bot.core.clock import Clock
from storage.broadcasts import BroadcastContent, BroadcastRepository, BroadcastState
from storage.db import Database, to_db_time
from tests.support.harness import RunningBot
from tests.support.staff_members import enrolled

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


@dataclass(frozen=True)
class Answers:
    born: str = "03/2006"
    city: str = "Torino"
    causes: Sequence[str] = ("climate",)
    skills: Sequence[str] = ()
    language: str = "en"
    announcements: bool = True
    finish: bool = True


async def member(bot: RunningBot, name: str, **changes: Any) -> FakeUser:
    """A member who answered every onboarding question (through the service) as `Answers`
    says, with `changes`."""
    given = Answers(**changes)
    born, city, causes, skills = given.born, given.city, given.causes, given.skills
    language, announcements, finish = given.language, given.announcements, given.finish
    user = bot.server.add_user(name, language_code=language)
    onboarding = bot.services.onboarding
    await bot.services.members.first_contact(user.id, language)
    await onboarding.resume(user.id)
    await onboarding.choose_language(user.id, language)
    await onboarding.accept_notice(user.id)
    await onboarding.answer_birth_text(user.id, born)
    await onboarding.answer_name(user.id, name)
    if city == "remote":
        await onboarding.choose_remote(user.id)
    else:
        await onboarding.answer_city(user.id, city)
    for key in causes:
        await onboarding.toggle_choice(user.id, "causes", key)
    await onboarding.finish_choices(user.id, "causes")
    for key in skills:
        await onboarding.toggle_choice(user.id, "skills", key)
    await onboarding.finish_choices(user.id, "skills")
    await onboarding.toggle_choice(user.id, "days", "weekends")
    await onboarding.finish_choices(user.id, "days")
    await onboarding.answer_hours(user.id, 5)
    await bot.services.consents.switch(user.id, "announcements", announcements)
    await onboarding.finish_consents(user.id)
    if finish:
        await onboarding.confirm(user.id)
    return user


async def guardian_consent_unchecked(bot: RunningBot, member_id: int) -> None:
    """A guardian consented online and no moderator has checked it yet (rule 2)."""
    now = to_db_time(bot.clock.now())
    await bot.services.db.execute(
        "INSERT INTO guardian_requests (member_id, reference_code, telegram_name, status,"
        " created_at, link_expires_at, decided_at) VALUES (?, ?, 'x', 'consented', ?, ?, ?)",
        (member_id, f"R{member_id}", now, now, now),
    )


async def accepted_in(bot: RunningBot, project_id: int, member_id: int) -> None:
    now = to_db_time(bot.clock.now())
    await bot.services.db.execute(
        "INSERT INTO applications (project_id, member_id, status, created_at)"
        " VALUES (?, ?, 'accepted', ?)",
        (project_id, member_id, now),
    )


async def project(bot: RunningBot, title: str, coordinator_id: int) -> int:
    """An open project of `coordinator_id`'s."""
    now = to_db_time(bot.clock.now())
    async with bot.services.db.transaction() as tx:
        project_id = await tx.insert(
            "INSERT INTO projects (title, description, causes, skills, city, min_age, max_age,"
            " hours_per_week, days, places, status, created_by, created_at)"
            " VALUES (?, 'A project.', '[\"climate\"]', '[]', 'Torino', 13, 25, 3, '[]', 20,"
            " 'open', ?, ?)",
            (title, coordinator_id, now),
        )
        await tx.execute(
            "INSERT INTO project_coordinators (project_id, coordinator_id) VALUES (?, ?)",
            (project_id, coordinator_id),
        )
    return project_id


async def staff(bot: RunningBot, name: str, role: str = "moderator") -> FakeUser:
    """A staff member who has started the bot (it never writes first, rule 14)."""
    user = await enrolled(bot, name, role)
    await user.send("/start")
    await user.next_reply()
    return user


def busiest_second(calls: Sequence[ApiCall]) -> int:
    """The most calls that reached the server within any one second."""
    starts = sorted(call.started_at for call in calls)
    most = first = 0
    for last, at in enumerate(starts):
        while starts[first] <= at - 1.0:
            first += 1
        most = max(most, last - first + 1)
    return most
