"""Projects themselves: coordinators import, create, edit, publish, pause and close them;
moderators read their logs.

Ownership is checked here, on every action, against the project's coordinators at that moment
(rule 22): a button drawn for someone who has since lost the role does nothing.
"""

from __future__ import annotations

import asyncio
import hashlib
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, datetime

from bot.core.audit import AuditLog
from bot.core.clock import Clock
from bot.domain.age_gate import AgePolicy
from bot.domain.import_words import Vocabulary
from bot.domain.matching import ProjectFacts
from bot.domain.project_import import DEFAULT_WORDS, ImportResult, Limits, check_table, load
from bot.domain.projects import NewProject
from bot.domain.spreadsheet_table import Table
from bot.services.staff import StaffService
from storage.projects import Project, ProjectMessage, ProjectRepository


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


@dataclass(kw_only=True, eq=False)
class OpenProjects:
    """Open projects as matching facts, by id: ranking reads no project rows. Built on first
    use, then each change refreshes the one project it touched (this process is the database's
    only writer)."""

    repository: ProjectRepository

    def __post_init__(self) -> None:
        self._index: dict[int, ProjectFacts] | None = None
        self._changes = 0  # how many changes so far: a build that saw one mid-way is not kept

    async def facts(self) -> dict[int, ProjectFacts]:
        if self._index is None:
            before = self._changes
            built = {p.id: facts_of(p) for p in await self.repository.open_projects()}
            if self._changes != before:
                return built  # a change landed while reading: build again next time
            self._index = built
        return self._index

    async def changed(self, project_id: int) -> Project | None:
        """A project changed: its facts in the index follow (the project, as it is now)."""
        self._changes += 1
        project = await self.repository.get(project_id)
        if self._index is not None:
            if project is not None and project.status == "open":
                self._index[project_id] = facts_of(project)
            else:
                self._index.pop(project_id, None)
        return project


