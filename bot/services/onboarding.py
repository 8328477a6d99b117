"""The onboarding as a sequence of questions, each answer stored as it is given (a crash resumes
at the same question with every earlier answer). The same questions serve single-field edits,
from the final summary or from /profile. This module holds the rules; handlers render them.

Callers check that the person is at the question they answer (a button from an old message is
refused before it gets here); Telegram updates of one person are processed one at a time.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from bot.core.clock import Clock
from bot.domain.age_gate import AgeDecision, AgePolicy
from bot.domain.birth_month import BirthMonth, parse_birth_month
from bot.domain.catalog import CHOICE_LISTS, ordered
from bot.domain.cities import CityMatch, city_problem, is_known_city, match_city
from bot.domain.matching import mask
from bot.domain.names import NameProblem, clean_name, first_name_problem
from bot.domain.onboarding_steps import (
    CHOICE_STEPS,
    EDITABLE,
    REQUIRED_CHOICES,
    ReturnTo,
    Step,
    step_after,
    step_before,
)
from bot.services.age_checks import AgeChecks, Settled
from bot.services.consents import ConsentService
from bot.services.members import MemberService
from storage.profiles import Profile, ProfileRepository, Progress


@dataclass(frozen=True)
class Conversation:
    step: Step
    return_to: ReturnTo | None = None
    pending_city: str | None = None
    paused: bool = False

    @property
    def editing(self) -> bool:
        return self.return_to is not None


# What follows an answer: the next question, or None when an edit from /profile is over.
Next = Step | None


@dataclass(frozen=True)
class BirthAnswer:
    understood: bool
    decision: AgeDecision | None = None
    next: Next = None
    held: bool = False  # a moderator checks it first (safeguarding rule 23)


@dataclass(frozen=True)
class NameAnswer:
    problem: NameProblem | None
    next: Next = None


@dataclass(frozen=True)
class CityAnswer:
    problem: NameProblem | None = None
    unknown: bool = False  # no such town: asked again, with close known names if any
    suggestions: tuple[str, ...] = ()
    typed: str = ""
    saved: bool = False
    next: Next = None


@dataclass(frozen=True)
class ChoicesDone:
    missing: bool  # a required question left empty: nothing moves
    next: Next = None


def _conversation(progress: Progress) -> Conversation:
    return Conversation(
        step=Step(progress.step),
        return_to=ReturnTo(progress.return_to) if progress.return_to else None,
        pending_city=progress.pending,
        paused=progress.paused,
    )


def _progress(conversation: Conversation) -> Progress:
    return Progress(
        step=conversation.step,
        return_to=conversation.return_to,
        pending=conversation.pending_city,
        paused=conversation.paused,
    )


class OnboardingService:
    def __init__(
        self,
        profiles: ProfileRepository,
        members: MemberService,
        consents: ConsentService,
        clock: Clock,
        policy: AgePolicy,
        *,
        age_checks: AgeChecks,
    ) -> None:
        self._age_checks = age_checks
        self._profiles = profiles
        self._members = members
        self._consents = consents
        self._clock = clock
        self.policy = policy

    def birth_years(self) -> range:
        """The years the birth question offers (the age policy decides)."""
        return self.policy.birth_years(self.today())

    def today(self) -> date:
        return self._clock.now().date()

    async def conversation(self, member_id: int) -> Conversation | None:
        """The question this person is at; None if they never started or are not answering."""
        progress = await self._profiles.progress(member_id)
        return _conversation(progress) if progress else None

    async def step_of(self, member_id: int) -> Step | None:
        conversation = await self.conversation(member_id)
        return conversation.step if conversation else None

    async def profile(self, member_id: int) -> Profile | None:
        return await self._profiles.get(member_id)

    async def is_member(self, member_id: int) -> bool:
        profile = await self._profiles.get(member_id)
        return profile is not None and profile.completed_at is not None

    async def consents(self, member_id: int) -> dict[str, bool]:
        return await self._consents.granted(member_id)

    async def resume(self, member_id: int) -> Conversation | None:
        """At /start: start a new person at the first question, or take an unfinished one back
        to where they were. None for a member who has finished (and edits nothing)."""
        conversation = await self.conversation(member_id)
        if conversation is None:
            if await self.is_member(member_id):
                return None
            conversation = Conversation(Step.LANGUAGE)
        elif conversation.return_to is ReturnTo.PROFILE:
            # /start abandons a single-field edit and shows the member's home instead.
            await self._go(member_id, None)
            return None
        conversation = Conversation(
            conversation.step, conversation.return_to, conversation.pending_city, paused=False
        )
        await self._go(member_id, conversation)
        return conversation

    async def begin(self, member_id: int) -> Step:
        await self._go(member_id, Conversation(Step.LANGUAGE))
        return Step.LANGUAGE

    # --- answers -------------------------------------------------------------------------

    async def choose_language(self, member_id: int, language: str) -> tuple[bool, Next]:
        """Whether the stored language changed, and the next question."""
        changed = await self._members.choose_language(member_id, language)
        return changed, await self._advance(member_id, Step.LANGUAGE)

    async def accept_notice(self, member_id: int) -> Next:
        return await self._advance(member_id, Step.NOTICE)

    async def answer_birth_text(self, member_id: int, text: str) -> BirthAnswer:
        born = parse_birth_month(text, self.today())
        if born is None:
            return BirthAnswer(understood=False)
        return await self.answer_birth(member_id, born)

    async def answer_birth(self, member_id: int, born: BirthMonth) -> BirthAnswer:
        if born > BirthMonth(self.today().year, self.today().month):
            return BirthAnswer(understood=False)
        decision = self.policy.decide(born, self.today())
        if await self._age_checks.screen(member_id, born, decision):
            next_step = await self._hold(member_id)
            return BirthAnswer(understood=True, decision=decision, next=next_step, held=True)
        return await self._take_birth(member_id, born, decision)

    async def _take_birth(
        self, member_id: int, born: BirthMonth, decision: AgeDecision
    ) -> BirthAnswer:
        if decision in {AgeDecision.TOO_YOUNG, AgeDecision.TOO_OLD}:
            await self.refuse(member_id)
            return BirthAnswer(understood=True, decision=decision)
        values = {"birth_year": born.year, "birth_month": born.month}
        if decision is AgeDecision.NEEDS_GUARDIAN and not await self._guardian_stands(member_id):
            await self._save(member_id, values, Conversation(Step.GUARDIAN))
            # What the guardian step says is kept must be all that is kept (a member who
            # corrected their age had answered more).
            await self._members.keep_only_age(member_id)
            return BirthAnswer(understood=True, decision=decision, next=Step.GUARDIAN)
        next_step = await self._advance(member_id, Step.BIRTH, values)
        return BirthAnswer(understood=True, decision=decision, next=next_step)

    async def _guardian_stands(self, member_id: int) -> bool:
        """An edit by someone already under a guardian's care: a birth month that still needs
        the guardian changes nothing about their answer."""
        conversation = await self.conversation(member_id)
        editing = conversation is not None and conversation.editing
        return editing and await self.under_guardian(member_id)

    async def _hold(self, member_id: int) -> Next:
        """A new answer waits for a moderator: onboarding pauses; an edit ends, the age as
        it was."""
        conversation = await self._current(member_id)
        target: Conversation | None = Conversation(Step.AGE_CHECK)
        if conversation.return_to is ReturnTo.SUMMARY:
            target = Conversation(Step.SUMMARY)
        elif conversation.return_to is ReturnTo.PROFILE:
            target = None
        await self._go(member_id, target)
        return target.step if target else None

    async def age_settled(self, settled: Settled) -> AgeDecision:
        """A moderator decided: the birth month that counts now takes effect. Someone who was
        waiting goes on from the age question (a refusal erases them); an accepted edit is
        stored where the member is."""
        decision = self.policy.decide(settled.born, self.today())
        conversation = await self.conversation(settled.member_id)
        waiting = conversation is not None and conversation.step is Step.AGE_CHECK
        if waiting or (settled.accepted and decision is AgeDecision.NEEDS_GUARDIAN):
            await self._take_birth(settled.member_id, settled.born, decision)
        elif settled.accepted:
            values = {"birth_year": settled.born.year, "birth_month": settled.born.month}
            await self._save(settled.member_id, values, conversation)
        return decision

    async def refuse_unlisted(self, member_id: int, older: bool) -> None:
        """Born before the years offered, or after them: refused, and the nearest month
        remembered (rule 23) so an answer in range a minute later is checked."""
        years = self.birth_years()
        if older:
            born, decision = BirthMonth(years.start - 1, 12), AgeDecision.TOO_OLD
        else:
            born, decision = BirthMonth(years.stop, 1), AgeDecision.TOO_YOUNG
        await self._age_checks.remember(member_id, born, decision)
        await self.refuse(member_id)

    async def refuse(self, member_id: int) -> None:
        """Out of the age range. Safeguarding rule 1: nothing is kept, the language included."""
        await self._members.erase(member_id)

    async def answer_name(self, member_id: int, text: str) -> NameAnswer:
        problem = first_name_problem(text)
        if problem is not None:
            return NameAnswer(problem)
        next_step = await self._advance(member_id, Step.NAME, {"first_name": clean_name(text)})
        return NameAnswer(None, next_step)

    async def answer_city(self, member_id: int, text: str) -> CityAnswer:
        problem = city_problem(text)
        if problem is not None:
            return CityAnswer(problem=problem)
        found: CityMatch = match_city(text)
        if not found.known:
            # A real town or nothing (rule 24 and point 11: "sì", "l'anno scorso" are no towns).
            return CityAnswer(suggestions=found.suggestions, typed=found.city, unknown=True)
        return await self._save_city(member_id, found.city)

    async def pick_city(self, member_id: int, city: str) -> CityAnswer:
        if not is_known_city(city):  # only our own buttons name a city
            return CityAnswer()
        return await self._save_city(member_id, city)

    async def choose_remote(self, member_id: int) -> CityAnswer:
        next_step = await self._advance(member_id, Step.CITY, {"city": None, "remote_only": 1})
        return CityAnswer(saved=True, next=next_step)

    async def _save_city(self, member_id: int, city: str) -> CityAnswer:
        next_step = await self._advance(member_id, Step.CITY, {"city": city, "remote_only": 0})
        return CityAnswer(saved=True, typed=city, next=next_step)

    async def toggle_choice(self, member_id: int, field: str, key: str) -> tuple[str, ...]:
        """Add or remove one key of a multi-select question; stored at once."""
        if key not in CHOICE_LISTS[field]:
            raise ValueError(f"{key!r} is not in {field}")
        profile = await self._profiles.get(member_id)
        chosen = set(getattr(profile, field)) if profile else set()
        chosen ^= {key}
        selection = ordered(chosen, field)
        conversation = await self._current(member_id)
        values = {field: selection, f"{field}_mask": mask(selection, CHOICE_LISTS[field])}
        await self._save(member_id, values, conversation)
        return selection

    async def finish_choices(self, member_id: int, field: str) -> ChoicesDone:
        profile = await self._profiles.get(member_id)
        chosen: tuple[str, ...] = getattr(profile, field) if profile else ()
        if field in REQUIRED_CHOICES and not chosen:
            return ChoicesDone(missing=True)
        return ChoicesDone(missing=False, next=await self._advance(member_id, CHOICE_STEPS[field]))

    async def answer_hours(self, member_id: int, hours: int) -> Next:
        return await self._advance(member_id, Step.HOURS, {"hours_per_week": hours})

    async def finish_consents(self, member_id: int) -> Next:
        await self._consents.confirm_all(member_id)
        return await self._advance(member_id, Step.CONSENTS)

    async def under_guardian(self, member_id: int) -> bool:
        """Below GUARDIAN_CONSENT_BELOW: a guardian, not the member, gives the consents."""
        profile = await self._profiles.get(member_id)
        if profile is None or profile.birth_year is None or profile.birth_month is None:
            return False
        born = BirthMonth(profile.birth_year, profile.birth_month)
        return self.policy.decide(born, self.today()) is AgeDecision.NEEDS_GUARDIAN

    async def guardian_consented(self, member_id: int) -> None:
        """The pause after the age question ends (or, for a member who had finished, the pause
        after a withdrawal)."""
        conversation = await self.conversation(member_id)
        if conversation is None or conversation.step is not Step.GUARDIAN:
            return
        await self._go(
            member_id, None if await self.is_member(member_id) else Conversation(Step.NAME)
        )

    async def guardian_withdrew(self, member_id: int) -> None:
        await self._go(member_id, Conversation(Step.GUARDIAN))

    async def confirm(self, member_id: int) -> None:
        await self._profiles.complete(member_id, self._clock.now())

    # --- moving around -------------------------------------------------------------------

    async def edit(self, member_id: int, step: Step, return_to: ReturnTo) -> None:
        if step not in EDITABLE:
            raise ValueError(f"{step} cannot be edited alone")
        await self._go(member_id, Conversation(step, return_to))

    async def back(self, member_id: int) -> Next:
        conversation = await self._current(member_id)
        if conversation.step is Step.HOURS:
            target: Conversation | None = Conversation(Step.AVAILABILITY, conversation.return_to)
        elif conversation.return_to is ReturnTo.SUMMARY:
            target = Conversation(Step.SUMMARY)
        elif conversation.return_to is ReturnTo.PROFILE:
            target = None
        else:
            target = Conversation(step_before(conversation.step))
        await self._go(member_id, target)
        return target.step if target else None

    async def cancel(self, member_id: int) -> Conversation | None:
        """/cancel: an edit ends (back to the summary or the profile); the onboarding pauses,
        answers kept, until /start. Returns what was going on."""
        conversation = await self.conversation(member_id)
        if conversation is None or conversation.step in {Step.GUARDIAN, Step.AGE_CHECK}:
            return conversation
        if conversation.return_to is ReturnTo.PROFILE:
            await self._go(member_id, None)
        elif conversation.return_to is ReturnTo.SUMMARY:
            await self._go(member_id, Conversation(Step.SUMMARY))
        else:
            await self._go(
                member_id,
                Conversation(
                    conversation.step, pending_city=conversation.pending_city, paused=True
                ),
            )
        return conversation

    async def forget(self, member_id: int) -> bool:
        """Erase someone who has not finished the onboarding, at their request."""
        if await self.is_member(member_id):
            return False
        return await self._members.erase(member_id)

    async def _current(self, member_id: int) -> Conversation:
        return await self.conversation(member_id) or Conversation(Step.LANGUAGE)

    async def _advance(
        self, member_id: int, answered: Step, values: Mapping[str, object] | None = None
    ) -> Next:
        conversation = await self._current(member_id)
        target: Conversation | None
        if answered is Step.AVAILABILITY:
            target = Conversation(Step.HOURS, conversation.return_to)
        elif conversation.return_to is ReturnTo.SUMMARY:
            target = Conversation(Step.SUMMARY)
        elif conversation.return_to is ReturnTo.PROFILE:
            target = None
        else:
            target = Conversation(step_after(answered))
        if target and target.step is Step.CONSENTS and await self.under_guardian(member_id):
            target = Conversation(Step.SUMMARY)  # the guardian chose the consents
        await self._save(member_id, values or {}, target)
        return target.step if target else None

    async def _go(self, member_id: int, conversation: Conversation | None) -> None:
        await self._save(member_id, {}, conversation)

    async def _save(
        self, member_id: int, values: Mapping[str, object], conversation: Conversation | None
    ) -> None:
        progress = _progress(conversation) if conversation else None
        await self._profiles.save(member_id, values, progress, self._clock.now())
