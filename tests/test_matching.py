"""The matching engine: eligibility, scores with reasons, and the fast path against the
reference (property tests on random data)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from random import Random

from hypothesis import given, settings
from hypothesis import strategies as st

from bench.reference import eligible, rank
from bot.domain.catalog import CAUSES, DAYS, SKILLS
from bot.domain.matching import Match, MemberFacts, ProjectFacts, Reasons, explain, top

NOW = datetime(2026, 11, 29, 10, tzinfo=UTC)
CITIES = ("Torino", "Milano", "Moncalieri")


def subsets(keys: tuple[str, ...]) -> st.SearchStrategy[frozenset[str]]:
    return st.frozensets(st.sampled_from(keys))


members = st.builds(
    MemberFacts,
    age=st.integers(13, 25),
    causes=subsets(CAUSES),
    skills=subsets(SKILLS),
    city=st.none() | st.sampled_from(CITIES),
    days=subsets(DAYS),
    hours_per_week=st.none() | st.integers(1, 40),
    consents_to_matching=st.booleans(),
    guardian_cleared=st.booleans(),
    excluded=st.frozensets(st.integers(1, 60), max_size=5),
)


@st.composite
def projects(draw: st.DrawFn, project_id: int) -> ProjectFacts:
    low = draw(st.integers(13, 25))
    return ProjectFacts(
        id=project_id,
        open=draw(st.booleans()),
        places_left=draw(st.integers(0, 5)),
        deadline=draw(st.none() | st.dates(date(2026, 11, 20), date(2026, 12, 31))),
        min_age=low,
        max_age=draw(st.integers(low, 25)),
        causes=draw(subsets(CAUSES)),
        skills=draw(subsets(SKILLS)),
        city=draw(st.none() | st.sampled_from(CITIES)),
        days=draw(subsets(DAYS)),
        hours_per_week=draw(st.integers(1, 20)),
        published_at=NOW - timedelta(days=draw(st.integers(0, 60)), hours=draw(st.integers(0, 23))),
    )


catalogs = st.integers(0, 40).flatmap(
    lambda n: st.tuples(*(projects(i + 1) for i in range(n))) if n else st.just(())
)


def summary(matches: list[Match]) -> list[tuple[int, int, Reasons]]:
    return [(m.project.id, m.score, m.reasons) for m in matches]


def rank_fast(
    member: MemberFacts, catalog: Sequence[ProjectFacts], limit: int | None = None
) -> list[Match]:
    """The fast path, every eligible project unless `limit`."""
    best, total = top(member, catalog, NOW, len(catalog) if limit is None else limit)
    assert total == sum(eligible(member, p, NOW.date()) for p in catalog)
    return best


@settings(max_examples=60, deadline=None)
@given(members, catalogs)
def test_the_fast_path_ranks_exactly_like_the_reference(
    member: MemberFacts, catalog: tuple[ProjectFacts, ...]
) -> None:
    assert summary(rank_fast(member, catalog)) == summary(rank(member, catalog, NOW))
    assert summary(rank_fast(member, catalog, limit=5)) == summary(rank(member, catalog, NOW))[:5]


@settings(max_examples=60, deadline=None)
@given(members, catalogs)
def test_only_eligible_projects_appear_and_all_of_them(
    member: MemberFacts, catalog: tuple[ProjectFacts, ...]
) -> None:
    ranked = {m.project.id for m in rank(member, catalog, NOW)}
    assert ranked == {p.id for p in catalog if eligible(member, p, NOW.date())}


@settings(max_examples=60, deadline=None)
@given(members, projects(1), st.sampled_from(CAUSES))
def test_adding_a_shared_cause_never_lowers_a_score(
    member: MemberFacts, project: ProjectFacts, cause: str
) -> None:
    project = replace(project, causes=project.causes | {cause})
    before = explain(member, project, NOW).score
    keen = replace(member, causes=member.causes | {cause})
    assert explain(keen, project, NOW).score >= before


@settings(max_examples=40, deadline=None)
@given(members, catalogs, st.randoms())
def test_the_order_does_not_depend_on_the_input_order(
    member: MemberFacts, catalog: tuple[ProjectFacts, ...], random: Random
) -> None:
    shuffled = list(catalog)
    random.shuffle(shuffled)
    assert summary(rank_fast(member, shuffled)) == summary(rank_fast(member, catalog))


def test_reasons_name_what_is_shared() -> None:
    giulia = MemberFacts(
        age=17,
        causes=frozenset({"climate", "animals"}),
        skills=frozenset({"design"}),
        city="Torino",
        days=frozenset({"weekends"}),
        hours_per_week=5,
        consents_to_matching=True,
        guardian_cleared=True,
    )
    project = ProjectFacts(
        id=1,
        open=True,
        places_left=3,
        deadline=None,
        min_age=16,
        max_age=25,
        causes=frozenset({"climate"}),
        skills=frozenset({"design", "coding"}),
        city="Torino",
        days=frozenset({"weekends", "evenings"}),
        hours_per_week=4,
        published_at=NOW - timedelta(days=2),
    )
    match = explain(giulia, project, NOW)
    assert match.reasons.causes == ("climate",)
    assert match.reasons.skills == ("design",)
    assert match.reasons.city == "Torino"
    assert match.reasons.days == ("weekends",)
    assert match.reasons.hours_fit
    assert match.score == 10 + 4 + 6 + 3 + 2 + 2
    younger = replace(giulia, age=14)
    assert rank(younger, [project], NOW) == []
