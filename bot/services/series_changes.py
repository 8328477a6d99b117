"""Managing a series after it is published: one date changed or cancelled on its own is the
single-event change (`events`); here, every open date from one on changed or cancelled at once.

A change is made on the date the organiser opened and carried to the later ones: a field she
changed takes her value on each; a new time of day is set on each date, on its own day (the
wall clock: a series keeps its local time across a clock change). The day itself is not
changed from a date on: the series' rule would no longer say it. Everyone who answered a date
that changed is told once, with the dates in one message; the events, the reminders they
replace, the notices and the series' sequence are one transaction."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, fields, replace
from datetime import datetime
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
from storage.events import Event, EventRepository, NewEvent, event_values
from storage.series_changes import SeriesChanges
from storage.tasks import NewTask


class SeriesResult(Enum):
    SAVED = "saved"
    NOT_YOURS = "not-yours"
    PAST = "past"  # the date has already happened
    GONE = "gone"  # cancelled meanwhile
    NONE_LEFT = "none-left"  # no open dates from this one on
    NEW_DAY = "new-day"  # a change from a date on may set the time, not move the day
    CHANGED = "changed"  # a date was cancelled or changed meanwhile: look again
    REFUSED = "refused"  # a date would have fewer seats than taken


def series_problem(result: SeriesResult) -> ChangeResult:
    """Why a change from a date on was not saved, as the edit flow words it."""
    return {
        SeriesResult.NOT_YOURS: ChangeResult.NOT_YOURS,
        SeriesResult.NEW_DAY: ChangeResult.NEW_DAY,
        SeriesResult.CHANGED: ChangeResult.DATES_CHANGED,
        SeriesResult.REFUSED: ChangeResult.TOO_FEW_SEATS,
    }.get(result, ChangeResult.GONE)


@dataclass(frozen=True)
class SeriesDates:
    """The occurrence an organiser opened and every date of its series, cancelled ones too."""

    chosen: Event
    dates: list[Event]


def another_day(chosen: Event, start: datetime, zone: ZoneInfo) -> bool:
    """Whether `start` is on another local day than `chosen`: a change from a date on sets the
    time of day, never the day (the series' rule, "every Thursday", would no longer say it)."""
    return start.astimezone(zone).date() != chosen.starts_at.astimezone(zone).date()


def carried(chosen: Event, new: NewEvent, other: Event, zone: ZoneInfo) -> NewEvent:
    """`other` with what `new` changes on `chosen`: the fields changed there take their new
    value, and a new time of day is set on it, on its own day (21:00 is 21:00 on every date,
    across a clock change and on a date moved alone before)."""
    values = {
        name.name: getattr(new, name.name)
        for name in fields(NewEvent)
        if getattr(new, name.name) != getattr(chosen, name.name) and name.name != "starts_at"
    }
    time = new.starts_at.astimezone(zone).time()
    start = other.starts_at
    if time != chosen.starts_at.astimezone(zone).time():
        start = datetime.combine(other.starts_at.astimezone(zone).date(), time, tzinfo=zone)
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
        if another_day(chosen, new.starts_at, self.zone):
            return SeriesResult.NEW_DAY, None
        changes = [EventChange(old, carried(chosen, new, old, self.zone)) for old in targets]
        tasks, prefixes, told, planned = await self._change_tasks(changes)
        report = await self._report(told)
        saved = await self.repository.change_all(
            [(change.event(), change.old.revision) for change in changes],
            self.clock.now(),
            prefixes,
            tasks,
        )
        if not saved:
            return await self._why_refused(targets), None
        self.tasks.stored(tasks)
        for change in changes:
            await self.audit.record(user_id, "event.updated", None, event=change.old.id)
        await self.events.tell_organisers(user_id, chosen, "manageseries-cocoord-changed")
        await self._plan_late_answers(changes, planned)
        for change in changes:
            if change.audience:
                await self.events.release_outsiders(change.event())
            await self.answers.offer_free_seats(change.old.id)
        return SeriesResult.SAVED, report if told else None

    async def _plan_late_answers(
        self, changes: list[EventChange], planned: dict[int, set[int]]
    ) -> None:
        """Someone who answered a date while its change was being planned gets the reminders
        of the date as it is now (those planned at their answer were cancelled with the old)."""
        for change in changes:
            if not change.replan:
                continue
            event = change.event()
            for member_id in await self.event_repository.answerers(event.id):
                if member_id not in planned.get(event.id, set()):
                    await self.notices.plan_reminders(member_id, event)

    async def _why_refused(self, targets: list[Event]) -> SeriesResult:
        """A date cancelled or changed since it was read, or else one with fewer seats than
        taken."""
        for old in targets:
            now = await self.event_repository.get(old.id)
            if now is None or now.status != "open" or now.revision != old.revision:
                return SeriesResult.CHANGED
            if event_values(now) != event_values(old):
                return SeriesResult.CHANGED
        return SeriesResult.REFUSED

    async def _change_tasks(
        self, changes: list[EventChange]
    ) -> tuple[
        list[NewTask],
        list[str],
        dict[int, list[tuple[Event, datetime | None]]],
        dict[int, set[int]],
    ]:
        """Each changed date's reminders planned anew (the old ones cancelled by key), and one
        notice per person listing the dates of theirs that changed; with whom each date's
        reminders were planned for (by event)."""
        tasks: list[NewTask] = []
        prefixes: list[str] = []
        told: dict[int, list[tuple[Event, datetime | None]]] = defaultdict(list)
        planned: dict[int, set[int]] = {}
        for change in changes:
            event = change.event()
            if change.replan:
                prefixes.append(f"reminder:{event.id}:r{change.old.revision}:")
                answerers = await self.event_repository.answerers(event.id)
                planned[event.id] = set(answerers)
                for member_id in answerers:
                    if await self.notices.wants_reminders(member_id, event):
                        tasks += await self.notices.reminder_tasks(member_id, event)
            was = change.old.starts_at if change.new_time else None
            for member_id in await self.events.told_of(change):
                told[member_id].append((event, was))
        for member_id, dates in told.items():
            tasks.append(await self.series_notices.task(member_id, SeriesNews.CHANGED, dates))
        return tasks, prefixes, told, planned

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
            return SeriesResult.CHANGED, DeliveryReport(), 0  # a date cancelled meanwhile
        self.tasks.stored(tasks)
        for event in targets:
            await self.audit.record(user_id, "event.cancelled", None, event=event.id)
        await self.events.tell_organisers(user_id, targets[0], "manageseries-cocoord-cancelled")
        return SeriesResult.SAVED, report, len(targets)