@dataclass(kw_only=True, eq=False)
class ProjectCatalogue:
    repository: ProjectRepository
    index: OpenProjects
    staff: StaffService
    audit: AuditLog
    clock: Clock
    policy: AgePolicy
    words: Vocabulary = DEFAULT_WORDS  # what list cells may say: the buttons' labels and more

    async def import_csv(self, data: bytes, coordinator_id: int) -> tuple[ImportResult, list[int]]:
        """A spreadsheet (CSV or .xlsx) imported as drafts only if every row is good (the
        shell's import: all or nothing)."""
        result = await self._check(await self._load(data, coordinator_id))
        if result.problems:
            return result, []
        return result, await self._save_drafts(result, coordinator_id)

    async def import_ready_rows(
        self, data: bytes, coordinator_id: int, *, only_if_clean: bool
    ) -> tuple[ImportResult, list[int]]:
        """The good rows of a spreadsheet as drafts. `only_if_clean`: only if no row has a
        problem to fix (else the coordinator is shown the report first and chooses). Rows
        that are projects the bot has already are left as they are, so nothing is imported
        twice."""
        result = await self._check(await self._load(data, coordinator_id))
        if result.fatal or (only_if_clean and result.to_fix):
            return result, []
        return result, await self._save_drafts(result, coordinator_id)

    async def _load(self, data: bytes, coordinator_id: int) -> Table | str:
        if not self.staff.is_coordinator(coordinator_id):
            raise PermissionError("only coordinators import projects")
        # Unpacking a workbook takes a moment: off the event loop, so others' updates go on.
        return await asyncio.to_thread(load, data)

    async def _check(self, loaded: Table | str) -> ImportResult:
        policy = self.policy
        limits = Limits(self.clock.now().date(), policy.min_age, policy.max_age, self.words)
        first = check_table(loaded, limits, set())
        # Which of the file's titles the bot has already: learnt from a first check.
        taken = await self.repository.titles_taken(p.title for p in first.projects)
        return check_table(loaded, limits, taken) if taken else first

    async def _save_drafts(self, result: ImportResult, coordinator_id: int) -> list[int]:
        if not result.projects:
            return []
        ids = await self.repository.create_many(result.projects, coordinator_id, self.clock.now())
        skipped = len(result.skipped)
        await self.audit.record(
            coordinator_id, "projects.imported", None, count=len(ids), skipped=skipped
        )
        return ids

    async def title_taken(self, title: str) -> bool:
        return bool(await self.repository.titles_taken([title]))

    async def create(
        self, coordinator_id: int, new: NewProject, cocoordinators: list[int], *, publish: bool
    ) -> int:
        """One project from /newproject: its author and co-coordinators run it."""
        (project_id,) = await self.repository.create_many([new], coordinator_id, self.clock.now())
        others = [c for c in cocoordinators if self.staff.is_coordinator(c) and c != coordinator_id]
        await self.repository.add_coordinators(project_id, others)
        await self.audit.record(
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
        # Exactly the team chosen, and the one saving it: a colleague may take another off,
        # the author too (they are told), but never leaves the project with nobody.
        others = {c for c in cocoordinators if self.staff.is_coordinator(c)}
        await self.repository.update(project_id, new, sorted({user_id} | others))
        await self.audit.record(user_id, "project.edited", None, project=project_id)
        await self.index.changed(project_id)
        return True

    def can_manage(self, user_id: int, coordinators: list[int]) -> bool:
        return self.staff.is_admin(user_id) or (
            self.staff.is_coordinator(user_id) and user_id in coordinators
        )

    async def managed(self, user_id: int, project_id: int) -> Project | None:
        """The project, if this person may run it now."""
        project = await self.repository.get(project_id)
        if project is None:
            return None
        if not self.can_manage(user_id, await self.repository.coordinators(project_id)):
            return None
        return project

    async def projects_of(self, coordinator_id: int) -> list[Project]:
        if not self.staff.is_coordinator(coordinator_id):
            return []
        return await self.repository.of_coordinator(coordinator_id)

    async def set_status(self, user_id: int, project_id: int, status: str) -> Project | None:
        project = await self.managed(user_id, project_id)
        allowed = {
            "open": {"draft", "paused"},
            "paused": {"open"},
            "closed": {"draft", "open", "paused"},
        }
        before = allowed.get(status, set())
        if project is None or project.status not in before:
            return None
        # Checked again as it changes: a colleague pressing at the same moment changes it once.
        if not await self.repository.set_status(
            project_id, status, self.clock.now(), only_from=sorted(before)
        ):
            return None
        await self.audit.record(user_id, f"project.{status}", None, project=project_id)
        return await self.index.changed(project_id)

    async def get(self, project_id: int) -> Project | None:
        return await self.repository.get(project_id)

    async def coordinators(self, project_id: int) -> list[int]:
        """Who runs the project now: only people who still have the role get its messages."""
        return [
            c
            for c in await self.repository.coordinators(project_id)
            if self.staff.is_coordinator(c)
        ]

    async def answering(self, project_id: int) -> list[int]:
        """Who gets the project's applications: its coordinators, or the admins while nobody
        runs it (its coordinators were removed from the staff), so no application waits unseen."""
        return await self.coordinators(project_id) or sorted(self.staff.admin_ids)

    async def participants(self, project_id: int) -> list[int]:
        return await self.repository.participants(project_id)

    async def participant_names(self, project_id: int) -> list[tuple[int, str | None]]:
        """Who is in, in the order they were accepted, with first names (rule 16)."""
        return await self.repository.participant_names(project_id)

    async def deciders(self, user_id: int, project_id: int) -> dict[int, int] | None:
        """Who accepted or declined each member of a project this person runs, by member;
        None if they do not run it."""
        if await self.managed(user_id, project_id) is None:
            return None
        return await self.repository.deciders(project_id)

    async def log(self, user_id: int, project_id: int) -> list[ProjectMessage] | None:
        """What coordinators and participants wrote to each other, newest first (rule 17)."""
        if not self.staff.is_moderator(user_id):
            return None
        await self.audit.record(user_id, "project.log_read", None, project=project_id)
        return await self.repository.messages(project_id)

    async def all_projects(self, user_id: int) -> list[Project]:
        """For moderators choosing a project log."""
        if not self.staff.is_moderator(user_id):
            return []
        return await self.repository.listed()

    # --- the coordinator's desk ------------------------------------------------------------

    async def waiting_counts(self, project_ids: list[int]) -> dict[int, int]:
        """Applications waiting for an answer, by project (none: left out)."""
        return dict(Counter(a.project_id for a in await self.repository.waiting(project_ids)))

    async def desk(self, coordinator_id: int) -> list[DeskProject]:
        """/myprojects in the order that needs them: applications waiting first, then open,
        paused, drafts, closed (within each, newest first); each with how many wait and
        whether colleagues run it too."""
        projects = await self.projects_of(coordinator_id)
        ids = [p.id for p in projects]
        waiting = await self.waiting_counts(ids)
        teams = await self.repository.coordinators_of(ids)
        lines = [
            DeskProject(
                project,
                waiting.get(project.id, 0),
                any(
                    c != coordinator_id and self.staff.is_coordinator(c)
                    for c in teams.get(project.id, [])
                ),
            )
            for project in projects
        ]
        return sorted(lines, key=lambda line: line.rank)

    async def drafts_to_publish(self, user_id: int) -> DraftsToPublish:
        """This coordinator's drafts: those that can go out now, and those that cannot."""
        today = self.clock.now().date()
        drafts = [p for p in await self.projects_of(user_id) if p.status == "draft"]
        late = [p for p in drafts if p.deadline is not None and p.deadline < today]
        return DraftsToPublish([p for p in drafts if p not in late], late)

    async def publish_all(self, user_id: int, digest: str) -> DraftsToPublish | None:
        """Publish the drafts the coordinator saw in the preview (`digest`: its `digest`), each
        audited as a single publish; None if they are no longer those (a colleague's new draft,
        a second import: never published unseen). The result names what this press published
        (not what a colleague pressing at once did) and what was skipped (deadline passed)."""
        found = await self.drafts_to_publish(user_id)
        if found.digest != digest:
            return None
        published = []
        for draft in found.ready:
            changed = await self.set_status(user_id, draft.id, "open")
            if changed is not None:
                published.append(changed)
        return DraftsToPublish(published, found.late)


# /myprojects: after those with applications waiting, by status.
STATUS_ORDER = {"open": 1, "paused": 2, "draft": 3, "closed": 4}


@dataclass(frozen=True)
class DeskProject:
    project: Project
    waiting: int  # applications waiting for an answer
    shared: bool  # run with other coordinators too

    @property
    def rank(self) -> int:
        if self.waiting:
            return 0
        return STATUS_ORDER.get(self.project.status, len(STATUS_ORDER))


@dataclass(frozen=True)
class DraftsToPublish:
    ready: list[Project]  # before publishing: can go out; after: went out
    late: list[Project]  # their deadline has passed: never published in bulk

    @property
    def digest(self) -> str:
        """Which drafts can go out, in a few characters: what a confirmation carries, so it
        publishes the drafts its preview showed and no other."""
        ids = ",".join(str(i) for i in sorted(p.id for p in self.ready))
        return hashlib.sha256(ids.encode()).hexdigest()[:10]
