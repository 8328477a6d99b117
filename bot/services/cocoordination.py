"""Co-coordinators: told when a colleague puts them on a project, free to step down from it
(never the last one: a project always has someone to answer its applications), and the rest of
the team told of it."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from enum import Enum

from bot.core.audit import AuditLog
from bot.services.notifications import Note, NotificationGate, Purpose, Text
from bot.services.project_catalogue import ProjectCatalogue
from storage.projects import Project, ProjectRepository


@dataclass(frozen=True)
class CoordinatorAdded(Note):
    """To a coordinator a colleague (`by_name`) just put on a project: they may step down."""

    project_id: int
    title: str
    by_name: str


class StepDown(Enum):
    DONE = "done"
    LAST = "last"  # nobody else runs it: refused
    NOT_THERE = "not-there"  # not (or no longer) on the project


@dataclass(kw_only=True, eq=False)
class CoCoordination:
    repository: ProjectRepository
    catalogue: ProjectCatalogue
    notifications: NotificationGate
    audit: AuditLog

    async def _name(self, staff_id: int) -> str:
        return (await self.catalogue.staff.names()).get(staff_id, "—")

    async def welcome(self, adder_id: int, project_id: int, before: Collection[int]) -> None:
        """Whoever runs the project now and did not `before` was just put on it by `adder_id`:
        each is told, and may step down."""
        project = await self.repository.get(project_id)
        if project is None:
            return
        added = [
            coordinator
            for coordinator in await self.catalogue.coordinators(project_id)
            if coordinator not in before and coordinator != adder_id
        ]
        if not added:
            return
        note = CoordinatorAdded(project_id, project.title, await self._name(adder_id))
        for coordinator in added:
            await self.audit.record(
                adder_id, "project.cocoordinator_added", coordinator, project=project_id
            )
            await self.notifications.deliver(coordinator, note, Purpose.STAFF)

    async def on_team(self, user_id: int, project_id: int) -> Project | None:
        """The project, if this person is one of its coordinators (to confirm stepping down)."""
        if user_id not in await self.repository.coordinators(project_id):
            return None
        return await self.repository.get(project_id)

    async def step_down(self, user_id: int, project_id: int) -> tuple[StepDown, Project | None]:
        """This person leaves the project's team; the others are told. Refused for the last
        coordinator who still has the role."""
        project = await self.on_team(user_id, project_id)
        if project is None:
            return StepDown.NOT_THERE, None
        others = [c for c in await self.catalogue.coordinators(project_id) if c != user_id]
        if not others or not await self.repository.remove_coordinator(project_id, user_id):
            return StepDown.LAST, project
        await self.audit.record(user_id, "project.stepped_down", None, project=project_id)
        name = await self._name(user_id)
        told = Text("cocoord-told-stepped-down", {"name": name, "title": project.title})
        for coordinator in others:
            await self.notifications.deliver(coordinator, told, Purpose.STAFF)
        return StepDown.DONE, project
