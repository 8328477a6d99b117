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

from bench.matching import member_row, synthetic_projects
from bench.synthetic import insert_guardian_requests, insert_members, insert_open_projects
from bot.domain.age_gate import AgeDecision, AgePolicy
from bot.domain.birth_month import BirthMonth
from bot.services.projects import birth_months, guardian_months
from storage.db import Database
from storage.matching import shared_bits
from storage.projects import Project, ProjectRepository
from tests.support.harness import RunningBot

ADMIN = 777
GIULIA = 1000
GIULIA_AGE = 16  # born in May 2009, on the test clock's day


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
    giulia = member_row(
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


@settings(max_examples=200, deadline=None)
@given(
    st.integers(6, 20),
    st.integers(0, 12),
    st.integers(0, 22),
    st.dates(date(2020, 1, 1), date(2040, 12, 31)),
    st.integers(1960, 2040),
    st.integers(1, 12),
)
def test_the_guardian_months_are_those_the_age_policy_says_need_a_guardian(
    min_age: int, span: int, below: int, today: date, year: int, month: int
) -> None:
    policy = AgePolicy(min_age, min_age + span, below)
    low, high = guardian_months(policy, today)
    needs = policy.decide(BirthMonth(year, month), today) is AgeDecision.NEEDS_GUARDIAN
    assert (low <= year * 12 + month <= high) == needs


@settings(max_examples=200, deadline=None)
@given(
    st.integers(10, 30),
    st.integers(0, 10),
    st.dates(date(2020, 1, 1), date(2040, 12, 31)),
    st.integers(1960, 2040),
    st.integers(1, 12),
)
def test_birth_months_hold_exactly_the_ages_in_the_range(
    min_age: int, span: int, today: date, year: int, month: int
) -> None:
    low, high = birth_months(min_age, min_age + span, today)
    age = BirthMonth(year, month).youngest_age_on(today)
    assert (low <= year * 12 + month <= high) == (min_age <= age <= min_age + span)


# --- /projects through the service ---------------------------------------------------------


def count_calls(
    monkeypatch: pytest.MonkeyPatch, repository: object, name: str
) -> Callable[[], int]:
    calls: list[None] = []
    original: Callable[[], Awaitable[object]] = getattr(repository, name)

    async def wrapped() -> object:
        calls.append(None)
        return await original()

    monkeypatch.setattr(repository, name, wrapped)
    return lambda: len(calls)


@pytest.mark.bot_settings(ADMIN_IDS=str(ADMIN))
async def test_projects_read_the_member_once_and_the_page_in_one_query(bot: RunningBot) -> None:
    services = bot.services
    await projects_and_giulia(services.db, bot.clock.now(), count=12)
    first = await services.projects.matches(GIULIA, 0, 5)  # builds the index of open projects
    reads = counting(services.db)
    again = await services.projects.matches(GIULIA, 0, 5)
    assert len(reads) == 2  # the member; the page's projects
    assert again == first
    assert sorted(again.projects) == sorted(match.project.id for match in again.page)
    assert [again.projects[m.project.id].title for m in again.page]


@pytest.mark.bot_settings(ADMIN_IDS=str(ADMIN))
async def test_a_change_refreshes_only_that_project_in_the_index(
    bot: RunningBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    services = bot.services
    projects = services.projects
    await projects_and_giulia(services.db, bot.clock.now(), count=12)
    builds = count_calls(monkeypatch, projects._repository, "open_projects")

    async def shown() -> set[int]:
        found = await projects.matches(GIULIA, 0, 50)
        return {match.project.id for match in found.page}

    before = await shown()
    assert builds() == 1
    paused = min(before)
    assert await projects.set_status(ADMIN, paused, "paused") is not None
    assert await shown() == before - {paused}
    assert await projects.set_status(ADMIN, paused, "open") is not None
    assert await shown() == before
    assert builds() == 1  # never built again


@pytest.mark.bot_settings(ADMIN_IDS=str(ADMIN))
async def test_an_index_read_while_a_project_changed_is_not_kept(
    bot: RunningBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    services = bot.services
    projects = services.projects
    await projects_and_giulia(services.db, bot.clock.now(), count=12)
    repository = projects._repository
    read_all = repository.open_projects
    changed_meanwhile: list[Project | None] = []

    async def open_projects() -> list[Project]:
        found = await read_all()
        if not changed_meanwhile:  # a coordinator pauses a project while the index is read
            target = next(p for p in found if p.min_age <= GIULIA_AGE <= p.max_age)
            changed_meanwhile.append(await projects.set_status(ADMIN, target.id, "paused"))
        return found

    monkeypatch.setattr(repository, "open_projects", open_projects)
    stale = await projects.matches(GIULIA, 0, 50)
    (paused,) = changed_meanwhile
    assert paused is not None
    assert paused.id in {match.project.id for match in stale.page}  # read before the change
    fresh = await projects.matches(GIULIA, 0, 50)
    assert paused.id not in {match.project.id for match in fresh.page}
