"""Events: answers with capacity and a waitlist, and reminders as durable tasks.

Reminders are one task per member and offset, keyed so a reminder is scheduled once however
often someone answers. A task runs once (a kill while it runs records it as interrupted, never
repeats it). When it runs it decides again whether to send: the event still on, the member
still going (or "maybe", if they asked for those too), reminders consented to, and no later
reminder of the same event also due (after downtime only the most recent goes out).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, timedelta
from zoneinfo import ZoneInfo

from bot.audit import AuditLog
from bot.birth_month import BirthMonth
from bot.clock import Clock
from bot.consents import ConsentService
from bot.onboarding import OnboardingService
from bot.quiet_hours import ADULT_AGE, QuietHours
from bot.reminder_plan import Planned, due_now, plan, time_left
from bot.tasks import TaskDispatcher
from bot.waitlist import offer_window
from storage.events import Event, EventRepository, NewEvent
from storage.preferences import PreferenceRepository
from storage.tasks import Task

REMINDER = "event_reminder"
OFFER_LAPSE = "event_offer_lapse"


@dataclass(frozen=True)
class Reminder:
    """A reminder to send now: to whom, for which event, with how long left."""

    member_id: int
    event: Event
    left: timedelta


class EventService:
    def __init__(
        self,
        repository: EventRepository,
        onboarding: OnboardingService,
        consents: ConsentService,
        preferences: PreferenceRepository,
        tasks: TaskDispatcher,
        audit: AuditLog,
        clock: Clock,
        quiet: QuietHours,
        zone: ZoneInfo,
    ) -> None:
        self._repository = repository
        self._onboarding = onboarding
        self._consents = consents
        self._preferences = preferences
        self._tasks = tasks
        self._audit = audit
        self._clock = clock
        self._quiet = quiet
        self._zone = zone

    async def create(self, coordinator_id: int, new: NewEvent) -> int:
        event_id = await self._repository.create(new, coordinator_id, self._clock.now())
        await self._audit.record(coordinator_id, "event.created", None, event=event_id)
        return event_id

    async def get(self, event_id: int) -> Event | None:
        return await self._repository.get(event_id)

    # --- answers ---------------------------------------------------------------------------

    async def going(self, member_id: int, event_id: int) -> str | None:
        """ "going" (a seat), "waitlist", or None if the event is not open to answers."""
        event = await self._repository.get(event_id)
        if event is None or not self._open(event):
            return None
        answer = await self._repository.going(event_id, member_id, self._clock.now())
        if answer == "going":
            await self._schedule_reminders(member_id, event)
        return answer

    async def maybe(self, member_id: int, event_id: int) -> int | None:
        """Maybe holds no seat. Returns whom a freed seat was offered to, if anyone."""
        return await self._without_seat(member_id, event_id, "maybe")

    async def cannot(self, member_id: int, event_id: int) -> int | None:
        return await self._without_seat(member_id, event_id, "no")

    async def _without_seat(self, member_id: int, event_id: int, answer: str) -> int | None:
        event = await self._repository.get(event_id)
        if event is None or not self._open(event):
            return None
        freed = await self._repository.answer_without_seat(
            event_id, member_id, answer, self._clock.now()
        )
        if answer == "maybe" and (await self._preferences.get(member_id)).remind_maybe:
            await self._schedule_reminders(member_id, event)
        return await self.offer_freed_seat(event) if freed else None

    async def offer_freed_seat(self, event: Event) -> int | None:
        """The first on the waitlist gets the seat held for them for a while (a durable task
        lets it lapse to the next)."""
        now = self._clock.now()
        expires = now + offer_window(now, event.starts_at)
        offered = await self._repository.offer_next(event.id, expires, now)
        if offered is not None:
            await self._tasks.schedule(
                OFFER_LAPSE,
                {"event": event.id, "member": offered},
                due_at=expires,
                member_id=offered,
                dedupe_key=f"offer:{event.id}:{offered}:{expires.isoformat()}",
            )
        return offered

    async def confirm_offer(self, member_id: int, event_id: int) -> bool:
        event = await self._repository.get(event_id)
        if event is None or not self._open(event):
            return False
        if not await self._repository.confirm_offer(event_id, member_id, self._clock.now()):
            return False
        await self._schedule_reminders(member_id, event)
        return True

    async def run_offer_lapse(self, task: Task) -> None:
        event = await self._repository.get(int(task.payload["event"]))
        member_id = int(task.payload["member"])
        if event is None or not self._open(event):
            return
        if await self._repository.lapse_offer(event.id, member_id, self._clock.now()):
            await self.offer_freed_seat(event)

    def _open(self, event: Event) -> bool:
        return event.status == "open" and event.starts_at > self._clock.now()

    # --- reminders -------------------------------------------------------------------------

    async def _plan(self, member_id: int, event: Event) -> list[Planned]:
        profile = await self._onboarding.profile(member_id)
        minor = True  # unknown age: the careful side
        if profile is not None and profile.birth_year is not None and profile.birth_month:
            age = BirthMonth(profile.birth_year, profile.birth_month).youngest_age_on(
                self._clock.now().date()
            )
            minor = age < ADULT_AGE
        offsets = tuple(timedelta(minutes=m) for m in event.reminder_minutes)
        return plan(event.starts_at, offsets, minor=minor, quiet=self._quiet, zone=self._zone)

    async def _schedule_reminders(self, member_id: int, event: Event) -> None:
        for planned in await self._plan(member_id, event):
            minutes = int(planned.offset.total_seconds() // 60)
            await self._tasks.schedule(
                REMINDER,
                {"event": event.id, "minutes": minutes},
                due_at=planned.send_at,
                member_id=member_id,
                dedupe_key=f"reminder:{event.id}:{member_id}:{minutes}",
            )

    async def reminder_to_send(self, task: Task) -> Reminder | None:
        """Decide, when the task runs, whether this reminder still goes out."""
        assert task.member_id is not None
        event = await self._repository.get(int(task.payload["event"]))
        if event is None or event.status != "open":
            return None
        rsvp = await self._repository.rsvp(event.id, task.member_id)
        wants = rsvp is not None and (
            rsvp.answer == "going"
            or (
                rsvp.answer == "maybe"
                and (await self._preferences.get(task.member_id)).remind_maybe
            )
        )
        if not wants or not (await self._consents.granted(task.member_id))["reminders"]:
            return None
        now = self._clock.now()
        planned = await self._plan(task.member_id, event)
        mine = [
            p for p in planned if int(p.offset.total_seconds() // 60) == task.payload["minutes"]
        ]
        # This one and every later one: after downtime only the most recent due goes out.
        later_or_same = [
            p
            for p in planned
            if mine and p.send_at.astimezone(UTC) >= mine[0].send_at.astimezone(UTC)
        ]
        due = due_now(now, event.starts_at, later_or_same)
        if due.send is None or not mine or due.send.offset != mine[0].offset:
            return None
        return Reminder(task.member_id, event, time_left(now, event.starts_at))
