"""CSV files that Excel opens as they are, in Italy too: UTF-8 with a BOM (so accents survive),
`;` between cells (Excel's separator where the decimal mark is a comma), CRLF line ends. A cell
that starts like a formula is prefixed with `'`, so a name typed as `=HYPERLINK(…)` stays text
(CSV injection). Pure: no I/O."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from datetime import datetime

BOM = "\ufeff"
SEPARATOR = ";"
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
Cell = str | int | None


def guarded(value: Cell) -> str:
    """A cell as text; numbers stay numbers, text that Excel would run as a formula does not."""
    if value is None:
        return ""
    if isinstance(value, int):
        return str(value)
    return f"'{value}" if value.startswith(FORMULA_STARTS) else value


def csv_bytes(header: Sequence[str], rows: Iterable[Sequence[Cell]]) -> bytes:
    out = io.StringIO(newline="")
    writer = csv.writer(out, delimiter=SEPARATOR, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows([guarded(cell) for cell in row] for row in rows)
    return (BOM + out.getvalue()).encode()


def local_minute(instant: datetime | None) -> str | None:
    """A time as spreadsheets read it: `YYYY-MM-DD HH:MM`, already in local time."""
    return None if instant is None else instant.strftime("%Y-%m-%d %H:%M")
