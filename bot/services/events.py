"""Events: answers with capacity and a waitlist, and reminders as durable tasks.

Reminders are one task per member and offset, keyed so a reminder is scheduled once however
often someone answers. A task runs once (a kill while it runs records it as interrupted, never
repeats it). When it runs it decides again whether to send: the event still on, the member
still going (or "maybe", if they asked for those too), reminders consented to, and no later
reminder of the same event also due (after downtime only the most recent goes out).
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import UTC, datetime, timedelta
from enum import Enum
from typing import Generic, TypeVar
from zoneinfo import ZoneInfo

from bot.core.audit import AuditLog
from bot.core.clock import Clock
from bot.core.tasks import RetryLater, TaskDispatcher
from bot.domain.birth_month import BirthMonth
from bot.domain.quiet_hours import ADULT_AGE, QuietHours
from bot.domain.reminder_plan import Planned, goes_out, plan, time_left
from bot.domain.waitlist import offer_window
from bot.services.consents import ConsentService
from bot.services.onboarding import OnboardingService
from bot.services.projects import ProjectService
from bot.services.staff import StaffService
from storage.db import to_db_time
from storage.events import Counts, Event, EventRepository, NewEvent, Rsvp
from storage.preferences import PreferenceRepository
from storage.tasks import NewTask, Task

REMINDER = "event_reminder"
OFFER_LAPSE = "event_offer_lapse"
NOTICE = "event_notice"  # a change, a cancellation or a freed seat, told to one member
TOLD_LATE = timedelta(minutes=1)  # an offer's notice later than this gets its window anew


T = TypeVar("T")


class Notice(Enum):
    MOVED = "moved"  # new time (and maybe place)
    PLACE = "place"  # new place or link, same time
    CANCELLED = "cancelled"
    OFFER = "offer"  # a freed seat held for them
    LAPSED = "lapsed"  # that seat was not confirmed in time and went to the next
    RELEASED = "released"  # the event is now for another group: their answer was removed


class Refusal(Enum):
    """Why a member may not answer an event (a locale key suffix)."""

    GONE = "gone"  # cancelled, started, or never existed
    PROFILE = "profile"
    GUARDIAN = "guardian"
    AUDIENCE = "audience"  # age band or participants only


@dataclass(frozen=True)
class Answered:
    answer: str | None  # going, waitlist, maybe, no; None when refused
    already: bool = False  # the same answer as before: nothing changed
    refusal: Refusal | None = None


def _audience(event: NewEvent) -> tuple[object, ...]:
    return (event.min_age, event.max_age, event.participants_only, event.project_id)


class ChangeResult(Enum):
    SAVED = "saved"
    NOT_YOURS = "not-yours"
    TOO_FEW_SEATS = "too-few-seats"
    GONE = "gone"
    PAST = "past"  # the start it was written for has passed
    CHANGED = "changed"  # someone else changed it meanwhile: look again


@dataclass(frozen=True)
class Page(Generic[T]):
    items: list[T]
    total: int


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
        projects: ProjectService,
        staff: StaffService,
    ) -> None:
        self._projects = projects
        self._staff = staff
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

    async def counts(self, event_id: int) -> Counts:
        return await self._repository.counts(event_id)

    async def rsvp(self, member_id: int, event_id: int) -> Rsvp | None:
        return await self._repository.rsvp(event_id, member_id)

    # --- organisers --------------------------------------------------------------------------

    async def managed(self, user_id: int, event_id: int) -> Event | None:
        """The event, if this person may change it now: its creator, or an admin."""
        event = await self._repository.get(event_id)
        if event is None or not self._staff.is_coordinator(user_id):
            return None
        if event.created_by != user_id and not self._staff.is_admin(user_id):
            return None
        return event

    async def answerers(self, event_id: int) -> list[int]:
        return await self._repository.answerers(event_id)

    async def attendees(self, user_id: int, event_id: int) -> list[tuple[str, str | None]] | None:
        """(answer, first name) for the event's organiser, the reading audited. A name only for
        members staff may see (rule 16: visible to projects, or in the event's project);
        the others are counted, not named."""
        event = await self.managed(user_id, event_id)
        if event is None:
            return None
        await self._audit.record(user_id, "event.attendees_viewed", None, event=event_id)
        shown: list[tuple[str, str | None]] = []
        for member_id, answer, name in await self._repository.attendees(event_id):
            visible = (await self._consents.granted(member_id))["matching"] or (
                event.project_id is not None
                and await self._repository.is_participant(event.project_id, member_id)
            )
            shown.append((answer, name if visible else None))
        return shown

    async def organised(self, user_id: int, page: int, per_page: int) -> Page[Event]:
        """Upcoming events this person runs (an admin: everyone's)."""
        creator = None if self._staff.is_admin(user_id) else user_id
        events, total = await self._repository.organised(
            creator, self._clock.now(), per_page, page * per_page
        )
        return Page(events, total)

    async def update(self, user_id: int, event_id: int, new: NewEvent) -> ChangeResult:
        """Save changes. A new time (or new reminder offsets) moves everyone's reminders; a new
        time or place is told to everyone who answered; more seats go to the waitlist. The
        change, the reminders it replaces and the notices are one transaction."""
        old = await self.managed(user_id, event_id)
        if old is None:
            return ChangeResult.NOT_YOURS
        if not self._open(old):
            return ChangeResult.GONE
        new_time = new.starts_at.astimezone(UTC) != old.starts_at.astimezone(UTC)
        replan = new_time or new.reminder_minutes != old.reminder_minutes
        revision = old.revision + 1 if replan else old.revision
        event = Event(
            **{field.name: getattr(new, field.name) for field in fields(NewEvent)},
            id=old.id,
            status=old.status,
            created_by=old.created_by,
            seats_taken=old.seats_taken,
            revision=revision,
        )
        answerers = await self._repository.answerers(event_id)
        if _audience(new) != _audience(old):
            # Those the new audience leaves out hear that, not "still coming?" first.
            answerers = [
                member_id
                for member_id in answerers
                if await self.refusal(member_id, event) is not Refusal.AUDIENCE
            ]
        tasks: list[NewTask] = []
        planned_for: set[int] = set()
        if replan:
            for member_id in answerers:
                if await self._wants_reminders(member_id, event):
                    tasks += await self._reminder_tasks(member_id, event)
                    planned_for.add(member_id)
        if new_time or (new.place, new.link) != (old.place, old.link):
            what = Notice.MOVED if new_time else Notice.PLACE
            was = old.starts_at if new_time else None
            for member_id in answerers:
                tasks.append((await self._notice_task(member_id, event, what, was))[0])
        saved = await self._repository.update(
            event_id,
            new,
            old.revision,
            revision,
            self._clock.now(),
            cancel_prefix=f"reminder:{event_id}:r{old.revision}:" if replan else None,
            tasks=tasks,
        )
        if not saved:
            now_event = await self._repository.get(event_id)
            if now_event is None or not self._open(now_event):
                return ChangeResult.GONE
            if now_event.revision != old.revision:
                return ChangeResult.CHANGED
            return ChangeResult.TOO_FEW_SEATS
        self._tasks.stored(tasks)
        await self._audit.record(user_id, "event.updated", None, event=event_id)
        if _audience(new) != _audience(old):
            await self._release_outsiders(event)
        if replan:
            # Someone who answered while this was being planned gets theirs now.
            for member_id in await self._repository.answerers(event_id):
                if member_id not in planned_for and await self._wants_reminders(member_id, event):
                    await self._tasks.schedule_all(await self._reminder_tasks(member_id, event))
        await self.offer_free_seats(event_id)
        return ChangeResult.SAVED

    async def _release_outsiders(self, event: Event) -> None:
        """The event is now for another group (ages, a project's participants): those it no
        longer includes lose their answer (and seat), and are told why."""
        for member_id in await self._repository.answerers(event.id):
            if await self.refusal(member_id, event) is not Refusal.AUDIENCE:
                continue
            notice, _ = await self._notice_task(member_id, event, Notice.RELEASED)
            # The answer goes and the notice is stored in one transaction.
            await self._repository.answer_without_seat(
                event.id, member_id, "no", self._clock.now(), [notice]
            )
            self._tasks.stored([notice])

    async def cancel_event(self, user_id: int, event_id: int) -> ChangeResult:
        event = await self.managed(user_id, event_id)
        if event is None:
            return ChangeResult.NOT_YOURS
        if not self._open(event):
            return ChangeResult.GONE
        notices = [
            (await self._notice_task(member_id, event, Notice.CANCELLED))[0]
            for member_id in await self._repository.answerers(event_id)
        ]
        prefixes = (f"reminder:{event_id}:", f"offer:{event_id}:")
        if not await self._repository.cancel(event_id, self._clock.now(), prefixes, notices):
            return ChangeResult.GONE
        self._tasks.stored(notices)
        await self._audit.record(user_id, "event.cancelled", None, event=event_id)
        return ChangeResult.SAVED

    async def _notice_task(
        self, member_id: int, event: Event, what: Notice, was: datetime | None = None
    ) -> tuple[NewTask, datetime]:
        """Telling one member (a durable task), and when it goes out: minors hear in quiet
        hours only when waiting would be too late (the event starts before they end)."""
        now = self._clock.now()
        due = now
        if await self._is_minor(member_id):
            allowed = self._quiet.next_allowed(now, self._zone)
            if allowed.astimezone(UTC) < event.starts_at.astimezone(UTC):
                due = allowed
        payload: dict[str, object] = {
            "event": event.id,
            "what": what.value,
            # What it tells: a later change that makes it untrue has a notice of its own.
            "at": to_db_time(event.starts_at),
            "where": event.link or event.place,
        }
        if was is not None:
            payload["was"] = to_db_time(was)
        task = self._tasks.task(
            NOTICE,
            payload,
            due_at=due,
            member_id=member_id,
            dedupe_key=f"notice:{event.id}:{member_id}:{what.value}:{now.isoformat()}",
        )
        return task, due

    async def recover(self) -> int:
        """Seats free while someone waits — freed just before a crash, or by a member's
        erasure — are offered now (at start-up, after /deleteme, after the retention run).
        Returns how many offers were made."""
        for event_id, member_id in await self._repository.expired_offers(self._clock.now()):
            await self._lapse(event_id, member_id)
        offered = 0
        for event_id in await self._repository.with_free_seats(self._clock.now()):
            offered += await self.offer_free_seats(event_id)
        return offered

    async def offer_free_seats(self, event_id: int) -> int:
        """Offer every free seat of the event to those waiting, in order."""
        offered = 0
        while True:
            event = await self._repository.get(event_id)
            if event is None or not self._open(event) or event.seats_left == 0:
                return offered  # (no limit: everyone waiting is offered a seat)
            if await self.offer_freed_seat(event) is None:
                return offered
            offered += 1

    # --- members -----------------------------------------------------------------------------

    async def _member_age(self, member_id: int) -> int | None:
        """The age of a member who finished onboarding; None otherwise."""
        profile = await self._onboarding.profile(member_id)
        if profile is None or profile.completed_at is None:
            return None
        return self._projects.age_of(profile)

    async def refusal(self, member_id: int, event: Event | None) -> Refusal | None:
        """Why this member may not answer this event now, or None if they may."""
        if event is None or not self._open(event):
            return Refusal.GONE
        age = await self._member_age(member_id)
        if age is None:
            return await self._why_not_yet(member_id)
        if not await self._projects.guardian_cleared(member_id):
            return Refusal.GUARDIAN
        if (event.min_age is not None and age < event.min_age) or (
            event.max_age is not None and age > event.max_age
        ):
            return Refusal.AUDIENCE
        if event.participants_only and (
            event.project_id is None
            or not await self._repository.is_participant(event.project_id, member_id)
        ):
            return Refusal.AUDIENCE
        return None

    async def _why_not_yet(self, member_id: int) -> Refusal:
        """No finished profile: waiting for a guardian, or still to finish it."""
        waiting = await self._onboarding.under_guardian(member_id)
        if waiting and not await self._projects.guardian_cleared(member_id):
            return Refusal.GUARDIAN
        return Refusal.PROFILE

    async def upcoming(self, member_id: int, page: int, per_page: int) -> Page[Event] | Refusal:
        age = await self._member_age(member_id)
        if age is None:
            return await self._why_not_yet(member_id)
        if not await self._projects.guardian_cleared(member_id):
            return Refusal.GUARDIAN
        events, total = await self._repository.upcoming_for(
            member_id, age, self._clock.now(), per_page, page * per_page
        )
        return Page(events, total)

    async def my_answers(
        self, member_id: int, page: int, per_page: int
    ) -> Page[tuple[Event, Rsvp]]:
        answers, total = await self._repository.answered_by(
            member_id, self._clock.now(), per_page, page * per_page
        )
        return Page(answers, total)

    async def withdraw_member(self, member_id: int) -> int:
        """A member paused (their guardian withdrew consent): their answers to upcoming events
        go, seats and places in line included, and those waiting are offered the seats.
        Returns how many answers went."""
        answers, _ = await self._repository.answered_by(member_id, self._clock.now(), 500, 0)
        withdrawn = 0
        for event, rsvp in answers:
            if rsvp.answer == "no" or not self._open(event):
                continue
            if await self._repository.answer_without_seat(
                event.id, member_id, "no", self._clock.now()
            ):
                await self.offer_free_seats(event.id)
            withdrawn += 1
        return withdrawn

    async def set_remind_maybe(self, member_id: int, on: bool) -> None:
        """Reminders for "Maybe" too (/settings). Switched on, the events already answered
        Maybe get theirs now; switched off, the pending ones are dropped when they run."""
        await self._preferences.set_remind_maybe(member_id, on)
        if not on:
            return
        answers, _ = await self._repository.answered_by(member_id, self._clock.now(), 500, 0)
        for event, rsvp in answers:
            if rsvp.answer == "maybe" and self._open(event):
                await self._tasks.schedule_all(await self._reminder_tasks(member_id, event))

    async def answer(self, member_id: int, event_id: int, answer: str) -> Answered:
        """going, maybe or no, checked again now (the button may be old or forged)."""
        event = await self._repository.get(event_id)
        refusal = await self.refusal(member_id, event)
        before = await self._repository.rsvp(event_id, member_id)
        withdrawing = answer == "no" and before is not None and refusal is not Refusal.GONE
        if refusal is not None and not withdrawing:
            # Taking back an answer is always possible (a seat must never be stuck); giving
            # one is not, and nothing is stored for someone who may not answer.
            return Answered(None, refusal=refusal)
        assert event is not None
        if before is not None and before.answer == "offered" and answer == "going":
            if await self.confirm_offer(member_id, event_id):
                return Answered("going")
            await self._lapse(event_id, member_id, tell=False)  # too late: in line again
            before = await self._repository.rsvp(event_id, member_id)
        if before is not None and (
            before.answer == answer or (answer == "going" and before.answer == "waitlist")
        ):
            return Answered(before.answer, already=True)
        if answer == "going":
            taken = await self.going(member_id, event_id)
            return Answered(taken) if taken else Answered(None, refusal=Refusal.GONE)
        if answer == "maybe":
            await self.maybe(member_id, event_id)
        else:
            await self.cannot(member_id, event_id)
        return Answered(answer)

    # --- answers ---------------------------------------------------------------------------

    async def going(self, member_id: int, event_id: int) -> str | None:
        """ "going" (a seat), "waitlist", or None if the event is not open to answers. The seat
        and its reminders are stored together."""
        event = await self._repository.get(event_id)
        if event is None or not self._open(event):
            return None
        reminders = await self._reminder_tasks(member_id, event)
        answer = await self._repository.going(event_id, member_id, self._clock.now(), reminders)
        if answer == "going":
            self._tasks.stored(reminders)
            await self._replan_if_moved(member_id, event)
        return answer

    async def _replan_if_moved(self, member_id: int, planned_for: Event) -> None:
        """An edit that moved the event while this answer was being stored planned everyone
        it saw; this member's reminders follow the new time too (keys make it idempotent)."""
        event = await self._repository.get(planned_for.id)
        if event is None or event.revision == planned_for.revision or not self._open(event):
            return
        if await self._wants_reminders(member_id, event):
            await self._tasks.schedule_all(await self._reminder_tasks(member_id, event))

    async def maybe(self, member_id: int, event_id: int) -> int | None:
        """Maybe holds no seat. Returns whom a freed seat was offered to, if anyone."""
        return await self._without_seat(member_id, event_id, "maybe")

    async def cannot(self, member_id: int, event_id: int) -> int | None:
        return await self._without_seat(member_id, event_id, "no")

    async def _without_seat(self, member_id: int, event_id: int, answer: str) -> int | None:
        event = await self._repository.get(event_id)
        if event is None or not self._open(event):
            return None
        reminders: list[NewTask] = []
        if answer == "maybe" and (await self._preferences.get(member_id)).remind_maybe:
            reminders = await self._reminder_tasks(member_id, event)
        freed = await self._repository.answer_without_seat(
            event_id, member_id, answer, self._clock.now(), reminders
        )
        self._tasks.stored(reminders)
        if reminders:
            await self._replan_if_moved(member_id, event)
        # A crash right here leaves the seat free: `recover` offers it at the next start.
        return await self.offer_freed_seat(event) if freed else None

    async def offer_freed_seat(self, event: Event) -> int | None:
        """The first on the waitlist gets a free seat held for them for a while, told by a
        notice, with a durable task that lets it lapse to the next: all stored together."""
        while True:
            member_id = await self._repository.first_waiting(event.id)
            if member_id is None:
                return None
            now = self._clock.now()
            notice, told = await self._notice_task(member_id, event, Notice.OFFER)
            # Held back by quiet hours, the window to confirm starts when they hear of it.
            expires = min(told + offer_window(told, event.starts_at), event.starts_at)
            expires = max(expires, now + offer_window(now, event.starts_at))
            lapse = self._tasks.task(
                OFFER_LAPSE,
                {"event": event.id, "member": member_id},
                due_at=expires,
                member_id=member_id,
                dedupe_key=f"offer:{event.id}:{member_id}:{expires.isoformat()}",
            )
            if await self._repository.offer(event.id, member_id, expires, now, [notice, lapse]):
                self._tasks.stored([notice, lapse])
                return member_id
            if await self._repository.first_waiting(event.id) == member_id:
                return None  # no seat free after all (or the event closed)

    async def confirm_offer(self, member_id: int, event_id: int) -> bool:
        event = await self._repository.get(event_id)
        if event is None or not self._open(event):
            return False
        reminders = await self._reminder_tasks(member_id, event)
        if not await self._repository.confirm_offer(
            event_id, member_id, self._clock.now(), reminders
        ):
            return False
        self._tasks.stored(reminders)
        await self._replan_if_moved(member_id, event)
        return True

    async def run_offer_lapse(self, task: Task) -> None:
        await self._lapse(int(task.payload["event"]), int(task.payload["member"]))

    async def _lapse(self, event_id: int, member_id: int, *, tell: bool = True) -> None:
        """An offer not confirmed in time: the member is told, the seat goes to the next."""
        event = await self._repository.get(event_id)
        if event is None or not self._open(event):
            return
        told = [(await self._notice_task(member_id, event, Notice.LAPSED))[0]] if tell else []
        if await self._repository.lapse_offer(event.id, member_id, self._clock.now(), told):
            self._tasks.stored(told)
            await self.offer_free_seats(event.id)

    def _open(self, event: Event) -> bool:
        return event.status == "open" and event.starts_at > self._clock.now()

    # --- reminders -------------------------------------------------------------------------

    async def _is_minor(self, member_id: int) -> bool:
        profile = await self._onboarding.profile(member_id)
        if profile is None or profile.birth_year is None or not profile.birth_month:
            return True  # unknown age: the careful side
        age = BirthMonth(profile.birth_year, profile.birth_month).youngest_age_on(
            self._clock.now().date()
        )
        return age < ADULT_AGE

    async def _plan(self, member_id: int, event: Event) -> list[Planned]:
        minor = await self._is_minor(member_id)
        offsets = tuple(timedelta(minutes=m) for m in event.reminder_minutes)
        return plan(event.starts_at, offsets, minor=minor, quiet=self._quiet, zone=self._zone)

    async def _wants_reminders(self, member_id: int, event: Event) -> bool:
        rsvp = await self._repository.rsvp(event.id, member_id)
        if rsvp is None:
            return False
        if rsvp.answer == "going":
            return True
        return rsvp.answer == "maybe" and (await self._preferences.get(member_id)).remind_maybe

    def _still_due(self, planned: Planned, event: Event, now: datetime) -> datetime | None:
        """When a planned reminder goes out, for someone answering now: as planned; or, if it
        was only moved before quiet hours that have begun, when they end (if the event is
        still ahead then); None if its time has passed (news to nobody)."""
        if planned.send_at.astimezone(UTC) > now.astimezone(UTC):
            return planned.send_at
        own_time = event.starts_at.astimezone(UTC) - planned.offset
        if own_time <= now.astimezone(UTC):
            return None
        allowed = self._quiet.next_allowed(now, self._zone)
        return allowed if allowed.astimezone(UTC) < event.starts_at.astimezone(UTC) else None

    async def _reminder_tasks(self, member_id: int, event: Event) -> list[NewTask]:
        now = self._clock.now()
        tasks = []
        for planned in await self._plan(member_id, event):
            due = self._still_due(planned, event, now)
            if due is None:
                continue
            minutes = int(planned.offset.total_seconds() // 60)
            tasks.append(
                self._tasks.task(
                    REMINDER,
                    {"event": event.id, "minutes": minutes, "revision": event.revision},
                    due_at=due,
                    member_id=member_id,
                    # The revision: a new start time plans new reminders, never blocked by
                    # the keys of the old ones (cancelled when the time changed).
                    dedupe_key=f"reminder:{event.id}:r{event.revision}:{member_id}:{minutes}",
                )
            )
        return tasks

    async def notice_to_send(self, task: Task) -> tuple[Event, Notice] | None:
        """Decide, when the task runs, whether this notice still makes sense; a minor's waits
        for the end of quiet hours unless the event comes first (RetryLater)."""
        assert task.member_id is not None
        event = await self._repository.get(int(task.payload["event"]))
        what = Notice(task.payload["what"])
        if event is None:
            return None
        now = self._clock.now()
        if event.starts_at <= now:
            return None  # over (or under way): a change or a cancellation is no news now
        if what is not Notice.CANCELLED:
            if event.status != "open":
                return None
            rsvp = await self._repository.rsvp(event.id, task.member_id)
            if rsvp is None:
                return None
            if what is Notice.OFFER and rsvp.answer != "offered":
                return None
            if what in {Notice.MOVED, Notice.PLACE} and rsvp.answer == "no":
                return None
            if what is Notice.RELEASED and rsvp.answer != "no":
                return None  # back in since (the group changed again)
            if what is Notice.MOVED and task.payload.get("at") != to_db_time(event.starts_at):
                return None  # moved again since: that later notice says when
            if what is Notice.PLACE and task.payload.get("where") != (event.link or event.place):
                return None  # and where
        allowed = await self._held_until(task.member_id, event)
        if allowed is not None:
            if what is Notice.OFFER:
                await self._extend_offer(task.member_id, event, allowed)
            raise RetryLater(allowed - now, "quiet hours", counted=False)
        if what is Notice.OFFER and now - task.due_at > TOLD_LATE:
            # Told late (downtime, a backlog): the time to confirm counts from now.
            await self._extend_offer(task.member_id, event, now)
        return event, what

    async def _extend_offer(self, member_id: int, event: Event, told: datetime) -> None:
        """The offer's notice waits for the morning: the time to confirm starts then."""
        expires = min(told + offer_window(told, event.starts_at), event.starts_at)
        lapse = self._tasks.task(
            OFFER_LAPSE,
            {"event": event.id, "member": member_id},
            due_at=expires,
            member_id=member_id,
            dedupe_key=f"offer:{event.id}:{member_id}:{expires.isoformat()}",
        )
        await self._repository.extend_offer(event.id, member_id, expires, self._clock.now(), lapse)

    async def _held_until(self, member_id: int, event: Event) -> datetime | None:
        """Checked when a message goes out, not only when it was planned: after downtime or a
        backlog, a minor's message that reaches quiet hours waits for their end, unless the
        event starts first (then it is urgent). When it may go, or None for now."""
        if not await self._is_minor(member_id):
            return None
        now = self._clock.now()
        allowed = self._quiet.next_allowed(now, self._zone)
        if allowed > now and allowed.astimezone(UTC) < event.starts_at.astimezone(UTC):
            return allowed
        return None

    async def reminder_to_send(self, task: Task) -> Reminder | None:
        """Decide, when the task runs, whether this reminder still goes out: the event still on
        and at the time it was planned for, the member still coming (or Maybe, if they asked),
        reminders consented to, and no later reminder of theirs for it also due (after
        downtime only the most recent goes out)."""
        member_id = task.member_id
        assert member_id is not None
        event = await self._repository.get(int(task.payload["event"]))
        now = self._clock.now()
        if event is None or event.status != "open" or event.starts_at <= now:
            return None
        if task.payload.get("revision", 0) != event.revision:
            return None  # planned for a start time that has changed since
        if (
            not await self._wants_reminders(member_id, event)
            or not (await self._consents.granted(member_id))["reminders"]
        ):
            return None
        # The other reminders stored for this member and event (not a fresh plan: the
        # member's age or the settings may have changed since). A later one that is due too,
        # whether waiting, running in another worker or already sent, makes this one moot.
        siblings = [
            Planned(timedelta(minutes=int(other.payload["minutes"])), other.due_at)
            for other in await self._tasks.keyed(
                f"reminder:{event.id}:r{event.revision}:{member_id}:"
            )
            if other.id != task.id and other.state in {"pending", "running", "done", "interrupted"}
        ]
        mine = Planned(timedelta(minutes=int(task.payload["minutes"])), task.due_at)
        if not goes_out(now, event.starts_at, mine, siblings):
            return None
        allowed = await self._held_until(member_id, event)
        if allowed is not None:
            raise RetryLater(allowed - now, "quiet hours", counted=False)
        return Reminder(member_id, event, time_left(now, event.starts_at))
