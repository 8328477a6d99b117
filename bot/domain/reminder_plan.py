"""When each event reminder goes out, and what to do after the bot was down. Pure: no I/O.

- A reminder is due at start − offset (elapsed time, so DST changes nothing).
- For a member under 18, one that would fall inside quiet hours goes out just before they begin.
- After downtime, of the reminders already due for an event that has not started, only the most
  recent goes out (worded for the real time left); the earlier ones are skipped.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from bot.domain.quiet_hours import QuietHours

BEFORE_QUIET = timedelta(minutes=1)


@dataclass(frozen=True)
class Planned:
    offset: timedelta
    send_at: datetime


def quiet_start_before(moment: datetime, quiet: QuietHours, zone: ZoneInfo) -> datetime:
    """The start of the quiet period that contains `moment` (local time)."""
    local = moment.astimezone(zone)
    start_today = datetime.combine(local.date(), quiet.start, tzinfo=zone)
    return start_today if start_today <= local else start_today - timedelta(days=1)


def plan(
    starts_at: datetime,
    offsets: tuple[timedelta, ...],
    *,
    minor: bool,
    quiet: QuietHours,
    zone: ZoneInfo,
) -> list[Planned]:
    planned = []
    start_utc = starts_at.astimezone(UTC)
    for offset in sorted(offsets, reverse=True):
        # In UTC: Python subtracts wall-clock time between datetimes of one zone, and an offset
        # is elapsed time (24h before a Sunday after the clocks changed is 09:00, not 10:00).
        at = (start_utc - offset).astimezone(zone)
        if minor and quiet.contains(at.astimezone(zone).time()):
            at = (quiet_start_before(at, quiet, zone).astimezone(UTC) - BEFORE_QUIET).astimezone(
                zone
            )
        planned.append(Planned(offset, at))
    return planned


def goes_out(now: datetime, starts_at: datetime, mine: Planned, others: list[Planned]) -> bool:
    """Whether this reminder goes out now: the event has not started, and no later reminder
    of the same member and event (a smaller offset) is due too. After downtime only the most
    recent due one goes out; the earlier ones are moot."""
    now_utc = now.astimezone(UTC)
    if now_utc >= starts_at.astimezone(UTC):
        return False
    return not any(
        other.offset < mine.offset and other.send_at.astimezone(UTC) <= now_utc for other in others
    )


def time_left(now: datetime, starts_at: datetime) -> timedelta:
    """Rounded to the minute, for "starts in 20 minutes"."""
    seconds = max(int((starts_at.astimezone(UTC) - now.astimezone(UTC)).total_seconds()), 0)
    return timedelta(minutes=round(seconds / 60))
