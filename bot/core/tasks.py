"""Durable background tasks: scheduled in the database, run at most once, even across crashes."""

from __future__ import annotations

import asyncio
import dataclasses
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Generic, TypeVar, cast

from bot.core.clock import Clock
from storage.tasks import NewTask, Task, TaskRepository

logger = logging.getLogger(__name__)

P = TypeVar("P")


@dataclass(frozen=True)
class TaskKind(Generic[P]):
    """A kind of durable task and the shape of its payload: a frozen dataclass of JSON values
    (numbers, strings, booleans, None, lists and dicts of them), encoded when the task is
    stored and decoded once, by the dispatcher, before its handler runs. Missing fields take
    their defaults, unknown ones are ignored: a task stored by an older version still runs."""

    name: str
    payload: type[P]

    def encode(self, payload: P) -> dict[str, Any]:
        if isinstance(payload, dict):
            return payload
        return dataclasses.asdict(cast(Any, payload))

    def decode(self, raw: dict[str, Any]) -> P:
        if self.payload is dict:
            return cast(P, dict(raw))
        names = {field.name for field in dataclasses.fields(cast(Any, self.payload))}
        return self.payload(**{key: value for key, value in raw.items() if key in names})

    @staticmethod
    def untyped(name: str) -> TaskKind[dict[str, Any]]:
        """A kind whose payload stays a plain dict (tests, one-off kinds)."""
        return TaskKind(name, dict)


@dataclass(frozen=True)
class Nothing:
    """The payload of a task kind that needs none."""


TaskHandler = Callable[[Task, P], Awaitable[None]]


@dataclass(frozen=True)
class _Registered(Generic[P]):
    kind: TaskKind[P]
    handler: TaskHandler[P]

    async def run(self, task: Task) -> None:
        await self.handler(task, self.kind.decode(task.payload))


NETWORK_RETRY = timedelta(seconds=30)
NETWORK_RETRY_LONGEST = timedelta(minutes=10)
# 30 s, 1, 2, 4, 8 min, then every 10 min: about 75 minutes of outage before giving up.
NETWORK_ATTEMPTS = 12


class NotSent(Exception):
    """The message never left: nothing was delivered, so trying again is safe."""


class MaybeSent(Exception):
    """The connection broke after the message left: it may have arrived, so it is recorded and
    never sent again."""


class Refused(Exception):
    """The message itself was refused (a bad request): a plain failure."""


class RetryLater(Exception):
    """Raised by a task handler that did nothing yet and wants to be run again later."""

    def __init__(self, delay: timedelta, reason: str, *, counted: bool = True) -> None:
        super().__init__(reason)
        self.delay = delay
        # False for a hold that is no failure (quiet hours): it never makes the task give up.
        self.counted = counted


