"""Spreadsheets as coordinators really save them: Excel workbooks with formulas, merged cells,
several sheets and dates as day numbers; LibreOffice's UTF-16; and files that are no
spreadsheet at all. Each gives rows or a clear reason, never an exception."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Sequence
from datetime import date, datetime

import openpyxl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.core.i18n import Translator
from bot.domain.project_import import ImportResult, parse_projects
from bot.domain.spreadsheet_table import MAX_UNPACKED, cell_text, excel_date, read_table
from bot.services.import_vocabulary import import_vocabulary

TODAY = date(2026, 11, 29)
WORDS = import_vocabulary(Translator.load("it"))
ITALIAN = [
    "titolo", "descrizione", "cause", "competenze", "città", "età minima", "età massima",
    "ore a settimana", "giorni", "posti", "scadenza",
]  # fmt: skip
ROW: list[object] = [
    "Orti urbani", "Curiamo gli orti", "🌍 Clima | Animali", "Lavori manuali", "Torino", 16, 25,
    3, "Fine settimana", 10, None,
]  # fmt: skip


def parse(data: bytes) -> ImportResult:
    return parse_projects(data, TODAY, 13, 25, set(), WORDS)


def workbook(*sheets: tuple[str, Sequence[Sequence[object]]]) -> openpyxl.Workbook:
    book = openpyxl.Workbook()
    book.remove(book.worksheets[0])
    for title, rows in sheets:
        page = book.create_sheet(title)
        for row in rows:
            page.append(row)
    return book


def saved(book: openpyxl.Workbook) -> bytes:
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def xlsx(*rows: Sequence[object]) -> bytes:
    return saved(workbook(("Progetti", [list(row) for row in rows])))


def with_row(**changes: object) -> list[object]:
    row = list(ROW)
    for column, value in changes.items():
        row[ITALIAN.index(column.replace("_", " "))] = value
    return row


def test_an_excel_file_with_italian_headers_and_numbers_as_floats() -> None:
    result = parse(xlsx(ITALIAN, with_row(posti=10.0, **{"età_minima": 16.0})))
    assert result.problems == ()
    (project,) = result.projects
    assert (project.min_age, project.places, project.causes) == (16, 10, ("climate", "animals"))
    assert result.sheets == 1


def test_deadlines_as_date_cells_and_as_excel_day_numbers() -> None:
    data = xlsx(
        ITALIAN,
        with_row(titolo="Con data", scadenza=datetime(2027, 3, 31)),
        with_row(titolo="Con numero", scadenza=46477),
        with_row(titolo="Con testo", scadenza="31.03.2027"),
    )
    result = parse(data)
    assert result.problems == ()
    assert {project.deadline for project in result.projects} == {date(2027, 3, 31)}
    assert excel_date(46477) == date(2027, 3, 31)
    assert excel_date(12) is None


def test_a_formula_gives_its_saved_result_and_one_without_is_a_problem_of_its_row() -> None:
    book = workbook(("Progetti", [ITALIAN, with_row(titolo="Calcolato"), with_row()]))
    book.worksheets[0]["J2"] = "=5*2"  # places, with a result Excel saved
    book.worksheets[0]["J3"] = "=5*3"  # places, saved by a program that does not calculate
    data = saved(book)
    data = _with_cached_value(data, "5*2", "10")
    result = parse(data)
    assert [project.title for project in result.projects] == ["Calcolato"]
    assert [(p.row, p.column, p.what) for p in result.problems] == [(3, "places", "formula")]
    assert result.skipped == (3,)


def _with_cached_value(data: bytes, formula: str, value: str) -> bytes:
    """The workbook as Excel saves it: a formula with its last result."""
    source = zipfile.ZipFile(io.BytesIO(data))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as target:
        for info in source.infolist():
            content = source.read(info.filename)
            if info.filename == "xl/worksheets/sheet1.xml":
                content = content.replace(
                    f"<f>{formula}</f><v />".encode(), f"<f>{formula}</f><v>{value}</v>".encode()
                )
            target.writestr(info, content)
    return buffer.getvalue()


def test_merged_cells_and_a_title_above_the_header() -> None:
    book = workbook(
        ("Progetti", [["Progetti 2027 — Gen C"], [], ITALIAN, with_row(), with_row(titolo="Bis")])
    )
    page = book.worksheets[0]
    page.merge_cells("A1:K1")
    page["C4"] = "Istruzione"
    page.merge_cells("C4:C5")  # one cause cell for two projects: it counts for both
    result = parse(saved(book))
    assert result.problems == ()
    assert [(p.title, p.causes) for p in result.projects] == [
        ("Orti urbani", ("education",)),
        ("Bis", ("education",)),
    ]


def test_several_sheets_the_first_with_our_header_is_read_and_named() -> None:
    book = workbook(
        ("Istruzioni", [["Compila il foglio Progetti"], ["Grazie!"]]),
        ("Progetti", [ITALIAN, with_row()]),
        ("Vecchi", [ITALIAN, with_row(titolo="Vecchio")]),
    )
    result = parse(saved(book))
    assert [project.title for project in result.projects] == ["Orti urbani"]
    assert (result.sheet, result.sheets) == ("Progetti", 3)


def test_empty_workbooks_sheets_with_a_header_only_and_booleans() -> None:
    assert [p.what for p in parse(saved(workbook(("Vuoto", [])))).problems] == ["empty"]
    assert [p.what for p in parse(xlsx(ITALIAN)).problems] == ["no-rows"]
    result = parse(xlsx(ITALIAN, with_row(posti=True)))
    assert [(p.column, p.what, p.value) for p in result.problems] == [("places", "number", "TRUE")]
    assert cell_text(2.5) == "2.5"


def test_files_that_are_no_spreadsheet_or_another_kind() -> None:
    pdf = b"%PDF-1.7\n" + bytes(range(256)) * 10
    png = b"\x89PNG\r\n\x1a\n" + bytes(200)
    old_excel = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(500)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("content.xml", "<office/>")
    ods = buffer.getvalue()
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("word/document.xml", "<w/>")
    docx = buffer.getvalue()
    binary = bytes(range(256)) * 20
    for data, reason in [
        (pdf, "not-spreadsheet"),
        (png, "not-spreadsheet"),
        (old_excel, "old-excel"),
        (ods, "open-document"),
        (docx, "not-spreadsheet"),
        (binary, "not-spreadsheet"),
        (b"PK\x03\x04broken", "not-spreadsheet"),
    ]:
        assert [p.what for p in parse(data).problems] == [reason], reason


def test_a_zip_bomb_is_refused_before_it_is_unpacked() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/workbook.xml", "<workbook/>")
        archive.writestr("xl/worksheets/sheet1.xml", b"0" * (MAX_UNPACKED + 1))
    assert len(buffer.getvalue()) < 200_000
    assert [p.what for p in parse(buffer.getvalue()).problems] == ["too-big"]


def test_a_damaged_workbook_is_unreadable() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("xl/workbook.xml", "<not a workbook")
    assert [p.what for p in parse(buffer.getvalue()).problems] == ["unreadable"]


def test_libreoffice_utf16_with_tabs_or_commas_and_without_its_mark() -> None:
    header = "\t".join(ITALIAN)
    row = "Orti urbani\tCuriamo\tclima\t\tTorino\t16\t25\t3\tweekend\t10\t"
    text = f"{header}\r\n{row}\r\n"
    for data in (
        text.encode("utf-16"),  # with its byte-order mark, as LibreOffice saves "Unicode"
        text.replace("\t", ",").encode("utf-16"),
        text.encode("utf-16-le"),
        text.encode("utf-16-be"),
    ):
        result = parse(data)
        assert result.problems == ()
        assert result.projects[0].title == "Orti urbani"


def test_a_sheet_claiming_a_huge_size_is_read_as_it_is() -> None:
    data = xlsx(ITALIAN, with_row())
    data = _patched(data, b'<dimension ref="A1:K2" />', b'<dimension ref="A1:XFD1048576" />')
    assert parse(data).problems == ()


def _patched(data: bytes, old: bytes, new: bytes) -> bytes:
    source = zipfile.ZipFile(io.BytesIO(data))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as target:
        for info in source.infolist():
            target.writestr(info, source.read(info.filename).replace(old, new))
    return buffer.getvalue()


def test_read_table_numbers_rows_as_the_spreadsheet_does() -> None:
    table = read_table(b"\n\nTitolo;Cause\n\nA;B\n", lambda _: False)
    assert not isinstance(table, str)
    assert table.rows == ((3, ("Titolo", "Cause")), (5, ("A", "B")))


CELLS = st.one_of(
    st.none(), st.integers(), st.floats(), st.text(max_size=20), st.booleans(), st.datetimes()
)


@settings(max_examples=50, deadline=None)
@given(st.lists(st.lists(CELLS, max_size=12), max_size=6))
def test_any_workbook_gives_projects_or_problems(rows: list[list[object]]) -> None:
    cleaned = [[_storable(cell) for cell in row] for row in rows]
    result = parse(xlsx(ITALIAN, *cleaned))
    assert result.projects or result.problems


def _storable(cell: object) -> object:
    # Excel cells hold no control characters and no NaN.
    if isinstance(cell, str):
        return "".join(c for c in cell if c.isprintable())
    if isinstance(cell, float) and cell != cell:
        return None
    return cell


def test_merged_ranges_are_found_across_the_chunks_the_sheet_is_read_in(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from bot.domain import spreadsheet_table

    monkeypatch.setattr(spreadsheet_table, "_CHUNK", 37)  # every range straddles a chunk
    rows: list[Sequence[object]] = [ITALIAN]
    rows += [with_row(titolo=f"Progetto {n}", cause="Istruzione" if n % 2 else None)
             for n in range(1, 41)]  # fmt: skip
    book = workbook(("Progetti", rows))
    for top in range(2, 42, 2):
        book.worksheets[0].merge_cells(f"C{top}:C{top + 1}")  # one cause for two projects
    result = parse(saved(book))
    assert result.problems == ()
    assert {project.causes for project in result.projects} == {("education",)}
    assert len(result.projects) == 40
