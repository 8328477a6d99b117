"""The onboarding as a sequence of steps, stored as they are answered (a crash resumes at the same
question). This module holds the rules; handlers render the questions.

Done so far: language, notice, birth month (with the age gate), name, city. The remaining steps
(causes, skills, availability, consents, summary) are listed so the order is fixed in one place.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from bot.age_gate import AgeDecision, AgePolicy
from bot.birth_month import parse_birth_month
from bot.cities import CityMatch, match_city
from bot.clock import Clock
from bot.members import MemberService
from bot.names import NameProblem, clean_name, name_problem
from storage.profiles import Profile, ProfileRepository


class Step(StrEnum):
    LANGUAGE = "language"
    NOTICE = "notice"
    BIRTH = "birth"
    GUARDIAN = "guardian"  # paused: waiting for a guardian's consent (next issue)
    NAME = "name"
    CITY = "city"
    CAUSES = "causes"
    SKILLS = "skills"
    AVAILABILITY = "availability"
    CONSENTS = "consents"
    SUMMARY = "summary"


ORDER: tuple[Step, ...] = (
    Step.LANGUAGE,
    Step.NOTICE,
    Step.BIRTH,
    Step.NAME,
    Step.CITY,
    Step.CAUSES,
    Step.SKILLS,
    Step.AVAILABILITY,
    Step.CONSENTS,
    Step.SUMMARY,
)


def step_after(step: Step) -> Step:
    if step is Step.GUARDIAN:
        return Step.NAME
    position = ORDER.index(step)
    return ORDER[min(position + 1, len(ORDER) - 1)]


@dataclass(frozen=True)
class BirthAnswer:
    understood: bool
    decision: AgeDecision | None = None
    next_step: Step | None = None


@dataclass(frozen=True)
class NameAnswer:
    problem: NameProblem | None
    name: str = ""


class OnboardingService:
    def __init__(
        self,
        profiles: ProfileRepository,
        members: MemberService,
        clock: Clock,
        policy: AgePolicy,
    ) -> None:
        self._profiles = profiles
        self._members = members
        self._clock = clock
        self._policy = policy

    async def step_of(self, member_id: int) -> Step | None:
        """The question this person is at; None if they never started or have finished."""
        stored = await self._profiles.step(member_id)
        return Step(stored) if stored else None

    async def profile(self, member_id: int) -> Profile | None:
        return await self._profiles.get(member_id)

    async def begin(self, member_id: int) -> Step:
        await self._profiles.save_answer(member_id, {}, Step.LANGUAGE, self._clock.now())
        return Step.LANGUAGE

    async def choose_language(self, member_id: int, language: str) -> Step:
        await self._members.choose_language(member_id, language)
        return await self._advance(member_id, Step.LANGUAGE)

    async def accept_notice(self, member_id: int) -> Step:
        return await self._advance(member_id, Step.NOTICE)

    async def answer_birth(self, member_id: int, text: str) -> BirthAnswer:
        now = self._clock.now()
        born = parse_birth_month(text, now.date())
        if born is None:
            return BirthAnswer(understood=False)
        decision = self._policy.decide(born, now.date())
        if decision in {AgeDecision.TOO_YOUNG, AgeDecision.TOO_OLD}:
            # Safeguarding rule 1: nothing is kept, the language choice included.
            await self._members.erase(member_id)
            return BirthAnswer(understood=True, decision=decision)
        next_step = Step.GUARDIAN if decision is AgeDecision.NEEDS_GUARDIAN else Step.NAME
        await self._profiles.save_answer(
            member_id, {"birth_year": born.year, "birth_month": born.month}, next_step, now
        )
        return BirthAnswer(understood=True, decision=decision, next_step=next_step)

    async def answer_name(self, member_id: int, text: str) -> NameAnswer:
        problem = name_problem(text)
        if problem is not None:
            return NameAnswer(problem)
        name = clean_name(text)
        await self._profiles.save_answer(
            member_id, {"first_name": name}, step_after(Step.NAME), self._clock.now()
        )
        return NameAnswer(None, name)

    async def answer_city(self, member_id: int, text: str | None) -> CityMatch | None:
        """`None` means "remote only". Returns the match (with suggestions for the reply)."""
        if text is None:
            values: dict[str, object] = {"city": None, "remote_only": 1}
            found = None
        else:
            found = match_city(text)
            if not found.city:
                return found
            values = {"city": found.city[:64], "remote_only": 0}
        await self._profiles.save_answer(
            member_id, values, step_after(Step.CITY), self._clock.now()
        )
        return found

    async def _advance(self, member_id: int, answered: Step) -> Step:
        next_step = step_after(answered)
        await self._profiles.save_answer(member_id, {}, next_step, self._clock.now())
        return next_step