class TaskDispatcher:
    """Claims due tasks in the database, then runs them.

    A task is claimed (pending → running) in a committed transaction just before its handler
    starts, so a crash can never run it twice, and loses at most the tasks in flight at that
    instant; a task still running at start-up is marked interrupted.
    """

    def __init__(
        self,
        repository: TaskRepository,
        clock: Clock,
        workers: int = 4,
        max_attempts: int = 5,
    ) -> None:
        self._repository = repository
        self._clock = clock
        self._handlers: dict[str, _Registered[Any]] = {}
        self._workers = workers
        self._max_attempts = max_attempts
        self._running = asyncio.Lock()
        self.wake: Callable[[], None] | None = None
        # Set by the application: False once it is stopping, so no new task is started.
        self.keep_going: Callable[[], bool] = lambda: True

    @property
    def busy(self) -> bool:
        """Whether a run of due tasks is going on now."""
        return self._running.locked()

    def register(self, kind: TaskKind[P], handler: TaskHandler[P]) -> None:
        if kind.name in self._handlers:
            raise ValueError(f"a handler for {kind.name!r} is already registered")
        self._handlers[kind.name] = _Registered(kind, handler)

    def _known(self, kind: TaskKind[P]) -> None:
        if kind.name not in self._handlers:
            raise ValueError(f"no handler registered for task kind {kind.name!r}")

    async def schedule(
        self,
        kind: TaskKind[P],
        payload: P,
        *,
        due_at: datetime | None = None,
        member_id: int | None = None,
        dedupe_key: str | None = None,
    ) -> int | None:
        """Store a task; returns its id, or None if `dedupe_key` is already taken."""
        self._known(kind)
        now = self._clock.now()
        task_id = await self._repository.add(
            kind.name,
            kind.encode(payload),
            due_at or now,
            now,
            member_id=member_id,
            dedupe_key=dedupe_key,
        )
        if task_id is not None and (due_at is None or due_at <= now) and self.wake:
            self.wake()
        return task_id

    def task(
        self,
        kind: TaskKind[P],
        payload: P,
        *,
        due_at: datetime,
        member_id: int | None = None,
        dedupe_key: str | None = None,
    ) -> NewTask:
        """A task for a repository to store together with the change that calls for it (then
        call `stored`)."""
        self._known(kind)
        return NewTask(kind.name, kind.encode(payload), due_at, member_id, dedupe_key)

    def stored(self, tasks: list[NewTask]) -> None:
        """Tasks were committed elsewhere: look for due ones now if any is due already."""
        now = self._clock.now()
        if self.wake and any(task.due_at <= now for task in tasks):
            self.wake()

    async def schedule_all(self, tasks: list[NewTask]) -> None:
        """Store several tasks in one transaction."""
        await self._repository.add_many(tasks, self._clock.now())
        self.stored(tasks)

    async def purge_finished(self, older_than: timedelta) -> int:
        """Forget tasks finished long ago (their record of what happened is no longer needed)."""
        return await self._repository.purge_finished(self._clock.now() - older_than)

    async def recover(self) -> int:
        """Call once at start-up, before the first run."""
        interrupted = await self._repository.interrupt_running(self._clock.now())
        if interrupted:
            logger.warning("%d task(s) were cut short by the last stop; not re-run", interrupted)
        return interrupted

    async def oldest_due_wait(self) -> timedelta | None:
        """How long the oldest due task has been waiting to run (None: none is due). A few
        seconds is normal; minutes mean the engine is stuck or stopped."""
        oldest = await self._repository.oldest_due(self._clock.now())
        return None if oldest is None else self._clock.now() - oldest

    async def run_due(self) -> int:
        """Run every task due now, a few at a time, oldest first; returns how many ran.
        A call while another is going returns 0 at once."""
        if self._running.locked():
            return 0
        async with self._running:
            counts = await asyncio.gather(*(self._worker() for _ in range(self._workers)))
        return sum(counts)

    async def _worker(self) -> int:
        ran = 0
        # Claim one task at a time, right before running it: a crash can only cut short the
        # tasks actually in flight, never strand a claimed batch.
        while self.keep_going():
            claimed = await self._repository.claim_due(self._clock.now(), 1)
            if not claimed:
                break
            await self._run(claimed[0])
            ran += 1
        return ran

    async def _run(self, task: Task) -> None:
        registered = self._handlers.get(task.kind)
        if registered is None:
            logger.error("task %d: no handler for kind %r", task.id, task.kind)
            await self._repository.finish(task.id, "failed", self._clock.now(), "unknown kind")
            return
        try:
            await registered.run(task)
        except RetryLater as retry:
            if retry.counted:
                await self._retry(task, retry.delay, str(retry))
            else:
                await self._repository.retry_at(
                    task.id, self._clock.now() + retry.delay, str(retry), counted=False
                )
        except NotSent:
            # No connection to Telegram: nothing went out, so trying again is safe.
            wait = min(NETWORK_RETRY * 2 ** (task.attempts - 1), NETWORK_RETRY_LONGEST)
            await self._retry(
                task, wait, "no connection to Telegram", max_attempts=NETWORK_ATTEMPTS
            )
        except MaybeSent as error:
            logger.exception("task %d (%s): delivery uncertain", task.id, task.kind)
            await self._repository.finish(task.id, "failed", self._clock.now(), str(error))
        except Exception as error:
            logger.exception("task %d (%s) failed", task.id, task.kind)
            await self._repository.finish(
                task.id, "failed", self._clock.now(), type(error).__name__
            )
        else:
            await self._repository.finish(task.id, "done", self._clock.now())

    async def _retry(
        self, task: Task, delay: timedelta, reason: str, *, max_attempts: int | None = None
    ) -> None:
        if task.attempts >= (max_attempts or self._max_attempts):
            logger.error("task %d (%s) gave up after %d tries", task.id, task.kind, task.attempts)
            await self._repository.finish(task.id, "failed", self._clock.now(), reason)
            return
        await self._repository.retry_at(task.id, self._clock.now() + delay, reason)
