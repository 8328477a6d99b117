"""Hours Luca already has, so /hours and its statement for school can be tried at once: two
of Emma's events in the past weeks that he came to, marked as an organiser would."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from bot.sandbox.people import COORDINATOR
from bot.wiring import Services
from storage.events import NewEvent

PAST = (
    ("Pulizia delle sponde del Po", 21, time(9, 30), 180, "Murazzi del Po, Torino"),
    ("Doposcuola al Barrito", 9, time(15, 0), 90, "Circolo Barrito, via Tepice 23, Torino"),
)


async def seed_hours(services: Services, members: dict[str, int]) -> None:
    zone = services.settings.zone
    today = services.clock.now().astimezone(zone).date()
    for title, days_ago, at, minutes, place in PAST:
        starts = datetime.combine(today - timedelta(days=days_ago), at, tzinfo=zone)
        new = NewEvent(
            title=title,
            description="",
            starts_at=starts,
            duration_minutes=minutes,
            place=place,
            link=None,
            capacity=None,
            project_id=None,
            min_age=None,
            max_age=None,
            reminder_minutes=(),
        )
        event_id = await services.events.create(COORDINATOR.user_id, new)
        # Marked as an organiser's marking would be, by the one attendance writer; asked
        # already, so no "who came?" note comes for weeks-old events.
        attendance = services.attendance.repository
        now = services.clock.now()
        await attendance.mark_asked(event_id, now, ())
        await attendance.mark(event_id, members["luca"], minutes, False, COORDINATOR.user_id, now)
