"""Emma's weekly meeting: Thursdays at 18:30 for three months from the next Thursday, so a
tester sees a series once in /events ("every Thursday · 13 dates"), says Going to all in one
tap, and finds every date at 18:30 also after the clocks change in March."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from bot.domain.recurrence import Frequency, Rule
from bot.domain.series_end import months_after
from bot.sandbox.demo_events import REMINDERS
from bot.sandbox.people import COORDINATOR
from bot.wiring import Services
from storage.events import NewEvent

THURSDAY = 3
AT = time(18, 30)
GOING_TO_ALL = ("chiara", "matteo", "elena")


async def seed_series(services: Services, members: dict[str, int]) -> int:
    """The meeting and who goes to all of it; the id of its series."""
    zone = services.settings.zone
    today = services.clock.now().astimezone(zone).date()
    first = today + timedelta(days=(THURSDAY - today.weekday() - 1) % 7 + 1)
    local = datetime.combine(first, AT)
    rule = Rule(Frequency.WEEKLY, local, until=months_after(first, 3))
    template = NewEvent(
        title="Riunione settimanale",
        description="Ogni giovedì in sede: come vanno i progetti, cosa serve, chi dà una mano."
        " Si può venire anche una volta sola.",
        starts_at=local.replace(tzinfo=zone),
        duration_minutes=90,
        place="Sede Gen C, via Baltea 3, Torino",
        link=None,
        capacity=None,
        project_id=None,
        min_age=None,
        max_age=None,
        reminder_minutes=REMINDERS,
    )
    created = await services.event_series.create(COORDINATOR.user_id, rule, template)
    for key in GOING_TO_ALL:
        await services.event_series.going_to_all(members[key], created.series_id)
    return created.series_id
