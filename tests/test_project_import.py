"""The spreadsheet import parser: Excel's separators and encodings, and every bad input."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.core.i18n import Translator
from bot.domain.project_import import (
    COLUMNS,
    MAX_BYTES,
    ImportResult,
    lacks_day,
    parse_date,
    parse_projects,
    template,
)
from bot.services.import_vocabulary import import_vocabulary

TODAY = date(2026, 11, 29)
HEADER = "title;description;causes;skills;city;min_age;max_age;hours_per_week;days;places;deadline"
ROW = "Orti urbani;Curiamo gli orti;clima|animali;grafica;Turin;16;25;3;weekend;10;31/03/2027"


WORDS = import_vocabulary(Translator.load("it"))


def parse(text: str | bytes, taken: set[str] | None = None) -> ImportResult:
    data = text if isinstance(text, bytes) else text.encode("utf-8")
    return parse_projects(data, TODAY, 13, 25, taken or set(), WORDS)


def test_an_excel_export_with_semicolons_and_a_bom() -> None:
    result = parse(b"\xef\xbb\xbf" + f"{HEADER}\r\n{ROW}\r\n".encode())
    assert result.problems == ()
    (project,) = result.projects
    assert project.title == "Orti urbani"
    assert project.causes == ("climate", "animals")
    assert project.skills == ("design",)
    assert project.city == "Torino"
    assert project.days == ("weekends",)
    assert (project.min_age, project.max_age, project.places) == (16, 25, 10)
    assert project.deadline == date(2027, 3, 31)


def test_commas_and_windows_1252() -> None:
    text = (
        HEADER.replace(";", ",")
        + "\n"
        + '"Città è bella","Descrizione","climate","","remoto",16,25,2,"sere",5,\n'
    )
    result = parse(text.encode("cp1252"))
    assert result.problems == ()
    assert result.projects[0].title == "Città è bella"
    assert result.projects[0].city is None


def test_the_templates_example_is_a_good_row_left_out_by_its_title() -> None:
    translate = Translator.load("it")
    for language in ("it", "en"):
        headers = [translate.plain(language, f"import-column-{column}") for column in COLUMNS]
        example = [16, 25, 3, 10]
        row: list[str | int] = [
            example.pop(0)
            if column in {"min_age", "max_age", "hours_per_week", "places"}
            else "31/12/2027"
            if column == "deadline"
            else translate.plain(language, f"import-example-{column}")
            for column in COLUMNS
        ]
        # As it is, the example is left out: it is an example, not a project.
        alone = parse(template(headers, row, sheet="Progetti"))
        assert [problem.what for problem in alone.problems] == ["only-example"], language
        # Its title changed, it is a good row.
        row[0] = "Orti del quartiere"
        result = parse(template(headers, row, sheet="Progetti"))
        assert result.problems == (), language
        (project,) = result.projects
        assert project.causes == ("climate", "animals")
        assert project.days == ("weekends",)


def test_every_problem_is_reported_and_nothing_is_kept() -> None:
    rows = [
        HEADER,
        ROW,
        "X;;nuclear;grafica;;12;30;0;mai;0;30/02/2027",
        "Orti urbani;dup;clima;;Torino;20;16;3;weekend;5;01/01/2020",
    ]
    result = parse("\n".join(rows))
    assert [project.title for project in result.projects] == ["Orti urbani"]
    assert result.skipped == (3, 4)
    assert not result.fatal
    found = {(p.row, p.column, p.what) for p in result.problems}
    assert {
        (3, "title", "title-length"),
        (3, "description", "description-length"),
        (3, "causes", "unknown-choice"),
        (3, "city", "empty-cell"),
        (3, "min_age", "age-range"),
        (3, "max_age", "age-range"),
        (3, "hours_per_week", "number"),
        (3, "days", "unknown-choice"),
        (3, "places", "number"),
        (3, "deadline", "date"),
        (4, "title", "duplicate-title"),
        (4, "max_age", "ages-order"),
        (4, "deadline", "past-date"),
    } <= found


def test_titles_already_in_the_bot_are_duplicates() -> None:
    result = parse(f"{HEADER}\n{ROW}", taken={"orti urbani"})
    assert [(p.row, p.what) for p in result.problems] == [(2, "existing-title")]


def test_missing_columns_empty_files_and_big_files() -> None:
    assert [p.what for p in parse("title;description\nA;B").problems] == ["missing-column"] * 7
    assert [p.what for p in parse("").problems] == ["empty"]
    assert [p.what for p in parse(HEADER).problems] == ["no-rows"]
    big = (HEADER + "\n" + (ROW + "\n") * (MAX_BYTES // len(ROW) + 5)).encode()
    assert len(big) > MAX_BYTES
    assert [p.what for p in parse(big).problems] in (["too-big-csv"], ["too-many-rows"])
    five_mb = b"x" * 5_000_000
    assert [p.what for p in parse(five_mb).problems] == ["too-big-csv"]
    assert [p.what for p in parse(bytes(range(256)) * 10_000).problems] == ["too-big-other"]
    # Not one column title we know: said once, not as eleven missing columns.
    text = "Appunti della riunione\nluogo: oratorio\nore 18"
    assert [(p.row, p.what) for p in parse(text).problems] == [(1, "no-header")]


def test_italian_headers() -> None:
    italian = (
        "titolo;descrizione;cause;competenze;città;eta_min;eta_max;ore_settimana;giorni;posti;"
        "scadenza"
    )
    assert parse(f"{italian}\n{ROW}").problems == ()


@given(st.binary(max_size=2000))
def test_any_bytes_give_projects_or_problems_never_an_exception(data: bytes) -> None:
    result = parse_projects(data, TODAY, 13, 25, set())
    assert bool(result.projects) != bool(result.problems) or not data.strip()


def test_deadlines_in_the_ways_spreadsheets_write_them() -> None:
    for written in ("31/03/2027", "2027-03-31", "31.03.2027", "31-03-27", "31/3/27", "46477"):
        row = ROW.replace("31/03/2027", written)
        (project,) = parse(f"{HEADER}\n{row}").projects
        assert project.deadline == date(2027, 3, 31), written
    result = parse(f"{HEADER}\n{ROW.replace('31/03/2027', '31/02/2027')}")
    assert [(p.column, p.what) for p in result.problems] == [("deadline", "date")]


def test_commas_in_descriptions_do_not_pass_for_the_separator() -> None:
    description = "Orti, semi, acqua, terra, sole, pioggia, amici, vicini, sabato, domenica, festa"
    row = ROW.replace("Curiamo gli orti", description)
    (project,) = parse(f"Progetti di primavera\n{HEADER}\n{row}").projects
    assert project.description == description


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("31 marzo 2027", date(2027, 3, 31)),
        ("31 March 2027", date(2027, 3, 31)),
        ("31 mar 2027", date(2027, 3, 31)),
        ("1 settembre 2027", date(2027, 9, 1)),
        ("March 31, 2027", date(2027, 3, 31)),
        ("31-dic-27", date(2027, 12, 31)),
        ("31/03/2027", date(2027, 3, 31)),
        ("30 febbraio 2027", None),
        ("marzo 2027", None),
        ("31 marzo", None),
        ("31 foo 2027", None),
    ],
)
def test_dates_with_the_months_name_in_either_language(text: str, day: date | None) -> None:
    assert parse_date(text) == day
    assert lacks_day(text) == (text == "marzo 2027")


# Every count in the import's texts, with 1 and with 2: the words agree with the number.
COUNTED = {
    "import-failed": ("count",),
    "import-partial": ("valid", "skipped"),
    "import-more-problems": ("count",),
    "import-report-caption": ("count",),
    "import-import-valid": ("count",),
    "import-nothing-new": ("count",),
    "import-done": ("count",),
    "import-done-skipped": ("count",),
    "import-existing-rows": ("count",),
}
WRONG_WITH_ONE = {
    "it": ("1 progetti", "1 righe", "1 problemi", "correggile", "bozze", "Controllali", "Righe"),
    "en": ("1 projects", "1 rows", "1 problems", "fix them", "drafts", "Check them", "Rows"),
}
WRONG_WITH_TWO = {
    "it": ("2 progetto", "2 riga", "correggila", "come bozza ", "Controllalo", "c'è già"),
    "en": ("2 project ", "2 row ", "fix it ", "as a draft", "Check it ", "this project"),
}


@pytest.mark.parametrize("language", ["it", "en"])
@pytest.mark.parametrize("key", sorted(COUNTED))
def test_every_count_agrees_with_its_words_for_one_and_two(language: str, key: str) -> None:
    translate = Translator.load("it")
    for number, wrong in ((1, WRONG_WITH_ONE), (2, WRONG_WITH_TWO)):
        counts = dict.fromkeys(COUNTED[key], number)
        rows = "5" if number == 1 else "5, 7"
        text = (
            translate.plain(language, key, rows=2, rows_list=rows, lines="• …", **counts)
            .replace("\u2068", "")
            .replace("\u2069", "")
        )
        assert not [word for word in wrong[language] if word in text], (number, text)
