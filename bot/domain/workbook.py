"""Excel workbooks (.xlsx) made in memory, for lists people print or share: one sheet, the
header in bold and frozen, columns wide enough to read, times as Excel dates. Unlike a CSV, it
opens the same in every Excel, whatever its language's separator. Text stays text: a name
typed as `=HYPERLINK(…)` is never a formula. Pure: no I/O beyond the bytes it returns."""

from __future__ import annotations

import io
import re
from collections.abc import Iterable, Sequence
from datetime import datetime

from openpyxl import Workbook
from openpyxl.cell import Cell, WriteOnlyCell
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

XlsxCell = str | int | float | datetime | None
TIME_FORMAT = "yyyy-mm-dd hh:mm"
SHEET_NAME = 31  # Excel's limit
NOT_IN_SHEET_NAMES = re.compile(r"[\[\]:*?/\\]")
WIDEST = 60  # characters: a long message wraps in Excel rather than widening the sheet


def xlsx_bytes(sheet: str, header: Sequence[str], rows: Iterable[Sequence[XlsxCell]]) -> bytes:
    """`rows` under `header`, on a sheet named `sheet` (cut and cleaned as Excel wants)."""
    rows = [list(row) for row in rows]
    book = Workbook(write_only=True)
    page = book.create_sheet(NOT_IN_SHEET_NAMES.sub(" ", sheet)[:SHEET_NAME].strip() or "1")
    page.freeze_panes = "A2"
    for number, width in enumerate(_widths(header, rows), start=1):
        page.column_dimensions[get_column_letter(number)].width = width
    page.append([_cell(page, title, bold=True) for title in header])
    for row in rows:
        page.append([_cell(page, value) for value in row])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _cell(page: WriteOnlyWorksheet, value: XlsxCell, *, bold: bool = False) -> Cell:
    cell = WriteOnlyCell(page, value=value)
    if isinstance(value, str):
        cell.data_type = "s"  # never a formula, whatever it starts with
    elif isinstance(value, datetime):
        cell.number_format = TIME_FORMAT
    if bold:
        cell.font = Font(bold=True)
    return cell


def _widths(header: Sequence[str], rows: Sequence[Sequence[XlsxCell]]) -> list[int]:
    widths = [len(title) for title in header]
    for row in rows:
        for number, value in enumerate(row[: len(widths)]):
            shown = len(TIME_FORMAT) if isinstance(value, datetime) else len(str(value or ""))
            widths[number] = max(widths[number], shown)
    return [min(width + 2, WIDEST) for width in widths]
