"""The time an organiser credits to someone who came, as typed and as shown, and what a long
event credits by default."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.domain.credited_time import UnclearHours, credit_hours, default_credit, parse_credit


@pytest.mark.parametrize(
    ("typed", "minutes"),
    [
        ("2", 120),
        ("1,5", 90),
        ("1.5", 90),
        ("0,5", 30),
        ("1h30", 90),
        ("1 h 30", 90),
        # Hours and minutes, as Italians write them; one digit after the point is a fraction.
        ("1.30", 90),
        ("1,30", 90),
        ("1:30", 90),
        ("2.45", 165),
        ("0.30", 30),
        ("1,05", 65),
        ("90 min", 90),
        ("90", 90),
        ("2 ore", 120),
        ("24", 24 * 60),
    ],
)
def test_what_organisers_type(typed: str, minutes: int) -> None:
    assert parse_credit(typed) == minutes


@pytest.mark.parametrize(
    "typed", ["", "0", "0,0", "tanto", "-2", "2 mele", "1:5", "24,30", "3 min"]
)
def test_what_is_no_length_of_time(typed: str) -> None:
    assert parse_credit(typed) is None


@given(st.integers(min_value=5, max_value=24 * 60))
def test_the_words_shown_read_back_as_the_same_minutes(minutes: int) -> None:
    hours, rest = divmod(minutes, 60)
    # As /hours and the attendance screens say it (hours-amount): "1 h 30 min", "2 h", "45 min".
    words = " ".join(
        part for part in (f"{hours} h" if hours else "", f"{rest} min" if rest else "") if part
    )
    assert parse_credit(words) == minutes
    assert credit_hours(minutes) == round(minutes / 60, 2)


@pytest.mark.parametrize("typed", ["1,75", "2.60", "0:99", "1,50", "2.25", "1,25"])
def test_two_digits_that_cannot_be_minutes_or_could_be_decimals_are_unclear(typed: str) -> None:
    with pytest.raises(UnclearHours):
        parse_credit(typed)


@given(st.integers(0, 23), st.integers(0, 59), st.sampled_from(".,:"))
def test_hours_point_minutes_reads_as_hours_and_minutes(
    hours: int, minutes: int, mark: str
) -> None:
    total = hours * 60 + minutes
    typed = f"{hours}{mark}{minutes:02d}"
    if mark != ":" and minutes in (25, 50):  # a half or a quarter as decimals? Asked again.
        with pytest.raises(UnclearHours):
            parse_credit(typed)
        return
    assert parse_credit(typed) == (total or None)


@given(st.integers(0, 23), st.integers(0, 9), st.sampled_from(".,"))
def test_one_digit_after_the_point_is_a_fraction(hours: int, tenth: int, mark: str) -> None:
    total = hours * 60 + tenth * 6
    assert parse_credit(f"{hours}{mark}{tenth}") == (total or None)


@given(st.text(max_size=12))
def test_anything_typed_is_minutes_in_range_or_none(text: str) -> None:
    try:
        minutes = parse_credit(text)
    except UnclearHours:
        return
    assert minutes is None or 0 < minutes <= 7 * 24 * 60


ROME = ZoneInfo("Europe/Rome")


@pytest.mark.parametrize(
    ("starts", "minutes", "credited"),
    [
        (datetime(2026, 1, 16, 10, tzinfo=ROME), 120, 120),  # a meeting: its length
        (datetime(2026, 1, 16, 9, tzinfo=ROME), 8 * 60, 8 * 60),
        (datetime(2026, 1, 16, 8, tzinfo=ROME), 11 * 60, 8 * 60),  # a day-long trip
        (datetime(2026, 1, 16, 18, tzinfo=ROME), 46 * 60, 24 * 60),  # a camp, Fri 18 to Sun 16
        (datetime(2026, 1, 16, 9, tzinfo=ROME), 3 * 24 * 60 - 9 * 60, 24 * 60),  # to Sun 24:00
        (datetime(2026, 1, 16, 20, tzinfo=ROME), 10 * 60, 10 * 60),  # overnight: two days
    ],
)
def test_a_long_event_credits_at_most_8_hours_a_day(
    starts: datetime, minutes: int, credited: int
) -> None:
    assert default_credit(starts, minutes) == credited
