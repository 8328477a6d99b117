"""A new event announced: the coordinator chooses, when publishing, who hears of it (everyone it
is for, its project's participants, or nobody). The announcement is a broadcast of kind "event"
(`services.broadcasts.submit`), so approval (rule 21), quiet hours and pacing apply as for any
other; its copies show the event's card with Going / Maybe."""

from __future__ import annotations

from dataclasses import dataclass

from bot.domain.event_audience import EventFor, Reach, event_audience, reaches
from bot.services.audiences import AudienceCount, Audiences
from bot.services.broadcast_delivery import BroadcastDelivery
from bot.services.broadcasts import BroadcastService
from storage.broadcasts import BroadcastContent, BroadcastKind, BroadcastState
from storage.events import NewEvent


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


@dataclass(kw_only=True, eq=False)
class EventAnnouncements:
    audiences: Audiences
    broadcasts: BroadcastService
    delivery: BroadcastDelivery

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

    async def withdraw(self, event_id: int, by: int) -> None:
        """The event is cancelled: its announcements stop (one waiting for a moderator or its
        time never starts; one going out sends no more copies), each audited. A copy that was
        already on its way finds the event cancelled when drawn, and is not sent."""
        for broadcast in await self.broadcasts.repository.of_event(event_id):
            if broadcast.state in (BroadcastState.AWAITING_APPROVAL, BroadcastState.SCHEDULED):
                await self.broadcasts.cancel_scheduled(broadcast.id, by)
            elif broadcast.state == BroadcastState.SENDING:
                await self.delivery.cancel(broadcast.id, by)
