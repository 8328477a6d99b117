"""What a guardian states about themself, and a paper form's date, read from typed text."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from bot.domain.guardian_identity import DateProblem, signed_on, stated_name

TODAY = date(2026, 1, 15)


def test_names_people_type_are_tidied() -> None:
    assert stated_name("  laura   rossi ") == "laura rossi"
    assert stated_name("Anne-Marie D'Amico") == "Anne-Marie D'Amico"
    assert stated_name("Zoë Ødegård") == "Zoë Ødegård"
    assert stated_name("李 小龙") == "李 小龙"


def test_what_is_not_a_first_and_last_name_is_refused() -> None:
    for text in ("", "Laura", "mamma", "@laura_rossi", "Laura 333 1234567", "🙂 🙂", "x" * 81):
        assert stated_name(text) is None, text


@given(st.text(max_size=120))
def test_an_accepted_name_holds_no_digits_or_contacts(text: str) -> None:
    name = stated_name(text)
    if name is not None:
        assert 2 <= len(name) <= 80
        assert not any(char.isdigit() or char in "@/:+_" for char in name)
        assert len(name.split()) >= 2


@given(st.dates(min_value=TODAY - timedelta(days=366), max_value=TODAY))
def test_every_recent_date_reads_back_in_each_way_of_writing_it(day: date) -> None:
    for text in (
        f"{day.day}/{day.month}/{day.year}",
        f"{day.day:02d}.{day.month:02d}.{day.year % 100:02d}",
        f" {day.day} - {day.month} - {day.year} ",
    ):
        assert signed_on(text, TODAY).day == day, text


@given(st.text(max_size=30))
def test_any_text_gets_a_date_or_a_reason(text: str) -> None:
    found = signed_on(text, TODAY)
    assert (found.day is None) != (found.problem is None)


def test_dates_that_cannot_be_the_signing_are_refused_with_why() -> None:
    assert signed_on("31/02/2026", TODAY).problem is DateProblem.UNREADABLE
    assert signed_on("yesterday", TODAY).problem is DateProblem.UNREADABLE
    assert signed_on("16/01/2026", TODAY).problem is DateProblem.FUTURE
    assert signed_on("01/01/2024", TODAY).problem is DateProblem.TOO_OLD
    assert signed_on("10/01", TODAY).day == date(2026, 1, 10)
