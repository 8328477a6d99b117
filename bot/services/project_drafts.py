"""/newproject: a coordinator writes a project one question at a time, then previews and
publishes it (or keeps it as a draft). Each answer is saved at once (a restart resumes at the
same question) and checked with the same rules as a spreadsheet import."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from bot.core.audit import AuditLog
from bot.domain.age_gate import AgePolicy
from bot.domain.catalog import CAUSES, DAYS, SKILLS, parse_hours
from bot.domain.cities import city_problem, match_city
from bot.domain.project_import import MAX_PLACES, is_small_number, parse_date
from bot.domain.projects import NewProject
from bot.services.cocoordination import CoCoordination
from bot.services.conversations import Flow
from bot.services.draft_flow import (
    Answer,
    Busy,
    Draft,
    DraftFlow,
    Read,
    TextReader,
    read_description,
    read_title,
)
from bot.services.project_catalogue import ProjectCatalogue

STEPS = (
    "title",
    "description",
    "causes",
    "skills",
    "place",
    "ages",
    "hours",
    "days",
    "places",
    "deadline",
    "cocoordinators",
    "preview",
)
LISTS = {"causes": CAUSES, "skills": SKILLS, "days": DAYS}
REQUIRED_LISTS = frozenset({"causes", "days"})


def _read_place(text: str) -> Read:
    found = match_city(text)
    if city_problem(text) is not None or not found.known:
        return Read("city")
    return Read(values={"city": found.city})


def _read_number(step: str, high: int) -> TextReader:
    def read(text: str) -> Read:
        if not is_small_number(text) or not 1 <= int(text) <= high:
            return Read(step)
        return Read(values={step: int(text)})

    return read


def _read_hours(text: str) -> Read:
    hours = parse_hours(text)
    return Read("hours") if hours is None else Read(values={"hours": hours})


def next_step(step: str) -> str:
    return STEPS[min(STEPS.index(step) + 1, len(STEPS) - 1)]


@dataclass(kw_only=True, eq=False)
class ProjectDraftService(DraftFlow):
    steps = STEPS
    texts = "newproject"
    flow = Flow.PROJECT_DRAFT
    first_data = {"causes": [], "skills": [], "days": [], "cocoordinators": []}  # noqa: RUF012

    projects: ProjectCatalogue
    audit: AuditLog
    policy: AgePolicy
    team: CoCoordination

    async def _move(self, coordinator_id: int, draft: Draft, values: dict[str, Any]) -> Answer:
        """Store the answer; the next question, or back to the preview after a correction."""
        data = {**draft.data, **values}
        step = "preview" if data.pop("correcting", False) else next_step(draft.step)
        await self._put(coordinator_id, Draft(step, data))
        return Answer(None, step)

    async def edit_project(
        self, coordinator_id: int, project_id: int, *, replace: bool = False
    ) -> Draft | Busy | None:
        """A draft holding an existing project's answers, at the preview, to change fields."""
        project = await self.projects.managed(coordinator_id, project_id)
        if project is None:
            return None
        others = [
            str(c) for c in await self.projects.coordinators(project_id) if c != coordinator_id
        ]
        data: dict[str, Any] = {
            "editing": project_id,
            "title": project.title,
            "description": project.description,
            "causes": list(project.causes),
            "skills": list(project.skills),
            "city": project.city,
            "min_age": project.min_age,
            "max_age": project.max_age,
            "hours": project.hours_per_week,
            "days": list(project.days),
            "places": project.places,
            "deadline": project.deadline.isoformat() if project.deadline else None,
            "cocoordinators": others,
            # Admins on the team: listed with the others (ticked, removable), though no
            # admin is offered to a project they are not on.
            "team_admins": [c for c in others if self.staff.is_admin(int(c))],
        }
        return await self._open(coordinator_id, Draft("preview", data), replace)

    def readers(self) -> dict[str, TextReader]:
        return {
            "description": read_description,
            "place": _read_place,
            "hours": _read_hours,
            "places": _read_number("places", MAX_PLACES),
        }

    async def answer_awaited(self, coordinator_id: int, draft: Draft, text: str) -> Answer | None:
        if draft.step == "title":
            read = read_title(text)
            title = read.values.get("title", "")
            unchanged = title.casefold() == str(draft.data.get("title", "")).casefold()
            if read.problem is None and not unchanged and await self.projects.title_taken(title):
                return Answer("duplicate")
            return (
                Answer(read.problem)
                if read.problem
                else await self._move(coordinator_id, draft, read.values)
            )
        if draft.step == "ages":
            return await self.ages_typed(coordinator_id, text)
        if draft.step == "deadline":
            deadline = parse_date(text)
            if deadline is None:
                return Answer("date")
            if deadline < self.clock.now().date():
                return Answer("past")
            return await self._move(coordinator_id, draft, {"deadline": deadline.isoformat()})
        return None

    async def choose_ages(self, coordinator_id: int, low: int, high: int) -> Answer:
        draft = await self.draft(coordinator_id)
        if draft is None or draft.step != "ages":
            return Answer("gone")
        policy = self.policy
        if not policy.min_age <= low <= high <= policy.max_age:
            return Answer("ages")
        return await self._move(coordinator_id, draft, {"min_age": low, "max_age": high})

    async def choose(self, coordinator_id: int, step: str, values: dict[str, Any]) -> Answer:
        """A button that answers `step` (remote, hours, skip the deadline…)."""
        draft = await self.draft(coordinator_id)
        if draft is None or draft.step != step:
            return Answer("gone")
        return await self._move(coordinator_id, draft, values)

    async def toggle(self, coordinator_id: int, field: str, key: str) -> list[str] | None:
        draft = await self.draft(coordinator_id)
        if draft is None or draft.step != field or field not in {*LISTS, "cocoordinators"}:
            return None
        if field == "cocoordinators":
            allowed = {str(c.telegram_id) for c in await self.coordinators_to_add(coordinator_id)}
            allowed |= set(draft.data.get("team_admins", []))
            order: tuple[str, ...] = tuple(sorted(allowed))
        else:
            order = LISTS[field]
            allowed = set(order)
        if key not in allowed:
            return None
        chosen = set(draft.data.get(field, [])) ^ {key}
        # Someone on the team without a button here stays on it.
        kept = [k for k in draft.data.get(field, []) if k not in allowed]
        selection = kept + [k for k in order if k in chosen]
        await self._put(coordinator_id, Draft(draft.step, {**draft.data, field: selection}))
        return selection

    async def finish_list(self, coordinator_id: int, field: str) -> Answer:
        draft = await self.draft(coordinator_id)
        if draft is None or draft.step != field or field not in {*LISTS, "cocoordinators"}:
            return Answer("gone")
        if field in REQUIRED_LISTS and not draft.data.get(field):
            return Answer("empty")
        return await self._move(coordinator_id, draft, {})

    async def coordinators_to_add(self, coordinator_id: int) -> list[Any]:
        return [
            member
            for member in await self.staff.staff()
            if member.role == "coordinator" and member.telegram_id != coordinator_id
        ]

    def project_of(self, draft: Draft) -> NewProject:
        data = draft.data
        deadline = parse_date(data["deadline"]) if data.get("deadline") else None
        return NewProject(
            title=data["title"],
            description=data["description"],
            causes=tuple(data["causes"]),
            skills=tuple(data["skills"]),
            city=data.get("city"),
            min_age=data["min_age"],
            max_age=data["max_age"],
            hours_per_week=data["hours"],
            days=tuple(data["days"]),
            places=data["places"],
            deadline=deadline,
        )

    async def finish(self, coordinator_id: int, publish: bool) -> int | None:
        """Create the project (published or as a draft) with its co-coordinators, or save the
        changes to the project being edited."""
        draft = await self.draft(coordinator_id)
        if draft is None or draft.step != "preview":
            return None
        cocoordinators = [int(c) for c in draft.data.get("cocoordinators", [])]
        editing = draft.data.get("editing")
        if editing is not None:
            before = await self.projects.coordinators(int(editing))
            saved = await self.projects.update(
                coordinator_id, int(editing), self.project_of(draft), cocoordinators
            )
            if not saved:
                return None  # the draft stays: fewer places than participants, or not theirs
            await self._drop(coordinator_id)
            await self.team.team_changed(coordinator_id, int(editing), before)
            return int(editing)
        project_id = await self.projects.create(
            coordinator_id,
            self.project_of(draft),
            cocoordinators,
            publish=publish,
        )
        await self._drop(coordinator_id)
        await self.team.team_changed(coordinator_id, project_id, ())
        return project_id
