"""Applications, invitations and the messages between a project's coordinators and its
participants (rule 17): every one of them reaches people through the notifications gate."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import timedelta
from enum import Enum
from typing import Protocol

from bot.core.audit import AuditLog
from bot.core.clock import Clock
from bot.core.tasks import TaskDispatcher, TaskKind
from bot.domain.age_bands import age_band as age_band  # handlers read it from here
from bot.services.contact_guard import ContactGuard
from bot.services.notifications import DeliveryReport, Note, NotificationGate, Purpose, Text
from bot.services.onboarding import OnboardingService
from bot.services.project_catalogue import OpenProjects, ProjectCatalogue
from bot.services.project_matching import ProjectMatching
from storage.application_cards import ApplicationCardCopy, ApplicationCardRepository
from storage.profiles import Profile
from storage.projects import Application, Project, ProjectRepository
from storage.tasks import Task


@dataclass(frozen=True)
class ApplicationDue:
    application: int


REVIEW_REMINDER = TaskKind("review_reminder", ApplicationDue)
INVITATION = TaskKind("project_invitation", ApplicationDue)  # decided again when it goes out
REVIEW_REMINDER_AFTER = timedelta(days=3)
INVITATIONS_PER_DAY = 20
MAX_MESSAGE = 300
MAX_PROJECT_MESSAGE = 1000
MAX_REASON = 200


@dataclass(frozen=True)
class ApplicationCard(Note):
    """An application, to one of the project's coordinators (`hint`: a line above it)."""

    application: Application
    project: Project
    profile: Profile
    age: int
    hint: str | None = None


@dataclass(frozen=True)
class WaitingReminder(Note):
    """Under a reminder's card: how many applications wait in all, and the way to the list."""

    count: int


@dataclass(frozen=True)
class InvitationNote(Note):
    """A coordinator's invitation, to the member, with Accept and No, thanks."""

    application_id: int
    title: str


class InviteResult(Enum):
    SENT = "sent"
    NOT_YOURS = "not-yours"
    DAILY_LIMIT = "daily-limit"
    NOT_OPEN = "not-open"
    ALREADY = "already"
    NOT_WANTED = "not-wanted"  # the member switched invitations off


@dataclass(frozen=True)
class Invited:
    """An invitation's result and, if it was made, what happens to its message (rule 27)."""

    result: InviteResult
    report: DeliveryReport = field(default_factory=DeliveryReport)


class InvitationAnswer(Enum):
    JOINED = "joined"
    FULL = "full"  # no place left: the invitation stays, the coordinators are told
    CLOSED = "closed"  # no longer open, past its deadline, or not for the member now
    GONE = "gone"  # no longer an invitation of theirs (answered already, a second tap)


@dataclass(frozen=True)
class InvitationAnswered:
    answer: InvitationAnswer
    project: Project | None = None


@dataclass(frozen=True)
class Reviewed:
    """An application answered, the project as it is now, and what happened to the member's
    notice (rule 27)."""

    application: Application
    project: Project
    told: DeliveryReport


@dataclass(frozen=True)
class Decided:
    """An application someone decided, for drawing every copy of its card again: the card as
    first sent (without a reminder's line), and who decided."""

    card: ApplicationCard
    decided_by: int | None


class CardsRedraw(Protocol):
    """The chat side: every copy of an application's card drawn again as it stands."""

    async def __call__(self, application_id: int) -> None: ...


async def _no_redraw(application_id: int) -> None:
    """Until the chat side registers its own (handlers/routes.py)."""


