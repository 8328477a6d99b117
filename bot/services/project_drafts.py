"""/newproject: a coordinator writes a project one question at a time, then previews and
publishes it (or keeps it as a draft). Each answer is saved at once (a restart resumes at the
same question) and checked with the same rules as a spreadsheet import."""

from __future__ import annotations

import re
from typing import Any

from bot.core.audit import AuditLog
from bot.core.clock import Clock
from bot.domain.age_gate import AgePolicy
from bot.domain.catalog import CAUSES, DAYS, MAX_HOURS_PER_WEEK, SKILLS
from bot.domain.cities import city_problem, match_city
from bot.domain.project_import import (
    MAX_DESCRIPTION,
    MAX_PLACES,
    MAX_TITLE,
    is_small_number,
    parse_date,
)
from bot.services.conversations import Conversations, Flow
from bot.services.draft_flow import Answer, Busy, Draft, DraftFlow
from bot.services.projects import ProjectService
from bot.services.staff import StaffService
from storage.projects import NewProject

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
_AGES = re.compile(r"^\s*(\d{1,2})\s*[-–/ ]\s*(\d{1,2})\s*$")


def next_step(step: str) -> str:
    return STEPS[min(STEPS.index(step) + 1, len(STEPS) - 1)]


class ProjectDraftService(DraftFlow):
    steps = STEPS
    texts = "newproject"
    flow = Flow.PROJECT_DRAFT
    first_data = {"causes": [], "skills": [], "days": [], "cocoordinators": []}  # noqa: RUF012

    def __init__(
        self,
        conversations: Conversations,
        projects: ProjectService,
        staff: StaffService,
        audit: AuditLog,
        clock: Clock,
        policy: AgePolicy,
    ) -> None:
        super().__init__(conversations, staff, clock)
        self._projects = projects
        self._audit = audit
        self._policy = policy

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
        project = await self._projects.managed(coordinator_id, project_id)
        if project is None:
            return None
        others = [
            str(c) for c in await self._projects.coordinators(project_id) if c != coordinator_id
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
        }
        return await self._open(coordinator_id, Draft("preview", data), replace)

    async def answer_text(self, coordinator_id: int, text: str) -> Answer:
        draft = await self.draft(coordinator_id)
        if draft is None:
            return Answer("gone")
        text = text.strip()
        step = draft.step
        if step == "title":
            title = " ".join(text.split())
            if not 3 <= len(title) <= MAX_TITLE:
                return Answer("title")
            unchanged = title.casefold() == str(draft.data.get("title", "")).casefold()
            if not unchanged and await self._projects.title_taken(title):
                return Answer("duplicate")
            return await self._move(coordinator_id, draft, {"title": title})
        if step == "description":
            if not 1 <= len(text) <= MAX_DESCRIPTION:
                return Answer("description")
            return await self._move(coordinator_id, draft, {"description": text})
        if step == "place":
            if city_problem(text) is not None:
                return Answer("city")
            return await self._move(coordinator_id, draft, {"city": match_city(text).city})
        if step == "ages":
            found = _AGES.match(text)
            if not found:
                return Answer("ages")
            return await self.choose_ages(coordinator_id, int(found[1]), int(found[2]))
        if step in {"hours", "places"}:
            high = MAX_HOURS_PER_WEEK if step == "hours" else MAX_PLACES
            if not is_small_number(text) or not 1 <= int(text) <= high:
                return Answer(step)
            return await self._move(coordinator_id, draft, {step: int(text)})
        if step == "deadline":
            deadline = parse_date(text)
            if deadline is None:
                return Answer("date")
            if deadline < self._clock.now().date():
                return Answer("past")
            return await self._move(coordinator_id, draft, {"deadline": deadline.isoformat()})
        return Answer("buttons")

    async def choose_ages(self, coordinator_id: int, low: int, high: int) -> Answer:
        draft = await self.draft(coordinator_id)
        if draft is None or draft.step != "ages":
            return Answer("gone")
        policy = self._policy
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
            order: tuple[str, ...] = tuple(sorted(allowed))
        else:
            order = LISTS[field]
            allowed = set(order)
        if key not in allowed:
            return None
        chosen = set(draft.data.get(field, [])) ^ {key}
        selection = [k for k in order if k in chosen]
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
            for member in await self._staff.staff()
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
            saved = await self._projects.update(
                coordinator_id, int(editing), self.project_of(draft), cocoordinators
            )
            if not saved:
                return None  # the draft stays: fewer places than participants, or not theirs
            await self._drop(coordinator_id)
            return int(editing)
        project_id = await self._projects.create(
            coordinator_id,
            self.project_of(draft),
            cocoordinators,
            publish=publish,
        )
        await self._drop(coordinator_id)
        return project_id
