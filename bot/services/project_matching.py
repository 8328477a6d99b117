"""Matching members and projects: a member's best projects with the reasons, projects to
browse, whether a member may apply, and a project's best candidates (rule 16)."""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import Enum

from bot.core.clock import Clock
from bot.domain.age_gate import AgeDecision, AgePolicy
from bot.domain.birth_month import BirthMonth
from bot.domain.matching import (
    WEIGHTS,
    Match,
    MemberFacts,
    ProjectFacts,
    Reasons,
    Weights,
    explain,
    top,
)
from bot.services.project_catalogue import OpenProjects, ProjectCatalogue, facts_of
from storage.matching import CandidateQuery, MatchingProfile
from storage.profiles import Profile
from storage.projects import Project, ProjectRepository

CANDIDATES = 10


def birth_months(min_age: int, max_age: int, today: date) -> tuple[int, int]:
    """The (year * 12 + month) range of birth months whose youngest age is in the range (empty,
    the first above the last, if no age is)."""
    inside = [
        year * 12 + month
        for year in range(today.year - max_age - 1, today.year - min_age + 1)
        for month in range(1, 13)
        if min_age <= BirthMonth(year, month).youngest_age_on(today) <= max_age
    ]
    return (min(inside), max(inside)) if inside else (0, -1)


def guardian_months(policy: AgePolicy, today: date) -> tuple[int, int]:
    """The birth months of those the policy says need a guardian's consent."""
    return birth_months(
        policy.min_age, min(policy.max_age, policy.guardian_consent_below - 1), today
    )


def candidate_query(
    project: ProjectFacts, policy: AgePolicy, today: date, weights: Weights = WEIGHTS
) -> CandidateQuery:
    return CandidateQuery(
        project_id=project.id,
        born=birth_months(project.min_age, project.max_age, today),
        guardian=guardian_months(policy, today),
        causes_mask=project.causes_mask,
        skills_mask=project.skills_mask,
        days_mask=project.days_mask,
        city=project.city,
        hours_per_week=project.hours_per_week,
        weight_cause=weights.shared_cause,
        weight_skill=weights.shared_skill,
        weight_remote=weights.remote,
        weight_city=weights.same_city,
        weight_days=weights.days_overlap,
        weight_hours=weights.hours_fit,
    )


class NoMatchWhy(Enum):
    NO_CONSENT = "no-consent"  # matching switched off
    GUARDIAN = "guardian"  # waiting for a guardian
    NOTHING_FITS = "nothing-fits"
    NO_PROFILE = "no-profile"


@dataclass(frozen=True)
class Matches:
    page: list[Match]
    total: int
    why_none: NoMatchWhy | None = None
    projects: dict[int, Project] = field(default_factory=dict)  # the page's, by id


@dataclass(frozen=True)
class Candidate:
    """A member as coordinators may see them (rule 16): no username, id or contact is shown."""

    member_id: int  # for the bot only, never rendered
    ref: str  # what a button names instead: a keyed hash, meaningless outside this process
    first_name: str
    age: int
    facts: MemberFacts
    reasons: Reasons
    score: int


class ApplyProblem(Enum):
    NOT_ELIGIBLE = "not-eligible"
    ALREADY = "already"
    TO_VERIFY = "to-verify"  # a guardian's online consent waits for a moderator (rule 2)


