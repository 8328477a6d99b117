"""The candidates fast path (scored in SQL) ranks exactly like the plain Python reference, on
random members and projects."""

from __future__ import annotations

import random

import pytest

from bench.matching import member_row, synthetic_projects
from bench.synthetic import insert_members, insert_open_projects
from bot.domain.catalog import CAUSES, DAYS, SKILLS
from tests.support.harness import RunningBot

ADMIN = 777


@pytest.mark.bot_settings(ADMIN_IDS=str(ADMIN))
@pytest.mark.parametrize("seed", [1, 2, 3])
async def test_fast_candidates_equal_the_reference(bot: RunningBot, seed: int) -> None:
    rng = random.Random(seed)
    now = bot.clock.now()
    await insert_open_projects(bot.services.db, synthetic_projects(rng, 8), ADMIN, now)
    members = [
        member_row(
            100_000 + n,
            rng.randint(2000, 2011),  # 14 and over: nobody waits for a guardian
            rng.randint(1, 12),
            f"M{n}",
            rng.choice(("Torino", "Milano", None)),
            rng.sample(CAUSES, rng.randint(1, 3)),
            rng.sample(SKILLS, rng.randint(0, 3)),
            rng.sample(DAYS, rng.randint(1, 2)),
            rng.randint(1, 12),
            rng.random() < 0.7,
        )
        for n in range(400)
    ]
    await insert_members(bot.services.db, members, now)
    projects = bot.services.projects
    for project_id in range(1, 9):
        fast = await projects.candidates(ADMIN, project_id, limit=40)
        assert fast is not None
        reference = (await projects.candidates_reference(project_id))[:40]
        assert [(c.member_id, c.score) for c in fast] == [(c.member_id, c.score) for c in reference]
