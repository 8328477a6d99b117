"""The time an organiser credits to someone who came, as typed and as shown."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.domain.credited_time import credit_hours, parse_credit


@pytest.mark.parametrize(
    ("typed", "minutes"),
    [
        ("2", 120),
        ("1,5", 90),
        ("1.5", 90),
        ("0,5", 30),
        ("1h30", 90),
        ("1 h 30", 90),
        ("90 min", 90),
        ("90", 90),
        ("2 ore", 120),
        ("24", 24 * 60),
    ],
)
def test_what_organisers_type(typed: str, minutes: int) -> None:
    assert parse_credit(typed) == minutes


@pytest.mark.parametrize("typed", ["", "0", "0,0", "tanto", "-2", "2 mele", "1:30", "3 min"])
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


@given(st.text(max_size=12))
def test_anything_typed_is_minutes_in_range_or_none(text: str) -> None:
    minutes = parse_credit(text)
    assert minutes is None or 0 < minutes <= 7 * 24 * 60
