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

from bot.quiet_hours import QuietHours

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


@dataclass(frozen=True)
class Due:
    send: Planned | None  # the one to send now
    skip: tuple[Planned, ...]  # overdue ones that no longer make sense


def due_now(now: datetime, starts_at: datetime, pending: list[Planned]) -> Due:
    """Of the reminders not yet sent, the one to send now (the most recent that is due, if the
    event has not started) and the ones to skip."""
    now_utc = now.astimezone(UTC)
    overdue = sorted(
        (p for p in pending if p.send_at.astimezone(UTC) <= now_utc),
        key=lambda p: p.send_at.astimezone(UTC),
    )
    if not overdue:
        return Due(None, ())
    if now_utc >= starts_at.astimezone(UTC):
        return Due(None, tuple(overdue))
    return Due(overdue[-1], tuple(overdue[:-1]))


def time_left(now: datetime, starts_at: datetime) -> timedelta:
    """Rounded to the minute, for "starts in 20 minutes"."""
    seconds = max(int((starts_at.astimezone(UTC) - now.astimezone(UTC)).total_seconds()), 0)
    return timedelta(minutes=round(seconds / 60))
