"""/broadcasts: what a staff member sent or will send, newest first, with what happened to the
copies; and what may still change: a scheduled one's time, cancelling one not started yet, or
stopping one that is going out. Coordinators see their own; moderators and admins everyone's.
Every change is authorized when it is asked (a demoted coordinator may do nothing)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import Enum
from typing import Protocol

from bot.core.audit import AuditLog
from bot.core.clock import Clock
from bot.services.staff import StaffService
from storage.broadcasts import Broadcast, BroadcastCounts, BroadcastRepository, BroadcastState

STARTED = frozenset({BroadcastState.SENDING, BroadcastState.DONE})


class Copies(Protocol):
    """What the delivery engine (services.broadcast_delivery) says and does about copies."""

    async def counts(self, broadcast_id: int) -> BroadcastCounts: ...

    async def not_reached(self, broadcast_id: int) -> list[tuple[str, str]]: ...

    async def cancel(self, broadcast_id: int, by: int) -> bool: ...


class Scheduling(Protocol):
    """What the broadcasts service (services.broadcasts) changes before one starts; both
    audit what they did."""

    async def reschedule(self, broadcast_id: int, by: int, send_at: datetime) -> bool: ...

    async def cancel_scheduled(self, broadcast_id: int, by: int) -> bool: ...


@dataclass(frozen=True)
class Line:
    broadcast: Broadcast
    counts: BroadcastCounts | None  # None: not started, no copies yet
    event_title: str | None = None  # an event's announcement: the event it is about


@dataclass(frozen=True)
class HistoryPage:
    lines: tuple[Line, ...]
    total: int
    everyone: bool  # a moderator's view: everyone's broadcasts


class Change(Enum):
    DONE = "done"
    ALREADY = "already"  # it had moved on: cancelled, started or finished meanwhile
    NOT_ALLOWED = "not-allowed"
    PAST = "past"  # a new time that has already passed


@dataclass(kw_only=True, eq=False)
class BroadcastHistory:
    repository: BroadcastRepository
    copies: Copies
    scheduling: Scheduling
    staff: StaffService
    audit: AuditLog
    clock: Clock

    def _sees_all(self, viewer: int) -> bool:
        return self.staff.is_moderator(viewer)

    async def page(self, viewer: int, page: int, per_page: int) -> HistoryPage:
        everyone = self._sees_all(viewer)
        sender = None if everyone else viewer
        total = await self.repository.history_size(sender)
        found = await self.repository.history(sender, page * per_page, per_page)
        lines = tuple([await self._line(broadcast) for broadcast in found])
        return HistoryPage(lines, total, everyone)

    async def _line(self, broadcast: Broadcast) -> Line:
        started = broadcast.state in STARTED or broadcast.started_at is not None
        counts = await self.copies.counts(broadcast.id) if started else None
        title = None
        if broadcast.event_id is not None:
            title = await self.repository.event_title(broadcast.event_id)
        return Line(broadcast, counts, title)

    async def open(self, viewer: int, broadcast_id: int) -> Line | None:
        """One broadcast, if the viewer may see it (their own, or a moderator)."""
        broadcast = await self._visible(viewer, broadcast_id)
        if broadcast is None:
            return None
        return await self._line(broadcast)

    async def _visible(self, viewer: int, broadcast_id: int) -> Broadcast | None:
        """The broadcast if the viewer may see and change it now: its sender, while staff, or
        a moderator or admin (roles read at this moment: a demoted one may not)."""
        broadcast = await self.repository.get(broadcast_id)
        if broadcast is None or not self.staff.is_staff(viewer):
            return None
        return broadcast if broadcast.sender_id == viewer or self._sees_all(viewer) else None

    async def not_reached(self, viewer: int, broadcast_id: int) -> Sequence[tuple[str, str]] | None:
        """Who was not reached and why (first names only, rule 16), for the sender or a
        moderator; the reading is audited, as every export of names is."""
        broadcast = await self._visible(viewer, broadcast_id)
        if broadcast is None:
            return None
        rows = await self.copies.not_reached(broadcast_id)
        await self.audit.record(
            viewer, "broadcast.not_reached_read", broadcast=broadcast_id, count=len(rows)
        )
        return rows

    async def stop(self, viewer: int, broadcast_id: int) -> Change:
        """A broadcast going out: its copies not sent yet are cancelled (the engine audits)."""
        broadcast = await self._visible(viewer, broadcast_id)
        if broadcast is None:
            return Change.NOT_ALLOWED
        if broadcast.state != BroadcastState.SENDING:
            return Change.ALREADY
        return Change.DONE if await self.copies.cancel(broadcast_id, viewer) else Change.ALREADY

    async def cancel(self, viewer: int, broadcast_id: int) -> Change:
        """One not started yet (scheduled, or waiting for a moderator: withdrawn)."""
        broadcast = await self._visible(viewer, broadcast_id)
        if broadcast is None:
            return Change.NOT_ALLOWED
        done = await self.scheduling.cancel_scheduled(broadcast_id, viewer)
        return Change.DONE if done else Change.ALREADY

    async def reschedule(self, viewer: int, broadcast_id: int, send_at: datetime) -> Change:
        broadcast = await self._visible(viewer, broadcast_id)
        if broadcast is None:
            return Change.NOT_ALLOWED
        if send_at <= self.clock.now():
            return Change.PAST
        done = await self.scheduling.reschedule(broadcast_id, viewer, send_at)
        return Change.DONE if done else Change.ALREADY
