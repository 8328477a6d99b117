"""Waiting until the bot has finished answering, before the next line of the tester (or of a
script) is taken: a number must press a button of the message that answered the line before."""

from __future__ import annotations

import asyncio
import time

from telegram_test_server import FakeTelegram

from bot.app import TASK_JOB_NAME
from handlers.kit.context import BotApplication

_LOOK_EVERY = 0.05  # seconds
_QUIET_LOOKS = 3  # this many looks in a row with nothing moving: the bot is done
_LONGEST = 30.0  # seconds: the tester gets the prompt back even if something keeps going


# Work the application spawns on its own (bot/app.py names it): a broadcast's copies, the
# redraws of an event's copies, a run of durable tasks.
_BACKGROUND = frozenset({"broadcast", "event-copies", TASK_JOB_NAME})


def _background_work() -> bool:
    return any(task.get_name() in _BACKGROUND for task in asyncio.all_tasks())


def _busy(application: BotApplication, server: FakeTelegram) -> bool:
    services = application.bot_data.services
    return (
        bool(server.pending_updates)
        or _background_work()
        or not application.update_queue.empty()
        or application.update_processor.current_concurrent_updates > 0
        or any(call.method != "getUpdates" for call in server.in_flight)
        or services.tasks.busy
    )


def _requests(server: FakeTelegram, since: int) -> int:
    """How many requests other than long polls the bot made after the first `since` calls."""
    return sum(1 for call in server.calls[since:] if call.method != "getUpdates")


async def settle(application: BotApplication, server: FakeTelegram) -> None:
    """Return once no update is waiting or running, no request is in flight, no durable task
    runs, and that has held for a few looks in a row (a handler may start a task or a send
    right after another ends)."""
    deadline = time.monotonic() + _LONGEST
    quiet = 0
    looked_at = len(server.calls)
    while quiet < _QUIET_LOOKS and time.monotonic() < deadline:
        await asyncio.sleep(_LOOK_EVERY)
        moved = _requests(server, looked_at) > 0
        looked_at = len(server.calls)
        quiet = 0 if moved or _busy(application, server) else quiet + 1
