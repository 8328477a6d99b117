"""Durable background tasks: due time, kind, payload, state."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Literal

from storage.db import Repository, Transaction, from_db_time, to_db_time
from storage.rows import from_row

TaskState = Literal["pending", "running", "done", "failed", "interrupted", "cancelled"]


@dataclass(frozen=True)
class Task:
    id: int
    kind: str
    payload: dict[str, Any]
    due_at: datetime
    state: TaskState
    attempts: int
    member_id: int | None
    dedupe_key: str | None
    last_error: str | None


@dataclass(frozen=True)
class NewTask:
    """A task to store, possibly in the same transaction as the change that calls for it."""

    kind: str
    payload: dict[str, Any]
    due_at: datetime
    member_id: int | None = None
    dedupe_key: str | None = None


async def insert_tasks(tx: Transaction, tasks: Sequence[NewTask], now: datetime) -> None:
    """Store tasks inside the caller's transaction; a taken dedupe_key is skipped."""
    if not tasks:
        return
    await tx.execute_many(
        "INSERT INTO tasks (kind, payload, due_at, member_id, dedupe_key, created_at)"
        " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (dedupe_key) DO NOTHING",
        (
            (
                task.kind,
                json.dumps(task.payload, ensure_ascii=False, sort_keys=True),
                to_db_time(task.due_at),
                task.member_id,
                task.dedupe_key,
                to_db_time(now),
            )
            for task in tasks
        ),
    )


def key_range(prefix: str) -> tuple[str, str]:
    """The dedupe keys that start with `prefix`, as a range over the unique index of keys (not
    a scan): from the prefix to the first key after all of them."""
    if not prefix:
        raise ValueError("an empty prefix would take every keyed task")
    return prefix, prefix[:-1] + chr(ord(prefix[-1]) + 1)


async def cancel_keyed_tasks(tx: Transaction, prefix: str, now: datetime) -> int:
    """Cancel, inside the caller's transaction, the pending tasks whose dedupe key starts with
    `prefix`."""
    return await tx.execute(
        "UPDATE tasks SET state = 'cancelled', finished_at = ?"
        " WHERE dedupe_key >= ? AND dedupe_key < ? AND state = 'pending'",
        (to_db_time(now), *key_range(prefix)),
    )


def _task(row: sqlite3.Row) -> Task:
    return from_row(Task, row)


class TaskRepository(Repository):
    async def add(
        self,
        kind: str,
        payload: dict[str, Any],
        due_at: datetime,
        now: datetime,
        member_id: int | None = None,
        dedupe_key: str | None = None,
    ) -> int | None:
        """Insert a pending task; None when a task with the same dedupe_key already exists."""
        async with self._db.transaction() as tx:
            row = await tx.fetch_one(
                "INSERT INTO tasks (kind, payload, due_at, member_id, dedupe_key, created_at)"
                " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (dedupe_key) DO NOTHING RETURNING id",
                (
                    kind,
                    json.dumps(payload, ensure_ascii=False, sort_keys=True),
                    to_db_time(due_at),
                    member_id,
                    dedupe_key,
                    to_db_time(now),
                ),
            )
        return int(row["id"]) if row else None

    async def get(self, task_id: int) -> Task | None:
        row = await self._db.fetch_one("SELECT * FROM tasks WHERE id = ?", (task_id,))
        return _task(row) if row else None

    async def claim_due(self, now: datetime, limit: int) -> list[Task]:
        """Atomically move up to `limit` due tasks from pending to running, oldest first.
        Once claimed, a task is never claimed again: this is what makes it run at most once."""
        # One statement, committed on its own (the connection is in autocommit mode): one trip
        # to the database thread instead of three for BEGIN, UPDATE and COMMIT.
        rows = await self._db.fetch_all(
            "UPDATE tasks SET state = 'running', claimed_at = :now, attempts = attempts + 1"
            " WHERE id IN (SELECT id FROM tasks WHERE state = 'pending' AND due_at <= :now"
            "              ORDER BY due_at, id LIMIT :limit)"
            " RETURNING *",
            {"now": to_db_time(now), "limit": limit},
        )
        tasks = [_task(row) for row in rows]
        tasks.sort(key=lambda task: (task.due_at, task.id))
        return tasks

    async def finish(
        self, task_id: int, state: TaskState, now: datetime, error: str | None = None
    ) -> None:
        await self._db.execute(
            "UPDATE tasks SET state = ?, finished_at = ?, last_error = ? WHERE id = ?",
            (state, to_db_time(now), error, task_id),
        )

    async def retry_at(
        self, task_id: int, due_at: datetime, error: str, *, counted: bool = True
    ) -> None:
        """Pending again at `due_at`; a hold that was no failure (`counted=False`) gives the
        attempt its claim took back."""
        await self._db.execute(
            "UPDATE tasks SET state = 'pending', due_at = ?, last_error = ?,"
            " attempts = attempts - ? WHERE id = ?",
            (to_db_time(due_at), error, 0 if counted else 1, task_id),
        )

    async def interrupt_running(self, now: datetime) -> int:
        """Tasks left running by a crash: record them as interrupted rather than run them again."""
        return await self._db.execute(
            "UPDATE tasks SET state = 'interrupted', finished_at = ?,"
            " last_error = 'the bot stopped while this task was running'"
            " WHERE state = 'running'",
            (to_db_time(now),),
        )

    async def cancel(self, task_id: int, now: datetime) -> bool:
        changed = await self._db.execute(
            "UPDATE tasks SET state = 'cancelled', finished_at = ?"
            " WHERE id = ? AND state = 'pending'",
            (to_db_time(now), task_id),
        )
        return changed > 0

    async def add_many(self, tasks: Sequence[NewTask], now: datetime) -> None:
        async with self._db.transaction() as tx:
            await insert_tasks(tx, tasks, now)

    async def purge_finished(self, before: datetime) -> int:
        """Delete tasks that finished (any way) before `before`: their keys are of the past."""
        return await self._db.execute(
            "DELETE FROM tasks WHERE finished_at IS NOT NULL AND finished_at < ?"
            " AND state IN ('done', 'failed', 'interrupted', 'cancelled')",
            (to_db_time(before),),
        )

    async def count_by_state(self) -> dict[str, int]:
        rows = await self._db.fetch_all("SELECT state, COUNT(*) AS n FROM tasks GROUP BY state")
        return {row["state"]: int(row["n"]) for row in rows}

    async def oldest_due(self, now: datetime) -> datetime | None:
        """When the longest-waiting pending task fell due (None: nothing is due)."""
        row = await self._db.fetch_one(
            "SELECT MIN(due_at) AS due_at FROM tasks WHERE state = 'pending' AND due_at <= ?",
            (to_db_time(now),),
        )
        return from_db_time(row["due_at"]) if row and row["due_at"] else None
