"""A new event announced: the coordinator chooses, when publishing, who hears of it (everyone it
is for, its project's participants, or nobody). The announcement is a broadcast of kind "event"
(`services.broadcasts.submit`), so approval (rule 21), quiet hours and pacing apply as for any
other; its copies show the event's card with Going / Maybe."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Protocol

from bot.core.clock import Clock
from bot.domain.event_audience import EventFor, Reach, event_audience, reaches
from bot.services.audiences import AudienceCount, Audiences
from bot.services.broadcast_delivery import BroadcastDelivery
from bot.services.broadcasts import BroadcastService
from bot.services.event_answers import is_open
from bot.services.notifications import NotificationGate
from storage.broadcasts import BroadcastContent, BroadcastKind, BroadcastState
from storage.event_series import SeriesRepository
from storage.events import Event, EventRepository, NewEvent

# Copies drawn again after a move or a cancellation: bounded work, one edit each, paced by the
# rate limiter like any message; a member further down an unusually long list keeps the old
# copy, and has the notice of the change if they answered.
MAX_REDRAWN = 300


def event_for(event: NewEvent) -> EventFor:
    return EventFor(event.min_age, event.max_age, event.project_id, event.participants_only)


@dataclass(frozen=True)
class Option:
    """One choice offered, whom it would reach now, and whether a moderator approves it first
    (rule 21)."""

    reach: Reach
    count: AudienceCount | None  # None for nobody
    needs_approval: bool = False


@dataclass(frozen=True)
class Announced:
    """What happened to an event's announcement, to tell its coordinator (rule 27)."""

    reach: Reach
    count: AudienceCount | None = None
    state: BroadcastState | None = None  # None: nothing was sent (nobody chosen, or reached)
    broadcast_id: int | None = None


@dataclass(frozen=True)
class DeliveredCopy:
    """One member's copy of an event's announcement, to draw again as the event now is."""

    chat_id: int
    message_id: int
    language: str
    answer: str | None  # theirs now, marked on the copy
    body: str  # the line above the card, if the announcement had one


class CopyRedraws(Protocol):
    """The Telegram side: each copy edited to show the event as it is now (cancelled: said so,
    without buttons; moved: the new time, and the old one). Failures (a blocked bot, a message
    too old or unchanged) are no one's business: that copy stays as it was."""

    def redraw(self, event: Event, copies: Sequence[DeliveredCopy], was: datetime | None) -> None:
        """Starts the edits, and returns before they are done."""
        ...


class NoRedraws:
    """For commands run without Telegram: no copies to edit."""

    def redraw(self, event: Event, copies: Sequence[DeliveredCopy], was: datetime | None) -> None:
        return None


