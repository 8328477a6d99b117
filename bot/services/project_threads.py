"""The messages between a project's coordinators and its participants (rule 17): they go
through the notifications gate, are logged for moderators and checked for contact details
(rule 24) before anything is stored or sent."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from bot.core.audit import AuditLog
from bot.core.clock import Clock
from bot.services.applications import MAX_PROJECT_MESSAGE
from bot.services.contact_guard import ContactGuard
from bot.services.notifications import DeliveryReport, Note, NotificationGate, Purpose, Text
from bot.services.onboarding import OnboardingService
from bot.services.project_catalogue import ProjectCatalogue
from bot.services.project_matching import ProjectMatching
from storage.projects import ProjectRepository


@dataclass(frozen=True)
class ParticipantMessage(Note):
    """A coordinator's message to a participant, who can reply to it."""

    from_adult: ClassVar[bool] = True

    project_id: int
    title: str
    text: str


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
        await self.repository.log_message(project_id, member_id, None, text, self.clock.now())
        name = await self._first_name(member_id)
        reply = Text("project-reply", {"name": name, "title": project.title, "text": text})
        return await self._tell_coordinators(project_id, reply)

    async def _first_name(self, member_id: int) -> str:
        profile = await self.onboarding.profile(member_id)
        return profile.first_name if profile and profile.first_name else "—"

    async def _tell_coordinators(self, project_id: int, note: Note) -> DeliveryReport:
        report = DeliveryReport()
        for coordinator in await self.catalogue.coordinators(project_id):
            report = report.add(await self.notifications.deliver(coordinator, note, Purpose.STAFF))
        return report
