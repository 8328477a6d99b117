"""What the sender of a broadcast sees while it goes out: one status message kept up to date,
then the final report (safeguarding rule 27). The delivery engine calls the port; this module
decides what to show and when; the Telegram side draws it (handlers/broadcast_status.py)."""

from __future__ import annotations

import asyncio
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import Enum
from typing import Protocol

from bot.core.clock import Clock
from bot.domain.broadcast_progress import preview, time_left
from bot.services.notifications import NotificationGate, Outcome, Purpose, Text
from storage.broadcasts import Broadcast, BroadcastCounts, BroadcastRepository

# Telegram tolerates about one edit a second of one message; the engine calls far less often,
# and a call closer than this to the last edit (a restart, a race) waits for the next one.
MIN_EDIT_GAP = timedelta(seconds=1)


class BroadcastProgressPort(Protocol):
    """Called by the delivery engine: when a broadcast starts, at most every
    BROADCAST_PROGRESS_SECONDS while it runs, with `final` once nothing is pending (held
    copies may remain), and with `final` again when the held copies have gone."""

    async def show(self, broadcast: Broadcast, counts: BroadcastCounts, *, final: bool) -> None: ...


class NoProgress:
    """Shows nothing: for a benchmark, or a run with nobody to tell."""

    async def show(self, broadcast: Broadcast, counts: BroadcastCounts, *, final: bool) -> None:
        return None


@dataclass(frozen=True)
class BroadcastStatus:
    """Everything the status message says, decided here, drawn by the board."""

    broadcast: Broadcast
    counts: BroadcastCounts
    final: bool
    left: timedelta | None = None  # at the pace so far; None while unknown
    now: datetime | None = None
    event_title: str | None = None  # an event's announcement: the event it is about


class Edit(Enum):
    DONE = "done"  # edited, or it already read so
    GONE = "gone"  # the message was deleted or is too old: post a new one
    UNREACHABLE = "unreachable"  # the sender blocked the bot: stop telling them
    FAILED = "failed"  # a passing failure (a time-out): the next call tries again


class StatusBoard(Protocol):
    """The Telegram side: the sender's status message, posted then edited in their language."""

    async def post(self, chat_id: int, language: str, status: BroadcastStatus) -> int | Edit:
        """The new message's id, or why there is none (UNREACHABLE or FAILED)."""
        ...

    async def edit(
        self, chat_id: int, message_id: int, language: str, status: BroadcastStatus
    ) -> Edit: ...


class NoBoard:
    """For commands run without Telegram: nobody to show a status to."""

    async def post(self, chat_id: int, language: str, status: BroadcastStatus) -> int | Edit:
        return Edit.UNREACHABLE

    async def edit(
        self, chat_id: int, message_id: int, language: str, status: BroadcastStatus
    ) -> Edit:
        return Edit.UNREACHABLE


@dataclass(kw_only=True, eq=False)
class BroadcastProgress:
    repository: BroadcastRepository
    notifications: NotificationGate
    clock: Clock
    # The Telegram side, attached once the application exists (post_init).
    board: StatusBoard = field(default_factory=NoBoard)
    _locks: defaultdict[int, asyncio.Lock] = field(
        default_factory=lambda: defaultdict(asyncio.Lock), init=False
    )
    _last_edit: dict[int, datetime] = field(default_factory=dict, init=False)
    # Where the pace is measured from: this run's first view (when, copies done then). Copies
    # held overnight go hours after the broadcast started: its start says nothing of the pace.
    _pace_from: dict[int, tuple[datetime, int]] = field(default_factory=dict, init=False)

    async def show(self, broadcast: Broadcast, counts: BroadcastCounts, *, final: bool) -> None:
        async with self._locks[broadcast.id]:
            if not await self._may_show(broadcast.id, final=final):
                return
            status = await self._status(broadcast, counts, final=final)
            shown = await self._draw(broadcast, status)
            if final and shown:
                await self._after_final(broadcast, counts, status.event_title)
        if final and counts.held == 0:
            self._forget(broadcast.id)

    async def _may_show(self, broadcast_id: int, *, final: bool) -> bool:
        if await self.repository.status_stopped(broadcast_id):
            return False
        last = self._last_edit.get(broadcast_id)
        return final or last is None or self.clock.now() - last >= MIN_EDIT_GAP

    async def _status(
        self, broadcast: Broadcast, counts: BroadcastCounts, *, final: bool
    ) -> BroadcastStatus:
        now = self.clock.now()
        left = None
        remaining = counts.pending + counts.sending
        if final or not remaining:
            self._pace_from.pop(broadcast.id, None)
        else:
            done = counts.total - remaining - counts.held
            since, done_then = self._pace_from.setdefault(broadcast.id, (now, done))
            left = time_left(since, now, done - done_then, remaining)
        title = None
        if broadcast.event_id is not None:
            title = await self.repository.event_title(broadcast.event_id)
        return BroadcastStatus(broadcast, counts, final, left, now, title)

    async def _draw(self, broadcast: Broadcast, status: BroadcastStatus) -> bool:
        """Edit the status message, or post it (the first time, or when it is gone); False
        when the sender cannot be reached: nothing more is shown to them for this one."""
        language = await self.notifications.language_for(broadcast.sender_id)
        chat_id, message_id = broadcast.status_chat_id, broadcast.status_message_id
        if chat_id is None or message_id is None:
            chat_id, message_id = await self.repository.status_message(broadcast.id)
        edited = Edit.GONE
        if chat_id is not None and message_id is not None:
            edited = await self.board.edit(chat_id, message_id, language, status)
        if edited is Edit.GONE:
            edited = await self._post(broadcast, language, status)
        if edited is Edit.FAILED:
            return False
        if edited is Edit.UNREACHABLE:
            await self.repository.stop_status(broadcast.id)
            self._forget(broadcast.id)
            return False
        self._last_edit[broadcast.id] = self.clock.now()
        return True

    async def _post(self, broadcast: Broadcast, language: str, status: BroadcastStatus) -> Edit:
        # The gate knows whether the bot may write to them at all (rule 14: staff, or a member
        # who started the bot and has not blocked it).
        forecast = await self.notifications.forecast(broadcast.sender_id, Purpose.STAFF)
        if forecast.outcome is Outcome.UNREACHABLE:
            return Edit.UNREACHABLE
        posted = await self.board.post(broadcast.sender_id, language, status)
        if isinstance(posted, Edit):
            return posted
        await self.repository.set_status_message(broadcast.id, broadcast.sender_id, posted)
        return Edit.DONE

    async def _after_final(
        self, broadcast: Broadcast, counts: BroadcastCounts, event_title: str | None
    ) -> None:
        """The first report says how many wait for quiet hours; when they have gone, the
        sender hears it once, with which announcement it is (two may end at 08:00)."""
        if counts.held:
            await self.repository.remember_held(broadcast.id, counts.held)
            return
        held = await self.repository.take_held(broadcast.id)
        # Stopped before quiet hours ended, the copies that waited never went: the stop's own
        # confirmation said so, and a "they have gone out" note would not be true.
        if held and not counts.cancelled:
            what = preview(broadcast.body, 40) or event_title or "…"
            args = {"count": held, "sent": counts.sent, "number": broadcast.id, "what": what}
            note = Text("broadcast-progress-held-gone", args)
            await self.notifications.deliver(broadcast.sender_id, note, Purpose.STAFF)

    def _forget(self, broadcast_id: int) -> None:
        self._last_edit.pop(broadcast_id, None)
        self._locks.pop(broadcast_id, None)
        self._pace_from.pop(broadcast_id, None)
