"""Reminder planning: offsets, quiet hours for minors, and catching up after downtime."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from hypothesis import given
from hypothesis import strategies as st

from bot.domain.quiet_hours import QuietHours
from bot.domain.reminder_plan import goes_out, plan, time_left

ROME = ZoneInfo("Europe/Rome")
QUIET = QuietHours.parse("22:00-08:00")
DAY, HOUR = timedelta(days=1), timedelta(hours=1)


def test_offsets_before_the_start() -> None:
    starts = datetime(2026, 3, 14, 18, 30, tzinfo=ROME)
    planned = plan(starts, (HOUR, DAY), minor=False, quiet=QUIET, zone=ROME)
    assert [p.send_at for p in planned] == [starts - DAY, starts - HOUR]  # no clock change here


def test_a_minor_reminder_in_quiet_hours_goes_just_before_they_begin() -> None:
    starts = datetime(2026, 3, 14, 9, 0, tzinfo=ROME)  # 24h before: 09:00, 1h before: 08:00
    planned = plan(starts, (DAY, 2 * HOUR), minor=True, quiet=QUIET, zone=ROME)
    assert planned[1].send_at == datetime(2026, 3, 13, 21, 59, tzinfo=ROME)  # not 07:00
    adult = plan(starts, (2 * HOUR,), minor=False, quiet=QUIET, zone=ROME)
    assert adult[0].send_at == datetime(2026, 3, 14, 7, 0, tzinfo=ROME)


def test_offsets_are_elapsed_time_across_a_clock_change() -> None:
    starts = datetime(2026, 3, 29, 10, 0, tzinfo=ROME)  # clocks went forward at 02:00
    (planned,) = plan(starts, (DAY,), minor=False, quiet=QUIET, zone=ROME)
    assert starts.astimezone(UTC) - planned.send_at.astimezone(UTC) == DAY
    assert planned.send_at.astimezone(ROME).hour == 9  # 24 hours earlier is 09:00 the day before


def test_after_downtime_only_the_most_recent_goes_out() -> None:
    starts = datetime(2026, 3, 14, 18, 0, tzinfo=ROME)
    day_before, hour_before = plan(starts, (DAY, HOUR), minor=False, quiet=QUIET, zone=ROME)
    now = starts - timedelta(minutes=20)
    assert not goes_out(now, starts, day_before, [hour_before])  # moot: the later one is due
    assert goes_out(now, starts, hour_before, [day_before])
    assert time_left(now, starts) == timedelta(minutes=20)
    # On time, the day-before one goes: the later one is not due yet.
    assert goes_out(starts - DAY, starts, day_before, [hour_before])
    # Once the event has started, none.
    assert not goes_out(starts + HOUR, starts, hour_before, [day_before])


@given(
    st.datetimes(datetime(2026, 1, 1), datetime(2027, 12, 31)),
    st.lists(st.integers(5, 14 * 24 * 60), min_size=1, max_size=4, unique=True),
    st.booleans(),
)
def test_every_reminder_precedes_the_start_and_minors_never_get_one_at_night(
    start: datetime, minutes: list[int], minor: bool
) -> None:
    starts = start.replace(tzinfo=ROME)
    offsets = tuple(timedelta(minutes=m) for m in minutes)
    for planned in plan(starts, offsets, minor=minor, quiet=QUIET, zone=ROME):
        assert planned.send_at.astimezone(UTC) < starts.astimezone(UTC)
        if minor:
            assert not QUIET.contains(planned.send_at.astimezone(ROME).time())
