"""Series: events that repeat by a rule. Creating one stores every occurrence as an event of its
own, so each is answered, reminded of, waitlisted and offered exactly as a single event (through
EventAnswers); a member may also answer all the dates ahead in one tap."""

from __future__ import annotations

from dataclasses import dataclass
from zoneinfo import ZoneInfo

from bot.core.audit import AuditLog
from bot.core.clock import Clock
from bot.domain.recurrence import Phrase as RulePhrase
from bot.domain.recurrence import Refused, Rule, check, phrase, rule_of_series, starts
from bot.services.event_answers import EventAnswers, Page, Refusal
from storage.event_series import (
    NewSeries,
    PublishedDraft,
    Series,
    SeriesDates,
    SeriesRepository,
)
from storage.events import Event, NewEvent, Rsvp

__all__ = [
    "AllAnswered",
    "Created",
    "SeriesService",
    "SeriesView",
    "Waiting",
]


@dataclass(frozen=True)
class Created:
    series_id: int
    event_ids: list[int]


@dataclass(frozen=True)
class Waiting:
    event: Event
    place: int | None  # her place in line (1: next)


@dataclass(frozen=True)
class AllAnswered:
    """What "Going to all" did: the dates with a seat, those where she waits in line, and why
    none could be answered (refusal) when nothing was."""

    going: list[Event]
    waiting: list[Waiting]
    refusal: Refusal | None = None


@dataclass(frozen=True)
class SeriesView:
    """A series as a card shows it beside one occurrence: its rule, and the dates ahead."""

    series: Series
    phrase: RulePhrase
    dates: SeriesDates


@dataclass(kw_only=True, eq=False)
class SeriesService:
    repository: SeriesRepository
    answers: EventAnswers
    audit: AuditLog
    clock: Clock
    zone: ZoneInfo

    def check(self, rule: Rule) -> Refused | None:
        return check(rule, self.zone)

    async def create(
        self,
        coordinator_id: int,
        rule: Rule,
        template: NewEvent,
        draft: PublishedDraft | None = None,
    ) -> Created:
        """Every occurrence of `rule` as an event like `template`, in one transaction (with
        `draft`, the coordinator's draft marked published). The rule must be one `check`
        accepts. Reminders are planned per occurrence as members answer, as for a single
        event."""
        refused = check(rule, self.zone)
        if refused is not None:
            raise ValueError(f"a refused rule: {refused.problem.value}")
        new = NewSeries(
            frequency=rule.frequency.value,
            week_of_month=rule.week_of_month,
            local_start=rule.first,
            time_zone=self.zone.key,
            until_date=rule.until,
            occurrences=None if rule.until is not None else rule.count,
        )
        now = self.clock.now()
        series_id, event_ids = await self.repository.create(
            new, template, starts(rule, self.zone), coordinator_id, now, draft
        )
        await self.audit.record(
            coordinator_id, "event.created", None, event=event_ids[0], series=series_id
        )
        return Created(series_id, event_ids)

    async def get(self, series_id: int) -> Series | None:
        return await self.repository.get(series_id)

    async def view(self, series_id: int, member_id: int) -> SeriesView | None:
        series = await self.repository.get(series_id)
        if series is None:
            return None
        dates = await self.repository.dates(series_id, member_id, self.clock.now())
        return SeriesView(series, phrase(rule_of_series(series)), dates)

    async def occurrences(self, series_id: int) -> list[Event]:
        return await self.repository.occurrences(series_id)

    async def upcoming(self, series_id: int) -> list[Event]:
        """The open dates not started yet, soonest first."""
        return await self.repository.upcoming(series_id, self.clock.now())

    async def my_answers_once(
        self, member_id: int, page: int, per_page: int
    ) -> Page[tuple[Event, Rsvp]]:
        """/myevents: her answers, a series once (its next date she answered)."""
        answers, total = await self.repository.answered_once_by(
            member_id, self.clock.now(), per_page, page * per_page
        )
        return Page(answers, total)

    async def going_to_all(self, member_id: int, series_id: int) -> AllAnswered:
        """Going to every open date ahead she may come to: a full one puts her on its
        waitlist; a Maybe or Can't go already given is replaced (she chose all of them)."""
        going: list[Event] = []
        waiting: list[Waiting] = []
        refusal: Refusal | None = None
        for event in await self.upcoming(series_id):
            answered = await self.answers.answer(member_id, event.id, "going")
            if answered.answer == "going":
                going.append(event)
            elif answered.answer == "waitlist":
                place = await self.repository.waitlist_place(event.id, member_id)
                waiting.append(Waiting(event, place))
            elif refusal is None:
                refusal = answered.refusal
        if going or waiting:
            refusal = None
        elif refusal is None:
            refusal = Refusal.GONE
        return AllAnswered(going, waiting, refusal)

    async def cannot_any(self, member_id: int, series_id: int) -> int:
        """Can't go to any date ahead: her seats free up for those waiting. How many dates."""
        answered = 0
        for event in await self.upcoming(series_id):
            if (await self.answers.answer(member_id, event.id, "no")).answer == "no":
                answered += 1
        return answered
