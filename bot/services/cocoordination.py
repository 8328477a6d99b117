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
from bot.services.staff import StaffService
from storage.projects import Project, ProjectRepository


async def colleague(staff: StaffService, staff_id: int) -> dict[str, str]:
    """How a message names a colleague: `who` "staff" and their staff name, or "admin" for an
    admin named only in ADMIN_IDS (no staff name to show)."""
    name = (await staff.names()).get(staff_id)
    return {"who": "staff", "name": name} if name else {"who": "admin", "name": ""}


@dataclass(frozen=True)
class CoordinatorAdded(Note):
    """To a coordinator a colleague (`by_id`) just put on a project: they may step down."""

    project_id: int
    title: str
    by_id: int


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

    async def team_changed(self, by_id: int, project_id: int, before: Collection[int]) -> None:
        """`by_id` saved the project's team: whoever is on it now and was not `before` is told
        (and may step down); whoever was and is no longer is told too, so a card they still
        hold does not puzzle them."""
        project = await self.repository.get(project_id)
        if project is None:
            return
        now = await self.catalogue.coordinators(project_id)
        by = await colleague(self.catalogue.staff, by_id)
        for coordinator in [c for c in now if c not in before and c != by_id]:
            await self.audit.record(
                by_id, "project.cocoordinator_added", coordinator, project=project_id
            )
            note = CoordinatorAdded(project_id, project.title, by_id)
            await self.notifications.deliver(coordinator, note, Purpose.STAFF)
        for coordinator in [c for c in before if c not in now and c != by_id]:
            await self.audit.record(
                by_id, "project.cocoordinator_removed", coordinator, project=project_id
            )
            told = Text("cocoord-taken-off", {**by, "title": project.title})
            await self.notifications.deliver(coordinator, told, Purpose.STAFF)

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
        by = await colleague(self.catalogue.staff, user_id)
        told = Text("cocoord-told-stepped-down", {**by, "title": project.title})
        for coordinator in others:
            await self.notifications.deliver(coordinator, told, Purpose.STAFF)
        return StepDown.DONE, project
