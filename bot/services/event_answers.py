"""Members' answers to events: who may answer, seats with a limit, the waitlist, and seats
offered to those waiting (each offer lapses to the next if not confirmed in time)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import Generic, TypeVar

from bot.core.clock import Clock
from bot.core.tasks import TaskDispatcher
from bot.services.ages import Ages
from bot.services.event_notices import EventNotices, Notice, OfferDue
from bot.services.guardians import GuardianService
from bot.services.onboarding import OnboardingService
from storage.events import Event, EventRepository, Rsvp
from storage.preferences import PreferenceRepository
from storage.tasks import NewTask, Task

T = TypeVar("T")


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


@dataclass(frozen=True)
class Page(Generic[T]):
    items: list[T]
    total: int


def is_open(event: Event, clock: Clock) -> bool:
    return event.status == "open" and event.starts_at > clock.now()


@dataclass(kw_only=True, eq=False)
class EventAnswers:
    repository: EventRepository
    onboarding: OnboardingService
    guardians: GuardianService
    preferences: PreferenceRepository
    ages: Ages
    notices: EventNotices
    tasks: TaskDispatcher
    clock: Clock

    def _open(self, event: Event) -> bool:
        return is_open(event, self.clock)

    async def rsvp(self, member_id: int, event_id: int) -> Rsvp | None:
        return await self.repository.rsvp(event_id, member_id)

    # --- who may answer ----------------------------------------------------------------------

    async def _member_age(self, member_id: int) -> int | None:
        """The age of a member who finished onboarding; None otherwise."""
        profile = await self.onboarding.profile(member_id)
        if profile is None or profile.completed_at is None:
            return None
        return self.ages.age_of(profile)

    async def refusal(self, member_id: int, event: Event | None) -> Refusal | None:
        """Why this member may not answer this event now, or None if they may."""
        if event is None or not self._open(event):
            return Refusal.GONE
        age = await self._member_age(member_id)
        if age is None:
            return await self._why_not_yet(member_id)
        if not await self.guardians.cleared(member_id):
            return Refusal.GUARDIAN
        if (event.min_age is not None and age < event.min_age) or (
            event.max_age is not None and age > event.max_age
        ):
            return Refusal.AUDIENCE
        if event.participants_only and (
            event.project_id is None
            or not await self.repository.is_participant(event.project_id, member_id)
        ):
            return Refusal.AUDIENCE
        return None

    async def _why_not_yet(self, member_id: int) -> Refusal:
        """No finished profile: waiting for a guardian, or still to finish it."""
        waiting = await self.onboarding.under_guardian(member_id)
        if waiting and not await self.guardians.cleared(member_id):
            return Refusal.GUARDIAN
        return Refusal.PROFILE

    async def upcoming(self, member_id: int, page: int, per_page: int) -> Page[Event] | Refusal:
        age = await self._member_age(member_id)
        if age is None:
            return await self._why_not_yet(member_id)
        if not await self.guardians.cleared(member_id):
            return Refusal.GUARDIAN
        events, total = await self.repository.upcoming_for(
            member_id, age, self.clock.now(), per_page, page * per_page
        )
        return Page(events, total)

    async def my_answers(
        self, member_id: int, page: int, per_page: int
    ) -> Page[tuple[Event, Rsvp]]:
        answers, total = await self.repository.answered_by(
            member_id, self.clock.now(), per_page, page * per_page
        )
        return Page(answers, total)

    # --- answering ---------------------------------------------------------------------------

    async def answer(self, member_id: int, event_id: int, answer: str) -> Answered:
        """going, maybe or no, checked again now (the button may be old or forged)."""
        event = await self.repository.get(event_id)
        refusal = await self.refusal(member_id, event)
        before = await self.repository.rsvp(event_id, member_id)
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
            before = await self.repository.rsvp(event_id, member_id)
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

    async def going(self, member_id: int, event_id: int) -> str | None:
        """ "going" (a seat), "waitlist", or None if the event is not open to answers. The seat
        and its reminders are stored together."""
        event = await self.repository.get(event_id)
        if event is None or not self._open(event):
            return None
        reminders = await self.notices.reminder_tasks(member_id, event)
        answer = await self.repository.going(event_id, member_id, self.clock.now(), reminders)
        if answer == "going":
            self.tasks.stored(reminders)
            await self._replan_if_moved(member_id, event)
        return answer

    async def _replan_if_moved(self, member_id: int, planned_for: Event) -> None:
        """An edit that moved the event while this answer was being stored planned everyone
        it saw; this member's reminders follow the new time too (keys make it idempotent)."""
        event = await self.repository.get(planned_for.id)
        if event is None or event.revision == planned_for.revision or not self._open(event):
            return
        await self.notices.plan_reminders(member_id, event)

    async def maybe(self, member_id: int, event_id: int) -> int | None:
        """Maybe holds no seat. Returns whom a freed seat was offered to, if anyone."""
        return await self._without_seat(member_id, event_id, "maybe")

    async def cannot(self, member_id: int, event_id: int) -> int | None:
        return await self._without_seat(member_id, event_id, "no")

    async def _without_seat(self, member_id: int, event_id: int, answer: str) -> int | None:
        event = await self.repository.get(event_id)
        if event is None or not self._open(event):
            return None
        reminders: list[NewTask] = []
        if answer == "maybe" and (await self.preferences.get(member_id)).remind_maybe:
            reminders = await self.notices.reminder_tasks(member_id, event)
        freed = await self.repository.answer_without_seat(
            event_id, member_id, answer, self.clock.now(), reminders
        )
        self.tasks.stored(reminders)
        if reminders:
            await self._replan_if_moved(member_id, event)
        # A crash right here leaves the seat free: `recover` offers it at the next start.
        return await self.offer_freed_seat(event) if freed else None

    async def set_remind_maybe(self, member_id: int, on: bool) -> None:
        """Reminders for "Maybe" too (/settings). Switched on, the events already answered
        Maybe get theirs now; switched off, the pending ones are dropped when they run."""
        await self.preferences.set_remind_maybe(member_id, on)
        if not on:
            return
        answers, _ = await self.repository.answered_by(member_id, self.clock.now(), 500, 0)
        for event, rsvp in answers:
            if rsvp.answer == "maybe" and self._open(event):
                await self.tasks.schedule_all(await self.notices.reminder_tasks(member_id, event))

    async def withdraw_member(self, member_id: int) -> int:
        """A member paused (their guardian withdrew consent): their answers to upcoming events
        go, seats and places in line included, and those waiting are offered the seats.
        Returns how many answers went."""
        answers, _ = await self.repository.answered_by(member_id, self.clock.now(), 500, 0)
        withdrawn = 0
        for event, rsvp in answers:
            if rsvp.answer == "no" or not self._open(event):
                continue
            if await self.repository.answer_without_seat(
                event.id, member_id, "no", self.clock.now()
            ):
                await self.offer_free_seats(event.id)
            withdrawn += 1
        return withdrawn

    # --- the waitlist ------------------------------------------------------------------------

    async def recover(self) -> int:
        """Seats free while someone waits — freed just before a crash, or by a member's
        erasure — are offered now (at start-up, after /deleteme, after the retention run).
        Returns how many offers were made."""
        for event_id, member_id in await self.repository.expired_offers(self.clock.now()):
            await self._lapse(event_id, member_id)
        offered = 0
        for event_id in await self.repository.with_free_seats(self.clock.now()):
            offered += await self.offer_free_seats(event_id)
        return offered

    async def offer_free_seats(self, event_id: int) -> int:
        """Offer every free seat of the event to those waiting, in order."""
        offered = 0
        while True:
            event = await self.repository.get(event_id)
            if event is None or not self._open(event) or event.seats_left == 0:
                return offered  # (no limit: everyone waiting is offered a seat)
            if await self.offer_freed_seat(event) is None:
                return offered
            offered += 1

    async def offer_freed_seat(self, event: Event) -> int | None:
        """The first on the waitlist gets a free seat held for them for a while, told by a
        notice, with a durable task that lets it lapse to the next: all stored together."""
        while True:
            member_id = await self.repository.first_waiting(event.id)
            if member_id is None:
                return None
            now = self.clock.now()
            notice, told = await self.notices.notice_task(member_id, event, Notice.OFFER)
            # Held back by quiet hours, the window to confirm starts when they hear of it.
            # For a minor the window counts outside quiet hours only (rule 15).
            expires = await self.notices.offer_deadline(member_id, event, told)
            if told > now:  # (held back: never shorter than had it gone out now)
                expires = max(expires, await self.notices.offer_deadline(member_id, event, now))
            lapse = self.notices.lapse_task(event, member_id, expires)
            if await self.repository.offer(event.id, member_id, expires, now, [notice, lapse]):
                self.tasks.stored([notice, lapse])
                return member_id
            if await self.repository.first_waiting(event.id) == member_id:
                return None  # no seat free after all (or the event closed)

    async def confirm_offer(self, member_id: int, event_id: int) -> bool:
        event = await self.repository.get(event_id)
        if event is None or not self._open(event):
            return False
        reminders = await self.notices.reminder_tasks(member_id, event)
        if not await self.repository.confirm_offer(
            event_id, member_id, self.clock.now(), reminders
        ):
            return False
        self.tasks.stored(reminders)
        await self._replan_if_moved(member_id, event)
        return True

    async def run_offer_lapse(self, task: Task, due: OfferDue) -> None:
        """Task `event_offer_lapse`."""
        await self._lapse(due.event, due.member)

    async def _lapse(self, event_id: int, member_id: int, *, tell: bool = True) -> None:
        """An offer not confirmed in time: the member is told, the seat goes to the next."""
        event = await self.repository.get(event_id)
        if event is None or not self._open(event):
            return
        told = []
        if tell:
            told = [(await self.notices.notice_task(member_id, event, Notice.LAPSED))[0]]
        if await self.repository.lapse_offer(event.id, member_id, self.clock.now(), told):
            self.tasks.stored(told)
            await self.offer_free_seats(event.id)
