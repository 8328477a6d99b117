"""A spreadsheet's bytes as rows of text: CSV (as Excel, LibreOffice and Google export it) or
Excel's `.xlsx`. Pure: bytes in, rows or the reason they cannot be read out.

What the file is comes from its bytes, not its name: a PDF renamed `.xlsx` is not read as one.
Everything is capped before it is unpacked (file size, unpacked size, rows, columns), so a zip
bomb or a sheet claiming a million columns costs nothing.
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Final

import openpyxl
from openpyxl.utils.cell import range_boundaries
from openpyxl.worksheet._read_only import ReadOnlyWorksheet

MAX_BYTES: Final = 2_000_000  # a file, as sent; 500 projects with long descriptions fit
MAX_UNPACKED: Final = 40_000_000  # an .xlsx, unpacked: larger is a zip bomb, not projects
MAX_READ_ROWS: Final = 2_000  # rows looked at, blank ones included
MAX_COLUMNS: Final = 30
MAX_MERGED: Final = 5_000  # merged ranges looked at in a sheet

# The reasons a file gives no rows; each is a locale key suffix: import-problem-<reason>.
TOO_BIG: Final = "too-big"  # an Excel file: pictures and spare sheets make it big
TOO_BIG_CSV: Final = "too-big-csv"  # text: only fewer rows make it smaller
TOO_BIG_OTHER: Final = "too-big-other"  # neither: most likely the wrong file
EMPTY: Final = "empty"
UNREADABLE: Final = "unreadable"
NOT_A_SPREADSHEET: Final = "not-spreadsheet"
OLD_EXCEL: Final = "old-excel"
OPEN_DOCUMENT: Final = "open-document"

_MAGIC: Final = {
    b"%PDF": NOT_A_SPREADSHEET,
    b"\x89PNG": NOT_A_SPREADSHEET,
    b"\xff\xd8\xff": NOT_A_SPREADSHEET,
    b"GIF8": NOT_A_SPREADSHEET,
    b"\xd0\xcf\x11\xe0": OLD_EXCEL,  # the old binary .xls (or a password-protected file)
}
_EXCEL_EPOCH: Final = date(1899, 12, 30)
_SEPARATORS: Final = (";", ",", "\t")


@dataclass(frozen=True)
class Table:
    """The rows of one sheet, numbered as the spreadsheet numbers them (the first is 1)."""

    rows: tuple[tuple[int, tuple[str, ...]], ...]
    sheet: str = ""  # the sheet read, when another sheet has projects or comes first
    sheets: int = 1
    # (row, column index) of formulas saved without their result: the cell reads empty.
    no_value: frozenset[tuple[int, int]] = frozenset()


def read_table(data: bytes, is_header: Callable[[Sequence[str]], bool]) -> Table | str:
    """The table, or why there is none. `is_header` picks, in a workbook of several sheets,
    the first sheet with a header row among its first rows."""
    if len(data) > MAX_BYTES:
        if data.startswith(b"PK\x03\x04"):
            return TOO_BIG
        return TOO_BIG_CSV if decode(data[:4096]) is not None else TOO_BIG_OTHER
    if not data.strip(b" \t\r\n\x00\xef\xbb\xbf\xff\xfe"):
        return EMPTY
    for magic, reason in _MAGIC.items():
        if data.startswith(magic):
            return reason
    if data.startswith(b"PK\x03\x04"):
        return _workbook(data, is_header)
    return _csv(data, is_header)


def too_big(file_name: str, mime_type: str) -> str:
    """Why a file too big to download is refused, with advice for its kind, from its name."""
    name, mime = file_name.casefold(), mime_type.casefold()
    if name.endswith((".xlsx", ".xlsm", ".xls")) or "spreadsheetml" in mime or "excel" in mime:
        return TOO_BIG
    if name.endswith((".csv", ".tsv", ".txt")) or mime.startswith("text/"):
        return TOO_BIG_CSV
    return TOO_BIG_OTHER


def excel_date(serial: float) -> date | None:
    """A date Excel stores as a day number (46477 is 2027-03-31), if it is one this century."""
    if not 36_526 <= serial <= 73_050:  # 2000-01-01 to 2099-12-31
        return None
    return _EXCEL_EPOCH + timedelta(days=int(serial))


# --- CSV ---------------------------------------------------------------------------------------


def decode(data: bytes) -> str | None:
    """The text, from the encodings spreadsheets save in; None if it is not text at all."""
    if data.startswith(b"\xef\xbb\xbf"):
        text = data[3:].decode("utf-8", errors="replace")
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = data.decode("utf-16", errors="replace")
    elif _looks_utf16(data):
        order = "utf-16-le" if data[1::2].count(0) > len(data) // 4 else "utf-16-be"
        text = data.decode(order, errors="replace")
    else:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = data.decode("cp1252", errors="replace")
    controls = sum(1 for c in text if ord(c) < 32 and c not in "\t\r\n")
    return None if controls > len(text) // 100 else text


def _looks_utf16(data: bytes) -> bool:
    """UTF-16 without its mark: every other byte of plain text is zero."""
    half = len(data) // 2
    return half > 0 and max(data[0::2].count(0), data[1::2].count(0)) > half * 0.4


def _csv(data: bytes, is_header: Callable[[Sequence[str]], bool]) -> Table | str:
    text = decode(data)
    if text is None:
        return NOT_A_SPREADSHEET
    separator = _separator(text.splitlines()[:10], is_header)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=separator)
    try:
        rows = [
            (number, tuple(row[:MAX_COLUMNS]))
            for number, row in zip(range(1, MAX_READ_ROWS + 1), reader, strict=False)
        ]
    except csv.Error:
        return UNREADABLE
    return Table(_not_blank(rows))


def _separator(lines: list[str], is_header: Callable[[Sequence[str]], bool]) -> str:
    """The one that splits a line into a header; else the most frequent in a line (commas in
    descriptions must not win over the semicolons between cells)."""
    for separator in _SEPARATORS:
        if any(is_header(line.split(separator)) for line in lines):
            return separator
    return max(_SEPARATORS, key=lambda s: max((line.count(s) for line in lines), default=0))


def _not_blank(
    rows: list[tuple[int, tuple[str, ...]]],
) -> tuple[tuple[int, tuple[str, ...]], ...]:
    return tuple(
        (number, tuple(cell.strip() for cell in row))
        for number, row in rows
        if any(cell.strip() for cell in row)
    )


# --- Excel -------------------------------------------------------------------------------------


def _workbook(data: bytes, is_header: Callable[[Sequence[str]], bool]) -> Table | str:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
            if "mimetype" in names and b"opendocument" in archive.read("mimetype")[:200]:
                return OPEN_DOCUMENT
            if "xl/workbook.xml" not in names:
                return NOT_A_SPREADSHEET
            if sum(info.file_size for info in archive.infolist()) > MAX_UNPACKED:
                return TOO_BIG
    except (zipfile.BadZipFile, OSError, EOFError, RuntimeError):
        return NOT_A_SPREADSHEET
    try:
        return _sheets(data, is_header)
    # A damaged workbook makes openpyxl raise any of a dozen kinds of error; each means the same.
    except Exception:
        return UNREADABLE


def _sheets(data: bytes, is_header: Callable[[Sequence[str]], bool]) -> Table | str:
    values = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    formulas = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=False)
    try:
        tables = [_sheet(shown, written) for shown, written in zip(values, formulas, strict=False)]
    finally:
        values.close()
        formulas.close()
    found = [(name, table) for name, table in tables if table.rows]
    if not found:
        return EMPTY
    with_header = [
        (name, table) for name, table in found if any(is_header(row) for _, row in table.rows[:10])
    ]
    name, table = (with_header or found)[0]
    # Worth saying which sheet was read only when another could have been meant.
    named = len(with_header) > 1 or name != found[0][0]
    return Table(table.rows, name if named else "", len(values.sheetnames), table.no_value)


def _sheet(shown: object, written: object) -> tuple[str, Table]:
    name = str(getattr(shown, "title", ""))
    if not isinstance(shown, ReadOnlyWorksheet) or not isinstance(written, ReadOnlyWorksheet):
        return name, Table(())  # a chart sheet: no cells
    # A sheet's stated size may be a lie (A1:XFD1048576): read what is there.
    shown.reset_dimensions()
    written.reset_dimensions()
    rows: list[tuple[int, tuple[str, ...]]] = []
    no_value: set[tuple[int, int]] = set()
    pairs = zip(_cells(shown), _cells(written), strict=False)
    for number, (cells, sources) in enumerate(pairs, start=1):
        rows.append((number, tuple(cell_text(cell) for cell in cells)))
        for index, (cell, source) in enumerate(zip(cells, sources, strict=False)):
            if cell is None and _is_formula(source):
                no_value.add((number, index))
    _fill_merged_down(rows, _merged_ranges(shown))
    return name, Table(_not_blank(rows), no_value=frozenset(no_value))


# `<mergeCell ref="C3:C4"/>`, with or without a namespace prefix.
_MERGE_CELL: Final = re.compile(
    rb"<(?:\w+:)?mergeCell\s[^>]*?ref=[\"']([A-Z]{1,3}[0-9]{1,7}:[A-Z]{1,3}[0-9]{1,7})[\"']"
)
_CHUNK: Final = 1 << 20


def _merged_ranges(sheet: ReadOnlyWorksheet) -> list[tuple[int, int, int, int]]:
    """The sheet's merged ranges, (min column, min row, max column, max row). openpyxl's
    read-only sheets leave them out, so they are read from the sheet's XML, a chunk at a time
    (the XML was already unpacked once: its size is capped)."""
    found: set[bytes] = set()
    tail = b""
    # The read-only sheet knows its part of the archive; `_get_source` (not public) opens it.
    opener = getattr(sheet, "_get_source", None)
    if opener is None:
        return []
    with opener() as source:
        while len(found) < MAX_MERGED and (chunk := source.read(_CHUNK)):
            text = tail + chunk
            found.update(match[1] for match in _MERGE_CELL.finditer(text))
            tail = text[-200:]
    ranges = []
    for ref in sorted(found)[:MAX_MERGED]:
        min_col, min_row, max_col, max_row = range_boundaries(ref.decode())
        if None not in (min_col, min_row, max_col, max_row):
            ranges.append((min_col or 0, min_row or 0, max_col or 0, max_row or 0))
    return ranges


def _fill_merged_down(
    rows: list[tuple[int, tuple[str, ...]]], ranges: list[tuple[int, int, int, int]]
) -> None:
    """A cell merged down several rows counts for each of them, as Excel shows it: "Clima"
    merged over rows 3–4 is the cause of both. Only down its first column: a title merged
    across the header is one cell, not one a column."""
    for min_col, min_row, _, max_row in ranges:
        if max_row == min_row or min_col > MAX_COLUMNS or min_row > len(rows):
            continue
        index = min_col - 1
        top = rows[min_row - 1][1]
        value = top[index] if index < len(top) else ""
        for number in range(min_row + 1, min(max_row, len(rows)) + 1):
            cells = rows[number - 1][1]
            padded = cells + ("",) * (index + 1 - len(cells))
            rows[number - 1] = (number, (*padded[:index], value, *padded[index + 1 :]))


def _cells(sheet: ReadOnlyWorksheet) -> Iterator[tuple[object, ...]]:
    # The stubs borrow Worksheet.iter_rows for the read-only sheet, which has the same one.
    return sheet.iter_rows(  # type: ignore[misc]
        max_row=MAX_READ_ROWS, max_col=MAX_COLUMNS, values_only=True
    )


def _is_formula(source: object) -> bool:
    return (isinstance(source, str) and source.startswith("=")) or (
        source is not None and not isinstance(source, str | int | float | bool | date | time)
    )


def cell_text(cell: object) -> str:
    """A cell as the coordinator sees it: 16.0 is 16, a date is 2027-03-31."""
    if cell is None:
        return ""
    if isinstance(cell, bool):
        return "TRUE" if cell else "FALSE"
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    if isinstance(cell, datetime):
        return cell.date().isoformat()
    if isinstance(cell, date | time):
        return cell.isoformat()
    return str(cell)
