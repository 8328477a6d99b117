"""The age band of a project or event, typed as coordinators type it."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.domain.projects import parse_age_band

SPACE = st.sampled_from(["", " ", "  "])
JOINED = st.sampled_from(["-", "–", "—", "/"])  # spaces around them are optional
WORDED = st.sampled_from([" a ", " to ", " e ", " and ", " ", "  a  "])
BEFORE = st.sampled_from(["", "da ", "Da ", "from ", "tra ", "between "])
AFTER = st.sampled_from(["", " anni", "anni", " years", " years old", " ANNI", "."])


@given(
    low=st.integers(0, 99),
    high=st.integers(0, 99),
    before=BEFORE,
    joint=st.one_of(st.tuples(SPACE, JOINED, SPACE).map("".join), WORDED),
    after=AFTER,
    edge=SPACE,
)
def test_every_way_of_typing_a_band_reads_its_two_ages(
    low: int, high: int, before: str, joint: str, after: str, edge: str
) -> None:
    typed = f"{edge}{before}{low}{joint}{high}{after}{edge}"
    assert parse_age_band(typed) == (low, high)


@given(st.text(max_size=30))
def test_any_text_is_a_band_of_its_own_numbers_or_nothing(text: str) -> None:
    found = parse_age_band(text)
    if found is not None:
        low, high = found
        assert str(low) in text
        assert str(high) in text


@pytest.mark.parametrize(
    "typed", ["13 - 17 anni", "da 13 a 17", "13 a 17", "13-17 anni", "13–17", "13 to 17 years"]
)
def test_what_carla_typed(typed: str) -> None:
    assert parse_age_band(typed) == (13, 17)


@pytest.mark.parametrize(
    "typed", ["", "13", "tredici-17", "13-17-19", "13 o 17", "1317", "a 13 17"]
)
def test_not_a_band(typed: str) -> None:
    assert parse_age_band(typed) is None