@dataclass(kw_only=True, eq=False)
class Applications:
    repository: ProjectRepository
    index: OpenProjects
    catalogue: ProjectCatalogue
    matching: ProjectMatching
    onboarding: OnboardingService
    notifications: NotificationGate
    tasks: TaskDispatcher
    audit: AuditLog
    clock: Clock
    contacts: ContactGuard
    cards: ApplicationCardRepository
    redraw_cards: CardsRedraw = _no_redraw

    async def apply(
        self, member_id: int, project_id: int, message: str | None
    ) -> Application | None:
        invitation = await self._invitation(member_id, project_id)
        if invitation is not None:
            # Saying yes to a coordinator's invitation, by applying: no second accept.
            answered = await self.accept_invitation(member_id, invitation, message)
            joined = answered.answer is InvitationAnswer.JOINED
            return await self.repository.application(invitation) if joined else None
        if await self.matching.can_apply(member_id, project_id) is not None:
            return None
        text = " ".join(message.split())[:MAX_MESSAGE] if message else None
        await self.contacts.check(member_id, (), text, project_id)  # coordinators are adults
        application_id = await self.repository.apply(
            project_id, member_id, text or None, self.clock.now()
        )
        if application_id is None:
            return None
        await self.audit.record(member_id, "application.sent", member_id, project=project_id)
        # Coordinators who have not answered in 3 days get one reminder (durable).
        await self.tasks.schedule(
            REVIEW_REMINDER,
            ApplicationDue(application_id),
            due_at=self.clock.now() + REVIEW_REMINDER_AFTER,
            dedupe_key=f"review:{application_id}",
        )
        application = await self.repository.application(application_id)
        if application is not None:
            await self._announce(application)
        return application

    async def _announce(self, application: Application, hint: str | None = None) -> None:
        """The application card, to each coordinator of the project."""
        facts = await self.card_facts(application.member_id)
        project = await self.repository.get(application.project_id)
        if facts is None or project is None:
            return
        profile, age = facts
        card = ApplicationCard(application, project, profile, age, hint)
        await self._tell_coordinators(project.id, card)

    async def _invitation(self, member_id: int, project_id: int) -> int | None:
        for application in await self.repository.applications_of(member_id):
            if application.project_id == project_id and application.status == "invited":
                return application.id
        return None

    async def accept_invitation(
        self, member_id: int, application_id: int, message: str | None = None
    ) -> InvitationAnswered:
        """The member says yes to an invitation: a participant at once (the coordinator asked
        them), and the coordinators are told how many are in now. A project that filled up
        or closed meanwhile keeps the invitation as it was, and the member is told why."""
        application = await self.repository.application(application_id)
        if (
            application is None
            or application.member_id != member_id
            or application.status != "invited"
        ):
            return InvitationAnswered(InvitationAnswer.GONE)
        project_id = application.project_id
        text = " ".join(message.split())[:MAX_MESSAGE] if message else None
        await self.contacts.check(member_id, (), text, project_id)  # coordinators are adults
        if await self.matching.can_apply(
            member_id, project_id
        ) is not None or not await self.repository.accept_invitation(
            application_id, text or None, self.clock.now()
        ):
            return await self._not_joined(member_id, project_id)
        await self.audit.record(member_id, "invitation.accepted", member_id, project=project_id)
        project = await self.index.changed(project_id)  # a full project stops being suggested
        assert project is not None
        name = await self._first_name(member_id)
        counts = {"taken": project.taken, "places": project.places}
        told = Text("invitation-accepted-told", {"name": name, "title": project.title, **counts})
        await self._tell_coordinators(project_id, told)
        return InvitationAnswered(InvitationAnswer.JOINED, project)

    async def _not_joined(self, member_id: int, project_id: int) -> InvitationAnswered:
        project = await self.repository.get(project_id)
        if project is None:
            return InvitationAnswered(InvitationAnswer.GONE)
        if project.status != "open" or project.places_left > 0:
            return InvitationAnswered(InvitationAnswer.CLOSED, project)
        # Full: the coordinators may add a place, and now know someone waits for one.
        name = await self._first_name(member_id)
        told = Text("invitation-full-told", {"name": name, "title": project.title})
        await self._tell_coordinators(project_id, told)
        return InvitationAnswered(InvitationAnswer.FULL, project)

    async def _tell_coordinators(self, project_id: int, note: Note) -> DeliveryReport:
        report = DeliveryReport()
        for coordinator in await self.catalogue.answering(project_id):
            report = report.add(await self.notifications.deliver(coordinator, note, Purpose.STAFF))
        return report

    async def run_review_reminder(self, task: Task, due: ApplicationDue) -> None:
        """Task `review_reminder`: the card again, once, if nobody answered in 3 days."""
        found = await self.waiting_review(due.application)
        if found is not None:
            await self._announce(found[0], hint="review-reminder")
            await self._point_to_waiting(found[1].id)

    async def waiting_review(self, application_id: int) -> tuple[Application, Project] | None:
        """An application still unanswered, for the reminder."""
        application = await self.repository.application(application_id)
        if application is None or application.status != "applied":
            return None
        project = await self.repository.get(application.project_id)
        return (application, project) if project is not None else None

    async def applications_of(self, member_id: int) -> list[tuple[Application, Project]]:
        return await self.repository.applications_with_projects(member_id)

    async def member_moves(
        self, member_id: int, application_id: int, to_status: str, *, paused: bool = False
    ) -> Application | None:
        """The member withdraws an application or leaves a project (or, `paused`, their
        guardian's consent ended: coordinators are told that, not that the member chose)."""
        application = await self.repository.application(application_id)
        if application is None or application.member_id != member_id:
            return None
        expected = {"withdrawn": "applied", "left": "accepted", "invite_declined": "invited"}
        if not await self.repository.decide(
            application_id, expected[to_status], to_status, None, self.clock.now()
        ):
            return None
        await self.audit.record(
            member_id, f"application.{to_status}", member_id, project=application.project_id
        )
        if to_status == "withdrawn":
            await self.redraw_cards(application_id)  # no coordinator presses a withdrawn card
        project = await self.index.changed(application.project_id)
        if project is not None:
            name = await self._first_name(member_id)
            key = "coordinator-told-paused" if paused else f"coordinator-told-{to_status}"
            told = Text(key, {"name": name, "title": project.title})
            await self._tell_coordinators(project.id, told)
        return await self.repository.application(application_id)

    async def participant_erased(
        self, project_ids: Sequence[int], *, reduced: bool = False
    ) -> None:
        """A participant deleted their account (or it was erased; `reduced`: only their age
        kept, waiting for a guardian): each project's coordinators are told a place is free,
        without the name of someone whose profile is gone."""
        key = "coordinator-told-reduced" if reduced else "coordinator-told-erased"
        for project_id in project_ids:
            project = await self.index.changed(project_id)  # a place again: suggested again
            if project is not None:
                told = Text(key, {"title": project.title})
                await self._tell_coordinators(project.id, told)

    async def _first_name(self, member_id: int) -> str:
        profile = await self.onboarding.profile(member_id)
        return profile.first_name if profile and profile.first_name else "—"

    async def withdraw_pending(self, member_id: int) -> int:
        """A member paused (their guardian withdrew consent): applications waiting for review
        are withdrawn, invitations declined and places left, so no coordinator acts on them
        meanwhile; the coordinators are told. Returns how many."""
        moved = 0
        for application in await self.repository.applications_of(member_id):
            to_status = {
                "applied": "withdrawn",
                "invited": "invite_declined",
                "accepted": "left",
            }.get(application.status)
            if to_status is not None and await self.member_moves(
                member_id, application.id, to_status, paused=True
            ):
                moved += 1
        return moved

    async def still_there(self, application_id: int) -> bool:
        """False once the member withdrew for good or erased their profile."""
        return await self.repository.application(application_id) is not None

    async def application_for_reviewer(
        self, user_id: int, application_id: int
    ) -> tuple[Application, Project] | None:
        application = await self.repository.application(application_id)
        if application is None:
            return None
        project = await self.catalogue.managed(user_id, application.project_id)
        if project is None:
            return None
        return application, project

    async def review(
        self, user_id: int, application_id: int, accept: bool, reason: str | None
    ) -> Reviewed | None:
        found = await self.application_for_reviewer(user_id, application_id)
        if found is None:
            return None
        application, project = found
        if accept and not await self.matching.guardian_cleared(application.member_id):
            return None  # a guardian withdrew consent since the application
        to_status = "accepted" if accept else "declined"
        text = " ".join(reason.split())[:MAX_REASON] if reason else None
        member_id = application.member_id
        await self.contacts.check(user_id, [member_id], text, project.id, to_member_id=member_id)
        now = self.clock.now()
        if accept:
            moved = await self.repository.accept(application_id, now, by=user_id)
        else:
            moved = await self.repository.decide(
                application_id, "applied", to_status, text, now, by=user_id
            )
            if moved and text:
                # What an adult writes to a member is kept for moderators (rule 17), in the
                # thread of the one it was for.
                await self.contacts.messages.log_reply(project.id, user_id, member_id, text, now)
        if not moved:
            return None
        await self.audit.record(
            user_id, f"application.{to_status}", application.member_id, project=project.id
        )
        # Every coordinator's copy of the card says at once who decided (none stays pressable).
        await self.redraw_cards(application_id)
        updated = await self.repository.application(application_id)
        refreshed = await self.index.changed(project.id)  # a full project stops being suggested
        assert updated is not None
        assert refreshed is not None
        key = "application-accepted" if accept else "application-declined"
        told = await self.notifications.deliver(
            application.member_id,
            Text(key, {"project": project.title, "reason": text or ""}),
            Purpose.CONSEQUENCE,
        )
        return Reviewed(updated, refreshed, DeliveryReport().add(told))

    async def card_sent(self, copy: ApplicationCardCopy) -> None:
        await self.cards.add(copy)

    async def card_copies(self, application_id: int) -> list[ApplicationCardCopy]:
        return await self.cards.of(application_id)

    async def card_copy(self, chat_id: int, message_id: int) -> ApplicationCardCopy | None:
        return await self.cards.at(chat_id, message_id)

    async def former_card(
        self, user_id: int, application_id: int, chat_id: int, message_id: int
    ) -> Project | None:
        """The project of a card this person was sent for this application, while they
        coordinated it (they pressed it after stepping down or being removed)."""
        copy = await self.cards.at(chat_id, message_id)
        if copy is None or (copy.coordinator_id, copy.application_id) != (user_id, application_id):
            return None
        found = await self.with_project(application_id)
        return None if found is None else found[1]

    async def with_project(self, application_id: int) -> tuple[Application, Project] | None:
        application = await self.repository.application(application_id)
        if application is None:
            return None
        project = await self.repository.get(application.project_id)
        return None if project is None else (application, project)

    async def decided(self, application_id: int) -> Decided | None:
        application = await self.repository.application(application_id)
        if application is None:
            return None
        facts = await self.card_facts(application.member_id)
        project = await self.repository.get(application.project_id)
        if facts is None or project is None:
            return None
        return Decided(ApplicationCard(application, project, *facts), application.decided_by)

    async def card_facts(self, member_id: int) -> tuple[Profile, int] | None:
        profile = await self.onboarding.profile(member_id)
        if profile is None or profile.birth_year is None:
            return None
        return profile, self.matching.age_of(profile)

    async def invite(self, user_id: int, project_id: int, member_id: int) -> Invited:
        project = await self.catalogue.managed(user_id, project_id)
        if project is None:
            return Invited(InviteResult.NOT_YOURS)
        now = self.clock.now()
        if (
            await self.repository.invitations_since(project_id, now - timedelta(days=1))
            >= INVITATIONS_PER_DAY
        ):
            return Invited(InviteResult.DAILY_LIMIT)
        if project.status != "open" or project.places_left <= 0:
            return Invited(InviteResult.NOT_OPEN)
        if not await self.repository.takes_invitations(member_id):
            return Invited(InviteResult.NOT_WANTED)
        application_id = await self.repository.invite(project_id, member_id, now)
        if application_id is None:
            return Invited(InviteResult.ALREADY)
        await self.audit.record(user_id, "invitation.sent", member_id, project=project_id)
        # The message goes from a task, decided again then; the coordinator hears now what
        # the gate would decide (at night a minor's waits for the morning).
        expected = await self.notifications.forecast(member_id, Purpose.INVITATION)
        due = expected.until or now
        await self.tasks.schedule(
            INVITATION,
            ApplicationDue(application_id),
            due_at=due,
            member_id=member_id,
            dedupe_key=f"invitation:{application_id}",
        )
        return Invited(InviteResult.SENT, DeliveryReport().add(expected))

    async def run_invitation(self, task: Task, due: ApplicationDue) -> None:
        """Task `project_invitation`, decided again when it goes out (it may have waited for
        quiet hours to end): still invited, the project still open. Visibility to projects
        and taking invitations are the gate's (rule 15 (d))."""
        application = await self.repository.application(due.application)
        if application is None or application.status != "invited":
            return
        project = await self.repository.get(application.project_id)
        if project is None or project.status != "open":
            return
        await self.notifications.deliver_in_task(
            application.member_id,
            InvitationNote(application.id, project.title),
            Purpose.INVITATION,
        )

    # --- the coordinator's desk ------------------------------------------------------------

    async def _point_to_waiting(self, project_id: int) -> None:
        """After a reminder's card, each coordinator reads how many wait in all their projects."""
        for coordinator in await self.catalogue.answering(project_id):
            count = len(await self.waiting_for(coordinator, None))
            await self.notifications.deliver(coordinator, WaitingReminder(count), Purpose.STAFF)

    async def waiting_for(
        self, user_id: int, project_id: int | None
    ) -> list[tuple[Application, Project]]:
        """Applications waiting for this coordinator's answer, oldest first: in one project
        they run (`project_id`), or in all of them (None): for an admin, those nobody runs
        too, whose applications come to the admins."""
        if project_id is None:
            projects = await self.catalogue.projects_of(user_id)
            if self.catalogue.staff.is_admin(user_id):
                known = {project.id for project in projects}
                projects += [
                    project
                    for project in await self.repository.without_coordinators()
                    if project.id not in known
                    and user_id in await self.catalogue.answering(project.id)
                ]
        else:
            project = await self.catalogue.managed(user_id, project_id)
            projects = [project] if project is not None else []
        by_id = {project.id: project for project in projects}
        waiting = await self.repository.waiting(by_id)
        return [(application, by_id[application.project_id]) for application in waiting]
