"""The messages between a project's coordinators and its participants (rule 17): they go
through the notifications gate, are logged for moderators and checked for contact details
(rule 24) before anything is stored or sent. A coordinator writes to all the participants or
replies to one of them alone; every coordinator of the project sees both sides of every thread
(the others get a copy of what one wrote), and each member's message comes with Reply."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from enum import Enum
from typing import ClassVar

from bot.core.audit import AuditLog
from bot.core.clock import Clock
from bot.services.applications import MAX_PROJECT_MESSAGE
from bot.services.contact_guard import ContactGuard
from bot.services.notifications import DeliveryReport, Note, NotificationGate, Purpose
from bot.services.onboarding import OnboardingService
from bot.services.project_catalogue import ProjectCatalogue
from bot.services.project_matching import ProjectMatching
from bot.services.staff import StaffService
from storage.project_messages import ProjectMessageRepository, ThreadOf, ThreadSummary
from storage.projects import Project, ProjectMessage, ProjectRepository

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class ParticipantMessage(Note):
    """A coordinator's message to a participant, who can reply to it."""

    from_adult: ClassVar[bool] = True

    project_id: int
    title: str
    text: str
    to_you: bool = False  # a reply to this participant alone
    author: str = ""  # the coordinator's first name, so a reply says who answered


@dataclass(frozen=True)
class MemberWrote(Note):
    """A participant's message, to each coordinator of the project, with Reply (to
    `message_id`'s thread)."""

    project_id: int
    message_id: int
    title: str
    name: str
    text: str


@dataclass(frozen=True)
class ThreadCopy(Note):
    """What one coordinator wrote, to the project's other coordinators: `author` is their
    staff name ("" for an admin without one), `to` the participant's first name, or None when
    it went to all of them; `message_id` lets them reply to that participant too."""

    project_id: int
    title: str
    author: str
    to: str | None
    text: str
    message_id: int


class ReplyRefused(Enum):
    GONE = "gone"  # the member deleted their account: the thread went with them
    NOT_YOURS = "not-yours"  # no longer a coordinator of the project
    NEVER_YOURS = "never-yours"  # never had a part in it: a forged press (rule 22)
    NOT_PARTICIPANT = "not-participant"  # the member left the project


@dataclass(frozen=True)
class Refused:
    """Why a reply to one participant cannot go; `name`: theirs, while they are a member."""

    why: ReplyRefused
    name: str = ""


@dataclass(frozen=True)
class ReplyTarget:
    """Whom a Reply answers: the participant of a thread, by first name (rule 16)."""

    thread: ThreadOf
    member_id: int
    name: str
    project: Project


@dataclass(frozen=True)
class Replied:
    """A reply sent to one participant, and what happened to the copy (rule 27)."""

    name: str
    report: DeliveryReport


