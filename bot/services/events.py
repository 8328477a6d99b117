"""Events: coordinators create, change and cancel them; organisers see who's coming.

A change is told to those who answered and moves their reminders (`event_notices`); answers,
seats and the waitlist are `event_answers`.
"""

from __future__ import annotations

from dataclasses import fields
from datetime import UTC
from enum import Enum

from bot.core.audit import AuditLog
from bot.core.clock import Clock
from bot.core.tasks import TaskDispatcher
from bot.services.consents import ConsentService
from bot.services.event_answers import EventAnswers, Page, Refusal, is_open
from bot.services.event_notices import EventNotices, Notice
from bot.services.staff import StaffService
from storage.events import Counts, Event, EventRepository, NewEvent, Rsvp
from storage.tasks import NewTask


def _audience(event: NewEvent) -> tuple[object, ...]:
    return (event.min_age, event.max_age, event.participants_only, event.project_id)


class ChangeResult(Enum):
    SAVED = "saved"
    NOT_YOURS = "not-yours"
    TOO_FEW_SEATS = "too-few-seats"
    GONE = "gone"
    PAST = "past"  # the start it was written for has passed
    CHANGED = "changed"  # someone else changed it meanwhile: look again


class EventService:
    def __init__(
        self,
        *,
        repository: EventRepository,
        answers: EventAnswers,
        notices: EventNotices,
        consents: ConsentService,
        staff: StaffService,
        tasks: TaskDispatcher,
        audit: AuditLog,
        clock: Clock,
    ) -> None:
        self._repository = repository
        self._answers = answers
        self._notices = notices
        self._consents = consents
        self._staff = staff
        self._tasks = tasks
        self._audit = audit
        self._clock = clock

    def _open(self, event: Event) -> bool:
        return is_open(event, self._clock)

    async def create(self, coordinator_id: int, new: NewEvent) -> int:
        event_id = await self._repository.create(new, coordinator_id, self._clock.now())
        await self._audit.record(coordinator_id, "event.created", None, event=event_id)
        return event_id

    async def get(self, event_id: int) -> Event | None:
        return await self._repository.get(event_id)

    async def counts(self, event_id: int) -> Counts:
        return await self._repository.counts(event_id)

    async def rsvp(self, member_id: int, event_id: int) -> Rsvp | None:
        return await self._answers.rsvp(member_id, event_id)

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
                if await self._answers.refusal(member_id, event) is not Refusal.AUDIENCE
            ]
        tasks: list[NewTask] = []
        planned_for: set[int] = set()
        if replan:
            for member_id in answerers:
                if await self._notices.wants_reminders(member_id, event):
                    tasks += await self._notices.reminder_tasks(member_id, event)
                    planned_for.add(member_id)
        if new_time or (new.place, new.link) != (old.place, old.link):
            what = Notice.MOVED if new_time else Notice.PLACE
            was = old.starts_at if new_time else None
            for member_id in answerers:
                tasks.append((await self._notices.notice_task(member_id, event, what, was))[0])
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
                if member_id not in planned_for:
                    await self._notices.plan_reminders(member_id, event)
        await self._answers.offer_free_seats(event_id)
        return ChangeResult.SAVED

    async def _release_outsiders(self, event: Event) -> None:
        """The event is now for another group (ages, a project's participants): those it no
        longer includes lose their answer (and seat), and are told why."""
        for member_id in await self._repository.answerers(event.id):
            if await self._answers.refusal(member_id, event) is not Refusal.AUDIENCE:
                continue
            notice, _ = await self._notices.notice_task(member_id, event, Notice.RELEASED)
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
            (await self._notices.notice_task(member_id, event, Notice.CANCELLED))[0]
            for member_id in await self._repository.answerers(event_id)
        ]
        prefixes = (f"reminder:{event_id}:", f"offer:{event_id}:")
        if not await self._repository.cancel(event_id, self._clock.now(), prefixes, notices):
            return ChangeResult.GONE
        self._tasks.stored(notices)
        await self._audit.record(user_id, "event.cancelled", None, event=event_id)
        return ChangeResult.SAVED
