"""The read paths of projects: what each repository read returns, in how many queries, the SQL
pieces the candidates query is built from, and the index of open projects after changes."""

from __future__ import annotations

import random
import sqlite3
from collections.abc import Awaitable, Callable
from datetime import date, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bench.matching import synthetic_projects
from bench.synthetic import (
    SyntheticMember,
    insert_guardian_requests,
    insert_members,
    insert_open_projects,
)
from bot.domain.age_gate import AgeDecision, AgePolicy
from bot.domain.birth_month import BirthMonth
from bot.services.project_matching import birth_months, guardian_months
from bot.wiring import Services
from storage.db import Database
from storage.matching import shared_bits
from storage.projects import Project, ProjectRepository
from tests.support.harness import RunningBot

ADMIN = 777
GIULIA = 1000


def counting(db: Database) -> list[str]:
    """Every statement `db` reads with from now on (fetch_one goes through fetch_all)."""
    seen: list[str] = []
    original = db.fetch_all

    async def fetch_all(sql: str, params: object = ()) -> list[sqlite3.Row]:
        seen.append(sql)
        return await original(sql, params)  # type: ignore[arg-type]

    db.fetch_all = fetch_all  # type: ignore[method-assign]
    return seen


async def projects_and_giulia(db: Database, now: datetime, count: int = 5) -> ProjectRepository:
    await insert_open_projects(db, synthetic_projects(random.Random(1), count), ADMIN, now)
    giulia = SyntheticMember(
        GIULIA, 2009, 5, "Giulia", "Torino", ["climate"], ["design"], ["weekends"], 5, True
    )
    await insert_members(db, [giulia], now)
    return ProjectRepository(db)


async def test_many_reads_the_projects_asked_for_in_one_query(db: Database) -> None:
    now = datetime.fromisoformat("2026-01-15T09:00:00+00:00")
    repository = await projects_and_giulia(db, now)
    await repository.apply(3, GIULIA, None, now)
    await db.execute("UPDATE applications SET status = 'accepted'")
    reads = counting(db)
    found = await repository.many([3, 1, 99, 3])
    assert [project.id for project in found] == [1, 3]
    assert all(isinstance(project, Project) for project in found)
    assert [project.taken for project in found] == [0, 1]
    assert len(reads) == 1
    assert await repository.many([]) == []
    assert len(reads) == 1  # nothing asked, nothing read


async def test_applications_come_with_their_projects_in_one_query(db: Database) -> None:
    now = datetime.fromisoformat("2026-01-15T09:00:00+00:00")
    repository = await projects_and_giulia(db, now)
    await repository.apply(2, GIULIA, "Ciao!", now)
    await repository.invite(4, GIULIA, now.replace(hour=10))
    reads = counting(db)
    found = await repository.applications_with_projects(GIULIA)
    assert len(reads) == 1
    assert [(a.project_id, a.status, p.id) for a, p in found] == [
        (4, "invited", 4),
        (2, "applied", 2),
    ]
    applied, project = found[1]
    assert (applied.member_id, applied.message, applied.created_at) == (GIULIA, "Ciao!", now)
    assert project.title == (await repository.get(2) or project).title
    assert await repository.applications_with_projects(GIULIA + 1) == []


async def test_a_member_as_matching_sees_them_in_one_query(db: Database) -> None:
    now = datetime.fromisoformat("2026-01-15T09:00:00+00:00")
    repository = await projects_and_giulia(db, now)
    await repository.apply(1, GIULIA, None, now)
    await repository.invite(2, GIULIA, now)  # an invitation is not an exclusion
    await repository.apply(3, GIULIA, None, now)
    await db.execute("UPDATE applications SET status = 'declined' WHERE project_id = 3")
    reads = counting(db)
    found = await repository.matching_profile(GIULIA)
    assert len(reads) == 1
    assert found is not None
    assert (found.profile.first_name, found.profile.causes) == ("Giulia", ("climate",))
    assert found.consents_to_matching
    assert not found.guardian_consented
    assert found.excluded == {1, 3}
    await insert_guardian_requests(db, [(GIULIA, "consented")], now)
    await db.execute("UPDATE consents SET granted = 0")
    found = await repository.matching_profile(GIULIA)
    assert found is not None
    assert (found.consents_to_matching, found.guardian_consented) == (False, True)
    assert await repository.matching_profile(GIULIA + 1) is None