@dataclass(kw_only=True, eq=False)
class EventAnnouncements:
    audiences: Audiences
    broadcasts: BroadcastService
    delivery: BroadcastDelivery
    events: EventRepository
    series: SeriesRepository
    notifications: NotificationGate
    clock: Clock
    redraws: CopyRedraws = field(default_factory=NoRedraws)

    async def options(self, coordinator_id: int, event: NewEvent) -> list[Option]:
        """The choices for this event, each with how many it reaches now."""
        found = []
        for reach in reaches(event_for(event)):
            audience = event_audience(event_for(event), reach)
            if audience is None:
                found.append(Option(reach, None))
                continue
            count = await self.audiences.count(audience)
            approval = await self.broadcasts.needs_approval(coordinator_id, audience, count)
            found.append(Option(reach, count, approval and count.total > 0))
        return found

    async def announce(
        self, coordinator_id: int, event_id: int, event: NewEvent, reach: Reach
    ) -> Announced:
        """Submit the announcement of a just published event; nothing for nobody, nor when the
        audience is empty (an audience of nobody is never submitted)."""
        if reach not in reaches(event_for(event)):
            reach = Reach.NOBODY  # a choice that no longer fits the event (its project went)
        audience = event_audience(event_for(event), reach)
        if audience is None:
            return Announced(Reach.NOBODY)
        count = await self.audiences.count(audience)
        earlier = await self.broadcasts.repository.of_event(event_id)
        if earlier:
            # Submitted already, before a crash cut the publishing short: not a second time.
            return Announced(reach, count, BroadcastState(earlier[0].state), earlier[0].id)
        if count.total == 0:
            return Announced(reach, count)
        content = BroadcastContent(kind=BroadcastKind.EVENT, event_id=event_id)
        submitted = await self.broadcasts.submit(coordinator_id, content, audience, None)
        return Announced(reach, submitted.count, submitted.state, submitted.broadcast_id)

    async def showing(self, event_id: int) -> Event | None:
        """The date the copies of the announcement covering this event show now: the event
        while it is open and ahead; for a series (announced once, on its first date), its next
        open date. None: nothing of it is left to answer."""
        event = await self.events.get(event_id)
        if event is None or event.series_id is None:
            return event if event is not None and is_open(event, self.clock) else None
        return await self.series.next_open(event.series_id, self.clock.now())

    async def _announced(self, event: Event) -> int:
        """The event whose announcement covers `event`: itself, or its series' first date."""
        if event.series_id is None:
            return event.id
        dates = await self.series.occurrences(event.series_id)
        return dates[0].id if dates else event.id

    async def withdraw(self, event_id: int, by: int) -> None:
        """The event (or one date of a series) is cancelled. A series with an open date left
        goes on, and so does its announcement: its copies show that date. Otherwise its
        announcements stop (one waiting for a moderator or its time never starts; one going
        out sends no more copies), each audited. A copy that was already on its way finds
        nothing open when drawn, and is not sent; those delivered say it is cancelled."""
        event = await self.events.get(event_id)
        if event is None:
            return
        if await self.showing(event_id) is None:
            for broadcast in await self.broadcasts.repository.of_event(
                await self._announced(event)
            ):
                if broadcast.state in (
                    BroadcastState.AWAITING_APPROVAL,
                    BroadcastState.SCHEDULED,
                ):
                    await self.broadcasts.cancel_scheduled(broadcast.id, by)
                elif broadcast.state == BroadcastState.SENDING:
                    await self.delivery.cancel(broadcast.id, by)
        await self.redraw_copies(event_id)

    async def redraw_copies(self, event_id: int, was: datetime | None = None) -> int:
        """The event changed (`was`: its start before a move) or was cancelled: every copy of
        its announcement already delivered is drawn again, so whoever scrolls back reads it as
        it is. For a date of a series, only if the copies show (or showed) that date: they show
        the series' next open date. Returns how many copies are being edited."""
        event = await self.events.get(event_id)
        if event is None:
            return 0
        shown = await self.showing(event_id)
        if shown is None:
            shown = event  # nothing left open: drawn as it is, cancelled
        elif shown.id != event_id:
            if shown.starts_at < (was or event.starts_at):
                return 0  # an earlier date is on the copies, and stays
            was = None  # the copies move on to the next date: not "moved" from this one
        return await self._redraw(await self._announced(event), shown, was)

    async def _redraw(self, announced: int, shown: Event, was: datetime | None) -> int:
        copies = []
        for row in await self.broadcasts.repository.delivered_copies(announced, MAX_REDRAWN):
            addressee = await self.notifications.members.addressee(row.member_id)
            if addressee is None or not addressee.reachable:
                continue  # blocked the bot since (rule 14): Telegram would refuse anyway
            rsvp = await self.events.rsvp(shown.id, row.member_id)
            copies.append(
                DeliveredCopy(
                    chat_id=row.member_id,
                    message_id=row.message_id,
                    language=await self.notifications.language_for(row.member_id),
                    answer=rsvp.answer if rsvp is not None else None,
                    body=row.body,
                )
            )
        if copies:
            self.redraws.redraw(shown, copies, was)
        return len(copies)
