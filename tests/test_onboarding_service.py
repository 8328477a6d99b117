"""The onboarding rules against a real database, with a controllable clock."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.core.clock import FakeClock
from bot.domain.age_gate import AgeDecision, AgePolicy
from bot.domain.names import NameProblem
from bot.domain.onboarding_steps import ReturnTo, Step
from bot.services.ages import Ages
from bot.services.consents import ConsentService, Switched
from bot.services.members import MemberService
from bot.services.onboarding import OnboardingService
from storage.consents import ConsentRepository
from storage.db import Database
from storage.members import MemberRepository
from storage.profiles import ProfileRepository
from tests.support.age_checks import age_checks_on

POLICY = AgePolicy(13, 25, 14)


@pytest.fixture
def consents(db: Database, clock: FakeClock) -> ConsentService:
    clock.set(datetime(2026, 11, 29, 10, tzinfo=UTC))
    ages = Ages(profiles=ProfileRepository(db), clock=clock)
    repository = ConsentRepository(db)
    return ConsentService(
        repository=repository, ages=ages, policy=POLICY, clock=clock, notice_version="1"
    )


@pytest.fixture
def onboarding(db: Database, clock: FakeClock, consents: ConsentService) -> OnboardingService:
    members = MemberService(MemberRepository(db), clock, "it")
    policy = POLICY
    age_checks = age_checks_on(db, clock, members, policy)
    return OnboardingService(
        ProfileRepository(db), members, consents, clock, policy, age_checks=age_checks
    )


async def _started(onboarding: OnboardingService, db: Database, member_id: int) -> None:
    await MemberRepository(db).record_contact(member_id, "it", datetime.now(UTC))
    assert await onboarding.resume(member_id) is not None
    await onboarding.choose_language(member_id, "en")
    await onboarding.accept_notice(member_id)


async def _at_city(onboarding: OnboardingService, db: Database, member_id: int) -> None:
    """Sam, born in January 2008, at the city question."""
    await _started(onboarding, db, member_id)
    await onboarding.answer_birth_text(member_id, "2008-01")
    await onboarding.answer_name(member_id, "Sam")


async def _rows_mentioning(db: Database, member_id: int) -> list[tuple[str, tuple[object, ...]]]:
    tables = [
        row["name"]
        for row in await db.fetch_all(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            " AND name != 'schema_migrations'"
        )
    ]
    found = []
    for table in tables:
        for row in await db.fetch_all(f"SELECT * FROM {table}"):
            if member_id in tuple(row):
                found.append((table, tuple(row)))
    return found


async def test_a_19_year_old_answers_every_question(
    onboarding: OnboardingService, consents: ConsentService, db: Database
) -> None:
    await _started(onboarding, db, 1)
    assert await onboarding.step_of(1) is Step.BIRTH
    assert not (await onboarding.answer_birth_text(1, "sometime")).understood
    assert await onboarding.step_of(1) is Step.BIRTH
    answer = await onboarding.answer_birth_text(1, "March 2007")
    assert (answer.decision, answer.next) == (AgeDecision.WELCOME, Step.NAME)
    assert (await onboarding.answer_name(1, "@me")).problem is NameProblem.MENTION
    assert (await onboarding.answer_name(1, "  Giulia ")).next is Step.CITY
    assert (await onboarding.answer_city(1, "turin")).next is Step.CAUSES
    assert await onboarding.toggle_choice(1, "causes", "education") == ("education",)
    assert await onboarding.toggle_choice(1, "causes", "climate") == ("climate", "education")
    assert (await onboarding.finish_choices(1, "causes")).next is Step.SKILLS
    assert (await onboarding.finish_choices(1, "skills")).next is Step.AVAILABILITY  # optional
    assert (await onboarding.finish_choices(1, "days")).missing
    await onboarding.toggle_choice(1, "days", "weekends")
    assert (await onboarding.finish_choices(1, "days")).next is Step.HOURS
    assert await onboarding.answer_hours(1, 5) is Step.CONSENTS
    assert await consents.switch(1, "reminders", True) == Switched("reminders", on=True)
    assert await onboarding.consents(1) == {
        "matching": False,
        "reminders": True,
        "announcements": False,
    }
    assert await onboarding.finish_consents(1) is Step.SUMMARY
    await onboarding.confirm(1)
    assert await onboarding.conversation(1) is None
    assert await onboarding.is_member(1)
    profile = await onboarding.profile(1)
    assert profile is not None
    assert (profile.birth_year, profile.birth_month, profile.first_name, profile.city) == (
        2007,
        3,
        "Giulia",
        "Torino",
    )
    assert (profile.causes, profile.skills, profile.days, profile.hours_per_week) == (
        ("climate", "education"),
        (),
        ("weekends",),
        5,
    )
    # Every purpose has an answer with its provenance, the untouched ones as refusals.
    stored = await ConsentRepository(db).of_member(1)
    assert {purpose: c.granted for purpose, c in stored.items()} == {
        "matching": False,
        "reminders": True,
        "announcements": False,
    }
    assert {(c.notice_version, c.given_by, c.method) for c in stored.values()} == {
        ("1", "member", "bot")
    }


async def test_only_real_towns_or_remote_only(onboarding: OnboardingService, db: Database) -> None:
    await _at_city(onboarding, db, 2)
    unsure = await onboarding.answer_city(2, "Torinoo")
    assert (unsure.saved, unsure.unknown, unsure.typed) == (False, True, "Torinoo")
    assert unsure.suggestions[0] == "Torino"
    for not_a_town in ("sì", "l'anno scorso", "nessuna"):
        refused = await onboarding.answer_city(2, not_a_town)
        assert (refused.saved, refused.unknown, refused.suggestions) == (False, True, ())
    conversation = await onboarding.conversation(2)
    assert conversation is not None
    assert conversation.step is Step.CITY  # nothing kept: the same question again
    assert (await onboarding.pick_city(2, "Atlantis")).saved is False  # not a known city
    picked = await onboarding.pick_city(2, "Tornolo")  # a suggestion from the national list
    assert (picked.saved, picked.next) == (True, Step.CAUSES)
    profile = await onboarding.profile(2)
    assert profile is not None
    assert profile.city == "Tornolo"
    await onboarding.back(2)
    await onboarding.choose_remote(2)
    profile = await onboarding.profile(2)
    assert profile is not None
    assert (profile.city, profile.remote_only) == (None, True)


async def test_back_goes_one_question_back(onboarding: OnboardingService, db: Database) -> None:
    await _started(onboarding, db, 3)
    assert await onboarding.back(3) is Step.NOTICE
    assert await onboarding.back(3) is Step.LANGUAGE
    assert await onboarding.back(3) is Step.LANGUAGE


async def test_an_edit_from_the_summary_returns_to_it(
    onboarding: OnboardingService, db: Database
) -> None:
    await _at_city(onboarding, db, 4)
    await onboarding.edit(4, Step.NAME, ReturnTo.SUMMARY)
    assert (await onboarding.answer_name(4, "Samuele")).next is Step.SUMMARY
    # Availability is two questions: the days, then the hours, then back.
    await onboarding.edit(4, Step.AVAILABILITY, ReturnTo.SUMMARY)
    await onboarding.toggle_choice(4, "days", "evenings")
    assert (await onboarding.finish_choices(4, "days")).next is Step.HOURS
    assert await onboarding.answer_hours(4, 3) is Step.SUMMARY


async def test_a_13_year_old_pauses_for_a_guardian(
    onboarding: OnboardingService, db: Database
) -> None:
    await _started(onboarding, db, 5)
    answer = await onboarding.answer_birth_text(5, "10/2013")
    assert (answer.decision, answer.next) == (AgeDecision.NEEDS_GUARDIAN, Step.GUARDIAN)
    assert await onboarding.step_of(5) is Step.GUARDIAN


async def test_cancel_pauses_and_start_resumes(onboarding: OnboardingService, db: Database) -> None:
    await _started(onboarding, db, 6)
    await onboarding.answer_birth_text(6, "2008-01")
    await onboarding.cancel(6)
    paused = await onboarding.conversation(6)
    assert paused is not None
    assert (paused.step, paused.paused) == (Step.NAME, True)
    resumed = await onboarding.resume(6)
    assert resumed is not None
    assert (resumed.step, resumed.paused) == (Step.NAME, False)
    assert await onboarding.forget(6)
    assert await _rows_mentioning(db, 6) == []


@pytest.mark.parametrize("typed", ["12/2013", "01/2000", "01/1999"])
async def test_out_of_range_leaves_nothing_in_any_table(
    onboarding: OnboardingService, consents: ConsentService, db: Database, typed: str
) -> None:
    await _started(onboarding, db, 7)
    await consents.switch(7, "matching", False)  # anything stored so far goes too
    answer = await onboarding.answer_birth_text(7, typed)
    assert answer.decision in {AgeDecision.TOO_YOUNG, AgeDecision.TOO_OLD}
    assert await _rows_mentioning(db, 7) == []
    assert await onboarding.step_of(7) is None
