"""Dates and times typed for events (pure parser; property tests)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.domain.durations import parse_offsets
from bot.domain.when import WhenProblem, on_day, parse_when

ROME = ZoneInfo("Europe/Rome")
NOW = datetime(2026, 3, 10, 12, 0, tzinfo=ROME)  # a Tuesday


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("12/03 18:30", datetime(2026, 3, 12, 18, 30)),
        ("12 marzo 18:30", datetime(2026, 3, 12, 18, 30)),
        ("domani 18:30", datetime(2026, 3, 11, 18, 30)),
        ("sabato 10", datetime(2026, 3, 14, 10, 0)),
        ("sabato alle 10", datetime(2026, 3, 14, 10, 0)),
        ("venerdì 21", datetime(2026, 3, 13, 21, 0)),
        ("tomorrow 6:30pm", datetime(2026, 3, 11, 18, 30)),
        ("Saturday 10am", datetime(2026, 3, 14, 10, 0)),
        ("2027-03-12 18:30", datetime(2027, 3, 12, 18, 30)),
        ("oggi 18.30", datetime(2026, 3, 10, 18, 30)),
        ("12/03/2027 9", datetime(2027, 3, 12, 9, 0)),
        ("12.03 18.30", datetime(2026, 3, 12, 18, 30)),  # dots, the Italian way
        ("12.03.2026 18:30", datetime(2026, 3, 12, 18, 30)),
        ("dopodomani 18:30", datetime(2026, 3, 12, 18, 30)),
        ("stasera 21", datetime(2026, 3, 10, 21, 0)),
        ("tonight 9pm", datetime(2026, 3, 10, 21, 0)),
        ("giovedì 12 marzo 18:00", datetime(2026, 3, 12, 18, 0)),
    ],
)
def test_forms_people_type(typed: str, expected: datetime) -> None:
    found = parse_when(typed, NOW, ROME)
    assert found.problem is None, found
    assert found.at == expected.replace(tzinfo=ROME)


@pytest.mark.parametrize(
    ("typed", "problem"),
    [
        ("31 febbraio 18:00", WhenProblem.NO_SUCH_DAY),
        ("31/02 18:00", WhenProblem.NO_SUCH_DAY),
        ("february 30 18:00", WhenProblem.NO_SUCH_DAY),
        ("32/01 10:00", WhenProblem.NO_SUCH_DAY),  # not 1 January 2032
        ("13/13 10:00", WhenProblem.NO_SUCH_DAY),
        ("2027-02-29 10:00", WhenProblem.NO_SUCH_DAY),
        ("24:30", WhenProblem.NO_SUCH_TIME),
        ("domani 25:00", WhenProblem.NO_SUCH_TIME),  # not tomorrow at 10
        ("12/03 18:75", WhenProblem.NO_SUCH_TIME),
        ("12/03/2031 10:00", WhenProblem.TOO_FAR),
        ("banana", WhenProblem.NOT_UNDERSTOOD),
        ("", WhenProblem.NOT_UNDERSTOOD),
        ("domani", WhenProblem.NO_TIME),
        ("ieri 10:00", WhenProblem.PAST),
        ("05/03 18:00", WhenProblem.PAST),  # five days ago, not next year
        ("29/03 2:30", WhenProblem.SKIPPED_HOUR),  # clocks go forward in Italy that night
    ],
)
def test_refused_with_a_reason(typed: str, problem: WhenProblem) -> None:
    assert parse_when(typed, NOW, ROME).problem is problem


def test_the_repeated_hour_takes_the_first() -> None:
    found = parse_when("25/10 2:30", NOW, ROME)
    assert found.problem is None
    assert found.ambiguous
    assert found.at is not None
    assert found.at.utcoffset() == timedelta(hours=2)  # summer time: the first 02:30


def test_offsets() -> None:
    assert parse_offsets("24h,1h") == (timedelta(hours=24), timedelta(hours=1))
    assert parse_offsets("30m; 2d") == (timedelta(days=2), timedelta(minutes=30))
    assert parse_offsets("1m") is None  # too short to be useful
    assert parse_offsets("tomorrow") is None


NO_TIME_AT_ALL = {
    WhenProblem.NOT_UNDERSTOOD,
    WhenProblem.NO_TIME,
    WhenProblem.SKIPPED_HOUR,
    WhenProblem.NO_SUCH_DAY,
    WhenProblem.NO_SUCH_TIME,
}


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=80))
def test_any_text_gives_a_time_or_a_reason(text: str) -> None:
    found = parse_when(text, NOW, ROME)
    assert (found.at is None) == (found.problem in NO_TIME_AT_ALL)
    if found.problem is None:
        assert found.at is not None
        assert found.at > NOW


@settings(max_examples=150, deadline=None)
@given(st.datetimes(datetime(2026, 3, 11), datetime(2028, 12, 31)))
def test_a_written_date_and_time_reads_back(moment: datetime) -> None:
    moment = moment.replace(second=0, microsecond=0)
    found = parse_when(moment.strftime("%d/%m/%Y %H:%M"), NOW, ROME)
    if found.problem is WhenProblem.SKIPPED_HOUR:
        return
    assert found.at is not None
    assert found.at.replace(tzinfo=None) == moment


@settings(max_examples=150, deadline=None)
@given(
    st.sampled_from(["29/02 18:00", "00:00 01/01/0001", "31/12/9999 10:00", "05/03 18:00"])
    | st.text(max_size=40),
    st.datetimes(min_value=datetime(2020, 1, 1), max_value=datetime(2040, 12, 31)),
)
def test_never_raises_whatever_the_day(text: str, now: datetime) -> None:
    found = parse_when(text, now.replace(tzinfo=UTC), ROME)
    assert (found.at is None) == (found.problem in NO_TIME_AT_ALL)


def test_a_weekday_that_does_not_match_the_date_is_questioned() -> None:
    assert parse_when("venerdì 12 marzo 18:00", NOW, ROME).problem is WhenProblem.WRONG_WEEKDAY
    assert parse_when("friday 12 march 6pm", NOW, ROME).problem is WhenProblem.WRONG_WEEKDAY
    # "wed" in a word is no Wednesday.
    assert parse_when("wedding 12/03 18:00", NOW, ROME).problem is not WhenProblem.WRONG_WEEKDAY


def test_mar_is_march_not_a_tuesday() -> None:
    assert parse_when("14 mar 18:30", NOW, ROME).problem is None
    assert parse_when("Mar 14 18:30", NOW, ROME).problem is None


def test_a_time_alone_takes_the_day_it_is_given() -> None:
    """An edit keeps the event's own day: "alle 19" while changing 7 January is 7 January."""
    day = date(2027, 1, 7)
    for typed in ("alle 19", "19:00", "ore 18.30", "at 7pm", "19"):
        assert on_day(typed, day) == f"07/01/2027 {typed}"
    for typed in ("domani 19", "8/1 19:00", "sabato 10", "tomorrow 6pm"):
        assert on_day(typed, day) == typed
