"""What a member or a coordinator reads for weekly hours and dates: a range picked with a button
stays a range ("3–5 hours a week", never "5 h/week"), and a deadline carries its year."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.core.i18n import Translator
from bot.domain.catalog import HOURS_RANGES, MAX_HOURS_PER_WEEK, parse_hours
from bot.domain.project_import import parse_projects
from bot.domain.projects import NewProject
from handlers.event_screens import Local, when_short, when_with_year
from handlers.project_screens import applicant_card, project_card
from handlers.screens import Screens
from storage.profiles import Profile
from storage.projects import Project

ROME = ZoneInfo("Europe/Rome")
NOW = datetime(2026, 12, 5, 9, tzinfo=UTC)


def project(hours: int, deadline: date | None = None) -> Project:
    new = NewProject(
        title="Orto in comune",
        description="Coltiviamo insieme.",
        causes=("climate",),
        skills=(),
        city="Torino",
        min_age=14,
        max_age=25,
        hours_per_week=hours,
        days=("weekends",),
        places=5,
        deadline=deadline,
    )
    return Project(**vars(new), id=1, status="open", created_by=1, published_at=NOW, taken=0)


@pytest.fixture(scope="module")
def translate() -> Translator:
    return Translator.load("it")


@pytest.mark.parametrize(
    ("language", "hours", "shown"),
    [
        ("it", 2, "1–2 ore a settimana"),
        ("it", 5, "3–5 ore a settimana"),
        ("it", 10, "6–10 ore a settimana"),
        ("it", 20, "più di 10 ore a settimana"),
        ("it", 4, "4 ore a settimana"),
        ("it", 1, "1 ora a settimana"),
        ("en", 5, "3–5 hours a week"),
        ("en", 20, "more than 10 hours a week"),
        ("en", 7, "7 hours a week"),
    ],
)
def test_weekly_hours_say_what_was_chosen(
    translate: Translator, language: str, hours: int, shown: str
) -> None:
    assert Screens(translate, language).weekly_hours(hours) == shown


def test_every_card_shows_the_range_of_a_button(translate: Translator) -> None:
    it, en = Screens(translate, "it"), Screens(translate, "en")
    assert "⏱️ 3–5 ore a settimana ·" in project_card(it, project(5))
    assert "⏱️ 3–5 hours a week ·" in project_card(en, project(5))
    profile = Profile(member_id=7, first_name="Giulia", hours_per_week=5, days=("weekends",))
    assert "Nel fine settimana · 3–5 ore a settimana" in it.card(profile, {})
    applicant = applicant_card(en, profile, "16–17", None, project(5))
    assert "At weekends · 3–5 hours a week" in applicant
    assert "5 h/week" not in project_card(en, project(5)) + applicant


@pytest.mark.parametrize(
    ("language", "shown"),
    [("it", "candidature fino al 31 marzo 2027"), ("en", "apply by 31 March 2027")],
)
def test_a_deadline_always_has_its_year(translate: Translator, language: str, shown: str) -> None:
    screens = Screens(translate, language)
    assert shown in project_card(screens, project(5, date(2027, 3, 31)))
    this_year = project_card(screens, project(5, date(2026, 12, 20)))
    assert "20 " in this_year
    assert " 2026" in this_year


def test_an_event_names_its_year_only_when_not_this_one(translate: Translator) -> None:
    screens = Screens(translate, "it")
    assert when_with_year(screens, datetime(2026, 12, 20, 17, tzinfo=UTC), ROME, NOW) == (
        "domenica 20 dicembre, 18:00"
    )
    assert when_with_year(screens, datetime(2027, 1, 9, 17, tzinfo=UTC), ROME, NOW) == (
        "sabato 9 gennaio 2027, 18:00"
    )


@pytest.mark.parametrize(
    ("typed", "hours"),
    [("3-5", 5), ("3–5 ore", 5), ("1 - 2", 2), ("6-10h", 10), ("6—10 hours", 10), ("4", 4)],
)
def test_a_button_s_range_typed_means_that_button(typed: str, hours: int) -> None:
    assert parse_hours(typed) == hours


@pytest.mark.parametrize("typed", ["4-6", "5-3", "11-20", "3-", "-5", "٣-٥", "3-5-7", "0"])
def test_other_ranges_are_not_guessed(typed: str) -> None:
    assert parse_hours(typed) is None


@pytest.mark.parametrize("language", ["it", "en"])
def test_every_button_label_typed_back_gives_the_button(
    translate: Translator, language: str
) -> None:
    for hours in HOURS_RANGES.values():
        assert parse_hours(translate(language, f"hours-{hours}")) == hours


@given(st.text(max_size=12))
def test_parse_hours_never_fails_and_stays_in_range(text: str) -> None:
    hours = parse_hours(text)
    assert hours is None or 1 <= hours <= MAX_HOURS_PER_WEEK


def test_a_range_in_the_spreadsheet_imports_as_that_button() -> None:
    header = "title;description;causes;skills;city;min_age;max_age;hours_per_week;days;places"
    rows = [header, "Orti urbani;Curiamo gli orti;clima;;Torino;16;25;3-5;weekend;10"]
    result = parse_projects("\n".join(rows).encode(), date(2026, 11, 29), 13, 25, set())
    assert result.problems == ()
    assert result.projects[0].hours_per_week == 5
    wrong = parse_projects(
        "\n".join([header, rows[1].replace("3-5", "4-6")]).encode(),
        date(2026, 11, 29),
        13,
        25,
        set(),
    )
    assert [(p.column, p.what, p.value) for p in wrong.problems] == [
        ("hours_per_week", "number", "4-6")
    ]


def test_an_event_in_a_list_names_its_year_only_when_not_this_one(translate: Translator) -> None:
    screens, local = Screens(translate, "en"), Local(ROME, NOW)
    assert when_short(screens, datetime(2026, 12, 20, 17, tzinfo=UTC), local) == "Sun 20 Dec 18:00"
    assert when_short(screens, datetime(2027, 1, 9, 17, tzinfo=UTC), local) == (
        "Sat 9 Jan 2027 18:00"
    )
