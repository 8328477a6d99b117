"""A series as an .ics file: what calendar apps read back, expanded as they expand it (pure)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import recurring_ical_events
from hypothesis import assume, given
from hypothesis import strategies as st
from icalendar import Calendar, vRecur

from bot.domain.series_calendar import SeriesEntry, calendar_of, rule_starts, series_file
from storage.events import Event
from tests.support.events import open_event

ROME = ZoneInfo("Europe/Rome")
NOW = datetime(2026, 12, 5, 12, tzinfo=UTC)


@dataclass(frozen=True)
class Series:
    id: int = 7
    frequency: str = "weekly"
    week_of_month: int | None = None
    local_start: str = "2027-01-14T18:30"  # a Thursday
    time_zone: str = "Europe/Rome"
    until_date: date | None = date(2027, 4, 15)
    occurrences: int | None = None
    sequence: int = 0


WEEKLY = Series()


def occurrences(series: Series, first_id: int = 100) -> list[Event]:
    """The rows the series' rule gives: the weekly meeting, 90 minutes, at the youth centre."""
    meeting = open_event(
        datetime(2027, 1, 1, tzinfo=UTC),
        title="Riunione settimanale",
        duration_minutes=90,
        place="Centro giovani, Via Cecchi 17",
    )
    return [
        Event(
            **{**vars(meeting), "starts_at": start},
            id=first_id + number,
            series_id=series.id,
            occurrence_start=start,
        )
        for number, start in enumerate(rule_starts(series))
    ]


def local_starts(ics: bytes) -> list[datetime]:
    """Every date a calendar app shows, in Rome's wall time."""
    calendar = Calendar.from_ical(ics)
    shown = recurring_ical_events.of(calendar).between(date(2026, 1, 1), date(2028, 1, 1))
    return sorted(entry.decoded("dtstart").astimezone(ROME).replace(tzinfo=None) for entry in shown)


def the_rule(ics: bytes) -> vRecur:
    rule = Calendar.from_ical(ics).walk("VEVENT")[0]["rrule"]
    assert isinstance(rule, vRecur)
    return rule


def test_a_weekly_thursday_stays_at_18_30_across_the_march_clock_change() -> None:
    rows = occurrences(WEEKLY)
    starts = local_starts(series_file(SeriesEntry(WEEKLY, rows), NOW))
    assert len(starts) == 14  # 14 January to 15 April
    assert {start.strftime("%a %H:%M") for start in starts} == {"Thu 18:30"}
    assert starts[0] == datetime(2027, 1, 14, 18, 30)
    assert datetime(2027, 3, 25, 18, 30) in starts  # before the last Sunday of March
    assert datetime(2027, 4, 1, 18, 30) in starts  # after it
    assert starts[-1] == datetime(2027, 4, 15, 18, 30)
    # and the rows agree: 17:30 UTC in winter, 16:30 UTC in summer
    assert rows[10].starts_at == datetime(2027, 3, 25, 17, 30, tzinfo=UTC)
    assert rows[11].starts_at == datetime(2027, 4, 1, 16, 30, tzinfo=UTC)


def test_the_file_has_the_rule_the_zone_and_local_times() -> None:
    ics = series_file(SeriesEntry(WEEKLY, occurrences(WEEKLY)), NOW)
    calendar = Calendar.from_ical(ics)
    [zone] = calendar.walk("VTIMEZONE")
    assert str(zone["tzid"]) == "Europe/Rome"
    [master] = calendar.walk("VEVENT")
    assert str(master["uid"]) == "series-7@genc-bot"
    assert master["dtstart"].params["TZID"] == "Europe/Rome"
    assert master.decoded("dtstart") == datetime(2027, 1, 14, 18, 30, tzinfo=ROME)
    rule = the_rule(ics)
    assert rule["FREQ"] == ["WEEKLY"]
    assert rule["UNTIL"] == [datetime(2027, 4, 15, 16, 30, tzinfo=UTC)]  # the last date, UTC
    assert str(master["summary"]) == "Riunione settimanale"
    assert "EXDATE" not in master


def test_a_cancelled_occurrence_disappears_and_the_sequence_goes_up() -> None:
    rows = occurrences(WEEKLY)
    rows[11] = replace(rows[11], status="cancelled")  # 1 April
    later = replace(WEEKLY, sequence=WEEKLY.sequence + 1)
    ics = series_file(SeriesEntry(later, rows), NOW)
    starts = local_starts(ics)
    assert len(starts) == 13
    assert datetime(2027, 4, 1, 18, 30) not in starts
    [master] = Calendar.from_ical(ics).walk("VEVENT")
    assert master.decoded("sequence") == 1
    assert master["exdate"].params["TZID"] == "Europe/Rome"


