"""/newevent: a coordinator writes an event one question at a time, confirms the start in words,
previews it, then publishes it. Each answer is saved at once (a restart resumes at the same
question). Editing a published event goes through the same questions from the preview."""

from __future__ import annotations

import re
from datetime import UTC, timedelta
from typing import Any
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

from bot.core.clock import Clock
from bot.domain.age_gate import AgePolicy
from bot.domain.durations import parse_duration, parse_offsets
from bot.domain.when import WhenProblem, parse_when
from bot.services.conversations import Conversations, Flow
from bot.services.draft_flow import Answer, Busy, Draft, DraftFlow
from bot.services.events import ChangeResult, EventService
from bot.services.projects import ProjectService
from bot.services.staff import StaffService
from storage.db import from_db_time, to_db_time
from storage.events import NewEvent, event_values
from storage.projects import Project

STEPS = (
    "title",
    "description",
    "start",
    "duration",
    "where",
    "capacity",
    "project",
    "audience",
    "reminders",
    "preview",
)
# Questions within a question: confirming the start read back in words, and the link of an
# online event. They count as the question they belong to.
PART_OF = {"start_confirm": "start", "link": "where"}
MAX_TITLE = 80
MAX_DESCRIPTION = 1000
MAX_PLACE = 120
MAX_LINK = 200
MAX_CAPACITY = 10_000
_AGES = re.compile(r"^\s*(\d{1,2})\s*[-–/ ]\s*(\d{1,2})\s*$")
# Typed where a place goes but meant as a link (a broken one is refused, not taken as a place).
_LOOKS_LIKE_LINK = re.compile(
    r"^(h?t+p+s?[:/]|www\.|\S*://|\S+\.(com|it|org|net|eu|io|us|me|link)(/|$))", re.I
)


def question_of(step: str) -> str:
    return PART_OF.get(step, step)


def valid_link(text: str) -> str | None:
    """An http(s) link with a host, as typed (www. gets https://); None if it is not one."""
    link = text.strip()
    if re.fullmatch(r"[\w-]+(\.[\w-]+)*\.[a-z]{2,}(/\S*)?", link, re.I):
        link = f"https://{link}"  # "meet.example.org/abc" or "www.…": the scheme is implied
    if len(link) > MAX_LINK or any(c.isspace() for c in link):
        return None
    try:
        parts = urlsplit(link)
    except ValueError:
        return None
    host = parts.hostname or ""
    if parts.scheme not in {"http", "https"} or "." not in host or host.endswith("."):
        return None
    return link


def is_whole_number(text: str) -> bool:
    return re.fullmatch(r"[+-]?\d{1,9}", text.strip()) is not None


