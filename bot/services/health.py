"""Is the bot well? The database answers, and the task engine keeps up with due tasks.

What a monitor asks for (bot/ops/health.py serves it as /healthz): nothing about any person."""

from __future__ import annotations

import asyncio
import sqlite3
from dataclasses import dataclass
from datetime import timedelta

from bot.core.tasks import TaskDispatcher

# Tasks are looked for every TASK_POLL_SECONDS (at most a minute) and a busy moment (a hundred
# reminders at once) delays some by a minute or two: beyond this, the engine is stuck.
OVERDUE_LIMIT = timedelta(minutes=5)
# A database busy for longer than this (one long transaction holds the shared connection) is
# as good as unreachable for a person waiting for an answer.
DATABASE_TIMEOUT_SECONDS = 5.0


@dataclass(frozen=True)
class Health:
    """One look at the bot's insides."""

    database_ok: bool
    oldest_due_wait: timedelta | None  # None: no task is due (or the database did not answer)

    @property
    def tasks_ok(self) -> bool:
        return self.oldest_due_wait is None or self.oldest_due_wait <= OVERDUE_LIMIT

    @property
    def healthy(self) -> bool:
        return self.database_ok and self.tasks_ok


class HealthProbe:
    """Asks the database for the oldest due task: one query that is also the database's ping."""

    def __init__(
        self, tasks: TaskDispatcher, timeout_seconds: float = DATABASE_TIMEOUT_SECONDS
    ) -> None:
        self._tasks = tasks
        self._timeout = timeout_seconds

    async def check(self) -> Health:
        try:
            async with asyncio.timeout(self._timeout):
                waited = await self._tasks.oldest_due_wait()
        # ValueError: aiosqlite's answer once the connection is closed.
        except (sqlite3.Error, ValueError, TimeoutError):
            return Health(database_ok=False, oldest_due_wait=None)
        return Health(database_ok=True, oldest_due_wait=waited)