def test_a_moved_occurrence_shows_its_new_time_and_the_others_stay() -> None:
    rows = occurrences(WEEKLY)
    moved = datetime(2027, 4, 2, 17, 0, tzinfo=ROME).astimezone(UTC)  # Friday 17:00
    rows[11] = replace(rows[11], starts_at=moved, title="Riunione (di venerdì)")
    ics = series_file(SeriesEntry(replace(WEEKLY, sequence=3), rows), NOW)
    starts = local_starts(ics)
    assert datetime(2027, 4, 2, 17, 0) in starts
    assert datetime(2027, 4, 1, 18, 30) not in starts
    assert len(starts) == 14
    master, override = Calendar.from_ical(ics).walk("VEVENT")
    assert str(override["uid"]) == str(master["uid"])
    assert override.decoded("recurrence-id") == datetime(2027, 4, 1, 18, 30, tzinfo=ROME)
    assert override["recurrence-id"].params["TZID"] == "Europe/Rome"
    assert str(override["summary"]) == "Riunione (di venerdì)"
    assert override.decoded("sequence") == 3


def test_a_first_occurrence_cancelled_keeps_the_series_confirmed() -> None:
    rows = occurrences(WEEKLY)
    rows[0] = replace(rows[0], status="cancelled")
    ics = series_file(SeriesEntry(WEEKLY, rows), NOW)
    assert datetime(2027, 1, 14, 18, 30) not in local_starts(ics)
    [master] = Calendar.from_ical(ics).walk("VEVENT")
    assert str(master["status"]) == "CONFIRMED"


def test_a_whole_cancelled_series_is_cancelled() -> None:
    rows = [replace(row, status="cancelled") for row in occurrences(WEEKLY)]
    [master] = Calendar.from_ical(series_file(SeriesEntry(WEEKLY, rows), NOW)).walk("VEVENT")
    assert str(master["status"]) == "CANCELLED"


def test_fortnightly_and_monthly_rules() -> None:
    fortnightly = replace(WEEKLY, frequency="fortnightly", until_date=None, occurrences=4)
    starts = local_starts(series_file(SeriesEntry(fortnightly, occurrences(fortnightly)), NOW))
    assert [start.date() for start in starts] == [
        date(2027, 1, 14),
        date(2027, 1, 28),
        date(2027, 2, 11),
        date(2027, 2, 25),
    ]
    second_saturday = Series(
        frequency="monthly",
        week_of_month=2,
        local_start="2027-01-09T10:00",
        until_date=None,
        occurrences=5,
    )
    ics = series_file(SeriesEntry(second_saturday, occurrences(second_saturday)), NOW)
    assert the_rule(ics)["BYDAY"] == ["2SA"]
    assert [start.date() for start in local_starts(ics)] == [
        date(2027, 1, 9),
        date(2027, 2, 13),
        date(2027, 3, 13),
        date(2027, 4, 10),
        date(2027, 5, 8),
    ]
    last_friday = Series(
        frequency="monthly",
        week_of_month=-1,
        local_start="2027-01-29T21:00",
        until_date=date(2027, 4, 30),
        occurrences=None,
    )
    ics = series_file(SeriesEntry(last_friday, occurrences(last_friday)), NOW)
    assert the_rule(ics)["BYDAY"] == ["-1FR"]
    assert [start.date() for start in local_starts(ics)] == [
        date(2027, 1, 29),
        date(2027, 2, 26),
        date(2027, 3, 26),
        date(2027, 4, 30),
    ]


def test_one_file_holds_only_the_dates_a_member_is_going_to() -> None:
    rows = occurrences(WEEKLY)
    rows[5] = replace(rows[5], status="cancelled")
    going = {row.id for row in rows[:8]}  # the first eight; one of them called off
    party = Event(**vars(open_event(datetime(2027, 2, 20, 19, tzinfo=UTC), title="Festa")), id=9)
    ics = calendar_of([party], [SeriesEntry(WEEKLY, rows, going)], NOW)
    starts = local_starts(ics)
    assert len(starts) == 7 + 1
    assert datetime(2027, 2, 20, 20, 0) in starts  # the party, 19:00 UTC
    assert datetime(2027, 2, 18, 18, 30) not in starts  # cancelled
    assert datetime(2027, 3, 11, 18, 30) not in starts  # not hers
    assert len(Calendar.from_ical(ics).walk("VTIMEZONE")) == 1