class EventDraftService(DraftFlow):
    steps = STEPS
    texts = "newevent"
    flow = Flow.EVENT_DRAFT

    def __init__(
        self,
        conversations: Conversations,
        events: EventService,
        projects: ProjectService,
        staff: StaffService,
        clock: Clock,
        policy: AgePolicy,
        zone: ZoneInfo,
        default_reminders: tuple[timedelta, ...],
    ) -> None:
        super().__init__(conversations, staff, clock)
        self._events = events
        self._projects = projects
        self._policy = policy
        self._zone = zone
        self.default_reminders = tuple(int(r.total_seconds() // 60) for r in default_reminders)

    async def my_projects(self, coordinator_id: int) -> list[Project]:
        """Projects an event may be linked to: the coordinator's, not closed."""
        return [
            project
            for project in await self._projects.projects_of(coordinator_id)
            if project.status != "closed"
        ]

    async def _save(self, coordinator_id: int, step: str, data: dict[str, Any]) -> Answer:
        await self._put(coordinator_id, Draft(step, data))
        return Answer(None, step)

    async def _move(self, coordinator_id: int, draft: Draft, values: dict[str, Any]) -> Answer:
        """Store the answer; the next question, or back to the preview after a correction."""
        data = {**draft.data, **values}
        if data.pop("correcting", False):
            step = "preview"
        else:
            step = STEPS[min(STEPS.index(question_of(draft.step)) + 1, len(STEPS) - 1)]
            if step == "project" and not await self.my_projects(coordinator_id):
                data["project_id"] = None
                step = "audience"
        if step == "preview" and data.get("audience") == "project" and not data.get("project_id"):
            step = "audience"  # the project it was for is no longer linked: ask again
        return await self._save(coordinator_id, step, data)

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
            return await self._move(coordinator_id, draft, {"title": title})
        if step == "description":
            if not 1 <= len(text) <= MAX_DESCRIPTION:
                return Answer("description")
            return await self._move(coordinator_id, draft, {"description": text})
        if step in {"start", "start_confirm"}:
            return await self._read_start(coordinator_id, draft, text)
        if step == "duration":
            duration = parse_duration(text)
            if duration is None:
                return Answer("duration")
            minutes = int(duration.total_seconds() // 60)
            return await self._move(coordinator_id, draft, {"duration": minutes})
        if step in {"where", "link"}:
            return await self._read_where(coordinator_id, draft, text)
        if step == "capacity":
            if not is_whole_number(text) or not 1 <= int(text) <= MAX_CAPACITY:
                return Answer("capacity")
            return await self._move(coordinator_id, draft, {"capacity": int(text)})
        if step == "audience":
            found = _AGES.match(text)
            if not found:
                return Answer("ages")
            return await self.choose_ages(coordinator_id, int(found[1]), int(found[2]))
        if step == "reminders":
            offsets = parse_offsets(text)
            if offsets is None:
                return Answer("reminders")
            offsets_minutes = [int(o.total_seconds() // 60) for o in offsets]
            return await self._move(coordinator_id, draft, {"reminders": offsets_minutes})
        return Answer("buttons")

    async def _read_start(self, coordinator_id: int, draft: Draft, text: str) -> Answer:
        when = parse_when(text, self._clock.now(), self._zone)
        if when.problem is not None:
            return Answer(when.problem.value)
        assert when.at is not None
        candidate = {"at": to_db_time(when.at), "ambiguous": when.ambiguous}
        return await self._save(
            coordinator_id, "start_confirm", {**draft.data, "candidate": candidate}
        )

    async def confirm_start(self, coordinator_id: int) -> Answer:
        draft = await self.draft(coordinator_id)
        if draft is None or draft.step != "start_confirm" or "candidate" not in draft.data:
            return Answer("gone")
        data = dict(draft.data)
        at = from_db_time(data.pop("candidate")["at"])
        if at <= self._clock.now():
            return Answer(WhenProblem.PAST.value)  # it was read back too long ago
        return await self._move(
            coordinator_id, Draft(draft.step, data), {"starts_at": to_db_time(at)}
        )

    async def retype_start(self, coordinator_id: int) -> Answer:
        draft = await self.draft(coordinator_id)
        if draft is None or draft.step != "start_confirm":
            return Answer("gone")
        data = {k: v for k, v in draft.data.items() if k != "candidate"}
        return await self._save(coordinator_id, "start", data)

    async def _read_where(self, coordinator_id: int, draft: Draft, text: str) -> Answer:
        online = draft.step == "link"
        if online or _LOOKS_LIKE_LINK.match(text):
            link = valid_link(text)
            if link is None:
                return Answer("link")
            return await self._move(coordinator_id, draft, {"link": link, "place": None})
        place = " ".join(text.split())
        if not 2 <= len(place) <= MAX_PLACE:
            return Answer("place")
        return await self._move(coordinator_id, draft, {"place": place, "link": None})

    async def go_online(self, coordinator_id: int) -> Answer:
        draft = await self.draft(coordinator_id)
        if draft is None or draft.step != "where":
            return Answer("gone")
        return await self._save(coordinator_id, "link", draft.data)

    async def choose(self, coordinator_id: int, step: str, values: dict[str, Any]) -> Answer:
        """A button that answers `step` (a duration, no limit, a project, the default…)."""
        draft = await self.draft(coordinator_id)
        if draft is None or question_of(draft.step) != step:
            return Answer("gone")
        if step == "project" and values.get("project_id") is not None:
            mine = {p.id for p in await self.my_projects(coordinator_id)}
            if values["project_id"] not in mine:
                return Answer("gone")
        if (
            step == "audience"
            and values.get("audience") == "project"
            and not draft.data.get("project_id")
        ):
            return Answer("gone")
        return await self._move(coordinator_id, draft, values)

    async def choose_ages(self, coordinator_id: int, low: int, high: int) -> Answer:
        draft = await self.draft(coordinator_id)
        if draft is None or draft.step != "audience":
            return Answer("gone")
        if not self._policy.min_age <= low <= high <= self._policy.max_age:
            return Answer("ages")
        values = {"audience": "ages", "min_age": low, "max_age": high}
        return await self._move(coordinator_id, draft, values)

    def event_of(self, draft: Draft) -> NewEvent:
        data = draft.data
        audience = data.get("audience", "everyone")
        ages = audience == "ages"
        return NewEvent(
            title=data["title"],
            description=data.get("description", ""),
            starts_at=from_db_time(data["starts_at"]).astimezone(UTC),
            duration_minutes=data["duration"],
            place=data.get("place"),
            link=data.get("link"),
            capacity=data.get("capacity"),
            project_id=data.get("project_id"),
            min_age=data.get("min_age") if ages else None,
            max_age=data.get("max_age") if ages else None,
            reminder_minutes=tuple(data.get("reminders", self.default_reminders)),
            participants_only=audience == "project",
        )

    async def edit_event(
        self, coordinator_id: int, event_id: int, *, replace: bool = False
    ) -> Draft | Busy | None:
        """A draft holding a published event's answers, at the preview, to change fields."""
        event = await self._events.managed(coordinator_id, event_id)
        if event is None or event.status != "open" or event.starts_at <= self._clock.now():
            return None
        audience = (
            "project"
            if event.participants_only
            else "ages"
            if event.min_age is not None
            else "everyone"
        )
        data: dict[str, Any] = {
            "editing": event_id,
            # The event as it was when the edit began: a save finds out if someone else
            # changed it meanwhile, rather than silently undoing their change.
            "original": list(event_values(event)),
            "title": event.title,
            "description": event.description,
            "starts_at": to_db_time(event.starts_at),
            "duration": event.duration_minutes,
            "place": event.place,
            "link": event.link,
            "capacity": event.capacity,
            "project_id": event.project_id,
            "audience": audience,
            "min_age": event.min_age,
            "max_age": event.max_age,
            "reminders": list(event.reminder_minutes),
        }
        return await self._open(coordinator_id, Draft("preview", data), replace)

    async def finish(self, coordinator_id: int) -> tuple[int | None, ChangeResult | None]:
        """Publish the event, or save the changes to the one being edited: its id, or None and
        why not (the draft stays, so nothing typed is lost)."""
        draft = await self.draft(coordinator_id)
        if draft is None or draft.step != "preview":
            return None, ChangeResult.GONE
        new = self.event_of(draft)
        if new.starts_at <= self._clock.now():
            return None, ChangeResult.PAST
        editing = draft.data.get("editing")
        if editing is not None:
            current = await self._events.get(int(editing))
            if current is not None and list(event_values(current)) != draft.data.get("original"):
                return None, ChangeResult.CHANGED
            result = await self._events.update(coordinator_id, int(editing), new)
            if result is not ChangeResult.SAVED:
                return None, result
            await self._drop(coordinator_id)
            return int(editing), None
        event_id = await self._events.create(coordinator_id, new)
        await self._drop(coordinator_id)
        return event_id, None
