"""School years, hours as read, the surname a statement is made for, and statement codes."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.domain.hour_statement import (
    CODE_ALPHABET,
    CODE_LENGTH,
    SurnameProblem,
    code_from,
    read_code,
    surname_key,
    surname_problem,
)
from bot.domain.school_year import (
    hours_and_minutes,
    school_year_label,
    school_year_of,
    school_year_slug,
)


@pytest.mark.parametrize(
    ("day", "year"),
    [
        (date(2026, 9, 1), 2026),
        (date(2026, 8, 31), 2025),
        (date(2027, 1, 15), 2026),
        (date(2026, 12, 31), 2026),
    ],
)
def test_a_school_year_runs_from_september_to_august(day: date, year: int) -> None:
    assert school_year_of(day) == year


@given(st.dates(min_value=date(2000, 1, 1), max_value=date(2099, 12, 31)))
def test_every_day_is_in_the_year_of_the_september_before_it(day: date) -> None:
    year = school_year_of(day)
    assert date(year, 9, 1) <= day < date(year + 1, 9, 1)
    if day + timedelta(days=1) != date(year + 1, 9, 1):
        assert school_year_of(day + timedelta(days=1)) == year


def test_labels_and_file_names() -> None:
    assert school_year_label(2026) == "2026/27"
    assert school_year_label(2099) == "2099/00"
    assert school_year_slug(2025) == "2025-26"


@given(st.integers(min_value=0, max_value=10**6))
def test_hours_and_minutes_add_back_up(minutes: int) -> None:
    hours, rest = hours_and_minutes(minutes)
    assert 0 <= rest < 60
    assert hours * 60 + rest == minutes


@pytest.mark.parametrize(
    "surname", ["Rossi", "D'Amico", "d’amico", "De Luca-Rossi", "Nguyễn", "Müller", "Ø", "Ko"]
)
def test_surnames_as_people_have_them(surname: str) -> None:
    assert surname_problem(surname) is None


@pytest.mark.parametrize(
    ("typed", "problem"),
    [
        ("", SurnameProblem.EMPTY),
        ("   ", SurnameProblem.EMPTY),
        ("A" * 61, SurnameProblem.TOO_LONG),
        ("Rossi2", SurnameProblem.DIGIT),
        ("3B", SurnameProblem.DIGIT),
        ("https://rossi.it", SurnameProblem.LINK),
        ("www.rossi.com", SurnameProblem.LINK),
        ("rossi.it", SurnameProblem.LINK),
        ("t.me/rossi", SurnameProblem.LINK),
        ("@rossi", SurnameProblem.MENTION),
        ("Rossi 🙂", SurnameProblem.SYMBOLS),
        ("Rossi, Bianchi", SurnameProblem.SYMBOLS),
        ("--", SurnameProblem.SYMBOLS),
    ],
)
def test_what_is_not_a_surname_is_named(typed: str, problem: SurnameProblem) -> None:
    assert surname_problem(typed) is problem


def test_a_surname_is_compared_however_it_was_typed() -> None:
    assert surname_key("  d’AMICO ") == surname_key("D'Amico")
    assert surname_key("De  Luca") == surname_key("de luca")
    assert surname_key("Rossi") != surname_key("Russo")


@pytest.mark.parametrize(
    ("printed", "typed"),
    [
        ("De Santìs", "De Santis"),
        ("Bianchi-Rossi", "Bianchi Rossi"),
        ("D'Amico", "Damico"),
        ("D’Amico", "d amico"),
        ("Nguyễn", "NGUYEN"),
        ("Müller", "Muller"),
    ],
)
def test_a_surname_is_compared_folded(printed: str, typed: str) -> None:
    # Accents, hyphens, apostrophes and spaces are how a surname gets retyped differently.
    assert surname_key(printed) == surname_key(typed)


codes = st.text(alphabet=CODE_ALPHABET, min_size=CODE_LENGTH, max_size=CODE_LENGTH)


@given(codes)
def test_a_code_reads_back_however_it_is_typed(chars: str) -> None:
    code = code_from(chars)
    assert code == f"GC-{chars[:4]}-{chars[4:]}"
    assert read_code(code) == code
    assert read_code(code.lower()) == code
    assert read_code(code.replace("-", "")) == code
    assert read_code(code.replace("-", " ").lower()) == code
    assert read_code(chars) == code


@pytest.mark.parametrize(
    "typed", ["", "GC-7K4M", "GC-7K4M-Q2X0", "GC-1K4M-Q2XP", "hello", "GC-7K4M-Q2XPA"]
)
def test_what_cannot_be_a_code(typed: str) -> None:
    assert read_code(typed) is None


def test_codes_leave_out_the_characters_read_two_ways() -> None:
    assert not set("01OI") & set(CODE_ALPHABET)
