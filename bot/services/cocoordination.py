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
    """To a coordinator a colleague (`by_id`) just put on a project: they may step down.
    `team`: who else runs it, so the message names them."""

    project_id: int
    title: str
    by_id: int
    team: tuple[int, ...] = ()


@dataclass(frozen=True)
class CoordinatorRemoved(Note):
    """To a coordinator a colleague (`by_id`) just took off a project."""

    title: str
    by_id: int


@dataclass(frozen=True)
class ColleagueDemoted(Note):
    """To the rest of a project's team: `name` is no longer staff, `team` (besides the one told)
    runs it now."""

    title: str
    name: str
    team: tuple[int, ...]


@dataclass(frozen=True)
class LeftAlone:
    """What removing someone from the staff does to the projects they run (not closed)."""

    alone: list[Project]  # nobody else runs these
    shared: list[Project]  # others run these too


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
        for coordinator in [c for c in now if c not in before and c != by_id]:
            await self.audit.record(
                by_id, "project.cocoordinator_added", coordinator, project=project_id
            )
            team = tuple(c for c in now if c != coordinator)
            note = CoordinatorAdded(project_id, project.title, by_id, team)
            await self.notifications.deliver(coordinator, note, Purpose.STAFF)
        for coordinator in [c for c in before if c not in now and c != by_id]:
            await self.audit.record(
                by_id, "project.cocoordinator_removed", coordinator, project=project_id
            )
            told = CoordinatorRemoved(project.title, by_id)
            await self.notifications.deliver(coordinator, told, Purpose.STAFF)

    async def on_team(self, user_id: int, project_id: int) -> Project | None:
        """The project, if this person is one of its coordinators (to confirm stepping down)."""
        if user_id not in await self.repository.coordinators(project_id):
            return None
        return await self.repository.get(project_id)

    async def others_on_team(self, user_id: int, project_id: int) -> list[int]:
        """Who else runs the project now (to refuse the last one before asking)."""
        return [c for c in await self.catalogue.coordinators(project_id) if c != user_id]

    async def left_alone(self, member_id: int) -> LeftAlone:
        """The projects (not closed) this person runs, split by whether anyone else does: asked
        before an admin removes them from the staff."""
        alone: list[Project] = []
        shared: list[Project] = []
        for project in await self.repository.of_coordinator(member_id):
            if project.status == "closed":
                continue
            others = await self.others_on_team(member_id, project.id)
            (shared if others else alone).append(project)
        return LeftAlone(alone, shared)

    async def staff_left(self, member_id: int, name: str, shared: list[Project]) -> None:
        """`member_id` was removed from the staff: the rest of each team they shared is told
        who runs the project now."""
        for project in shared:
            now = await self.others_on_team(member_id, project.id)
            for coordinator in now:
                team = tuple(c for c in now if c != coordinator)
                note = ColleagueDemoted(project.title, name, team)
                await self.notifications.deliver(coordinator, note, Purpose.STAFF)

    async def nobody_runs(self) -> list[Project]:
        """Projects (not closed) left with no coordinator: their applications go to the admins
        until one takes them on."""
        return await self.repository.without_coordinators()

    async def take_on(self, admin_id: int) -> list[Project]:
        """An admin takes on every project nobody runs: they show in the admin's /myprojects,
        to add a coordinator or close them."""
        if not self.catalogue.staff.is_admin(admin_id):
            return []
        taken = await self.nobody_runs()
        for project in taken:
            await self.repository.add_coordinators(project.id, [admin_id])
            await self.audit.record(admin_id, "project.taken_on", None, project=project.id)
        return taken

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
