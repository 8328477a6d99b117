"""One notice per person when a series changes or is cancelled from a date on: the dates they
answered, in one message, not one message per date. A durable task stored with the change and
decided again when it runs (only the dates still ahead, and still as told, are news)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from enum import Enum

from bot.core.clock import Clock
from bot.core.tasks import TaskDispatcher, TaskKind
from bot.services.notifications import Delivery, Note, NotificationGate, Purpose
from storage.db import from_db_time, to_db_time
from storage.events import Event, EventRepository
from storage.tasks import NewTask, Task


class SeriesNews(Enum):
    CHANGED = "changed"
    CANCELLED = "cancelled"


@dataclass(frozen=True)
class SeriesNoticeDue:
    what: str
    events: list[int] = field(default_factory=list)
    at: list[str] = field(default_factory=list)  # each date's start as told
    was: list[str | None] = field(default_factory=list)  # and before, when it moved


SERIES_NOTICE = TaskKind("series_notice", SeriesNoticeDue)


@dataclass(frozen=True)
class SeriesDate:
    starts_at: datetime
    was: datetime | None = None  # the start before a move


@dataclass(frozen=True)
class SeriesNotice(Note):
    """The dates of a series a member answered that changed (or were cancelled), and the first
    of them as it is now, for its card."""

    what: SeriesNews
    first: Event
    dates: tuple[SeriesDate, ...]
    going: bool = False  # to one of them: her calendar may hold them as they were


@dataclass(kw_only=True, eq=False)
class SeriesNotices:
    repository: EventRepository
    notifications: NotificationGate
    tasks: TaskDispatcher
    clock: Clock

    async def task(
        self, member_id: int, what: SeriesNews, dates: Sequence[tuple[Event, datetime | None]]
    ) -> NewTask:
        """Telling one member of these dates (each as it will be, and its start before a move):
        a minor's waits for the end of quiet hours unless the first date comes first."""
        now = self.clock.now()
        first = min(event.starts_at for event, _ in dates)
        due = (
            await self.notifications.held_until(member_id, Purpose.CONSEQUENCE, deadline=first)
            or now
        )
        payload = SeriesNoticeDue(
            what=what.value,
            events=[event.id for event, _ in dates],
            at=[to_db_time(event.starts_at) for event, _ in dates],
            was=[to_db_time(was) if was is not None else None for _, was in dates],
        )
        return self.tasks.task(
            SERIES_NOTICE,
            payload,
            due_at=due,
            member_id=member_id,
            dedupe_key=f"series-notice:{dates[0][0].id}:{member_id}:{what.value}:{now.isoformat()}",
        )

    async def expected(self, member_id: int, dates: Sequence[Event]) -> Delivery:
        first = min(event.starts_at for event in dates)
        return await self.notifications.forecast(member_id, Purpose.CONSEQUENCE, deadline=first)

    async def run(self, task: Task, due: SeriesNoticeDue) -> None:
        """Task `series_notice`: the dates still ahead (and, for a change, still as told)."""
        member_id = task.member_id
        if member_id is None:
            raise ValueError("a notice needs a member")
        what = SeriesNews(due.what)
        news: list[tuple[Event, SeriesDate]] = []
        for event_id, at, was in zip(due.events, due.at, due.was, strict=False):
            event = await self.repository.get(event_id)
            if event is None or event.starts_at <= self.clock.now():
                continue
            if what is SeriesNews.CHANGED and (
                event.status != "open" or to_db_time(event.starts_at) != at
            ):
                continue  # cancelled or changed again since: that has a notice of its own
            news.append((event, SeriesDate(event.starts_at, _time(was))))
        if not news:
            return
        first = news[0][0]
        going = await self._going(member_id, [event for event, _ in news])
        await self.notifications.deliver_in_task(
            member_id,
            SeriesNotice(what, first, tuple(date for _, date in news), going),
            Purpose.CONSEQUENCE,
            deadline=first.starts_at,
        )

    async def _going(self, member_id: int, events: list[Event]) -> bool:
        for event in events:
            rsvp = await self.repository.rsvp(event.id, member_id)
            if rsvp is not None and rsvp.answer == "going":
                return True
        return False


def _time(text: str | None) -> datetime | None:
    return from_db_time(text) if text else None
