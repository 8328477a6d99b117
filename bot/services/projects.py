"""Projects: coordinators import and run them; members get matches with reasons and apply;
coordinators review; messages between them go through the bot and are logged (rule 17).

Ownership is checked here, on every action, against the project's coordinators at that moment
(rule 22): a button drawn for someone who has since lost the role does nothing.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from enum import Enum

from bot.core.audit import AuditLog
from bot.core.clock import Clock
from bot.core.tasks import TaskDispatcher, TaskKind
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
from bot.domain.project_import import ImportResult, parse_projects
from bot.services.consents import ConsentService
from bot.services.notifications import (
    DeliveryReport,
    Note,
    NotificationGate,
    Purpose,
    Text,
)
from bot.services.onboarding import OnboardingService
from bot.services.staff import StaffService
from storage.guardians import GuardianRepository
from storage.matching import CandidateQuery, MatchingProfile
from storage.profiles import Profile
from storage.projects import Application, NewProject, Project, ProjectMessage, ProjectRepository
from storage.tasks import Task

AGE_BANDS = ((13, 15), (16, 17), (18, 21), (22, 25))


@dataclass(frozen=True)
class ApplicationDue:
    application: int


REVIEW_REMINDER = TaskKind("review_reminder", ApplicationDue)
INVITATION = TaskKind("project_invitation", ApplicationDue)  # decided again when it goes out
REVIEW_REMINDER_AFTER = timedelta(days=3)
CANDIDATES = 10
INVITATIONS_PER_DAY = 20
MAX_MESSAGE = 300
MAX_PROJECT_MESSAGE = 1000
MAX_REASON = 200


def age_band(age: int) -> str:
    """What coordinators see instead of an age (rule 16)."""
    for low, high in AGE_BANDS:
        if low <= age <= high:
            return f"{low}–{high}"
    return f"{age}"


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


def facts_of(project: Project) -> ProjectFacts:
    return ProjectFacts(
        id=project.id,
        open=project.status == "open",
        places_left=project.places_left,
        deadline=project.deadline,
        min_age=project.min_age,
        max_age=project.max_age,
        causes=frozenset(project.causes),
        skills=frozenset(project.skills),
        city=project.city,
        days=frozenset(project.days),
        hours_per_week=project.hours_per_week,
        published_at=project.published_at or datetime.min.replace(tzinfo=UTC),
    )


@dataclass(frozen=True)
class ApplicationCard(Note):
    """An application, to one of the project's coordinators (`hint`: a line above it)."""

    application: Application
    project: Project
    profile: Profile
    age: int
    hint: str | None = None


@dataclass(frozen=True)
class ParticipantMessage(Note):
    """A coordinator's message to a participant, who can reply to it."""

    project_id: int
    title: str
    text: str


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


class InviteResult(Enum):
    SENT = "sent"
    NOT_YOURS = "not-yours"
    DAILY_LIMIT = "daily-limit"
    NOT_OPEN = "not-open"
    ALREADY = "already"
    NOT_WANTED = "not-wanted"  # the member switched invitations off


class ApplyProblem(Enum):
    NOT_ELIGIBLE = "not-eligible"
    ALREADY = "already"


