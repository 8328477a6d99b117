"""`/wait 17:00` and `/wait tomorrow 9:00`: how far the clock must move to reach a time of
day, so a tester sees a reminder without counting hours."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

_TIME_OF_DAY = re.compile(
    r"^(?:(?P<tomorrow>domani|tomorrow)\s+)?(?:(?:alle|at)\s+)?(?P<hour>\d{1,2})[:.](?P<minute>\d{2})$",
    re.IGNORECASE,
)


def until_time_of_day(text: str, now: datetime) -> timedelta | None:
    """From `now` (local, aware) to the next `HH:MM`, or to `HH:MM` tomorrow; None when `text`
    is no time of day."""
    found = _TIME_OF_DAY.match(text.strip())
    if found is None:
        return None
    hour, minute = int(found["hour"]), int(found["minute"])
    if hour > 23 or minute > 59:
        return None
    target = now.replace(hour=hour, minute=minute, second=0, microsecond=0)
    if found["tomorrow"] or target <= now:
        target = _day_after(target)
    # In UTC: two times of one zone subtract as wall clocks, blind to a summer-time change.
    return target.astimezone(UTC) - now.astimezone(UTC)


def _day_after(moment: datetime) -> datetime:
    """The same wall-clock time a day later, even across a change to or from summer time."""
    naive = moment.replace(tzinfo=None) + timedelta(days=1)
    return naive.replace(tzinfo=moment.tzinfo)
