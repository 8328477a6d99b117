"""The workbook writer (pure): a sheet name Excel accepts, text that stays text, times as dates,
columns wide enough but not endless."""

from __future__ import annotations

import io
from datetime import datetime

from openpyxl import load_workbook

from bot.domain.workbook import WIDEST, XlsxCell, xlsx_bytes


def test_any_title_makes_a_sheet_name_excel_accepts() -> None:
    title = "Orti: 2026/27 [Barriera] — un progetto dal titolo davvero lungo"
    sheet = load_workbook(io.BytesIO(xlsx_bytes(title, ["a"], []))).active
    assert sheet is not None
    assert sheet.title == "Orti  2026 27  Barriera  — un p"
    assert len(sheet.title) == 31


def test_text_stays_text_and_times_are_dates() -> None:
    rows: list[list[XlsxCell]] = [
        ['=HYPERLINK("x")', 3, datetime(2026, 12, 5, 23, 0), None, "@me", "x" * 200]
    ]
    content = xlsx_bytes("S", ["A", "B", "C", "D", "E", "F"], rows)
    sheet = load_workbook(io.BytesIO(content)).active
    assert sheet is not None
    assert [cell.value for cell in sheet[2]] == rows[0]
    assert [cell.data_type for cell in sheet[2]][:3] == ["s", "n", "d"]
    assert sheet["A1"].font.bold
    assert sheet.column_dimensions["F"].width == WIDEST
    assert sheet.column_dimensions["B"].width == 3
