"""The delivery engine of broadcasts (issue 14, point 5): a persisted queue, paced, at most once.

`launch` fixes the recipients (one row each, storage/broadcast_queue.py) and starts one loop per
broadcast in the background. The loop claims a few copies at a time (committed as `sending`
before any request leaves), asks the notifications gate about all of them with one read
(switched off, unreachable, quiet hours for members under 18), and sends the rest through the
copy port, at the pacer's pace (bot/core/pacing.py), a bounded number in flight. Outcomes are
written a batch at a time. What Telegram answers decides the row:

- 403, or "chat not found": `blocked`, and the member is marked unreachable (rule 14);
- 429: back to pending, and every copy waits `retry_after` (the pacer);
- never left, or a 5xx after the request layer's own retries: pending again a little later,
  `failed` after a few tries;
- left and no answer (a time-out): `unknown`, never sent again (at most once);
- refused (a bad request), or an event's card gone: `failed`.

Copies held for quiet hours wait for a durable task at the earliest `held_until`, so a restart
loses nothing; `resume` (at start-up) turns copies in flight at a crash into `unknown` and
starts again every broadcast still sending.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable, Coroutine, Sequence
from dataclasses import dataclass, field
from datetime import timedelta
from enum import StrEnum
from typing import Any, Protocol

from bot.core.audit import AuditLog
from bot.core.clock import Clock
from bot.core.pacing import LONGEST_NAP, Pacer
from bot.core.tasks import TaskDispatcher, TaskKind
from bot.services.broadcast_progress import BroadcastProgressPort, NoProgress
from bot.services.members import MemberService
from bot.services.notifications import (
    Delivery,
    NotificationGate,
    Outcome,
    Purpose,
    Recipient,
)
from storage.broadcast_queue import BroadcastQueue, Claimed, CopyOutcome
from storage.broadcasts import (
    BroadcastContent,
    BroadcastCounts,
    BroadcastRepository,
    BroadcastState,
)
from storage.db import to_db_time
from storage.tasks import Task

logger = logging.getLogger(__name__)

# Tries of one copy whose request never left or met a 5xx (each after the request layer's own).
MAX_ATTEMPTS = 3
FIRST_BACKOFF = timedelta(seconds=5)
LONGEST_BACKOFF = timedelta(minutes=1)


class CopyResult(StrEnum):
    """What Telegram made of one copy (the port's answer)."""

    SENT = "sent"
    BLOCKED = "blocked"  # 403, or the chat does not exist: unreachable (rule 14)
    RATE_LIMITED = "rate_limited"  # 429: nothing delivered; wait `retry_after`
    NOT_SENT = "not_sent"  # never left, or a 5xx: nothing delivered, may be tried again
    UNCERTAIN = "uncertain"  # left, no answer: may have arrived, never again
    REFUSED = "refused"  # a bad request, or nothing to show (the event is gone)


@dataclass(frozen=True)
class CopyAttempt:
    result: CopyResult
    message_id: int | None = None
    retry_after: float = 0.0


class BroadcastPort(Protocol):
    """Sends one copy over the Bot API (handlers/broadcast_copies.py): a text, a photo or a
    document with the body as caption, or an event's card. Never raises for Telegram's
    answers: it says what happened."""

    async def send_copy(self, recipient: Recipient, content: BroadcastContent) -> CopyAttempt: ...


class NoPort:
    """Until the Telegram side is attached (commands run from a shell): nothing leaves."""

    async def send_copy(self, recipient: Recipient, content: BroadcastContent) -> CopyAttempt:
        return CopyAttempt(CopyResult.NOT_SENT)


@dataclass(frozen=True)
class Wake:
    """The payload of the task that wakes a broadcast when its held copies may go."""

    broadcast_id: int = 0


WAKE = TaskKind("broadcast_wake", Wake)

Spawn = Callable[[Coroutine[Any, Any, None]], "asyncio.Task[None]"]


def _spawn(coroutine: Coroutine[Any, Any, None]) -> asyncio.Task[None]:
    return asyncio.get_running_loop().create_task(coroutine)


class _Slots:
    """Copies claimed and not yet recorded: the engine takes several at once, so its database
    work is batched, and never more than it may send soon (those are `unknown` after a crash)."""

    def __init__(self, size: int) -> None:
        self.free = size
        self._changed = asyncio.Event()

    async def take(self, least: int, most: int) -> int:
        while self.free < least:
            self._changed.clear()
            await self._changed.wait()
        taken = min(most, self.free)
        self.free -= taken
        return taken

    def give(self, count: int = 1) -> None:
        self.free += count
        self._changed.set()


_ATTEMPT_TO_ROW = {
    CopyResult.BLOCKED: "blocked",
    CopyResult.UNCERTAIN: "unknown",
    CopyResult.REFUSED: "failed",
}
_GATE_TO_ROW = {
    Outcome.UNREACHABLE: "blocked",
    Outcome.SWITCHED_OFF: "switched_off",
    Outcome.DROPPED: "held",
}


@dataclass(kw_only=True, eq=False)
class BroadcastDelivery:
    broadcasts: BroadcastRepository
    queue: BroadcastQueue
    notifications: NotificationGate
    members: MemberService
    tasks: TaskDispatcher
    audit: AuditLog
    clock: Clock
    pacer: Pacer
    progress_seconds: float = 5.0
    progress: BroadcastProgressPort = field(default_factory=NoProgress)
    port: BroadcastPort = field(default_factory=NoPort)
    in_flight: int = 16  # copies sent at once
    batch: int = 64  # copies claimed at once, at most
    monotonic: Callable[[], float] = time.monotonic
    spawn: Spawn = _spawn
    # Set by the application: False once it is stopping, so no new copy starts.
    keep_going: Callable[[], bool] = lambda: True
    _loops: dict[int, asyncio.Task[None]] = field(default_factory=dict, init=False)
    _stopped: set[int] = field(default_factory=set, init=False)
    _shown_at: dict[int, float] = field(default_factory=dict, init=False)

    def attach(
        self,
        port: BroadcastPort,
        *,
        spawn: Spawn | None = None,
        keep_going: Callable[[], bool] | None = None,
        progress: BroadcastProgressPort | None = None,
    ) -> None:
        """The Telegram side, built in post_init: the copy port, how background work is started
        and told to stop, and who shows the sender the progress."""
        self.port = port
        self.spawn = spawn or self.spawn
        self.keep_going = keep_going or self.keep_going
        self.progress = progress or self.progress

    # -- the seam ---------------------------------------------------------------------------

    async def launch(self, broadcast_id: int, member_ids: Sequence[int]) -> None:
        """Fix the recipients and start sending in the background. A second call does nothing."""
        if await self.queue.start(broadcast_id, member_ids, self.clock.now()):
            self._start(broadcast_id)

    async def cancel(self, broadcast_id: int, by: int) -> bool:
        """Stop a broadcast that is going out: the copies not sent yet never will be."""
        if not await self.queue.cancel(broadcast_id, by, self.clock.now()):
            return False
        counts = await self.queue.counts(broadcast_id)
        await self.audit.record(
            by, "broadcast.stopped", None, broadcast=broadcast_id, unsent=counts.cancelled
        )
        if broadcast_id in self._loops:
            self._stopped.add(broadcast_id)  # its loop ends, and shows the final counts
        else:
            await self._show(broadcast_id, final=True)
        return True

    async def resume(self) -> int:
        """At start-up: copies in flight at the last stop become `unknown` (they may have
        arrived), and every broadcast still sending goes on once the bot runs. Returns how
        many copies were cut short."""
        now = self.clock.now()
        interrupted = await self.queue.interrupt_sending(now)
        if interrupted:
            logger.warning("%d broadcast copies were in flight at the last stop", interrupted)
        for broadcast in await self.broadcasts.in_state(BroadcastState.SENDING):
            await self.tasks.schedule(
                WAKE,
                Wake(broadcast.id),
                due_at=now,
                dedupe_key=f"bq-resume:{broadcast.id}:{to_db_time(now)}",
            )
        return interrupted

    async def counts(self, broadcast_id: int) -> BroadcastCounts:
        return await self.queue.counts(broadcast_id)

    async def not_reached(self, broadcast_id: int) -> list[tuple[str, str]]:
        """Whose copy went nowhere: first name ("—" once erased) and why (the row's state)."""
        return [(name or "—", why) for name, why in await self.queue.not_reached(broadcast_id)]

    async def send_test(self, sender_id: int, content: BroadcastContent) -> bool:
        """One copy to the sender, now, as recipients will see it (staff: no gate)."""
        recipient = Recipient(sender_id, await self.notifications.language_for(sender_id))
        await self.pacer.acquire(sender_id)
        try:
            attempt = await self.port.send_copy(recipient, content)
        finally:
            self.pacer.done(sender_id)
        return attempt.result is CopyResult.SENT

    async def run_wake(self, task: Task, wake: Wake) -> None:
        """Task `broadcast_wake`: held copies may go now, or the bot restarted mid-broadcast."""
        broadcast = await self.broadcasts.get(wake.broadcast_id)
        if broadcast is not None and broadcast.state == BroadcastState.SENDING:
            self._start(broadcast.id)

    def is_running(self, broadcast_id: int) -> bool:
        """Its copies are going out now, from this process."""
        return broadcast_id in self._loops

    async def settled(self, broadcast_id: int) -> None:
        """Wait until its copies stopped going out (done, held for later, or cancelled)."""
        loop = self._loops.get(broadcast_id)
        if loop is not None:
            await asyncio.wait({loop})

    # -- the loop ---------------------------------------------------------------------------

    def _start(self, broadcast_id: int) -> None:
        if broadcast_id in self._loops or not self.keep_going():
            return
        self._loops[broadcast_id] = self.spawn(self._run(broadcast_id))

    async def _run(self, broadcast_id: int) -> None:
        try:
            broadcast = await self.broadcasts.get(broadcast_id)
            if broadcast is None or broadcast.state != BroadcastState.SENDING:
                return
            await self._show(broadcast_id, final=False)
            if await self._send_all(broadcast_id, broadcast.content):
                await self._wrap_up(broadcast_id)
        except Exception:
            logger.exception("broadcast %d: delivery stopped until the next start", broadcast_id)
        finally:
            self._loops.pop(broadcast_id, None)
            self._stopped.discard(broadcast_id)

    def _going(self, broadcast_id: int) -> bool:
        return broadcast_id not in self._stopped and self.keep_going()

    async def _send_all(self, broadcast_id: int, content: BroadcastContent) -> bool:
        """Send every copy that may go now; False if the bot stopped first."""
        # Paced, no more claimed than in flight; unpaced, one batch going out and the next ready.
        slots = _Slots(self.in_flight if self.pacer.paces else 2 * self.batch)
        flying = asyncio.Semaphore(self.in_flight)
        rounds: set[asyncio.Task[None]] = set()
        while self._going(broadcast_id):
            taken = await self._room(slots)
            claimed = await self.queue.claim(broadcast_id, taken, self.clock.now())
            slots.give(taken - len(claimed))
            if claimed:
                round_ = asyncio.create_task(self._send_round(claimed, content, slots, flying))
                rounds.add(round_)
                round_.add_done_callback(rounds.discard)
                await self._maybe_show(broadcast_id)
            elif rounds:
                await asyncio.wait(set(rounds))
            elif not await self._wait_for_retries(broadcast_id):
                break
        if rounds:
            await asyncio.wait(set(rounds))
        return self.keep_going()

    async def _room(self, slots: _Slots) -> int:
        """How many copies to claim now: as many as the pacer lets go at once (at least one),
        and, unpaced, enough at a time to keep the database work in batches."""
        while self.pacer.paces and self.pacer.free() == 0 and self.keep_going():
            await self.pacer.sleep(min(max(self.pacer.wait_for(None), 0.01), LONGEST_NAP))
        if not self.pacer.paces:
            return await slots.take(self.batch, self.batch)
        return await slots.take(1, max(1, min(self.batch, self.pacer.free())))

    async def _wait_for_retries(self, broadcast_id: int) -> bool:
        """Nothing may go now: wait for copies tried again shortly (True), or stop (False)
        when only copies held for quiet hours, or none, are left."""
        counts = await self.queue.counts(broadcast_id)
        if not counts.pending:
            return False
        due = await self.queue.next_due(broadcast_id)
        wait = (due - self.clock.now()).total_seconds() if due else 0.0
        await self.pacer.sleep(min(max(wait, 0.01), LONGEST_NAP))
        return True

    async def _send_round(
        self,
        claimed: list[Claimed],
        content: BroadcastContent,
        slots: _Slots,
        flying: asyncio.Semaphore,
    ) -> None:
        """Decide and send one claimed batch; write its outcomes in one transaction. Its places
        are free again only then, so no more copies are `sending` than the engine may claim."""
        try:
            outcomes = await self._outcomes(claimed, content, flying)
            await self.queue.record(outcomes, self.clock.now())
        finally:
            slots.give(len(claimed))
        members = {copy.row_id: copy.member_id for copy in claimed}
        for outcome in outcomes:
            member_id = members[outcome.row_id]
            if outcome.state == "blocked" and outcome.tried and member_id is not None:
                await self.members.mark_unreachable(member_id)

    async def _outcomes(
        self, claimed: list[Claimed], content: BroadcastContent, flying: asyncio.Semaphore
    ) -> list[CopyOutcome]:
        present = [copy.member_id for copy in claimed if copy.member_id is not None]
        decided = await self.notifications.forecast_many(
            present, Purpose.ANNOUNCEMENT, from_adult=True
        )
        outcomes: list[CopyOutcome] = []
        sends = []
        for copy in claimed:
            decision = decided.get(copy.member_id) if copy.member_id is not None else None
            if decision is None or decision[0].outcome is not Outcome.SENT:
                outcomes.append(_kept_back(copy, decision[0] if decision else None))
            else:
                sends.append(self._send_one(copy, decision[1], content, flying))
        return outcomes + list(await asyncio.gather(*sends))

    async def _send_one(
        self,
        copy: Claimed,
        recipient: Recipient,
        content: BroadcastContent,
        flying: asyncio.Semaphore,
    ) -> CopyOutcome:
        chat = recipient.telegram_id
        try:
            async with flying:
                if not await self.pacer.acquire(chat, self.keep_going):
                    return CopyOutcome(copy.row_id, "pending")  # the bot is stopping
                try:
                    attempt = await self.port.send_copy(recipient, content)
                finally:
                    self.pacer.done(chat)
        except Exception:
            # A bug, not Telegram: the request may have left, so never again.
            logger.exception("broadcast copy %d: sending failed", copy.row_id)
            return CopyOutcome(copy.row_id, "unknown")
        if attempt.result is CopyResult.RATE_LIMITED:
            self.pacer.pause(attempt.retry_after)
        return self._after(copy, attempt)

    def _after(self, copy: Claimed, attempt: CopyAttempt) -> CopyOutcome:
        result = attempt.result
        if result is CopyResult.SENT:
            return CopyOutcome(copy.row_id, "sent", tried=True, message_id=attempt.message_id)
        if result is CopyResult.RATE_LIMITED:
            return CopyOutcome(copy.row_id, "pending")
        if result is CopyResult.NOT_SENT:
            tries = copy.attempts + 1
            if tries >= MAX_ATTEMPTS:
                return CopyOutcome(copy.row_id, "failed", tried=True)
            wait = min(FIRST_BACKOFF * 2 ** (tries - 1), LONGEST_BACKOFF)
            return CopyOutcome(
                copy.row_id, "pending", held_until=self.clock.now() + wait, tried=True
            )
        return CopyOutcome(copy.row_id, _ATTEMPT_TO_ROW[result], tried=True)

    async def _maybe_show(self, broadcast_id: int) -> None:
        last = self._shown_at.get(broadcast_id)
        if last is not None and self.monotonic() - last < self.progress_seconds:
            return
        await self._show(broadcast_id, final=False)

    async def _show(self, broadcast_id: int, *, final: bool) -> None:
        self._shown_at[broadcast_id] = self.monotonic()
        broadcast = await self.broadcasts.get(broadcast_id)
        if broadcast is None:
            return
        counts = await self.queue.counts(broadcast_id)
        try:
            await self.progress.show(broadcast, counts, final=final)
        except Exception:
            # The copies matter more than the sender's view of them.
            logger.warning("broadcast %d: progress not shown", broadcast_id, exc_info=True)

    async def _wrap_up(self, broadcast_id: int) -> None:
        """Nothing left to send now: done, or a wake-up for the copies held for quiet hours."""
        now = self.clock.now()
        if not await self.queue.finish(broadcast_id, now):
            due = await self.queue.next_due(broadcast_id)
            if due is not None:
                await self.tasks.schedule(
                    WAKE,
                    Wake(broadcast_id),
                    due_at=due,
                    dedupe_key=f"bq-wake:{broadcast_id}:{to_db_time(due)}",
                )
        await self._show(broadcast_id, final=True)
        self._shown_at.pop(broadcast_id, None)


def _kept_back(copy: Claimed, delivery: Delivery | None) -> CopyOutcome:
    """A copy the gate keeps back, or whose member is gone."""
    if delivery is None:
        return CopyOutcome(copy.row_id, "gone")
    if delivery.outcome is Outcome.HELD:
        return CopyOutcome(copy.row_id, "held", held_until=delivery.until)
    return CopyOutcome(copy.row_id, _GATE_TO_ROW.get(delivery.outcome, "failed"))
