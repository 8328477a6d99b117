"""Marking who came to an event, for its organisers (and admins), from its end until 14 days
after: each one who said Going is a toggle; someone who answered otherwise (or takes part in the
event's project) can be added; each is credited the event's length or the time an organiser
sets. Every press is checked again here (rule 22), every mark, unmark and change of time is
audited (rule 20), and an erased member can no longer be marked. Members are asked nothing."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import Enum
from zoneinfo import ZoneInfo

from bot.core.audit import AuditLog
from bot.core.clock import Clock
from bot.domain.age_bands import age_band
from bot.domain.birth_month import BirthMonth
from bot.domain.credited_time import default_credit
from bot.services.attendance_asks import CORRECTIONS
from bot.services.events import EventService
from storage.attendance import AttendanceRepository, Ended, Marked, Person
from storage.events import Event

MOST_MINUTES = 24 * 60  # time credited to one person: the event's length if longer
LISTED = timedelta(days=90)  # an ended event stays in "Ended events" (read only after 14 days)
FOUND_AT_MOST = 10  # members found by a typed first name
# One letter would list a good part of the community: a name is searched from two on.
SEARCH_AT_LEAST = 2
JOINED_AFTER_AT_MOST = timedelta(days=1)  # after the event's end, to be found as a walk-in


def folded(text: str) -> str:
    """A name as it is compared: no accents, no case ("Nicolò" and "nicolo" alike)."""
    parts = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in parts if not unicodedata.combining(c)).strip()


class Refusal(Enum):
    NOT_YOURS = "not-yours"  # not an organiser (any more), or the event is gone
    CANCELLED = "cancelled"
    CLOSED = "closed"  # more than 14 days after the end: read only


@dataclass(frozen=True)
class NotEnded:
    """Too early: marking starts when the event ends."""

    ends_at: datetime


Refused = Refusal | NotEnded


class Done(Enum):
    MARKED = "marked"
    UNMARKED = "unmarked"
    ALREADY = "already"  # asked to mark someone marked (or unmark someone not marked)
    GONE = "gone"  # the member was erased since the event
    NOT_ADDABLE = "not-addable"  # neither answered nor takes part in the project
    HOURS_SET = "hours-set"
    BAD_HOURS = "bad-hours"
    LONGER_THAN_EVENT = "longer"  # typed: more than the event lasted, to be confirmed


@dataclass(frozen=True)
class Sheet:
    event: Event
    people: list[Person]
    unnamed: int  # said Going, not to be named yet (rule 2)
    writable: bool
    ends_at: datetime
    closes_at: datetime
    names: dict[int, str]  # first names, with the age band where two are the same
    credited: int  # minutes each one marked gets by default (a long event: 8 h a day)


def event_end(event: Event) -> datetime:
    return event.starts_at + timedelta(minutes=event.duration_minutes)


def longest_credit(event: Event) -> int:
    """The most minutes one person may be credited for this event."""
    return max(event.duration_minutes, MOST_MINUTES)


@dataclass(kw_only=True, eq=False)
class AttendanceService:
    repository: AttendanceRepository
    events: EventService
    audit: AuditLog
    clock: Clock
    zone: ZoneInfo

    def credited(self, event: Event) -> int:
        """The time each one marked gets unless an organiser says otherwise."""
        return default_credit(event.starts_at.astimezone(self.zone), event.duration_minutes)

    def band(self, person: Person) -> str | None:
        if person.birth_year is None or person.birth_month is None:
            return None
        birth = BirthMonth(person.birth_year, person.birth_month)
        return age_band(birth.youngest_age_on(self.clock.now().date()))

    def names(self, people: list[Person]) -> dict[int, str]:
        """First names; two alike get their age band beside ("Luca 18–21"), never an id."""
        counts: dict[str, int] = {}
        for person in people:
            key = (person.first_name or "?").casefold()
            counts[key] = counts.get(key, 0) + 1
        named = {}
        for person in people:
            name = person.first_name or "?"
            band = self.band(person) if counts[name.casefold()] > 1 else None
            named[person.member_id] = f"{name} {band}" if band else name
        return named

    async def _event(self, user_id: int, event_id: int) -> Event | Refused:
        """The event if this person may see its attendance now."""
        event = await self.events.managed(user_id, event_id)
        if event is None:
            return Refusal.NOT_YOURS
        if event.status != "open":
            return Refusal.CANCELLED
        if event_end(event) > self.clock.now():
            return NotEnded(event_end(event))
        return event

    async def _writable(self, user_id: int, event_id: int) -> Event | Refused:
        event = await self._event(user_id, event_id)
        if isinstance(event, Event) and self.clock.now() > event_end(event) + CORRECTIONS:
            return Refusal.CLOSED
        return event

    async def sheet(self, user_id: int, event_id: int) -> Sheet | Refused:
        """The list to mark, or why it cannot be shown."""
        found = await self._event(user_id, event_id)
        if not isinstance(found, Event):
            return found
        people, unnamed = await self.repository.sheet(event_id)
        ends = event_end(found)
        return Sheet(
            event=found,
            people=people,
            unnamed=unnamed,
            writable=self.clock.now() <= ends + CORRECTIONS,
            ends_at=ends,
            closes_at=ends + CORRECTIONS,
            names=self.names(people),
            credited=self.credited(found),
        )

    async def opened(self, user_id: int, event_id: int) -> None:
        """Reading who came is reading members' data: audited once per opening (rule 20)."""
        await self.audit.record(user_id, "event.attendees_viewed", None, event=event_id)

    async def addable(self, user_id: int, event_id: int) -> tuple[list[Person], dict[int, str]]:
        event = await self._writable(user_id, event_id)
        if not isinstance(event, Event):
            return [], {}
        people = await self.repository.addable(event_id, event.project_id, event.series_id)
        return people, self.names(people)

    async def _findable(self, event: Event) -> list[Person]:
        """The members the event is for (its ages; a participants-only event: its project's
        participants), who may be named and are not marked yet."""
        if event.participants_only and event.project_id is None:
            return []
        participants_of = event.project_id if event.participants_only else None
        # A walk-in told at the door to start the bot may do it that evening or the next day;
        # someone who joined later cannot have come, and would be credited hours by a slip.
        joined_by = event_end(event) + JOINED_AFTER_AT_MOST
        people = await self.repository.findable(event.id, participants_of, joined_by)
        today = self.clock.now().date()
        low = event.min_age if event.min_age is not None else 0
        high = event.max_age if event.max_age is not None else 200
        return [
            person
            for person in people
            if person.birth_year is not None
            and person.birth_month is not None
            and low
            <= BirthMonth(person.birth_year, person.birth_month).youngest_age_on(today)
            <= high
        ]

    async def find(self, user_id: int, event_id: int, typed: str) -> list[Person] | Refused:
        """Members the event is for whose first name starts with `typed` (no accents, any
        case), the first FOUND_AT_MOST and one more (to say there are others)."""
        event = await self._writable(user_id, event_id)
        if not isinstance(event, Event):
            return event
        start = folded(typed)
        if len(start) < SEARCH_AT_LEAST:
            return []
        found = [
            person
            for person in await self._findable(event)
            if folded(person.first_name or "").startswith(start)
        ]
        # Rule 20: a search names members; what was typed is not kept, how many were found is.
        await self.audit.record(
            user_id, "attendance.searched", None, event=event_id, found=len(found)
        )
        return found[: FOUND_AT_MOST + 1]

    async def mark(
        self, user_id: int, event_id: int, member_id: int, *, came: bool
    ) -> Done | Refused:
        """Mark someone who said Going as come (`came`), or take the mark back."""
        event = await self._writable(user_id, event_id)
        if not isinstance(event, Event):
            return event
        person = await self.repository.person(event_id, member_id)
        if person is None:
            return Done.GONE
        if not came:
            if not await self.repository.unmark(event_id, member_id):
                return Done.ALREADY
            await self.audit.record(user_id, "attendance.unmarked", member_id, event=event_id)
            return Done.UNMARKED
        if person.answer != "going" and person.minutes is None:
            return Done.NOT_ADDABLE  # only through "add a member who came"
        return await self._mark(user_id, event, member_id, added=False)

    async def add(self, user_id: int, event_id: int, member_id: int) -> Done | Refused:
        """Mark as come someone who did not say Going: one who answered otherwise (this date
        or another of its series), a participant of the event's project, or a member the event
        is for, found by first name; nobody else."""
        event = await self._writable(user_id, event_id)
        if not isinstance(event, Event):
            return event
        if await self.repository.person(event_id, member_id) is None:
            return Done.GONE
        addable = await self.repository.addable(event_id, event.project_id, event.series_id)
        allowed = {person.member_id for person in addable}
        if member_id not in allowed:
            allowed = {person.member_id for person in await self._findable(event)}
        if member_id not in allowed:
            marked = await self.repository.person(event_id, member_id)
            return Done.ALREADY if marked and marked.minutes is not None else Done.NOT_ADDABLE
        return await self._mark(user_id, event, member_id, added=True)

    async def _mark(self, user_id: int, event: Event, member_id: int, *, added: bool) -> Done:
        minutes = self.credited(event)
        marked = await self.repository.mark(
            event.id, member_id, minutes, added, user_id, self.clock.now()
        )
        if marked is Marked.GONE:
            return Done.GONE
        if marked is Marked.ALREADY:
            return Done.ALREADY
        await self.audit.record(
            user_id,
            "attendance.marked",
            member_id,
            event=event.id,
            minutes=minutes,
            added=added,
        )
        return Done.MARKED

    async def mark_all(self, user_id: int, event_id: int) -> int | Refused:
        """Everyone who said Going and is not marked yet, marked; how many."""
        event = await self._writable(user_id, event_id)
        if not isinstance(event, Event):
            return event
        people, _ = await self.repository.sheet(event_id)
        count = 0
        for person in people:
            if person.minutes is None and person.answer == "going":
                count += await self._mark(user_id, event, person.member_id, added=False) is (
                    Done.MARKED
                )
        return count

    async def set_minutes(
        self, user_id: int, event_id: int, member_id: int, minutes: int, *, sure: bool = True
    ) -> Done | Refused:
        """One person's time; typed (`sure` False), more than the event lasted is asked again
        (LONGER_THAN_EVENT) before it is saved."""
        event = await self._writable(user_id, event_id)
        if not isinstance(event, Event):
            return event
        if not 0 < minutes <= longest_credit(event):
            return Done.BAD_HOURS
        if not sure and minutes > event.duration_minutes:
            return Done.LONGER_THAN_EVENT
        if await self.repository.person(event_id, member_id) is None:
            return Done.GONE
        before = await self.repository.set_minutes(
            event_id, member_id, minutes, user_id, self.clock.now()
        )
        if before is None:
            return Done.ALREADY  # not marked (any more): nothing to credit
        if before != minutes:
            await self.audit.record(
                user_id,
                "attendance.hours_set",
                member_id,
                event=event_id,
                minutes=minutes,
                before=before,
            )
        return Done.HOURS_SET

    async def ended(self, user_id: int, page: int, per_page: int) -> tuple[list[Ended], int]:
        """Events this person organises (an admin: everyone's) that ended in the last 90
        days, the most recent first (read only after the 14 days of corrections)."""
        now = self.clock.now()
        return await self.repository.ended(
            self._organiser(user_id), now, now - LISTED, per_page, page * per_page
        )

    async def in_progress(self, user_id: int) -> list[Ended]:
        """Events this person organises (an admin: everyone's) started and not yet ended."""
        return await self.repository.in_progress(self._organiser(user_id), self.clock.now())

    def _organiser(self, user_id: int) -> int | None:
        return None if self.events.staff.is_admin(user_id) else user_id

    async def still_marked(self, user_id: int, event_id: int, member_id: int) -> Done | Refused:
        """Whether typed hours may be asked for (or taken) for one person: MARKED if she is
        marked on a list still open for corrections, ALREADY if not marked (any more), GONE if
        erased since."""
        event = await self._writable(user_id, event_id)
        if not isinstance(event, Event):
            return event
        person = await self.repository.person(event_id, member_id)
        if person is None:
            return Done.GONE
        return Done.ALREADY if person.minutes is None else Done.MARKED
