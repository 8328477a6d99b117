"""Events: coordinators create, change and cancel them; organisers see who's coming.

A change is told to those who answered and moves their reminders (`event_notices`); answers,
seats and the waitlist are `event_answers`.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import UTC
from enum import Enum

from bot.core.audit import AuditLog
from bot.core.clock import Clock
from bot.core.tasks import TaskDispatcher
from bot.services.cocoordination import colleague
from bot.services.event_answers import EventAnswers, Page, Refusal, is_open
from bot.services.event_notices import EventNotices, Notice
from bot.services.notifications import DeliveryReport, NotificationGate, Purpose, Text
from bot.services.staff import StaffService
from storage.events import Counts, Event, EventRepository, NewEvent, Rsvp
from storage.tasks import NewTask


def _audience(event: NewEvent) -> tuple[object, ...]:
    return (event.min_age, event.max_age, event.participants_only, event.project_id)


@dataclass(frozen=True)
class _Change:
    """What an edit changes, and so who must hear of it and which reminders move."""

    old: Event
    new: NewEvent

    @property
    def new_time(self) -> bool:
        return self.new.starts_at.astimezone(UTC) != self.old.starts_at.astimezone(UTC)

    @property
    def replan(self) -> bool:
        return self.new_time or self.new.reminder_minutes != self.old.reminder_minutes

    @property
    def audience(self) -> bool:
        return _audience(self.new) != _audience(self.old)

    def notice(self) -> Notice | None:
        if self.new_time:
            return Notice.MOVED
        moved = (self.new.place, self.new.link) != (self.old.place, self.old.link)
        return Notice.PLACE if moved else None

    def event(self) -> Event:
        """The event as it will be: a new time or new reminders make a new revision."""
        return Event(
            **{field.name: getattr(self.new, field.name) for field in fields(NewEvent)},
            id=self.old.id,
            status=self.old.status,
            created_by=self.old.created_by,
            seats_taken=self.old.seats_taken,
            revision=self.old.revision + 1 if self.replan else self.old.revision,
            series_id=self.old.series_id,
            occurrence_start=self.old.occurrence_start,
        )


EventChange = _Change  # also what a series' change from a date on is made of


class ChangeResult(Enum):
    SAVED = "saved"
    NOT_YOURS = "not-yours"
    TOO_FEW_SEATS = "too-few-seats"
    GONE = "gone"
    PAST = "past"  # the start it was written for has passed
    CHANGED = "changed"  # someone else changed it meanwhile: look again
    DATES_CHANGED = "dates-changed"  # a series: one of its dates changed meanwhile
    NEW_DAY = "new-day"  # a series from a date on: the time may change, not the day


@dataclass(kw_only=True, eq=False)
class EventService:
    repository: EventRepository
    answers: EventAnswers
    notices: EventNotices
    staff: StaffService
    tasks: TaskDispatcher
    audit: AuditLog
    clock: Clock
    notifications: NotificationGate

    def _open(self, event: Event) -> bool:
        return is_open(event, self.clock)

    async def create(self, coordinator_id: int, new: NewEvent) -> int:
        event_id = await self.repository.create(new, coordinator_id, self.clock.now())
        await self.audit.record(coordinator_id, "event.created", None, event=event_id)
        return event_id

    async def get(self, event_id: int) -> Event | None:
        return await self.repository.get(event_id)

    async def counts(self, event_id: int) -> Counts:
        return await self.repository.counts(event_id)

    async def rsvp(self, member_id: int, event_id: int) -> Rsvp | None:
        return await self.answers.rsvp(member_id, event_id)

    # --- organisers --------------------------------------------------------------------------

    async def managed(self, user_id: int, event_id: int) -> Event | None:
        """The event, if this person may change it now: its creator, a coordinator of its
        project, or an admin."""
        event = await self.repository.get(event_id)
        if event is None or not self.staff.is_coordinator(user_id):
            return None
        if not self.staff.is_admin(user_id) and user_id not in await self.organisers(event_id):
            return None
        return event

    async def organisers(self, event_id: int) -> list[int]:
        return await self.repository.organisers(event_id)

    async def _tell_organisers(self, user_id: int, event: Event, key: str) -> None:
        """The other organisers hear what a colleague did to the event ("Emma cancelled …"),
        so nobody wonders why it changed."""
        by = await colleague(self.staff, user_id)
        told = Text(key, {**by, "title": event.title})
        for organiser in await self.organisers(event.id):
            if organiser != user_id and self.staff.is_coordinator(organiser):
                await self.notifications.deliver(organiser, told, Purpose.STAFF)

    async def answerers(self, event_id: int) -> list[int]:
        return await self.repository.answerers(event_id)

    async def organised(self, user_id: int, page: int, per_page: int) -> Page[Event]:
        """Upcoming events this person runs (an admin: everyone's)."""
        creator = None if self.staff.is_admin(user_id) else user_id
        events, total = await self.repository.organised(
            creator, self.clock.now(), per_page, page * per_page
        )
        return Page(events, total)

    async def as_changed(self, event_id: int, new: NewEvent) -> Event | None:
        """The stored event as `new` would make it, for a preview: the seats taken are the
        stored ones, so the preview of a change counts free seats as the card does."""
        old = await self.repository.get(event_id)
        return None if old is None else _Change(old, new).event()

    async def update(
        self, user_id: int, event_id: int, new: NewEvent
    ) -> tuple[ChangeResult, DeliveryReport | None]:
        """Save changes. A new time (or new reminder offsets) moves everyone's reminders; a new
        time or place is told to everyone who answered; more seats go to the waitlist. The
        change, the reminders it replaces and the notices are one transaction. With the result,
        what will happen to the notices of the change (rule 27; None when nobody is told)."""
        old = await self.managed(user_id, event_id)
        if old is None:
            return ChangeResult.NOT_YOURS, None
        if not self._open(old):
            return ChangeResult.GONE, None
        change = _Change(old, new)
        event = change.event()
        tasks, planned_for = await self._change_tasks(change, event)
        told = await self._notices_report(change, event)
        saved = await self.repository.update(
            event,
            old.revision,
            self.clock.now(),
            cancel_prefix=f"reminder:{event_id}:r{old.revision}:" if change.replan else None,
            tasks=tasks,
        )
        if not saved:
            return await self._why_not_saved(old), None
        self.tasks.stored(tasks)
        await self.audit.record(user_id, "event.updated", None, event=event_id)
        await self._tell_organisers(user_id, event, "cocoord-event-changed")
        if change.audience:
            await self._release_outsiders(event)
        if change.replan:
            # Someone who answered while this was being planned gets theirs now.
            for member_id in await self.repository.answerers(event_id):
                if member_id not in planned_for:
                    await self.notices.plan_reminders(member_id, event)
        await self.answers.offer_free_seats(event_id)
        return ChangeResult.SAVED, told

    async def _notices_report(self, change: _Change, event: Event) -> DeliveryReport | None:
        if change.notice() is None:
            return None
        report = DeliveryReport()
        for member_id in await self._told_of_change(change, event):
            report = report.add(await self.notices.expected(member_id, event))
        return report

    async def _change_tasks(self, change: _Change, event: Event) -> tuple[list[NewTask], set[int]]:
        """The reminders a change plans anew and the notices it sends, for those who answered
        (and whom it planned for)."""
        answerers = await self._told_of_change(change, event)
        tasks: list[NewTask] = []
        planned_for: set[int] = set()
        for member_id in answerers if change.replan else ():
            if await self.notices.wants_reminders(member_id, event):
                tasks += await self.notices.reminder_tasks(member_id, event)
                planned_for.add(member_id)
        notice = change.notice()
        for member_id in answerers if notice is not None else ():
            assert notice is not None
            was = change.old.starts_at if notice is Notice.MOVED else None
            tasks.append((await self.notices.notice_task(member_id, event, notice, was))[0])
        return tasks, planned_for

    async def _told_of_change(self, change: _Change, event: Event) -> list[int]:
        answerers = await self.repository.answerers(event.id)
        if change.audience:
            # Those the new audience leaves out hear that, not "still coming?" first.
            answerers = [
                member_id
                for member_id in answerers
                if await self.answers.refusal(member_id, event) is not Refusal.AUDIENCE
            ]
        if change.notice() is Notice.MOVED:
            answerers = sorted([*answerers, *await self._could_come_now(event)])
        return answerers

    async def _could_come_now(self, event: Event) -> list[int]:
        """Those who said Can't go and may still answer: a new time may suit them."""
        return [
            rsvp.member_id
            for rsvp in await self.repository.answers(event.id)
            if rsvp.answer == "no" and await self.answers.refusal(rsvp.member_id, event) is None
        ]

    async def told_of(self, change: EventChange) -> list[int]:
        """Who hears of `change` (nobody, if it changes nothing they need to know)."""
        if change.notice() is None:
            return []
        return await self._told_of_change(change, change.event())

    async def release_outsiders(self, event: Event) -> None:
        await self._release_outsiders(event)

    async def tell_organisers(self, user_id: int, event: Event, key: str) -> None:
        await self._tell_organisers(user_id, event, key)

    async def everyone_who_answered(self, event_id: int) -> list[int]:
        """Going, Maybe, waiting, offered a seat or Can't go: all are told of a cancellation."""
        return sorted(rsvp.member_id for rsvp in await self.repository.answers(event_id))

    async def _why_not_saved(self, old: Event) -> ChangeResult:
        now_event = await self.repository.get(old.id)
        if now_event is None or not self._open(now_event):
            return ChangeResult.GONE
        if now_event.revision != old.revision:
            return ChangeResult.CHANGED
        return ChangeResult.TOO_FEW_SEATS

    async def _release_outsiders(self, event: Event) -> None:
        """The event is now for another group (ages, a project's participants): those it no
        longer includes lose their answer (and seat), and are told why."""
        for member_id in await self.repository.answerers(event.id):
            if await self.answers.refusal(member_id, event) is not Refusal.AUDIENCE:
                continue
            notice, _ = await self.notices.notice_task(member_id, event, Notice.RELEASED)
            # The answer goes and the notice is stored in one transaction.
            await self.repository.answer_without_seat(
                event.id, member_id, "no", self.clock.now(), [notice]
            )
            self.tasks.stored([notice])

    async def cancel_event(
        self, user_id: int, event_id: int
    ) -> tuple[ChangeResult, DeliveryReport]:
        """Cancel, telling everyone who answered; with what will happen to those notices."""
        event = await self.managed(user_id, event_id)
        if event is None:
            return ChangeResult.NOT_YOURS, DeliveryReport()
        if not self._open(event):
            return ChangeResult.GONE, DeliveryReport()
        notices = []
        report = DeliveryReport()
        for member_id in await self.everyone_who_answered(event_id):
            notices.append((await self.notices.notice_task(member_id, event, Notice.CANCELLED))[0])
            report = report.add(await self.notices.expected(member_id, event))
        prefixes = (f"reminder:{event_id}:", f"offer:{event_id}:")
        if not await self.repository.cancel(event_id, self.clock.now(), prefixes, notices):
            return ChangeResult.GONE, DeliveryReport()
        self.tasks.stored(notices)
        await self.audit.record(user_id, "event.cancelled", None, event=event_id)
        await self._tell_organisers(user_id, event, "cocoord-event-cancelled")
        return ChangeResult.SAVED, report
