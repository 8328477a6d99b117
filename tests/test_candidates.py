"""The candidates fast path (filtered, scored and sorted in SQL) ranks exactly like the plain
Python reference in bench/reference.py, on random members and projects: minors with and without
their guardian's consent, members who switched invitations off, unreachable ones, and members
who already applied or were invited."""

from __future__ import annotations

import random

import pytest

from bench.matching import synthetic_projects
from bench.reference import candidates_reference
from bench.synthetic import (
    SyntheticMember,
    insert_guardian_requests,
    insert_members,
    insert_open_projects,
)
from bot.domain.catalog import CAUSES, DAYS, SKILLS
from storage.members import MemberRepository
from storage.projects import ProjectRepository
from tests.support.harness import RunningBot

ADMIN = 777
PROJECTS = 8


@pytest.mark.bot_settings(ADMIN_IDS=str(ADMIN))
@pytest.mark.parametrize("seed", [1, 2, 3])
async def test_fast_candidates_equal_the_reference(bot: RunningBot, seed: int) -> None:
    rng = random.Random(seed)
    services = bot.services
    now = bot.clock.now()
    await insert_open_projects(services.db, synthetic_projects(rng, PROJECTS), ADMIN, now)
    members = [
        SyntheticMember(
            member_id=100_000 + n,
            birth_year=rng.randint(2000, 2012),  # 13 to 26: the 13-year-olds need a guardian
            birth_month=rng.randint(1, 12),
            first_name=f"M{n}",
            city=rng.choice(("Torino", "Milano", None)),
            causes=rng.sample(CAUSES, rng.randint(1, 3)),
            skills=rng.sample(SKILLS, rng.randint(0, 3)),
            days=rng.sample(DAYS, rng.randint(1, 2)),
            hours_per_week=rng.randint(1, 12),
            matching=rng.random() < 0.7,
        )
        for n in range(400)
    ]
    await insert_members(services.db, members, now)
    ids = [member.member_id for member in members]
    guardians = [
        (member_id, rng.choice(("consented", "to_verify", "pending", "withdrawn")))
        for member_id in ids
    ]
    await insert_guardian_requests(services.db, rng.sample(guardians, 150), now)
    repository = ProjectRepository(services.db)
    for member_id in rng.sample(ids, 40):
        await services.preferences.set_invitations(member_id, False)
    for member_id in rng.sample(ids, 40):
        await MemberRepository(services.db).set_reachable(member_id, False)
    for member_id in rng.sample(ids, 80):
        project_id = rng.randint(1, PROJECTS)
        if rng.random() < 0.5:
            await repository.apply(project_id, member_id, None, now)
        else:
            await repository.invite(project_id, member_id, now)

    for project_id in range(1, PROJECTS + 1):
        fast = await services.matching.candidates(ADMIN, project_id, limit=40)
        assert fast is not None
        reference = await candidates_reference(services, project_id)
        assert [(c.member_id, c.score) for c in fast] == [
            (c.member_id, c.score) for c in reference[:40]
        ]
        every = await services.matching.candidates(ADMIN, project_id, limit=len(members))
        assert every is not None
        assert [c.member_id for c in every] == [c.member_id for c in reference]
