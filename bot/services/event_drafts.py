"""/newevent: a coordinator writes an event one question at a time, confirms the start in words,
previews it, then publishes it. Each answer is saved at once (a restart resumes at the same
question). Editing a published event goes through the same questions from the preview."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

from bot.domain.age_gate import AgePolicy
from bot.domain.durations import parse_duration, parse_offsets
from bot.domain.event_audience import Reach
from bot.domain.recurrence import Frequency, Rule
from bot.domain.series_end import End
from bot.domain.when import WhenProblem, on_day, parse_when
from bot.services import series_drafts
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
from bot.services.event_announcements import Announced, EventAnnouncements
from bot.services.event_series import SeriesService
from bot.services.events import ChangeResult, EventService
from bot.services.notifications import DeliveryReport
from bot.services.project_catalogue import ProjectCatalogue
from bot.services.series_changes import (
    SeriesChangeService,
    SeriesResult,
    another_day,
    series_problem,
)
from storage.db import from_db_time, to_db_time
from storage.event_series import PublishedDraft
from storage.events import Event, NewEvent, event_values
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
PART_OF = {"start_confirm": "start", "link": "where", "repeat": "start", "repeat_end": "start"}
# The draft as it reads once its event is out, given the (first) event's id.
Published = Callable[[int], dict[str, Any]]
# After Publish, before the event is out: who hears of it (`Reach`). Kept on the draft, so a
# restart comes back to that question.
ANNOUNCE = "announce"
MAX_PLACE = 120
MAX_LINK = 200
MAX_CAPACITY = 10_000
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


def _read_duration(text: str) -> Read:
    duration = parse_duration(text)
    if duration is None:
        return Read("duration")
    return Read(values={"duration": int(duration.total_seconds() // 60)})


def _read_capacity(text: str) -> Read:
    if not is_whole_number(text) or not 1 <= int(text) <= MAX_CAPACITY:
        return Read("capacity")
    return Read(values={"capacity": int(text)})


def _read_reminders(text: str) -> Read:
    offsets = parse_offsets(text)
    if offsets is None:
        return Read("reminders")
    return Read(values={"reminders": [int(o.total_seconds() // 60) for o in offsets]})


@dataclass(frozen=True)
class Finished:
    """A draft published or saved (`event_id`), or why not (`problem`); for a change, what
    will happen to the notices to those who answered (rule 27; None when nobody is told);
    for a new event, what happened to its announcement."""

    event_id: int | None
    problem: ChangeResult | None = None
    told: DeliveryReport | None = None
    announced: Announced | None = None


@dataclass(kw_only=True, eq=False)
class EventDraftService(DraftFlow):
    steps = STEPS
    texts = "newevent"
    flow = Flow.EVENT_DRAFT

    events: EventService
    series: SeriesService
    announcements: EventAnnouncements
    series_changes: SeriesChangeService
    projects: ProjectCatalogue
    policy: AgePolicy
    zone: ZoneInfo
    reminders: tuple[timedelta, ...]  # what a new event starts with

    @property
    def default_reminders(self) -> tuple[int, ...]:
        return tuple(int(r.total_seconds() // 60) for r in self.reminders)

    async def correct(self, coordinator_id: int, step: str) -> Draft | None:
        """The project question only for someone with projects to link (it is never asked,
        nor offered, otherwise)."""
        if step == "project" and not await self.my_projects(coordinator_id):
            return None
        await self.back_to_preview(coordinator_id)
        if step == series_drafts.REPEAT:
            return await self._correct_repeat(coordinator_id)
        return await super().correct(coordinator_id, step)

    async def _correct_repeat(self, coordinator_id: int) -> Draft | None:
        """From a new event's preview: "Does it repeat?" again (its start stays)."""
        draft = await self.draft(coordinator_id)
        if draft is None or draft.step != "preview" or draft.data.get("editing") is not None:
            return None
        corrected = Draft(series_drafts.REPEAT, {**draft.data, "correcting": True})
        await self._put(coordinator_id, corrected)
        return corrected

    async def ask_announce(self, coordinator_id: int) -> Draft | None:
        """Publish pressed on a new event's preview: who hears of it, before it goes out."""
        draft = await self.draft(coordinator_id)
        if draft is None or draft.step != "preview" or draft.data.get("editing") is not None:
            return None
        asked = Draft(ANNOUNCE, draft.data)
        await self._put(coordinator_id, asked)
        return asked

    async def back_to_preview(self, coordinator_id: int) -> Draft | None:
        draft = await self.draft(coordinator_id)
        if draft is None or draft.step != ANNOUNCE:
            return None
        back = Draft("preview", draft.data)
        await self._put(coordinator_id, back)
        return back

    async def my_projects(self, coordinator_id: int) -> list[Project]:
        """Projects an event may be linked to: the coordinator's, not closed."""
        return [
            project
            for project in await self.projects.projects_of(coordinator_id)
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

    def readers(self) -> dict[str, TextReader]:
        return {
            "title": read_title,
            "description": read_description,
            "duration": _read_duration,
            "capacity": _read_capacity,
            "reminders": _read_reminders,
        }

    async def answer_awaited(self, coordinator_id: int, draft: Draft, text: str) -> Answer | None:
        if draft.step in {"start", "start_confirm"}:
            return await self._read_start(coordinator_id, draft, text)
        if draft.step in {"where", "link"}:
            return await self._read_where(coordinator_id, draft, text)
        if draft.step == "audience":
            return await self.ages_typed(coordinator_id, text)
        if draft.step == series_drafts.REPEAT_END:
            today = self.clock.now().astimezone(self.zone).date()
            end = series_drafts.typed_end(text, today)
            return await self._repeat_step(coordinator_id, draft, end)
        return None

    async def choose_repeat(
        self, coordinator_id: int, frequency: Frequency | None, week: int | None
    ) -> Answer:
        """ "Does it repeat?": only once (None), or how often; then "Until when?"."""
        draft = await self.draft(coordinator_id)
        if draft is None or draft.step not in (series_drafts.REPEAT, series_drafts.REPEAT_END):
            return Answer("gone")  # (Only once is offered at "Until when?" too)
        step = series_drafts.choose_frequency(draft.data, frequency, week, self.zone)
        return await self._repeat_moved(coordinator_id, draft, step)

    async def choose_end(self, coordinator_id: int, preset: str) -> Answer:
        draft = await self.draft(coordinator_id)
        if draft is None or draft.step != series_drafts.REPEAT_END:
            return Answer("gone")
        end = series_drafts.preset_end(draft.data, preset, self.zone)
        return await self._repeat_step(coordinator_id, draft, end)

    async def _repeat_step(self, coordinator_id: int, draft: Draft, end: End) -> Answer:
        step = series_drafts.with_end(draft.data, end, self.zone)
        if step is None:
            return Answer("series-end")
        return await self._repeat_moved(coordinator_id, draft, step)

    async def _repeat_moved(
        self, coordinator_id: int, draft: Draft, step: series_drafts.Step
    ) -> Answer:
        if step.stay is not None:
            return await self._save(coordinator_id, step.stay, {**draft.data, **step.values})
        return await self._move(coordinator_id, draft, step.values)

    async def _create(
        self, coordinator_id: int, draft: Draft, new: NewEvent, published: Published
    ) -> int:
        """The event, or every date of its series (the first date's id: it is announced). A
        series (up to 100 rows) is made with the draft marked `published` in one transaction."""
        rule = self.rule_of(draft)
        if rule is None:
            return await self.events.create(coordinator_id, new)
        marked = PublishedDraft(coordinator_id, self.flow.value, ANNOUNCE, published)
        return (await self.series.create(coordinator_id, rule, new, marked)).event_ids[0]

    def rule_of(self, draft: Draft) -> Rule | None:
        """The draft's repeat rule; None for a single event."""
        return series_drafts.rule_of(draft.data, self.zone)

    async def _read_start(self, coordinator_id: int, draft: Draft, text: str) -> Answer:
        if draft.data.get("editing") is not None:
            # A time without a day keeps the event's own day ("alle 19"), not tomorrow's.
            own = from_db_time(draft.data["starts_at"]).astimezone(self.zone).date()
            text = on_day(text, own)
        when = parse_when(text, self.clock.now(), self.zone)
        problem = None if when.problem is None else when.problem.value
        if when.at is not None and await self._series_day_moved(draft, when.at):
            problem = "series-day"  # refused as typed, not after it is read back and confirmed
        if problem is not None:
            if draft.step == "start_confirm":
                # The start read back before is no longer the answer: ask for it afresh, so the
                # problem is not shown above an old "So it starts…?".
                data = {k: v for k, v in draft.data.items() if k != "candidate"}
                await self._put(coordinator_id, Draft("start", data))
            return Answer(problem)
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
        if at <= self.clock.now():
            return Answer(WhenProblem.PAST.value)  # it was read back too long ago
        if data.get("editing") is None:
            # A new event: does it repeat? (asked again with a new start: it names the weekday)
            data = {**data, "starts_at": to_db_time(at), series_drafts.REPEAT: None}
            return await self._save(coordinator_id, series_drafts.REPEAT, data)
        if await self._series_day_moved(draft, at):
            # From a date on, the time changes and the day stays: asked again, with why.
            await self._put(coordinator_id, Draft("start", data))
            return Answer("series-day")
        return await self._move(
            coordinator_id, Draft(draft.step, data), {"starts_at": to_db_time(at)}
        )

    async def _series_day_moved(self, draft: Draft, at: datetime) -> bool:
        """A change from a date on sets the time, never the day: `at` on another day is not."""
        if not draft.data.get("series_from"):
            return False
        return await self._another_day(int(draft.data["editing"]), at)

    async def _another_day(self, event_id: int, at: datetime) -> bool:
        chosen = await self.events.get(event_id)
        return chosen is not None and another_day(chosen, at, self.zone)

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
        if not self.policy.min_age <= low <= high <= self.policy.max_age:
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

    async def preview(self, draft: Draft) -> Event:
        """The draft as its card reads: a new event has every seat free; a published one being
        changed keeps the seats already taken (one count of free seats, the stored one)."""
        new = self.event_of(draft)
        editing = draft.data.get("editing")
        changed = None if editing is None else await self.events.as_changed(int(editing), new)
        return changed or Event(**vars(new))

    async def edit_event(
        self, coordinator_id: int, event_id: int, *, replace: bool = False, from_on: bool = False
    ) -> Draft | Busy | None:
        """A draft holding a published event's answers, at the preview, to change fields."""
        event = await self.events.managed(coordinator_id, event_id)
        if event is None or event.status != "open" or event.starts_at <= self.clock.now():
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
        if from_on:
            data["series_from"] = True  # saved on every open date of its series from this one
        return await self._open(coordinator_id, Draft("preview", data), replace)

    async def finish(self, coordinator_id: int, reach: Reach | None = None) -> Finished:
        """Publish the event and announce it to `reach`, or save the changes to the one being
        edited: its id, or None and why not (the draft stays, so nothing typed is lost)."""
        draft = await self.draft(coordinator_id)
        at = "preview" if reach is None else ANNOUNCE
        if draft is None or draft.step != at:
            return Finished(None, ChangeResult.GONE)
        new = self.event_of(draft)
        if draft.data.get("published") is None and new.starts_at <= self.clock.now():
            return Finished(None, ChangeResult.PAST)
        if draft.data.get("editing") is not None:
            return await self._save_changes(coordinator_id, draft, new)
        if reach is None:
            return Finished(None, ChangeResult.GONE)  # a new event is published with a choice
        return await self._publish(coordinator_id, draft, new, reach)

    async def _save_changes(self, coordinator_id: int, draft: Draft, new: NewEvent) -> Finished:
        editing = int(draft.data["editing"])
        current = await self.events.get(editing)
        if current is not None and list(event_values(current)) != draft.data.get("original"):
            return Finished(None, ChangeResult.CHANGED)
        if draft.data.get("series_from") and current is not None:
            return await self._save_from_on(coordinator_id, current, new)
        result, told = await self.events.update(coordinator_id, editing, new)
        if result is not ChangeResult.SAVED:
            return Finished(None, result)
        moved = current is not None and current.starts_at != new.starts_at
        was = current.starts_at if current is not None and moved else None
        # The announcement's copies show the event as it is now (the old time beside a new one).
        await self.announcements.redraw_copies(editing, was)
        await self._drop(coordinator_id)
        return Finished(editing, told=told)

    async def _save_from_on(self, coordinator_id: int, chosen: Event, new: NewEvent) -> Finished:
        # The date the series' announcement shows now: changed too if it is among them.
        shown = await self.announcements.showing(chosen.id)
        result, told = await self.series_changes.change_from(coordinator_id, chosen.id, new)
        if result is not SeriesResult.SAVED:
            return Finished(None, series_problem(result))
        if shown is not None and shown.starts_at >= chosen.starts_at:
            after = await self.events.get(shown.id)
            moved = after is not None and after.starts_at != shown.starts_at
            await self.announcements.redraw_copies(shown.id, shown.starts_at if moved else None)
        await self._drop(coordinator_id)
        return Finished(chosen.id, told=told)

    async def _publish(
        self, coordinator_id: int, draft: Draft, new: NewEvent, reach: Reach
    ) -> Finished:
        """The event goes out, then its announcement. The draft remembers the published event
        until the announcement is submitted: after a crash in between, the same question comes
        back and answering it announces that event, never a second copy of it."""
        event_id = draft.data.get("published")
        if event_id is None:

            def published(first: int) -> dict[str, Any]:
                return {**draft.data, "announce": reach.value, "published": first}

            event_id = await self._create(coordinator_id, draft, new, published)
            await self._put(coordinator_id, Draft(ANNOUNCE, published(event_id)))
        announced = await self.announcements.announce(coordinator_id, int(event_id), new, reach)
        await self._drop(coordinator_id)
        return Finished(int(event_id), announced=announced)
