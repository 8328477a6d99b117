"""Durable tasks with a controllable clock, and a kill -9 in the middle of a task."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import textwrap
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from bot.core.clock import FakeClock
from bot.core.tasks import MaybeSent, NotSent, RetryLater, TaskDispatcher, TaskKind
from storage.db import Database
from storage.migrations import migrate
from storage.tasks import Task, TaskRepository

Payload = dict[str, Any]


def kind(name: str) -> TaskKind[Payload]:
    return TaskKind.untyped(name)


class Recorder:
    def __init__(self) -> None:
        self.ran: list[int] = []

    async def __call__(self, task: Task, payload: Payload) -> None:
        self.ran.append(task.id)


async def stored(repository: TaskRepository, task_id: int) -> Task:
    """The task as it is stored now (it must be there)."""
    task = await repository.get(task_id)
    assert task is not None
    return task


@pytest.fixture
def repository(db: Database) -> TaskRepository:
    return TaskRepository(db)


@pytest.fixture
def dispatcher(repository: TaskRepository, clock: FakeClock) -> TaskDispatcher:
    return TaskDispatcher(repository, clock, workers=3)


async def test_a_task_runs_when_due_and_only_once(
    dispatcher: TaskDispatcher, repository: TaskRepository, clock: FakeClock
) -> None:
    recorder = Recorder()
    dispatcher.register(kind("ping"), recorder)
    task_id = await dispatcher.schedule(
        kind("ping"), {"n": 1}, due_at=clock.now() + timedelta(hours=2)
    )
    assert task_id is not None
    assert await dispatcher.run_due() == 0
    clock.advance(hours=1, minutes=59)
    assert await dispatcher.run_due() == 0
    clock.advance(minutes=1)
    assert await dispatcher.run_due() == 1
    assert await dispatcher.run_due() == 0
    assert recorder.ran == [task_id]
    task = await stored(repository, task_id)
    assert task.state == "done"
    assert task.payload == {"n": 1}


async def test_many_due_tasks_run_oldest_first(
    dispatcher: TaskDispatcher, clock: FakeClock
) -> None:
    recorder = Recorder()
    dispatcher.register(kind("ping"), recorder)
    ids = []
    for minutes in (5, 1, 4, 2, 3, 6, 7):
        ids.append(
            (
                minutes,
                await dispatcher.schedule(
                    kind("ping"), {}, due_at=clock.now() + timedelta(minutes=minutes)
                ),
            )
        )
    clock.advance(hours=1)
    assert await dispatcher.run_due() == 7
    assert recorder.ran == [task_id for _, task_id in sorted(ids)]


async def test_the_claim_is_committed_before_the_handler_acts(
    dispatcher: TaskDispatcher, repository: TaskRepository, db_path: Path
) -> None:
    seen: list[str] = []

    async def look_from_another_connection(task: Task, payload: Payload) -> None:
        other = await Database.open(db_path)
        row = await other.fetch_one("SELECT state FROM tasks WHERE id = ?", (task.id,))
        await other.close()
        assert row is not None
        seen.append(row["state"])

    dispatcher.register(kind("look"), look_from_another_connection)
    await dispatcher.schedule(kind("look"), {})
    await dispatcher.run_due()
    assert seen == ["running"]


async def test_a_task_due_while_the_bot_was_down_runs_at_start(
    db_path: Path, clock: FakeClock
) -> None:
    first = await Database.open(db_path)
    await migrate(first, clock.now())
    await TaskRepository(first).add("ping", {}, clock.now() + timedelta(hours=1), clock.now())
    await first.close()

    clock.advance(days=2)  # the bot was down for two days
    second = await Database.open(db_path)
    dispatcher = TaskDispatcher(TaskRepository(second), clock)
    recorder = Recorder()
    dispatcher.register(kind("ping"), recorder)
    await dispatcher.recover()
    assert await dispatcher.run_due() == 1
    assert len(recorder.ran) == 1
    await second.close()


async def test_retry_later_then_give_up(repository: TaskRepository, clock: FakeClock) -> None:
    dispatcher = TaskDispatcher(repository, clock, max_attempts=3)
    calls = 0

    async def busy(task: Task, payload: Payload) -> None:
        nonlocal calls
        calls += 1
        raise RetryLater(timedelta(minutes=10), "not yet")

    dispatcher.register(kind("busy"), busy)
    task_id = await dispatcher.schedule(kind("busy"), {})
    assert task_id is not None
    assert await dispatcher.run_due() == 1
    assert await dispatcher.run_due() == 0  # waits ten minutes
    for _ in range(2):
        clock.advance(minutes=10)
        assert await dispatcher.run_due() == 1
    task = await stored(repository, task_id)
    assert (task.state, task.attempts, task.last_error) == ("failed", 3, "not yet")
    assert calls == 3


async def test_a_failing_task_does_not_stop_the_others(
    dispatcher: TaskDispatcher, repository: TaskRepository, caplog: pytest.LogCaptureFixture
) -> None:
    recorder = Recorder()

    async def broken(task: Task, payload: Payload) -> None:
        raise ValueError("boom")

    dispatcher.register(kind("broken"), broken)
    dispatcher.register(kind("ping"), recorder)
    bad = await dispatcher.schedule(kind("broken"), {})
    good = await dispatcher.schedule(kind("ping"), {})
    assert await dispatcher.run_due() == 2
    assert recorder.ran == [good]
    assert bad is not None
    task = await stored(repository, bad)
    assert (task.state, task.last_error) == ("failed", "ValueError")
    assert "task" in caplog.text
    assert "failed" in caplog.text


async def test_dedupe_key_and_unknown_kinds(
    dispatcher: TaskDispatcher, repository: TaskRepository, clock: FakeClock
) -> None:
    dispatcher.register(kind("ping"), Recorder())
    assert await dispatcher.schedule(kind("ping"), {}, dedupe_key="event-1:24h") is not None
    assert await dispatcher.schedule(kind("ping"), {}, dedupe_key="event-1:24h") is None
    with pytest.raises(ValueError, match="no handler"):
        await dispatcher.schedule(kind("nobody"), {})
    stray = await repository.add("retired-kind", {}, clock.now(), clock.now())
    await dispatcher.run_due()
    assert stray is not None
    task = await stored(repository, stray)
    assert task.state == "failed"


async def test_a_second_run_while_one_is_going_does_nothing(dispatcher: TaskDispatcher) -> None:
    release = asyncio.Event()
    started = asyncio.Event()

    async def slow(task: Task, payload: Payload) -> None:
        started.set()
        await release.wait()

    dispatcher.register(kind("slow"), slow)
    await dispatcher.schedule(kind("slow"), {})
    first = asyncio.create_task(dispatcher.run_due())
    await started.wait()
    assert await dispatcher.run_due() == 0
    release.set()
    assert await first == 1


async def test_cancelled_tasks_never_run(
    dispatcher: TaskDispatcher, repository: TaskRepository, clock: FakeClock
) -> None:
    recorder = Recorder()
    dispatcher.register(kind("ping"), recorder)
    task_id = await dispatcher.schedule(kind("ping"), {}, due_at=clock.now() + timedelta(minutes=1))
    assert task_id is not None
    assert await repository.cancel(task_id, clock.now())
    clock.advance(minutes=5)
    assert await dispatcher.run_due() == 0
    assert recorder.ran == []


CHILD = textwrap.dedent(
    """
    import asyncio, sys
    from pathlib import Path
    from bot.core.clock import SystemClock
    from bot.core.tasks import TaskDispatcher, TaskKind
    from storage.db import Database
    from storage.tasks import TaskRepository

    async def main(path, marker):
        db = await Database.open(Path(path))
        dispatcher = TaskDispatcher(TaskRepository(db), SystemClock(), workers=2)

        async def stuck(task, payload):
            with open(marker, "a") as started:
                started.write(f"{task.id}\\n")
            await asyncio.sleep(3600)

        dispatcher.register(TaskKind.untyped("stuck"), stuck)
        await dispatcher.run_due()

    asyncio.run(main(sys.argv[1], sys.argv[2]))
    """
)


async def test_kill_9_in_the_middle_of_a_task_never_runs_it_twice(
    db_path: Path, tmp_path: Path
) -> None:
    clock = FakeClock()
    db = await Database.open(db_path)
    await migrate(db, clock.now())
    repository = TaskRepository(db)
    # Due long ago (the child process uses the real clock); two workers take one each.
    ids = [await repository.add("stuck", {}, clock.now(), clock.now()) for _ in range(6)]
    marker = tmp_path / "started"
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(db_path), str(marker)])
    try:
        for _ in range(200):
            if marker.exists() and len(marker.read_text().split()) == 2:
                break
            await asyncio.sleep(0.05)
        in_flight = sorted(int(line) for line in marker.read_text().split())
        assert in_flight == ids[:2]
    finally:
        os.kill(child.pid, signal.SIGKILL)
        child.wait()

    dispatcher = TaskDispatcher(repository, clock)
    recorder = Recorder()
    dispatcher.register(kind("stuck"), recorder)
    assert await dispatcher.recover() == 2
    assert await dispatcher.run_due() == 4
    # The two cut short are recorded, not repeated; the four never started all run.
    assert sorted(recorder.ran) == ids[2:]
    states = [task.state for task in [await repository.get(i) for i in ids if i] if task]
    assert states == ["interrupted"] * 2 + ["done"] * 4
    await db.close()


async def test_no_new_task_starts_once_the_bot_is_stopping(
    dispatcher: TaskDispatcher, repository: TaskRepository
) -> None:
    recorder = Recorder()
    dispatcher.register(kind("ping"), recorder)
    for _ in range(10):
        await dispatcher.schedule(kind("ping"), {})
    dispatcher.keep_going = lambda: len(recorder.ran) < 4
    ran = await dispatcher.run_due()
    assert 4 <= ran <= 6  # each of the 3 workers finishes what it started
    assert (await repository.count_by_state())["pending"] == 10 - ran


async def test_no_connection_to_telegram_is_tried_again_a_timeout_is_not(
    dispatcher: TaskDispatcher, repository: TaskRepository, clock: FakeClock
) -> None:
    failures: list[BaseException] = []

    async def send(task: Task, payload: Payload) -> None:
        if failures:
            raise failures.pop(0)

    dispatcher.register(kind("send"), send)
    failures.append(NotSent("ConnectError"))
    task_id = await dispatcher.schedule(kind("send"), {})
    assert task_id is not None
    assert await dispatcher.run_due() == 1
    task = await stored(repository, task_id)
    assert (task.state, task.last_error) == ("pending", "no connection to Telegram")
    clock.advance(seconds=30)
    assert await dispatcher.run_due() == 1
    task = await stored(repository, task_id)
    assert task.state == "done"
    # A read timeout: the message may have arrived, so it is never sent again.
    failures.append(MaybeSent("ReadTimeout"))
    other = await dispatcher.schedule(kind("send"), {})
    assert other is not None
    assert await dispatcher.run_due() == 1
    task = await stored(repository, other)
    assert task.state == "failed"


async def test_holds_and_flood_control_use_up_no_attempt(
    repository: TaskRepository, clock: FakeClock
) -> None:
    dispatcher = TaskDispatcher(repository, clock, max_attempts=3)
    holds = 6

    async def held(task: Task, payload: Payload) -> None:
        nonlocal holds
        if holds:
            holds -= 1
            raise RetryLater(timedelta(hours=1), "quiet hours", counted=False)

    dispatcher.register(kind("held"), held)
    task_id = await dispatcher.schedule(kind("held"), {})
    assert task_id is not None
    for _ in range(7):
        await dispatcher.run_due()
        clock.advance(hours=1)
    task = await stored(repository, task_id)
    assert (task.state, task.attempts) == ("done", 1)  # six holds, then one real run


@dataclass(frozen=True)
class Greeting:
    name: str
    times: int = 1


async def test_a_typed_payload_is_decoded_once_before_the_handler_runs(
    dispatcher: TaskDispatcher, repository: TaskRepository, clock: FakeClock
) -> None:
    greet = TaskKind("greet", Greeting)
    seen: list[Greeting] = []

    async def handle(task: Task, greeting: Greeting) -> None:
        seen.append(greeting)

    dispatcher.register(greet, handle)
    await dispatcher.schedule(greet, Greeting("Ada", 2))
    # Stored by an older version: a field it did not have takes its default, one it had and
    # this one has not is ignored.
    await repository.add("greet", {"name": "Bea", "colour": "red"}, clock.now(), clock.now())
    broken = await repository.add("greet", {"times": 3}, clock.now(), clock.now())
    assert await dispatcher.run_due() == 3
    assert seen == [Greeting("Ada", 2), Greeting("Bea", 1)]
    assert broken is not None
    task = await stored(repository, broken)
    assert task.state == "failed"  # no name: the payload does not decode


async def test_a_kind_is_registered_once(dispatcher: TaskDispatcher) -> None:
    dispatcher.register(kind("ping"), Recorder())
    with pytest.raises(ValueError, match="already registered"):
        dispatcher.register(kind("ping"), Recorder())
