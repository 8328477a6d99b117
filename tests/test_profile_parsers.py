"""Pure parsers the onboarding relies on: birth month, names, cities (property tests included)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.domain.age_gate import AgeDecision, AgePolicy
from bot.domain.birth_month import MONTH_NAMES, BirthMonth, parse_birth_month
from bot.domain.cities import (
    ALIASES,
    KNOWN_CITIES,
    city_names,
    city_problem,
    is_known_city,
    match_city,
)
from bot.domain.names import (
    MAX_NAME_LENGTH,
    NameProblem,
    clean_name,
    first_name_problem,
    name_problem,
)

TODAY = date(2026, 11, 29)
months = st.integers(min_value=1, max_value=12)
years = st.integers(min_value=1900, max_value=2025)


@pytest.mark.parametrize(
    "text", ["03/2010", "3-2010", "marzo 2010", "March 2010", "2010-03", "mar. 2010", " 3 / 2010 "]
)
def test_common_forms_of_march_2010(text: str) -> None:
    assert parse_birth_month(text, TODAY) == BirthMonth(2010, 3)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "2010",
        "13/2010",
        "0/2010",
        "2027-01",
        "12/2026x",
        "ciao",
        "03/10",
        "1899-12",
        "🎂",
        "x" * 5000,
    ],
)
def test_anything_else_is_refused(text: str) -> None:
    assert parse_birth_month(text, TODAY) is None


@given(months, years, st.sampled_from(["{m}/{y}", "{m:02d}/{y}", "{m}-{y}", "{y}-{m:02d}"]))
def test_numeric_forms_round_trip(month: int, year: int, form: str) -> None:
    assert parse_birth_month(form.format(m=month, y=year), TODAY) == BirthMonth(year, month)


@given(st.sampled_from(sorted(MONTH_NAMES)), years, st.booleans())
def test_month_names_in_either_language_and_case(name: str, year: int, upper: bool) -> None:
    text = f"{name.upper() if upper else name.capitalize()} {year}"
    assert parse_birth_month(text, TODAY) == BirthMonth(year, MONTH_NAMES[name])


@given(st.text(max_size=60))
def test_never_crashes_and_never_returns_the_future(text: str) -> None:
    found = parse_birth_month(text, TODAY)
    assert found is None or (found.year >= 1900 and found <= BirthMonth(2026, 11))


@given(months, st.integers(min_value=1990, max_value=2020), st.integers(0, 3650))
def test_youngest_age_is_never_more_than_any_real_age(month: int, year: int, days: int) -> None:
    born_month = BirthMonth(year, month)
    today = date(2021, 1, 1) + timedelta(days=days)
    for day in range(1, born_month.last_day.day + 1):
        real = date(year, month, day)
        real_age = today.year - real.year - ((today.month, today.day) < (real.month, real.day))
        assert born_month.youngest_age_on(today) <= real_age
    assert born_month.youngest_age_on(today) == (
        today.year - year - ((today.month, today.day) < (month, born_month.last_day.day))
    )


def test_thirteen_only_once_the_whole_month_is_past() -> None:
    assert BirthMonth(2013, 11).youngest_age_on(date(2026, 11, 29)) == 12
    assert BirthMonth(2013, 11).youngest_age_on(date(2026, 11, 30)) == 13


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("", NameProblem.EMPTY),
        ("   ", NameProblem.EMPTY),
        ("x" * (MAX_NAME_LENGTH + 1), NameProblem.TOO_LONG),
        ("🙂🙂🙂", NameProblem.NO_LETTERS),
        ("12345", NameProblem.NO_LETTERS),
        ("@giulia", NameProblem.MENTION),
        ("ciao @giulia", NameProblem.MENTION),
        ("https://example.org", NameProblem.LINK),
        ("t.me/somebody", NameProblem.LINK),
        ("giulia.com", NameProblem.LINK),
    ],
)
def test_names_refused(text: str, problem: NameProblem) -> None:
    assert name_problem(text) is problem


@pytest.mark.parametrize(
    "text",
    [
        "sofia rossi 3B pacinotti",
        "'; DROP TABLE members; --",
        "{name} {0} %s",
        "Sofia 3B",
        "Anna Maria Rossi",
        "sofia@gmail",
        "Sofia 🌸",
        "Insta Sofia",
        "Giulia_r",
        "Gio.",
    ],
)
def test_a_first_name_is_one_or_two_words_of_letters(text: str) -> None:
    assert first_name_problem(text) is NameProblem.NOT_A_NAME


@pytest.mark.parametrize(
    "text", ["Giulia", "Anna Maria", "محمد", "שרה", "李华", "Zoë", "D'Angelo", "Jean-Luc", "Ngũgĩ"]
)
def test_first_names_in_any_script_pass(text: str) -> None:
    assert first_name_problem(text) is None


@given(st.text(max_size=40))
def test_an_accepted_first_name_has_no_digits_symbols_or_contacts(text: str) -> None:
    if first_name_problem(text) is None:
        name = clean_name(text)
        assert len(name.split()) <= 2
        assert not any(c.isdigit() or c in "@;{}%<>_.:/" for c in name)


@pytest.mark.parametrize(
    "text", ["Giulia", "Anna Maria", "محمد", "שרה", "李华", "Zoë", "D'Angelo", "<b>Bo</b>", "Jo 🙂"]
)
def test_names_in_any_script_are_welcome(text: str) -> None:
    assert name_problem(text) is None


@given(st.text(max_size=80))
def test_an_accepted_name_is_trimmed_and_short(text: str) -> None:
    if name_problem(text) is None:
        name = clean_name(text)
        assert 1 <= len(name) <= MAX_NAME_LENGTH
        assert name == name.strip()
        assert "  " not in name


@given(st.sampled_from(KNOWN_CITIES), st.sampled_from([str.upper, str.lower, str.title]))
def test_known_cities_match_in_any_case_and_spacing(city: str, case: object) -> None:
    assert callable(case)
    typed = f"  {case(city).replace(' ', '  ')} "
    assert match_city(typed).city == city
    assert match_city(city.replace(" ", "")).known


@pytest.mark.parametrize(("alias", "city"), sorted(ALIASES.items()))
def test_english_names_map_to_italian_ones(alias: str, city: str) -> None:
    assert match_city(alias.title()).city == city


def test_accents_do_not_matter_and_typos_get_suggestions() -> None:
    assert match_city("Tòrino").city == "Torino"
    typo = match_city("Torinno")
    assert (typo.known, typo.city, typo.suggestions[0]) == (False, "Torinno", "Torino")
    assert match_city("Reykjavik").suggestions == ()


@given(st.text(max_size=60))
def test_a_city_is_known_only_if_it_is_a_real_town(text: str) -> None:
    found = match_city(text)
    assert found.known == is_known_city(found.city)
    assert len(found.suggestions) <= 3
    assert all(is_known_city(name) for name in found.suggestions)


@pytest.mark.parametrize(
    ("typed", "city"),
    [
        ("giaveno", "Giaveno"),
        ("SANT'AMBROGIO DI TORINO", "Sant'Ambrogio di Torino"),
        ("Bozen", "Bolzano"),  # the other official language
        ("Agliè", "Agliè"),
        ("aglie", "Agliè"),
        ("London", "Londra"),
        ("münchen", "Monaco di Baviera"),
        ("Paris", "Parigi"),
        ("None", "None"),  # a municipality of Turin's metropolitan area
    ],
)
def test_every_italian_municipality_and_common_foreign_cities(typed: str, city: str) -> None:
    found = match_city(typed)
    assert (found.known, found.city) == (True, city)


@pytest.mark.parametrize("typed", ["sì", "no", "l'anno scorso", "nessuna", "boh", "non lo so"])
def test_words_that_are_no_town_are_not_cities(typed: str) -> None:
    found = match_city(typed)
    assert not found.known
    assert found.suggestions == ()


def test_the_start_of_a_local_town_suggests_it() -> None:
    assert match_city("Settimo").suggestions[0] == "Settimo Torinese"
    assert match_city("Nichellino").suggestions == ("Nichelino",)


def test_every_town_travels_in_a_button() -> None:
    from handlers.onboarding_buttons import PickCity

    for name in city_names():
        assert PickCity.decode(PickCity(name).encode()) == PickCity(name)


POLICY = AgePolicy(min_age=13, max_age=25, guardian_consent_below=14)


@pytest.mark.parametrize(
    ("born", "decision"),
    [
        (BirthMonth(2013, 12), AgeDecision.TOO_YOUNG),  # 12 until 31 December
        (BirthMonth(2013, 10), AgeDecision.NEEDS_GUARDIAN),  # 13
        (BirthMonth(2012, 11), AgeDecision.NEEDS_GUARDIAN),  # 13 until 30 November
        (BirthMonth(2012, 10), AgeDecision.WELCOME),  # 14
        (BirthMonth(2007, 5), AgeDecision.WELCOME),  # 19
        (BirthMonth(2001, 11), AgeDecision.WELCOME),  # 25 at the youngest
        (BirthMonth(2000, 10), AgeDecision.TOO_OLD),  # 26
    ],
)
def test_age_gate(born: BirthMonth, decision: AgeDecision) -> None:
    assert POLICY.decide(born, TODAY) is decision


@given(months, years)
def test_age_gate_agrees_with_the_youngest_age(month: int, year: int) -> None:
    born = BirthMonth(year, month)
    age = born.youngest_age_on(TODAY)
    decision = POLICY.decide(born, TODAY)
    assert (decision in {AgeDecision.WELCOME, AgeDecision.NEEDS_GUARDIAN}) == (13 <= age <= 25)
    assert (decision is AgeDecision.NEEDS_GUARDIAN) == (13 <= age < 14)


@pytest.mark.parametrize(
    "text", ["Torino", "Reggio nell'Emilia", "Sant’Ambrogio", "Castelnuovo Don Bosco", "القاهرة"]
)
def test_town_names_pass(text: str) -> None:
    assert city_problem(text) is None


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("<b>Torino</b>", NameProblem.SYMBOLS),
        ("x'; DROP TABLE members;--", NameProblem.SYMBOLS),
        ("Torino 🏙️", NameProblem.SYMBOLS),
        ("🏙️", NameProblem.NO_LETTERS),
        ("a" * 41, NameProblem.TOO_LONG),
        ("torino.it", NameProblem.LINK),
    ],
)
def test_typed_cities_refused(text: str, problem: NameProblem) -> None:
    assert city_problem(text) is problem


@given(st.text(max_size=60))
def test_an_accepted_city_is_short_and_plain(text: str) -> None:
    if city_problem(text) is None:
        found = match_city(text)
        assert 1 <= len(found.city) <= 40
        assert "<" not in found.city
