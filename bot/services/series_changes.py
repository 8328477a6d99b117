"""Managing a series after it is published: one date changed or cancelled on its own is the
single-event change (`events`); here, every open date from one on changed or cancelled at once.

A change is made on the date the organiser opened and carried to the later ones: a field she
changed takes her value on each; a new start moves each date by the same local (wall-clock)
amount, so a series keeps its local time across a clock change. Everyone who answered a date
that changed is told once, with the dates in one message; the events, the reminders they
replace, the notices and the series' sequence are one transaction."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, fields, replace
from datetime import datetime, timedelta
from enum import Enum
from zoneinfo import ZoneInfo

from bot.core.audit import AuditLog
from bot.core.clock import Clock
from bot.core.tasks import TaskDispatcher
from bot.services.event_answers import EventAnswers
from bot.services.event_notices import EventNotices
from bot.services.event_series import SeriesService
from bot.services.events import ChangeResult, EventChange, EventService
from bot.services.notifications import DeliveryReport
from bot.services.series_notices import SeriesNews, SeriesNotices
from storage.events import Event, EventRepository, NewEvent
from storage.series_changes import SeriesChanges
from storage.tasks import NewTask


class SeriesResult(Enum):
    SAVED = "saved"
    NOT_YOURS = "not-yours"
    PAST = "past"  # the date has already happened
    GONE = "gone"  # cancelled meanwhile
    NONE_LEFT = "none-left"  # no open dates from this one on
    REFUSED = "refused"  # a date changed meanwhile, or would have fewer seats than taken


def series_problem(result: SeriesResult) -> ChangeResult:
    """Why a change from a date on was not saved, as the edit flow words it."""
    return {
        SeriesResult.NOT_YOURS: ChangeResult.NOT_YOURS,
        # Only a date's seats, read just before, can refuse it: fewer than those taken.
        SeriesResult.REFUSED: ChangeResult.TOO_FEW_SEATS,
    }.get(result, ChangeResult.GONE)


@dataclass(frozen=True)
class SeriesDates:
    """The occurrence an organiser opened and every date of its series, cancelled ones too."""

    chosen: Event
    dates: list[Event]


def _local_shift(start: datetime, by: timedelta, zone: ZoneInfo) -> datetime:
    """`start` moved by `by` on the local wall clock (18:30 stays 18:30 across a clock change)."""
    wall = start.astimezone(zone).replace(tzinfo=None) + by
    return wall.replace(tzinfo=zone)


def carried(chosen: Event, new: NewEvent, other: Event, zone: ZoneInfo) -> NewEvent:
    """`other` with what `new` changes on `chosen`: the fields changed there take their new
    value, and a new start moves it by the same local amount."""
    values = {
        name.name: getattr(new, name.name)
        for name in fields(NewEvent)
        if getattr(new, name.name) != getattr(chosen, name.name) and name.name != "starts_at"
    }
    local = new.starts_at.astimezone(zone).replace(tzinfo=None) - chosen.starts_at.astimezone(
        zone
    ).replace(tzinfo=None)
    start = _local_shift(other.starts_at, local, zone) if local else other.starts_at
    base = NewEvent(**{name.name: getattr(other, name.name) for name in fields(NewEvent)})
    return replace(base, **values, starts_at=start)


@dataclass(kw_only=True, eq=False)
class SeriesChangeService:
    repository: SeriesChanges
    series: SeriesService
    event_repository: EventRepository
    events: EventService
    answers: EventAnswers
    notices: EventNotices
    series_notices: SeriesNotices
    tasks: TaskDispatcher
    audit: AuditLog
    clock: Clock
    zone: ZoneInfo

    async def dates(self, user_id: int, event_id: int) -> SeriesDates | None:
        """The series of this occurrence, if this person may manage it."""
        chosen = await self.events.managed(user_id, event_id)
        if chosen is None or chosen.series_id is None:
            return None
        return SeriesDates(chosen, await self.series.occurrences(chosen.series_id))

    async def from_on(self, user_id: int, event_id: int) -> tuple[SeriesResult, list[Event]]:
        """The open dates from this one on (itself included), or why there are none."""
        found = await self.dates(user_id, event_id)
        if found is None:
            return SeriesResult.NOT_YOURS, []
        now, chosen = self.clock.now(), found.chosen
        if chosen.starts_at <= now:
            return SeriesResult.PAST, []
        later = [
            event
            for event in found.dates
            if event.status == "open" and event.starts_at > now
            if event.starts_at >= chosen.starts_at
        ]
        return (SeriesResult.SAVED if later else SeriesResult.NONE_LEFT), later

    # --- a change from a date on -------------------------------------------------------------

    async def change_from(
        self, user_id: int, event_id: int, new: NewEvent
    ) -> tuple[SeriesResult, DeliveryReport | None]:
        """`new` (the chosen date as changed) carried to every open date from it on."""
        result, targets = await self.from_on(user_id, event_id)
        if result is not SeriesResult.SAVED:
            return result, None
        chosen = next((event for event in targets if event.id == event_id), None)
        if chosen is None:
            return SeriesResult.GONE, None  # cancelled since: changed from a date that is on
        changes = [EventChange(old, carried(chosen, new, old, self.zone)) for old in targets]
        tasks, prefixes, told = await self._change_tasks(changes)
        report = await self._report(told)
        saved = await self.repository.change_all(
            [(change.event(), change.old.revision) for change in changes],
            self.clock.now(),
            prefixes,
            tasks,
        )
        if not saved:
            return SeriesResult.REFUSED, None
        self.tasks.stored(tasks)
        for change in changes:
            await self.audit.record(user_id, "event.updated", None, event=change.old.id)
        await self.events.tell_organisers(user_id, chosen, "manageseries-cocoord-changed")
        for change in changes:
            if change.audience:
                await self.events.release_outsiders(change.event())
            await self.answers.offer_free_seats(change.old.id)
        return SeriesResult.SAVED, report if told else None

    async def _change_tasks(
        self, changes: list[EventChange]
    ) -> tuple[list[NewTask], list[str], dict[int, list[tuple[Event, datetime | None]]]]:
        """Each changed date's reminders planned anew (the old ones cancelled by key), and one
        notice per person listing the dates of theirs that changed."""
        tasks: list[NewTask] = []
        prefixes: list[str] = []
        told: dict[int, list[tuple[Event, datetime | None]]] = defaultdict(list)
        for change in changes:
            event = change.event()
            if change.replan:
                prefixes.append(f"reminder:{event.id}:r{change.old.revision}:")
                for member_id in await self.event_repository.answerers(event.id):
                    if await self.notices.wants_reminders(member_id, event):
                        tasks += await self.notices.reminder_tasks(member_id, event)
            was = change.old.starts_at if change.new_time else None
            for member_id in await self.events.told_of(change):
                told[member_id].append((event, was))
        for member_id, dates in told.items():
            tasks.append(await self.series_notices.task(member_id, SeriesNews.CHANGED, dates))
        return tasks, prefixes, told

    async def _report(self, told: dict[int, list[tuple[Event, datetime | None]]]) -> DeliveryReport:
        report = DeliveryReport()
        for member_id, dates in told.items():
            expected = await self.series_notices.expected(member_id, [e for e, _ in dates])
            report = report.add(expected)
        return report

    # --- a cancellation from a date on -------------------------------------------------------

    async def answerers_from(self, targets: list[Event]) -> list[int]:
        """Everyone who answered any of these dates: each is told once."""
        people: set[int] = set()
        for event in targets:
            people.update(await self.events.everyone_who_answered(event.id))
        return sorted(people)

    async def cancel_from(
        self, user_id: int, event_id: int
    ) -> tuple[SeriesResult, DeliveryReport, int]:
        """Every open date from this one on cancelled; with what will happen to the notices and
        how many dates went."""
        result, targets = await self.from_on(user_id, event_id)
        if result is not SeriesResult.SAVED:
            return result, DeliveryReport(), 0
        told: dict[int, list[tuple[Event, datetime | None]]] = defaultdict(list)
        for event in targets:
            for member_id in await self.events.everyone_who_answered(event.id):
                told[member_id].append((event, None))
        tasks = [
            await self.series_notices.task(member_id, SeriesNews.CANCELLED, dates)
            for member_id, dates in told.items()
        ]
        report = await self._report(told)
        prefixes = [f"{kind}:{event.id}:" for event in targets for kind in ("reminder", "offer")]
        ids = [event.id for event in targets]
        if not await self.repository.cancel_all(ids, self.clock.now(), prefixes, tasks):
            return SeriesResult.REFUSED, DeliveryReport(), 0
        self.tasks.stored(tasks)
        for event in targets:
            await self.audit.record(user_id, "event.cancelled", None, event=event.id)
        await self.events.tell_organisers(user_id, targets[0], "manageseries-cocoord-cancelled")
        return SeriesResult.SAVED, report, len(targets)
