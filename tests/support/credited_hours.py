"""Hours credited to a member, for tests of what she sees of them: events in the past and the
attendance rows an organiser's marking leaves (written by the attendance repository's own mark,
without the flow's screens, so these tests do not depend on them)."""

from __future__ import annotations

from datetime import datetime

from tests.support.events import open_event
from tests.support.harness import RunningBot

ORGANISER = 777


async def credited(
    bot: RunningBot, member_id: int, title: str, starts_at: datetime, minutes: int
) -> int:
    """An event `title` at `starts_at` that `member_id` came to, `minutes` credited; its id."""
    event_id = await bot.services.events.create(
        ORGANISER, open_event(starts_at, title=title, duration_minutes=max(minutes, 5))
    )
    attendance = bot.services.attendance.repository
    now = bot.clock.now()
    await attendance.mark_asked(event_id, now, ())  # past: its organiser is not asked
    await attendance.mark(event_id, member_id, minutes, False, ORGANISER, now)
    return event_id
