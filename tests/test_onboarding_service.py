"""The onboarding rules against a real database, with a controllable clock."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.age_gate import AgeDecision, AgePolicy
from bot.clock import FakeClock
from bot.members import MemberService
from bot.names import NameProblem
from bot.onboarding import OnboardingService, Step
from storage.db import Database
from storage.members import MemberRepository
from storage.profiles import ProfileRepository


@pytest.fixture
def onboarding(db: Database, clock: FakeClock) -> OnboardingService:
    clock.set(datetime(2026, 11, 29, 10, tzinfo=UTC))
    members = MemberService(MemberRepository(db), clock, "it")
    return OnboardingService(
        ProfileRepository(db), members, clock, AgePolicy(13, 25, guardian_consent_below=14)
    )


async def _started(onboarding: OnboardingService, db: Database, member_id: int) -> None:
    await MemberRepository(db).record_contact(member_id, "it", datetime.now(UTC))
    await onboarding.begin(member_id)
    await onboarding.choose_language(member_id, "en")
    await onboarding.accept_notice(member_id)


async def test_a_19_year_old_goes_from_language_to_city(
    onboarding: OnboardingService, db: Database
) -> None:
    await _started(onboarding, db, 1)
    assert await onboarding.step_of(1) is Step.BIRTH
    assert not (await onboarding.answer_birth(1, "sometime")).understood
    assert await onboarding.step_of(1) is Step.BIRTH
    answer = await onboarding.answer_birth(1, "March 2007")
    assert (answer.decision, answer.next_step) == (AgeDecision.WELCOME, Step.NAME)
    assert (await onboarding.answer_name(1, "@me")).problem is NameProblem.MENTION
    assert (await onboarding.answer_name(1, "  Giulia ")).name == "Giulia"
    found = await onboarding.answer_city(1, "turin")
    assert found is not None
    assert found.city == "Torino"
    assert await onboarding.step_of(1) is Step.CAUSES
    profile = await onboarding.profile(1)
    assert profile is not None
    assert (profile.birth_year, profile.birth_month, profile.first_name, profile.city) == (
        2007,
        3,
        "Giulia",
        "Torino",
    )


async def test_remote_only(onboarding: OnboardingService, db: Database) -> None:
    await _started(onboarding, db, 2)
    await onboarding.answer_birth(2, "2008-01")
    await onboarding.answer_name(2, "Sam")
    assert await onboarding.answer_city(2, None) is None
    profile = await onboarding.profile(2)
    assert profile is not None
    assert (profile.city, profile.remote_only) == (None, True)


async def test_a_13_year_old_pauses_for_a_guardian(
    onboarding: OnboardingService, db: Database
) -> None:
    await _started(onboarding, db, 3)
    answer = await onboarding.answer_birth(3, "10/2013")
    assert (answer.decision, answer.next_step) == (AgeDecision.NEEDS_GUARDIAN, Step.GUARDIAN)
    assert await onboarding.step_of(3) is Step.GUARDIAN


@pytest.mark.parametrize("typed", ["12/2013", "01/1999"])
async def test_out_of_range_leaves_nothing_in_any_table(
    onboarding: OnboardingService, db: Database, typed: str
) -> None:
    await _started(onboarding, db, 4)
    answer = await onboarding.answer_birth(4, typed)
    assert answer.decision in {AgeDecision.TOO_YOUNG, AgeDecision.TOO_OLD}
    tables = [
        row["name"]
        for row in await db.fetch_all(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    for table in tables:
        if table in {"schema_migrations", "audit_log"}:
            continue
        for row in await db.fetch_all(f"SELECT * FROM {table}"):
            assert 4 not in tuple(row), f"{table} still holds {tuple(row)}"
    assert await onboarding.step_of(4) is None