class ProjectService:
    def __init__(
        self,
        repository: ProjectRepository,
        onboarding: OnboardingService,
        consents: ConsentService,
        guardians: GuardianRepository,
        staff: StaffService,
        audit: AuditLog,
        clock: Clock,
        policy: AgePolicy,
        tasks: TaskDispatcher,
        notifications: NotificationGate,
    ) -> None:
        self._tasks = tasks
        self._ref_key = secrets.token_bytes(16)  # new at each start: old buttons just lapse
        self._notifications = notifications
        self._repository = repository
        self._onboarding = onboarding
        self._consents = consents
        self._guardians = guardians
        self._staff = staff
        self._audit = audit
        self._clock = clock
        self._policy = policy
        # Open projects as matching facts, by id: ranking reads no project rows. Built on first
        # use, then each change refreshes the one project it touched (this process is the
        # database's only writer).
        self._index: dict[int, ProjectFacts] | None = None
        self._changes = 0  # how many changes so far: a build that saw one mid-way is not kept

    # --- coordinators ----------------------------------------------------------------------

    async def import_csv(self, data: bytes, coordinator_id: int) -> tuple[ImportResult, list[int]]:
        if not self._staff.is_coordinator(coordinator_id):
            raise PermissionError("only coordinators import projects")
        today = self._clock.now().date()
        titles = await self._all_titles(data)
        result = parse_projects(data, today, self._policy.min_age, self._policy.max_age, titles)
        if result.problems:
            return result, []
        ids = await self._repository.create_many(result.projects, coordinator_id, self._clock.now())
        await self._audit.record(coordinator_id, "projects.imported", None, count=len(ids))
        return result, ids

    async def _all_titles(self, data: bytes) -> set[str]:
        # Which of the file's titles exist already: parse once without that check to learn them.
        draft = parse_projects(
            data, self._clock.now().date(), self._policy.min_age, self._policy.max_age, set()
        )
        return await self._repository.titles_taken(p.title for p in draft.projects)

    async def title_taken(self, title: str) -> bool:
        return bool(await self._repository.titles_taken([title]))

    async def create(
        self, coordinator_id: int, new: NewProject, cocoordinators: list[int], *, publish: bool
    ) -> int:
        """One project from /newproject: its author and co-coordinators run it."""
        (project_id,) = await self._repository.create_many([new], coordinator_id, self._clock.now())
        others = [
            c for c in cocoordinators if self._staff.is_coordinator(c) and c != coordinator_id
        ]
        await self._repository.add_coordinators(project_id, others)
        await self._audit.record(
            coordinator_id, "project.created", None, project=project_id, cocoordinators=len(others)
        )
        if publish:
            await self.set_status(coordinator_id, project_id, "open")
        return project_id

    async def update(
        self, user_id: int, project_id: int, new: NewProject, cocoordinators: list[int]
    ) -> bool:
        """Edit every field of a project this person runs (its status stays as it is)."""
        project = await self.managed(user_id, project_id)
        if project is None:
            return False
        if new.places < project.taken:
            return False
        keep = {project.created_by, user_id}
        others = {c for c in cocoordinators if self._staff.is_coordinator(c)}
        await self._repository.update(project_id, new, sorted(keep | others))
        await self._audit.record(user_id, "project.edited", None, project=project_id)
        await self._changed(project_id)
        return True

    def can_manage(self, user_id: int, coordinators: list[int]) -> bool:
        return self._staff.is_admin(user_id) or (
            self._staff.is_coordinator(user_id) and user_id in coordinators
        )

    async def managed(self, user_id: int, project_id: int) -> Project | None:
        """The project, if this person may run it now."""
        project = await self._repository.get(project_id)
        if project is None:
            return None
        if not self.can_manage(user_id, await self._repository.coordinators(project_id)):
            return None
        return project

    async def projects_of(self, coordinator_id: int) -> list[Project]:
        if not self._staff.is_coordinator(coordinator_id):
            return []
        return await self._repository.of_coordinator(coordinator_id)

    async def set_status(self, user_id: int, project_id: int, status: str) -> Project | None:
        project = await self.managed(user_id, project_id)
        allowed = {
            "open": {"draft", "paused"},
            "paused": {"open"},
            "closed": {"draft", "open", "paused"},
        }
        if project is None or project.status not in allowed.get(status, set()):
            return None
        await self._repository.set_status(project_id, status, self._clock.now())
        await self._audit.record(user_id, f"project.{status}", None, project=project_id)
        return await self._changed(project_id)

    async def get(self, project_id: int) -> Project | None:
        return await self._repository.get(project_id)

    async def coordinators(self, project_id: int) -> list[int]:
        """Who runs the project now: only people who still have the role get its messages."""
        return [
            c
            for c in await self._repository.coordinators(project_id)
            if self._staff.is_coordinator(c)
        ]

    async def participants(self, project_id: int) -> list[int]:
        return await self._repository.participants(project_id)

    # --- members ---------------------------------------------------------------------------

    async def member_facts(self, member_id: int) -> MemberFacts | None:
        """The member as matching sees them (None before the onboarding ends): one query."""
        found = await self._repository.matching_profile(member_id)
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
        return born.youngest_age_on(self._clock.now().date())

    def _cleared(self, found: MatchingProfile) -> bool:
        """No guardian's consent is needed (the age policy decides), or it was given."""
        profile = found.profile
        if profile.birth_year is None or profile.birth_month is None:
            return True
        born = BirthMonth(profile.birth_year, profile.birth_month)
        needs = self._policy.decide(born, self._clock.now().date()) is AgeDecision.NEEDS_GUARDIAN
        return not needs or found.guardian_consented

    async def guardian_cleared(self, member_id: int) -> bool:
        found = await self._repository.matching_profile(member_id)
        return found is None or self._cleared(found)

    async def _open_facts(self) -> dict[int, ProjectFacts]:
        if self._index is None:
            before = self._changes
            built = {p.id: facts_of(p) for p in await self._repository.open_projects()}
            if self._changes != before:
                return built  # a change landed while reading: build again next time
            self._index = built
        return self._index

    async def _changed(self, project_id: int) -> Project | None:
        """A project changed: its facts in the index follow (the project, as it is now)."""
        self._changes += 1
        project = await self._repository.get(project_id)
        if self._index is not None:
            if project is not None and project.status == "open":
                self._index[project_id] = facts_of(project)
            else:
                self._index.pop(project_id, None)
        return project

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
        index = await self._open_facts()
        ranked, total = top(facts, index.values(), self._clock.now(), (page + 1) * per_page)
        if total == 0:
            return Matches([], 0, NoMatchWhy.NOTHING_FITS)
        shown = ranked[page * per_page :]
        projects = await self._repository.many(match.project.id for match in shown)
        return Matches(shown, total, projects={project.id: project for project in projects})

    async def browse(self, member_id: int, cause: str | None) -> list[Project]:
        """Open projects the member may join for a cause (None: remote ones, any cause), without
        ranking: for members who switched matching off, or want to look wider."""
        found = await self._repository.matching_profile(member_id)
        facts = self._member_facts(found) if found is not None else None
        if facts is None:
            return []
        today = self._clock.now().date()
        chosen = [
            project.id
            for project in (await self._open_facts()).values()
            if (cause in project.causes if cause is not None else project.city is None)
            and (project.deadline is None or project.deadline >= today)
            and project.min_age <= facts.age <= project.max_age
            and project.id not in facts.excluded
            and project.places_left > 0
        ]
        found_projects = await self._repository.many(chosen)
        return sorted(found_projects, key=lambda p: p.title.casefold())

    async def can_apply(self, member_id: int, project_id: int) -> ApplyProblem | None:
        facts = await self.member_facts(member_id)
        project = await self._repository.get(project_id)
        if facts is None or project is None or not facts.guardian_cleared:
            return ApplyProblem.NOT_ELIGIBLE
        if project_id in facts.excluded:
            return ApplyProblem.ALREADY
        today = self._clock.now().date()
        open_to_member = (
            project.status == "open"
            and project.places_left > 0
            and (project.deadline is None or project.deadline >= today)
            and project.min_age <= facts.age <= project.max_age
        )
        return None if open_to_member else ApplyProblem.NOT_ELIGIBLE

    async def apply(
        self, member_id: int, project_id: int, message: str | None
    ) -> Application | None:
        if await self.can_apply(member_id, project_id) is not None:
            return None
        text = " ".join(message.split())[:MAX_MESSAGE] if message else None
        application_id = await self._repository.apply(
            project_id, member_id, text or None, self._clock.now()
        )
        if application_id is None:
            return None
        await self._audit.record(member_id, "application.sent", member_id, project=project_id)
        # Coordinators who have not answered in 3 days get one reminder (durable).
        await self._tasks.schedule(
            REVIEW_REMINDER,
            ApplicationDue(application_id),
            due_at=self._clock.now() + REVIEW_REMINDER_AFTER,
            dedupe_key=f"review:{application_id}",
        )
        application = await self._repository.application(application_id)
        if application is not None:
            await self._announce(application)
        return application

    async def _announce(self, application: Application, hint: str | None = None) -> None:
        """The application card, to each coordinator of the project."""
        facts = await self.card_facts(application.member_id)
        project = await self._repository.get(application.project_id)
        if facts is None or project is None:
            return
        profile, age = facts
        card = ApplicationCard(application, project, profile, age, hint)
        await self._tell_coordinators(project.id, card)

    async def _tell_coordinators(self, project_id: int, note: Note) -> None:
        for coordinator in await self.coordinators(project_id):
            await self._notifications.deliver(coordinator, note, Purpose.STAFF)

    async def run_review_reminder(self, task: Task, due: ApplicationDue) -> None:
        """Task `review_reminder`: the card again, once, if nobody answered in 3 days."""
        found = await self.waiting_review(due.application)
        if found is not None:
            await self._announce(found[0], hint="review-reminder")

    async def waiting_review(self, application_id: int) -> tuple[Application, Project] | None:
        """An application still unanswered, for the reminder."""
        application = await self._repository.application(application_id)
        if application is None or application.status != "applied":
            return None
        project = await self._repository.get(application.project_id)
        return (application, project) if project is not None else None

    async def applications_of(self, member_id: int) -> list[tuple[Application, Project]]:
        return await self._repository.applications_with_projects(member_id)

    async def member_moves(
        self, member_id: int, application_id: int, to_status: str
    ) -> Application | None:
        """The member withdraws an application or leaves a project."""
        application = await self._repository.application(application_id)
        if application is None or application.member_id != member_id:
            return None
        expected = {"withdrawn": "applied", "left": "accepted", "invite_declined": "invited"}
        if not await self._repository.decide(
            application_id, expected[to_status], to_status, None, self._clock.now()
        ):
            return None
        await self._audit.record(
            member_id, f"application.{to_status}", member_id, project=application.project_id
        )
        project = await self._changed(application.project_id)
        if project is not None:
            name = await self._first_name(member_id)
            told = Text(f"coordinator-told-{to_status}", {"name": name, "title": project.title})
            await self._tell_coordinators(project.id, told)
        return await self._repository.application(application_id)

    async def _first_name(self, member_id: int) -> str:
        profile = await self._onboarding.profile(member_id)
        return profile.first_name if profile and profile.first_name else "—"

    async def withdraw_pending(self, member_id: int) -> int:
        """A member paused (their guardian withdrew consent): applications waiting for review
        are withdrawn and invitations declined, so no coordinator acts on them meanwhile.
        Places already taken stay, blocked like the rest of the profile. Returns how many."""
        moved = 0
        for application in await self._repository.applications_of(member_id):
            to_status = {"applied": "withdrawn", "invited": "invite_declined"}.get(
                application.status
            )
            if to_status is not None and await self.member_moves(
                member_id, application.id, to_status
            ):
                moved += 1
        return moved

    # --- review ----------------------------------------------------------------------------

    async def application_for_reviewer(
        self, user_id: int, application_id: int
    ) -> tuple[Application, Project] | None:
        application = await self._repository.application(application_id)
        if application is None:
            return None
        project = await self.managed(user_id, application.project_id)
        if project is None:
            return None
        return application, project

    async def review(
        self, user_id: int, application_id: int, accept: bool, reason: str | None
    ) -> tuple[Application, Project] | None:
        found = await self.application_for_reviewer(user_id, application_id)
        if found is None:
            return None
        application, project = found
        if accept and not await self.guardian_cleared(application.member_id):
            return None  # a guardian withdrew consent since the application
        to_status = "accepted" if accept else "declined"
        text = " ".join(reason.split())[:MAX_REASON] if reason else None
        now = self._clock.now()
        if accept:
            moved = await self._repository.accept(application_id, now)
        else:
            moved = await self._repository.decide(application_id, "applied", to_status, text, now)
            if moved and text:
                # What an adult writes to a member is kept for moderators (rule 17).
                await self._repository.log_message(project.id, None, user_id, text, now)
        if not moved:
            return None
        await self._audit.record(
            user_id, f"application.{to_status}", application.member_id, project=project.id
        )
        updated = await self._repository.application(application_id)
        refreshed = await self._changed(project.id)  # a full project stops being suggested
        assert updated is not None
        assert refreshed is not None
        key = "application-accepted" if accept else "application-declined"
        await self._notifications.deliver(
            application.member_id,
            Text(key, {"project": project.title, "reason": text or ""}),
            Purpose.CONSEQUENCE,
        )
        return updated, refreshed

    async def card_facts(self, member_id: int) -> tuple[Profile, int] | None:
        profile = await self._onboarding.profile(member_id)
        if profile is None or profile.birth_year is None:
            return None
        return profile, self.age_of(profile)

    # --- candidates and invitations (rule 16) ----------------------------------------------

    async def candidates(
        self, user_id: int, project_id: int, limit: int = CANDIDATES
    ) -> list[Candidate] | None:
        """The members who match the project best, among those visible to matching; None if
        this person does not run the project. Filtered, scored and sorted in SQL: one query."""
        project = await self.managed(user_id, project_id)
        if project is None:
            return None
        now = self._clock.now()
        facts = facts_of(project)
        query = candidate_query(facts, self._policy, now.date())
        profiles = await self._repository.ranked_candidates(query, limit)
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

    async def invite(self, user_id: int, project_id: int, member_id: int) -> InviteResult:
        project = await self.managed(user_id, project_id)
        if project is None:
            return InviteResult.NOT_YOURS
        now = self._clock.now()
        if (
            await self._repository.invitations_since(project_id, now - timedelta(days=1))
            >= INVITATIONS_PER_DAY
        ):
            return InviteResult.DAILY_LIMIT
        if project.status != "open" or project.places_left <= 0:
            return InviteResult.NOT_OPEN
        if not await self._repository.takes_invitations(member_id):
            return InviteResult.NOT_WANTED
        application_id = await self._repository.invite(project_id, member_id, now)
        if application_id is None:
            return InviteResult.ALREADY
        await self._audit.record(user_id, "invitation.sent", member_id, project=project_id)
        due = await self._notifications.held_until(member_id, Purpose.INVITATION) or now
        await self._tasks.schedule(
            INVITATION,
            ApplicationDue(application_id),
            due_at=due,
            member_id=member_id,
            dedupe_key=f"invitation:{application_id}",
        )
        return InviteResult.SENT

    async def run_invitation(self, task: Task, due: ApplicationDue) -> None:
        """Task `project_invitation`, decided again when it goes out (it may have waited for
        quiet hours to end): still invited, the project still open. Visibility to projects
        and taking invitations are the gate's (rule 15 (d))."""
        application = await self._repository.application(due.application)
        if application is None or application.status != "invited":
            return
        project = await self._repository.get(application.project_id)
        if project is None or project.status != "open":
            return
        await self._notifications.deliver_in_task(
            application.member_id,
            Text("invitation-received", {"project": project.title}),
            Purpose.INVITATION,
        )

    # --- messages (rule 17) ----------------------------------------------------------------

    async def staff_message(
        self, user_id: int, project_id: int, text: str
    ) -> tuple[DeliveryReport, int] | None:
        """A coordinator writes to the project's participants: what happened to the copies,
        and how many participants there are (None if this person does not run it)."""
        project = await self.managed(user_id, project_id)
        if project is None:
            return None
        text = text[:MAX_PROJECT_MESSAGE]
        await self._repository.log_message(project_id, None, user_id, text, self._clock.now())
        await self._audit.record(user_id, "project.message_sent", None, project=project_id)
        recipients = [
            member
            for member in await self._repository.participants(project_id)
            if await self.guardian_cleared(member)
        ]
        report = DeliveryReport()
        note = ParticipantMessage(project.id, project.title, text)
        for member_id in recipients:
            report = report.add(
                await self._notifications.deliver(member_id, note, Purpose.CONSEQUENCE)
            )
        return report, len(recipients)

    async def member_message(self, member_id: int, project_id: int, text: str) -> bool:
        """A participant writes back to the coordinators; False if not a participant."""
        project = await self._repository.get(project_id)
        if project is None or member_id not in await self._repository.participants(project_id):
            return False
        text = text[:MAX_PROJECT_MESSAGE]
        await self._repository.log_message(project_id, member_id, None, text, self._clock.now())
        name = await self._first_name(member_id)
        reply = Text("project-reply", {"name": name, "title": project.title, "text": text})
        await self._tell_coordinators(project_id, reply)
        return True

    async def log(
        self, user_id: int, project_id: int, limit: int = 20
    ) -> list[ProjectMessage] | None:
        if not self._staff.is_moderator(user_id):
            return None
        await self._audit.record(user_id, "project.log_read", None, project=project_id)
        return await self._repository.messages(project_id, limit)

    async def all_projects(self, user_id: int) -> list[Project]:
        """For moderators choosing a project log."""
        if not self._staff.is_moderator(user_id):
            return []
        return await self._repository.listed()
