"""Asking an event's organisers who came, once it has ended: a durable sweep every quarter of an
hour finds the events that ended (open, not older than the corrections window, not asked yet),
remembers they were asked and stores one note per organiser in the same transaction, so a
restart or a crash never asks twice nor forgets to ask. Each occurrence of a series is an event
of its own, and is asked for on its own."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from bot.core.clock import Clock
from bot.core.tasks import Nothing, TaskDispatcher, TaskKind
from bot.services.notifications import Note, NotificationGate, Purpose
from bot.services.staff import StaffService
from storage.attendance import AttendanceRepository
from storage.events import Event, EventRepository
from storage.tasks import Task

SWEEP = TaskKind("attendance_sweep", Nothing)
SWEEP_EVERY = timedelta(minutes=15)
# Marks can be set and corrected this long after the end; the list stays readable after.
CORRECTIONS = timedelta(days=14)


@dataclass(frozen=True)
class AskDue:
    event: int
    # In the payload, not the task's member: a coordinator may have no member record.
    organiser: int


ASK = TaskKind("attendance_ask", AskDue)


@dataclass(frozen=True)
class AttendanceAsk(Note):
    """To an organiser: the event has ended, who came?"""

    event: Event


def next_sweep(now: datetime, every: timedelta = SWEEP_EVERY) -> datetime:
    """The next multiple of `every` since midnight UTC, strictly after `now`: one key per slot,
    however often the bot restarts."""
    moment = now.astimezone(UTC)
    midnight = moment.replace(hour=0, minute=0, second=0, microsecond=0)
    slots = (moment - midnight) // every + 1
    return midnight + slots * every


@dataclass(kw_only=True, eq=False)
class AttendanceAsks:
    repository: AttendanceRepository
    events: EventRepository
    staff: StaffService
    notifications: NotificationGate
    tasks: TaskDispatcher
    clock: Clock

    async def schedule_next(self) -> None:
        """Idempotent: one sweep per slot."""
        due = next_sweep(self.clock.now())
        await self.tasks.schedule(
            SWEEP, Nothing(), due_at=due, dedupe_key=f"attendance-sweep:{due.isoformat()}"
        )

    async def run_sweep(self, task: Task, _: Nothing) -> None:
        await self.schedule_next()  # first: a failure must not end the chain of sweeps
        await self.sweep()

    async def sweep(self) -> int:
        """Ask the organisers of every event that ended and was not asked for; how many."""
        now = self.clock.now()
        asked = 0
        for event_id in await self.repository.to_ask(now, now - CORRECTIONS):
            tasks = [
                self.tasks.task(
                    ASK,
                    AskDue(event=event_id, organiser=organiser),
                    due_at=now,
                    dedupe_key=f"attendance-ask:{event_id}:{organiser}",
                )
                for organiser in await self.events.organisers(event_id)
            ]
            if await self.repository.mark_asked(event_id, now, tasks):
                self.tasks.stored(tasks)
                asked += 1
        return asked

    async def _heard_from(self, organiser: int) -> bool:
        """Telegram lets a bot write only to who wrote to it first: an admin named in the
        settings who never opened the bot is not written to."""
        if self.staff.language_of(organiser) is not None:
            return True
        return await self.notifications.members.addressee(organiser) is not None

    async def run_ask(self, task: Task, due: AskDue) -> None:
        """Task `attendance_ask`: still an organiser's work (the event still on, she still a
        coordinator, nobody marked yet from /manageevents), then the note, through the gate."""
        organiser = due.organiser
        event = await self.events.get(due.event)
        if event is None or event.status != "open" or not self.staff.is_coordinator(organiser):
            return
        if await self.repository.marked_count(event.id):
            return
        if not await self._heard_from(organiser):
            return
        await self.notifications.deliver_in_task(organiser, AttendanceAsk(event), Purpose.STAFF)