@dataclass(kw_only=True, eq=False)
class ProjectThreads:
    repository: ProjectRepository
    catalogue: ProjectCatalogue
    matching: ProjectMatching
    onboarding: OnboardingService
    notifications: NotificationGate
    audit: AuditLog
    clock: Clock
    contacts: ContactGuard
    messages: ProjectMessageRepository
    staff: StaffService

    async def staff_message(
        self, user_id: int, project_id: int, text: str
    ) -> tuple[DeliveryReport, int] | None:
        """A coordinator writes to the project's participants: what happened to the copies,
        and how many participants there are (None if this person does not run it)."""
        project = await self.catalogue.managed(user_id, project_id)
        if project is None:
            return None
        text = text[:MAX_PROJECT_MESSAGE]
        await self.contacts.check(
            user_id, await self.repository.participants(project_id), text, project_id
        )
        logged = await self.repository.log_message(
            project_id, None, user_id, text, self.clock.now()
        )
        await self.audit.record(user_id, "project.message_sent", None, project=project_id)
        recipients = [
            member
            for member in await self.repository.participants(project_id)
            if await self.matching.guardian_cleared(member)
        ]
        report = DeliveryReport()
        note = ParticipantMessage(project.id, project.title, text)
        for member_id in recipients:
            report = report.add(
                await self.notifications.deliver(member_id, note, Purpose.CONSEQUENCE)
            )
        if report.held_until is not None:
            await self.repository.minors_waited(logged, report.held_until)
        await self._copy_to_colleagues(user_id, project, None, text, logged)
        return report, len(recipients)

    async def member_message(
        self, member_id: int, project_id: int, text: str
    ) -> DeliveryReport | None:
        """A participant writes back to the coordinators: what happened to the copies (rule
        27); None if not a participant."""
        project = await self.repository.get(project_id)
        if project is None or member_id not in await self.repository.participants(project_id):
            return None
        text = text[:MAX_PROJECT_MESSAGE]
        await self.contacts.check(member_id, (), text, project_id)  # coordinators are adults
        logged = await self.repository.log_message(
            project_id, member_id, None, text, self.clock.now()
        )
        name = await self._first_name(member_id)
        wrote = MemberWrote(project_id, logged, project.title, name, text)
        return await self._tell_coordinators(project_id, wrote)

    async def reply_target(self, user_id: int, message_id: int) -> ReplyTarget | Refused:
        """Whom Reply on `message_id` would answer, checked now (rule 22): the participant
        whose thread it is in, while this person runs the project and they take part in it."""
        thread = await self.messages.thread_of(message_id)
        if thread is None or thread.member_id is None:
            return Refused(ReplyRefused.GONE)
        member_id = thread.member_id
        project = await self.catalogue.managed(user_id, thread.project_id)
        if project is None:
            # Told honestly to whoever once ran it (rule 27); anyone else forged the press.
            if await self.messages.had_part(thread.project_id, user_id):
                return Refused(ReplyRefused.NOT_YOURS)
            return Refused(ReplyRefused.NEVER_YOURS)
        name = await self._first_name(member_id)
        # Only while they take part: an adult does not go on writing, alone, to a member who
        # left the project (rule 17); a paused member's guardian has not cleared them.
        if member_id not in await self.repository.participants(
            project.id
        ) or not await self.matching.guardian_cleared(member_id):
            return Refused(ReplyRefused.NOT_PARTICIPANT, name)
        return ReplyTarget(thread, member_id, name, project)

    async def reply(self, user_id: int, message_id: int, text: str) -> Replied | Refused:
        """A coordinator answers one participant alone: checked for contact details (rule 24),
        logged in that member's thread (rule 17), audited, sent through the gate, copied to
        the project's other coordinators; what happened to the copy (rule 27)."""
        target = await self.reply_target(user_id, message_id)
        if isinstance(target, Refused):
            return target
        text = text[:MAX_PROJECT_MESSAGE]
        project, member_id = target.project, target.member_id
        await self.contacts.check(user_id, [member_id], text, project.id, to_member_id=member_id)
        logged = await self.messages.log_reply(
            project.id, user_id, member_id, text, self.clock.now()
        )
        await self.audit.record(user_id, "project.reply_sent", member_id, project=project.id)
        author = await self._first_name_of_staff(user_id)
        note = ParticipantMessage(project.id, project.title, text, to_you=True, author=author)
        delivery = await self.notifications.deliver(member_id, note, Purpose.CONSEQUENCE)
        report = DeliveryReport().add(delivery)
        if report.held_until is not None:
            await self.repository.minors_waited(logged, report.held_until)
        await self._copy_to_colleagues(user_id, project, target.name, text, logged)
        return Replied(target.name, report)

    async def _first_name_of_staff(self, user_id: int) -> str:
        """ "Emma" of "Emma Ferrero": enough for a member to know who answered."""
        name = (await self.staff.names()).get(user_id, "")
        return name.split()[0] if name.split() else ""

    async def _copy_to_colleagues(
        self, user_id: int, project: Project, to: str | None, text: str, message_id: int
    ) -> None:
        """Both sides of every thread reach every coordinator: what one wrote, to the others."""
        author = (await self.staff.names()).get(user_id, "")
        copy = ThreadCopy(project.id, project.title, author, to, text, message_id)
        for coordinator in await self.catalogue.coordinators(project.id):
            if coordinator != user_id:
                await self.notifications.deliver(coordinator, copy, Purpose.STAFF)

    async def _first_name(self, member_id: int) -> str:
        profile = await self.onboarding.profile(member_id)
        return profile.first_name if profile and profile.first_name else "—"

    async def _tell_coordinators(self, project_id: int, note: Note) -> DeliveryReport:
        """To its coordinators, or the admins while nobody runs it: a message never goes
        to nobody."""
        report = DeliveryReport()
        for coordinator in await self.catalogue.answering(project_id):
            report = report.add(await self.notifications.deliver(coordinator, note, Purpose.STAFF))
        return report

    async def threads(self, user_id: int, project_id: int) -> list[ThreadSummary] | None:
        """The project's threads by person, for whoever may read them; each reading audited."""
        with_held = await self._reads_held(user_id, project_id)
        if with_held is None:
            return None
        await self.audit.record(user_id, "project.log_read", None, project=project_id)
        # The replies to members who have left: for moderators only (rule 17), not for the
        # coordinators who go on working with the project.
        return await self.messages.threads(project_id, with_held=with_held, with_former=with_held)

    async def thread(
        self, user_id: int, project_id: int, member_id: int | None, former: int | None = None
    ) -> list[ProjectMessage] | None:
        """One thread, oldest first (`member_id` None: to all participants, or with `former`
        the replies to a member who has left, for moderators only); audited."""
        with_held = await self._reads_held(user_id, project_id)
        if with_held is None or (former is not None and not with_held):
            return None
        if member_id is not None and not await self._in_project(member_id, project_id):
            # A forged button: the screen would name a member who never came near the
            # project (rules 16, 22). Nothing read, so nothing audited.
            logger.warning("someone asked for a thread with a member outside the project")
            return None
        await self.audit.record(user_id, "project.thread_read", member_id, project=project_id)
        return await self.messages.thread(project_id, member_id, with_held=with_held, former=former)

    async def _in_project(self, member_id: int, project_id: int) -> bool:
        """Whether the member has a thread in the project or applied to it: only then may its
        readers see her first name."""
        if await self.messages.has_thread(project_id, member_id):
            return True
        applications = await self.repository.applications_of(member_id)
        return any(application.project_id == project_id for application in applications)

    async def _reads_held(self, user_id: int, project_id: int) -> bool | None:
        """Moderators read everything, the texts held for contact details too (rule 17); the
        project's coordinators what was delivered, as they saw it; anyone else nothing (None)."""
        if self.staff.is_moderator(user_id):
            return True
        if await self.catalogue.managed(user_id, project_id) is not None:
            return False
        return None