def test_a_members_own_file_has_its_own_uid_and_a_sequence_that_only_rises() -> None:
    rows = occurrences(WEEKLY)
    rows[3] = replace(rows[3], title="Riunione speciale")  # an override: the same UID
    whole = Calendar.from_ical(series_file(SeriesEntry(WEEKLY, rows), NOW)).walk("VEVENT")
    assert {str(entry["uid"]) for entry in whole} == {"series-7@genc-bot"}

    def mine(going: int, series: Series = WEEKLY, later: int = 0) -> int:
        """Her file with her first `going` dates, made `later` minutes on: its SEQUENCE."""
        entry = SeriesEntry(series, rows, {row.id for row in rows[:going]}, personal=True)
        ics = calendar_of([], [entry], NOW + timedelta(minutes=later))
        found = Calendar.from_ical(ics).walk("VEVENT")
        assert len(found) == 2  # the master and the override
        assert {str(entry["uid"]) for entry in found} == {"series-7-mine@genc-bot"}
        (sequence,) = {int(entry.decoded("sequence")) for entry in found}
        return sequence

    # She says Can't go to a date a minute later: the series the same, a higher SEQUENCE;
    # a change to the series raises it too.
    assert mine(5) < mine(4, later=1) < mine(4, replace(WEEKLY, sequence=1), later=1)


RULES = st.sampled_from(
    [
        WEEKLY,
        replace(WEEKLY, frequency="fortnightly", until_date=None, occurrences=9),
        Series(
            frequency="monthly",
            week_of_month=2,
            local_start="2027-01-09T10:00",
            until_date=None,
            occurrences=12,
        ),
        Series(
            frequency="monthly",
            week_of_month=-1,
            local_start="2027-01-29T21:00",
            until_date=date(2027, 11, 30),
            occurrences=None,
        ),
    ]
)
# What may have happened to one date: nothing, called off, moved (hours), retitled, lengthened.
CHANGES = st.one_of(
    st.just(("same", 0)),
    st.just(("cancelled", 0)),
    st.tuples(st.just("moved"), st.integers(-72, 72).filter(bool)),
    st.just(("retitled", 0)),
    st.tuples(st.just("longer"), st.integers(1, 240)),
    # rows the rule does not account for: gone, or given by another rule (an hour later)
    st.just(("gone", 0)),
    st.just(("rebased", 0)),
)


def changed(row: Event, change: tuple[str, int]) -> Event | None:
    what, amount = change
    if what == "gone":
        return None
    if what == "rebased" and row.occurrence_start is not None:
        later = row.starts_at + timedelta(hours=1)
        return replace(row, starts_at=later, occurrence_start=later)
    if what == "cancelled":
        return replace(row, status="cancelled")
    if what == "moved":
        return replace(row, starts_at=row.starts_at + timedelta(hours=amount))
    if what == "retitled":
        return replace(row, title=f"{row.title} (speciale)")
    if what == "longer":
        return replace(row, duration_minutes=row.duration_minutes + amount)
    return row


@given(RULES, st.data())
def test_a_calendar_shows_exactly_the_dates_the_rows_say(
    series: Series, data: st.DataObject
) -> None:
    """Whatever was cancelled, moved or changed, and whichever dates are the member's, the
    expanded file shows each shown date as its row says, and nothing else."""
    rows = occurrences(series)
    rows = [row for row in [changed(row, data.draw(CHANGES)) for row in rows] if row]
    assume(rows)
    shown_ids = data.draw(st.none() | st.sets(st.sampled_from([row.id for row in rows])))
    ics = series_file(SeriesEntry(replace(series, sequence=2), rows, shown_ids), NOW)
    expected = sorted(
        (row.starts_at, row.title, row.duration_minutes)
        for row in rows
        if row.status == "open" and (shown_ids is None or row.id in shown_ids)
    )
    calendar = Calendar.from_ical(ics)
    found = recurring_ical_events.of(calendar).between(date(2026, 1, 1), date(2029, 1, 1))
    assert (
        sorted(
            (
                entry.decoded("dtstart").astimezone(UTC),
                str(entry["summary"]),
                int(entry.duration.total_seconds() // 60),
            )
            for entry in found
        )
        == expected
    )


def test_a_monthly_rule_without_a_stored_week_repeats_on_its_first_dates_week() -> None:
    third_tuesday = Series(
        frequency="monthly",
        local_start="2027-01-19T17:00",
        until_date=None,
        occurrences=3,
    )
    ics = series_file(SeriesEntry(third_tuesday, occurrences(third_tuesday)), NOW)
    assert the_rule(ics)["BYDAY"] == ["3TU"]
    assert [start.date() for start in local_starts(ics)] == [
        date(2027, 1, 19),
        date(2027, 2, 16),
        date(2027, 3, 16),
    ]
