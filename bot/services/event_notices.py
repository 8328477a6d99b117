"""What the bot tells people about events on its own: reminders, and notices of a change, a
cancellation or a freed seat. Both are durable tasks, stored with the change that calls for
them, and decided again when they run; the notifications gate sends them.

Reminders are one task per member and offset, keyed so a reminder is scheduled once however
often someone answers. A task runs once (a kill while it runs records it as interrupted, never
repeats it). When it runs it decides again whether to send: the event still on, the member
still going (or "maybe", if they asked for those too), reminders consented to, and no later
reminder of the same event also due (after downtime only the most recent goes out).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import Enum

from bot.core.clock import Clock
from bot.core.tasks import RetryLater, TaskDispatcher, TaskKind
from bot.domain.reminder_plan import Planned, goes_out, plan, time_left
from bot.domain.waitlist import offer_deadline
from bot.services.ages import Ages
from bot.services.notifications import Delivery, Note, NotificationGate, Purpose
from storage.db import to_db_time
from storage.events import Event, EventRepository
from storage.preferences import PreferenceRepository
from storage.tasks import NewTask, Task

TOLD_LATE = timedelta(minutes=1)  # an offer's notice later than this gets its window anew


class Notice(Enum):
    MOVED = "moved"  # new time (and maybe place)
    PLACE = "place"  # new place or link, same time
    CANCELLED = "cancelled"
    OFFER = "offer"  # a freed seat held for them
    LAPSED = "lapsed"  # that seat was not confirmed in time and went to the next
    RELEASED = "released"  # the event is now for another group: their answer was removed


@dataclass(frozen=True)
class ReminderDue:
    event: int
    minutes: int  # how long before the start it was planned for
    revision: int = 0  # the event's revision it was planned for


@dataclass(frozen=True)
class NoticeDue:
    event: int
    what: str
    at: str | None = None  # the start it tells of: a later move has a notice of its own
    where: str | None = None  # and the place
    was: str | None = None  # the start before a move


@dataclass(frozen=True)
class OfferDue:
    event: int
    member: int


REMINDER = TaskKind("event_reminder", ReminderDue)
NOTICE = TaskKind("event_notice", NoticeDue)
OFFER_LAPSE = TaskKind("event_offer_lapse", OfferDue)


@dataclass(frozen=True)
class EventReminder(Note):
    event: Event
    left: timedelta


@dataclass(frozen=True)
class EventNotice(Note):
    event: Event
    what: Notice
    was: datetime | None = None  # MOVED: the start before
    until: datetime | None = None  # OFFER: when the held seat lapses
    answer: str | None = None  # theirs when told: a Maybe is asked again, not told "nothing to do"


@dataclass(kw_only=True, eq=False)
class EventNotices:
    repository: EventRepository
    preferences: PreferenceRepository
    notifications: NotificationGate
    ages: Ages
    tasks: TaskDispatcher
    clock: Clock

    # --- planned with the change that calls for them -----------------------------------------

    async def notice_task(
        self, member_id: int, event: Event, what: Notice, was: datetime | None = None
    ) -> tuple[NewTask, datetime]:
        """Telling one member (a durable task), and when it goes out: minors hear in quiet
        hours only when waiting would be too late (the event starts before they end)."""
        now = self.clock.now()
        due = (
            await self.notifications.held_until(
                member_id, Purpose.CONSEQUENCE, deadline=event.starts_at
            )
            or now
        )
        payload = NoticeDue(
            event=event.id,
            what=what.value,
            at=to_db_time(event.starts_at),
            where=event.link or event.place,
            was=to_db_time(was) if was is not None else None,
        )
        task = self.tasks.task(
            NOTICE,
            payload,
            due_at=due,
            member_id=member_id,
            dedupe_key=f"notice:{event.id}:{member_id}:{what.value}:{now.isoformat()}",
        )
        return task, due

    async def expected(self, member_id: int, event: Event) -> Delivery:
        """What will happen to a notice about this event, as the gate sees it now (rule 27)."""
        return await self.notifications.forecast(
            member_id, Purpose.CONSEQUENCE, deadline=event.starts_at
        )

    def lapse_task(self, event: Event, member_id: int, expires: datetime) -> NewTask:
        return self.tasks.task(
            OFFER_LAPSE,
            OfferDue(event=event.id, member=member_id),
            due_at=expires,
            member_id=member_id,
            dedupe_key=f"offer:{event.id}:{member_id}:{expires.isoformat()}",
        )

    async def wants_reminders(self, member_id: int, event: Event) -> bool:
        rsvp = await self.repository.rsvp(event.id, member_id)
        return await self._wants(member_id, rsvp.answer if rsvp is not None else None)

    async def _wants(self, member_id: int, answer: str | None) -> bool:
        if answer == "going":
            return True
        return answer == "maybe" and (await self.preferences.get(member_id)).remind_maybe

    async def reminder_tasks(self, member_id: int, event: Event) -> list[NewTask]:
        now = self.clock.now()
        minor = await self.ages.is_minor(member_id)
        offsets = tuple(timedelta(minutes=m) for m in event.reminder_minutes)
        tasks = []
        for planned in plan(
            event.starts_at,
            offsets,
            minor=minor,
            quiet=self.notifications.quiet,
            zone=self.notifications.zone,
        ):
            due = await self._still_due(member_id, planned, event, now)
            if due is None:
                continue
            minutes = int(planned.offset.total_seconds() // 60)
            tasks.append(
                self.tasks.task(
                    REMINDER,
                    ReminderDue(event=event.id, minutes=minutes, revision=event.revision),
                    due_at=due,
                    member_id=member_id,
                    # The revision: a new start time plans new reminders, never blocked by
                    # the keys of the old ones (cancelled when the time changed).
                    dedupe_key=f"reminder:{event.id}:r{event.revision}:{member_id}:{minutes}",
                )
            )
        return tasks

    async def _still_due(
        self, member_id: int, planned: Planned, event: Event, now: datetime
    ) -> datetime | None:
        """When a planned reminder goes out, for someone answering now: as planned; or, if it
        was only moved before quiet hours that have begun, when they end (if the event is
        still ahead then); None if its time has passed (news to nobody)."""
        if planned.send_at.astimezone(UTC) > now.astimezone(UTC):
            return planned.send_at
        own_time = event.starts_at.astimezone(UTC) - planned.offset
        if own_time <= now.astimezone(UTC):
            return None
        allowed = await self.notifications.quiet_until(member_id, Purpose.REMINDER) or now
        return allowed if allowed.astimezone(UTC) < event.starts_at.astimezone(UTC) else None

    async def plan_reminders(self, member_id: int, event: Event) -> None:
        """Store this member's reminders now (idempotent: keyed)."""
        if await self.wants_reminders(member_id, event):
            await self.tasks.schedule_all(await self.reminder_tasks(member_id, event))

    # --- decided again when they run ---------------------------------------------------------

    async def run_reminder(self, task: Task, due: ReminderDue) -> None:
        """Task `event_reminder`: the event still on and at the time it was planned for, the
        member still coming (or Maybe, if they asked), and no later reminder of theirs for it
        also due (after downtime only the most recent goes out). Consent and quiet hours are
        the gate's."""
        member_id = task.member_id
        if member_id is None:
            raise ValueError("a reminder needs a member")
        # The other reminders stored for this member and event come with it (not a fresh
        # plan: the member's age or the settings may have changed since).
        keyed = f"reminder:{due.event}:r{due.revision}:{member_id}:"
        event, answer, stored = await self.repository.reminder_facts(due.event, member_id, keyed)
        now = self.clock.now()
        if event is None or event.status != "open" or event.starts_at <= now:
            return
        if due.revision != event.revision:
            return  # planned for a start time that has changed since
        if not await self._wants(member_id, answer):
            return
        # A later reminder that is due too, whether waiting, running in another worker or
        # already sent, makes this one moot.
        siblings = [
            Planned(timedelta(minutes=int(other.payload["minutes"])), other.due_at)
            for other in stored
            if other.id != task.id and other.state in {"pending", "running", "done", "interrupted"}
        ]
        mine = Planned(timedelta(minutes=due.minutes), task.due_at)
        if not goes_out(now, event.starts_at, mine, siblings):
            return
        await self.notifications.deliver_in_task(
            member_id,
            EventReminder(event, time_left(now, event.starts_at)),
            Purpose.REMINDER,
            deadline=event.starts_at,
        )

    async def run_notice(self, task: Task, due: NoticeDue) -> None:
        """Task `event_notice`: still news? A minor's waits for the end of quiet hours unless
        the event comes first; an offer's time to confirm starts when they hear of it."""
        member_id = task.member_id
        if member_id is None:
            raise ValueError("a notice needs a member")
        event = await self.repository.get(due.event)
        what = Notice(due.what)
        if event is None or not await self._still_news(member_id, event, what, due):
            return
        now = self.clock.now()
        allowed = await self.notifications.held_until(
            member_id, Purpose.CONSEQUENCE, deadline=event.starts_at
        )
        if allowed is not None:
            if what is Notice.OFFER:
                await self._extend_offer(member_id, event, allowed)
            raise RetryLater(allowed - now, "quiet hours", counted=False)
        if what is Notice.OFFER and now - task.due_at > TOLD_LATE:
            # Told late (downtime, a backlog): the time to confirm counts from now.
            await self._extend_offer(member_id, event, now)
        until = None
        rsvp = await self.repository.rsvp(event.id, member_id)
        if what is Notice.OFFER:
            until = rsvp.offer_expires_at if rsvp and rsvp.offer_expires_at else now
        was = datetime.fromisoformat(due.was) if due.was else None
        answer = rsvp.answer if rsvp is not None else None
        await self.notifications.deliver_in_task(
            member_id,
            EventNotice(event, what, was=was, until=until, answer=answer),
            Purpose.CONSEQUENCE,
            deadline=event.starts_at,
        )

    async def _still_news(self, member_id: int, event: Event, what: Notice, due: NoticeDue) -> bool:
        if event.starts_at <= self.clock.now():
            return False  # over (or under way): a change or a cancellation is no news now
        if what is Notice.CANCELLED:
            return True
        if event.status != "open":
            return False
        rsvp = await self.repository.rsvp(event.id, member_id)
        if rsvp is None:
            return False
        outdated = {
            Notice.OFFER: rsvp.answer != "offered",
            # Those who said Can't go hear of a move too: the new time may suit them.
            Notice.MOVED: due.at != to_db_time(event.starts_at),
            Notice.PLACE: rsvp.answer == "no" or due.where != (event.link or event.place),
            Notice.RELEASED: rsvp.answer != "no",  # back in since (the group changed again)
        }
        return not outdated.get(what, False)

    async def offer_deadline(self, member_id: int, event: Event, told: datetime) -> datetime:
        """Until when a seat offered to someone told at `told` is held: for a minor, counted
        outside quiet hours only, and never inside them (rule 15)."""
        return offer_deadline(
            told,
            event.starts_at,
            minor=await self.ages.is_minor(member_id),
            quiet=self.notifications.quiet,
            zone=self.notifications.zone,
        )

    async def _extend_offer(self, member_id: int, event: Event, told: datetime) -> None:
        """The offer's notice waits for the morning: the time to confirm starts then."""
        expires = await self.offer_deadline(member_id, event, told)
        lapse = self.lapse_task(event, member_id, expires)
        await self.repository.extend_offer(event.id, member_id, expires, self.clock.now(), lapse)
