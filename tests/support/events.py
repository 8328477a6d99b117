"""Events for tests: one open to everyone, changed only where a test cares."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from typing import Any

from telegram_test_server import FakeUser

from storage.events import NewEvent
from tests.support.harness import RunningBot


def open_event(starts_at: datetime, **changes: Any) -> NewEvent:
    """An event open to everyone at `starts_at` (the park clean-up): two hours, no seat
    limit, no age band, no project, reminders a day and an hour before; `changes` replace
    any other field."""
    event = NewEvent(
        title="Pulizia del parco",
        description="",
        starts_at=starts_at,
        duration_minutes=120,
        place="Parco Dora",
        link=None,
        capacity=None,
        project_id=None,
        min_age=None,
        max_age=None,
        reminder_minutes=(24 * 60, 60),
    )
    return replace(event, **changes)


async def message_after(bot: RunningBot, user: FakeUser, seen: int) -> str:
    """Run the due tasks, wait for the one message `user` gets after the `seen` before it,
    and return its text."""
    await bot.run_due_tasks()
    await user.wait_until(lambda u: len(u.messages) == seen + 1)
    return user.messages[-1].text or ""