@settings(max_examples=200, deadline=None)
@given(st.integers(0, 2**14 - 1), st.integers(0, 2**14 - 1))
def test_shared_bits_counts_in_sql_what_popcount_counts(member: int, project: int) -> None:
    with sqlite3.connect(":memory:") as connection:
        (count,) = connection.execute(
            f"SELECT {shared_bits('m', project)} FROM (SELECT ? AS m)", (member,)
        ).fetchone()
    assert count == (member & project).bit_count()


@settings(max_examples=300, deadline=None)
@given(
    st.integers(6, 20),
    st.integers(0, 12),
    st.integers(0, 22),
    st.dates(date(2020, 1, 1), date(2040, 12, 31)),
    st.integers(1960, 2040),
    st.integers(1, 12),
)
def test_birth_month_ranges_hold_exactly_the_ages_they_stand_for(
    min_age: int, span: int, below: int, today: date, year: int, month: int
) -> None:
    born = BirthMonth(year, month)
    age = born.youngest_age_on(today)
    low, high = birth_months(min_age, min_age + span, today)
    assert (low <= year * 12 + month <= high) == (min_age <= age <= min_age + span)
    policy = AgePolicy(min_age, min_age + span, below)
    low, high = guardian_months(policy, today)
    needs = policy.decide(born, today) is AgeDecision.NEEDS_GUARDIAN
    assert (low <= year * 12 + month <= high) == needs


# --- /projects through the service ---------------------------------------------------------


@pytest.fixture
async def projects(bot: RunningBot) -> Services:
    """The services, with 12 open projects and Giulia, 16."""
    await projects_and_giulia(bot.services.db, bot.clock.now(), count=12)
    return bot.services


async def shown(projects: Services) -> set[int]:
    """Every project /projects shows Giulia."""
    found = await projects.matching.matches(GIULIA, 0, 50)
    return {match.project.id for match in found.page}


def reading_all(
    monkeypatch: pytest.MonkeyPatch,
    projects: Services,
    meanwhile: Callable[[], Awaitable[object]] | None = None,
) -> list[None]:
    """One item each time the service reads every open project (`meanwhile` runs after the
    read, before the service has the result)."""
    repository = projects.projects.repository
    read_all = repository.open_projects
    builds: list[None] = []

    async def open_projects() -> list[Project]:
        found = await read_all()
        if meanwhile is not None:
            await meanwhile()
        builds.append(None)
        return found

    monkeypatch.setattr(repository, "open_projects", open_projects)
    return builds


@pytest.mark.bot_settings(ADMIN_IDS=str(ADMIN))
async def test_projects_read_the_member_once_and_the_page_in_one_query(
    bot: RunningBot, projects: Services
) -> None:
    first = await projects.matching.matches(GIULIA, 0, 5)  # builds the index of open projects
    reads = counting(bot.services.db)
    again = await projects.matching.matches(GIULIA, 0, 5)
    assert len(reads) == 2  # the member; the page's projects
    assert again == first
    assert sorted(again.projects) == sorted(match.project.id for match in again.page)


@pytest.mark.bot_settings(ADMIN_IDS=str(ADMIN))
async def test_a_change_refreshes_only_that_project_in_the_index(
    projects: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    builds = reading_all(monkeypatch, projects)
    before = await shown(projects)
    paused = min(before)
    assert await projects.projects.set_status(ADMIN, paused, "paused") is not None
    assert await shown(projects) == before - {paused}
    assert await projects.projects.set_status(ADMIN, paused, "open") is not None
    assert await shown(projects) == before
    assert len(builds) == 1  # never built again


@pytest.mark.bot_settings(ADMIN_IDS=str(ADMIN))
async def test_an_index_read_while_a_project_changed_is_not_kept(
    projects: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = await shown(projects)
    # Read all again, and a coordinator pauses one meanwhile.
    projects.matching.index._index = None
    paused = min(before)
    reading_all(
        monkeypatch, projects, lambda: projects.projects.set_status(ADMIN, paused, "paused")
    )
    assert await shown(projects) == before  # read before the change
    assert await shown(projects) == before - {paused}
