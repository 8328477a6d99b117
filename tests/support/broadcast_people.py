"""Members with the profile a broadcast's audience looks at, in one step each."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from telegram_test_server import FakeUser

from storage.db import to_db_time
from tests.support.harness import RunningBot
from tests.support.staff_members import enrolled


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
