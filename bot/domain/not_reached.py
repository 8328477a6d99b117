"""The list of those a broadcast did not reach, as a file a spreadsheet opens as it is: UTF-8
with a byte order mark (Excel reads the accents right) and `;` between columns (Excel's own in
Italy). First names and reasons only: no usernames, no Telegram ids (rule 16). Pure."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence

BOM = "\ufeff"
# A cell starting so is run as a formula by spreadsheets: such a name is kept as text.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _cell(text: str) -> str:
    return "'" + text if text.startswith(_FORMULA_START) else text


def not_reached_csv(header: tuple[str, str], rows: Sequence[tuple[str, str]]) -> bytes:
    """`header` (first name, reason) then one row each, in the reader's words."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows((_cell(name), _cell(reason)) for name, reason in rows)
    return (BOM + out.getvalue()).encode("utf-8")
