"""How long a freed seat is held for the first on the waitlist. Pure: no I/O.

For a member under 18 the time to confirm counts only outside quiet hours (rule 15): the bot
does not write to them then, and they should not have to be awake to keep their seat. So the
deadline never falls inside quiet hours, and a night in between does not eat their window."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from bot.domain.quiet_hours import QuietHours

LONGEST_OFFER = timedelta(hours=12)
SHORTEST_OFFER = timedelta(minutes=15)


def offer_window(now: datetime, starts_at: datetime) -> timedelta:
    """12 hours, or half the time left before the start if less, never under 15 minutes."""
    half_left = (starts_at - now) / 2
    return max(min(LONGEST_OFFER, half_left), SHORTEST_OFFER)


def offer_deadline(
    told: datetime,
    starts_at: datetime,
    *,
    minor: bool,
    quiet: QuietHours,
    zone: ZoneInfo,
) -> datetime:
    """Until when a seat offered to someone who hears of it at `told` is held: the window
    from `told`, never past the start. For a minor the window counts only the time outside
    quiet hours; if that runs past the start, the deadline is the start, or the last moment
    before quiet hours that come before it, if that leaves her at least `SHORTEST_OFFER` of
    awake time (told at 21:59 for an event in the night: until the start, not one minute)."""
    window = offer_window(told, starts_at)
    if not minor:
        return min(told + window, starts_at)
    deadline = awake_after(told, window, quiet, zone)
    if deadline <= starts_at:
        return deadline
    if not quiet.contains(starts_at.astimezone(zone).time().replace(tzinfo=None)):
        return starts_at
    begun = _quiet_start_before(starts_at, quiet, zone)
    if awake_after(told, SHORTEST_OFFER, quiet, zone) <= begun:
        return begun
    # Told in the night before, or too little of the evening left: the seat is held until the
    # start; she confirms when she likes (the bot still writes nothing in the night).
    return starts_at


def awake_after(start: datetime, window: timedelta, quiet: QuietHours, zone: ZoneInfo) -> datetime:
    """The moment when `window` of time outside quiet hours has passed since `start`."""
    at = quiet.next_allowed(start, zone).astimezone(UTC)
    left = window
    for _ in range(400):  # a window of days crosses a night a day; this ends long before
        begins = _next_quiet_start(at, quiet, zone)
        if begins is None or at + left <= begins:
            return at + left
        left -= begins - at
        at = quiet.next_allowed(begins, zone).astimezone(UTC)
    return at + left


def _next_quiet_start(after: datetime, quiet: QuietHours, zone: ZoneInfo) -> datetime | None:
    """When the next quiet hours begin, from a moment outside them (None: no quiet hours)."""
    if quiet.start == quiet.end:
        return None
    local = after.astimezone(zone)
    begins = datetime.combine(local.date(), quiet.start, tzinfo=zone)
    if begins <= local:
        begins += timedelta(days=1)
    return begins.astimezone(UTC)


def _quiet_start_before(moment: datetime, quiet: QuietHours, zone: ZoneInfo) -> datetime:
    """The start of the quiet hours that contain `moment`."""
    local = moment.astimezone(zone)
    begins = datetime.combine(local.date(), quiet.start, tzinfo=zone)
    return begins if begins <= local else begins - timedelta(days=1)