@dataclass(kw_only=True, eq=False)
class ProjectMatching:
    repository: ProjectRepository
    index: OpenProjects
    catalogue: ProjectCatalogue
    policy: AgePolicy
    clock: Clock
    # New at each start: a candidate's button from before a restart just lapses.
    _ref_key: bytes = field(default_factory=lambda: secrets.token_bytes(16), repr=False)

    async def member_facts(self, member_id: int) -> MemberFacts | None:
        """The member as matching sees them (None before the onboarding ends): one query."""
        found = await self.repository.matching_profile(member_id)
        return self._member_facts(found) if found is not None else None

    def _member_facts(self, found: MatchingProfile) -> MemberFacts | None:
        if found.profile.completed_at is None:
            return None
        return self._facts(
            found.profile,
            consents_to_matching=found.consents_to_matching,
            guardian_cleared=self._cleared(found),
            excluded=found.excluded,
        )

    def _facts(
        self,
        profile: Profile,
        *,
        consents_to_matching: bool,
        guardian_cleared: bool,
        excluded: frozenset[int] = frozenset(),
    ) -> MemberFacts:
        return MemberFacts(
            age=self.age_of(profile),
            causes=frozenset(profile.causes),
            skills=frozenset(profile.skills),
            city=profile.city,
            days=frozenset(profile.days),
            hours_per_week=profile.hours_per_week,
            consents_to_matching=consents_to_matching,
            guardian_cleared=guardian_cleared,
            excluded=excluded,
        )

    def age_of(self, profile: Profile) -> int:
        assert profile.birth_year is not None
        assert profile.birth_month is not None
        born = BirthMonth(profile.birth_year, profile.birth_month)
        return born.youngest_age_on(self.clock.now().date())

    def _cleared(self, found: MatchingProfile) -> bool:
        """No guardian's consent is needed (the age policy decides), or it was given."""
        profile = found.profile
        if profile.birth_year is None or profile.birth_month is None:
            return True
        born = BirthMonth(profile.birth_year, profile.birth_month)
        needs = self.policy.decide(born, self.clock.now().date()) is AgeDecision.NEEDS_GUARDIAN
        return not needs or found.guardian_consented

    async def guardian_cleared(self, member_id: int) -> bool:
        found = await self.repository.matching_profile(member_id)
        return found is None or self._cleared(found)

    async def matches(self, member_id: int, page: int, per_page: int) -> Matches:
        """A page of the member's best matches, with its projects: two queries (the member,
        the page's projects); the open projects are ranked in memory."""
        facts = await self.member_facts(member_id)
        if facts is None:
            return Matches([], 0, NoMatchWhy.NO_PROFILE)
        if not facts.guardian_cleared:
            return Matches([], 0, NoMatchWhy.GUARDIAN)
        if not facts.consents_to_matching:
            return Matches([], 0, NoMatchWhy.NO_CONSENT)
        index = await self.index.facts()
        ranked, total = top(facts, index.values(), self.clock.now(), (page + 1) * per_page)
        if total == 0:
            return Matches([], 0, NoMatchWhy.NOTHING_FITS)
        shown = ranked[page * per_page :]
        projects = await self.repository.many(match.project.id for match in shown)
        return Matches(shown, total, projects={project.id: project for project in projects})

    async def browse(self, member_id: int, cause: str | None) -> list[Project]:
        """Open projects the member may join for a cause (None: remote ones, any cause), without
        ranking: for members who switched matching off, or want to look wider."""
        found = await self.repository.matching_profile(member_id)
        facts = self._member_facts(found) if found is not None else None
        if facts is None:
            return []
        today = self.clock.now().date()
        chosen = [
            project.id
            for project in (await self.index.facts()).values()
            if (cause in project.causes if cause is not None else project.city is None)
            and (project.deadline is None or project.deadline >= today)
            and project.min_age <= facts.age <= project.max_age
            and project.id not in facts.excluded
            and project.places_left > 0
        ]
        found_projects = await self.repository.many(chosen)
        return sorted(found_projects, key=lambda p: p.title.casefold())

    async def can_apply(self, member_id: int, project_id: int) -> ApplyProblem | None:
        """Why the member may not apply now, if not. While their guardian's consent waits for a
        moderator they may look but not apply: an application shows them to coordinators."""
        found = await self.repository.matching_profile(member_id)
        facts = self._member_facts(found) if found is not None else None
        project = await self.repository.get(project_id)
        if found is None or facts is None or project is None or not facts.guardian_cleared:
            return ApplyProblem.NOT_ELIGIBLE
        if project_id in facts.excluded:
            return ApplyProblem.ALREADY
        if not found.adults_may_reach:
            return ApplyProblem.TO_VERIFY
        today = self.clock.now().date()
        open_to_member = (
            project.status == "open"
            and project.places_left > 0
            and (project.deadline is None or project.deadline >= today)
            and project.min_age <= facts.age <= project.max_age
        )
        return None if open_to_member else ApplyProblem.NOT_ELIGIBLE

    async def candidates(
        self, user_id: int, project_id: int, limit: int = CANDIDATES
    ) -> list[Candidate] | None:
        """The members who match the project best, among those visible to matching; None if
        this person does not run the project. Filtered, scored and sorted in SQL: one query."""
        project = await self.catalogue.managed(user_id, project_id)
        if project is None:
            return None
        now = self.clock.now()
        facts = facts_of(project)
        query = candidate_query(facts, self.policy, now.date())
        profiles = await self.repository.ranked_candidates(query, limit)
        return [self.candidate(profile, facts, now) for profile in profiles]

    def candidate(self, profile: Profile, project: ProjectFacts, now: datetime) -> Candidate:
        """A member already known to be visible to matching and cleared, as coordinators see
        them, with the score and its reasons."""
        member = self._facts(profile, consents_to_matching=True, guardian_cleared=True)
        match = explain(member, project, now)
        ref = self.candidate_ref(profile.member_id)
        name = profile.first_name or "—"
        return Candidate(
            profile.member_id, ref, name, member.age, member, match.reasons, match.score
        )

    def candidate_ref(self, member_id: int) -> str:
        """Names a candidate in a button without their Telegram id (rule 16): the coordinator
        invites exactly the person they saw, even if the list changed meanwhile."""
        digest = hmac.new(self._ref_key, str(member_id).encode(), hashlib.sha256)
        return digest.hexdigest()[:12]
