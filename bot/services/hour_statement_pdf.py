"""The statement of volunteering hours a member hands to her school: A4, in her language, with
the organisation's name, her first name and surname, the school year, a table of events (date,
title, hours) that runs onto more pages when it must (its header repeated), the total (once), the
place and date of issue, a line for the signature of whoever signs it for the organisation (their
name and role under it when `STATEMENT_SIGNATORY` is set), and the verification code with how a
school checks it (`STATEMENT_CONTACT`, or the organisation).
Its creation date (the PDF's metadata) is the bot's clock, as the date printed is.

The code and the surname are printed and not kept: this module returns bytes and stores
nothing. Like the
consent form it uses the DejaVu fonts bundled with the bot, so accents print; what the font
cannot draw (an emoji in an event's title) is left out rather than printed as "?", and a name
it cannot print is refused before (`printable`)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Final

from fpdf.enums import XPos, YPos
from fpdf.fonts import FontFace

from bot.core.i18n import Translator
from bot.domain.school_year import hours_and_minutes, school_year_label
from bot.services.unicode_pdf import FAMILY, UnicodePdf, nfc
from storage.hours import HourStatement

_FAMILY: Final = FAMILY
_MARGIN: Final = 18.0  # mm
_BODY: Final = 11.0  # pt
_LINE: Final = 5.6  # mm
_COLUMNS: Final = (28, 120, 26)  # date, event, hours (mm; the text width is 174)


@dataclass(frozen=True)
class StatementPerson:
    """Who it is for, as printed: the surname lives only as long as this document."""

    first_name: str
    surname: str


@dataclass(frozen=True)
class Issuer:
    """The organisation as the statement prints it: its name, the place it is issued in, how a
    school gets in touch to verify it (empty: the organisation's name is all it says), and who
    signs it (empty: the signature line alone, for whoever signs by hand)."""

    name: str
    place: str
    contact: str = ""
    signatory: str = ""


@dataclass(frozen=True)
class PrintedStatement:
    """What is printed besides the person: the statement, its code (kept nowhere else) and the
    local day it is issued on."""

    statement: HourStatement
    code: str
    issued_on: date


def hours_text(translate: Translator, language: str, minutes: int) -> str:
    hours, rest = hours_and_minutes(minutes)
    return translate.plain(language, "hours-amount", hours=hours, minutes=rest)


def _day(iso: str) -> str:
    return date.fromisoformat(iso).strftime("%d/%m/%Y")


# Joiners and emoji presentation selectors: nothing to draw once the emoji around them is gone.
_INVISIBLE: Final = frozenset("\u200d\ufe0e\ufe0f")
_SPACES: Final = re.compile(r"[ \t]{2,}")


class _Document(UnicodePdf):
    def __init__(self) -> None:
        super().__init__(_MARGIN, 16, 16)

    def safe(self, text: str) -> str:
        """`text` without what the font cannot draw (an emoji: "🌱 Orto" prints "Orto")."""
        whole = nfc(text)
        kept = "".join(c for c in whole if c not in _INVISIBLE and self.printable(c))
        # Where something was left out, the spaces either side of it become one.
        return kept if kept == whole else _SPACES.sub(" ", kept).strip()

    def paragraph(self, text: str, *, size: float = _BODY, bold: bool = False) -> None:
        self.pdf.set_font(_FAMILY, "B" if bold else "", size)
        self.pdf.multi_cell(
            0,
            _LINE * size / _BODY,
            self.safe(text),
            align="L",
            new_x=XPos.LMARGIN,
            new_y=YPos.NEXT,
        )
        self.pdf.ln(2)

    def table(self, heading: tuple[str, str, str], rows: list[tuple[str, str, str]]) -> None:
        pdf = self.pdf
        pdf.set_font(_FAMILY, "", _BODY - 1)
        with pdf.table(
            col_widths=_COLUMNS,
            text_align=("LEFT", "LEFT", "RIGHT"),
            headings_style=FontFace(emphasis="BOLD"),
            line_height=_LINE,
            first_row_as_headings=True,
        ) as table:
            for cells in (heading, *rows):
                row = table.row()
                for cell in cells:
                    row.cell(self.safe(cell))
        pdf.ln(3)


@cache
def _font() -> UnicodePdf:
    return _Document()


def printable(name: str) -> bool:
    """Whether the statement's font draws every letter of a name: DejaVu has Latin, Greek and
    Cyrillic with their accents, not Chinese, Japanese or Korean. Only read, so the one document
    it asks may be shared between threads."""
    return _font().printable(name)


def statement_pdf(
    translate: Translator,
    language: str,
    printed: PrintedStatement,
    person: StatementPerson,
    issuer: Issuer,
) -> bytes:
    """Takes a few tenths of a second of CPU: a handler calls it through `asyncio.to_thread`."""

    def text(key: str, **args: object) -> str:
        return translate.plain(language, key, **args)

    statement, code = printed.statement, printed.code
    organisation = issuer.name
    document = _Document()
    # The bot's clock, not the computer's: the metadata says the day the statement prints.
    document.pdf.set_creation_date(statement.issued_at)
    name = f"{nfc(person.first_name.strip())} {nfc(person.surname.strip())}"
    year = school_year_label(statement.school_year)
    total = hours_text(translate, language, statement.total_minutes)
    document.pdf.set_title(text("statement-pdf-title"))
    document.paragraph(organisation, size=13, bold=True)
    document.paragraph(text("statement-pdf-title"), size=18, bold=True)
    document.paragraph(
        text(
            "statement-pdf-intro",
            name=name,
            organisation=organisation,
            year=year,
            count=len(statement.lines),
        )
    )
    heading = (text("statement-pdf-date"), text("statement-pdf-event"), text("statement-pdf-hours"))
    rows = [
        (_day(line.day), line.title, hours_text(translate, language, line.minutes))
        for line in statement.lines
    ]
    document.table(heading, rows)
    document.paragraph(text("statement-pdf-total-line", year=year, total=total), bold=True)
    issued = printed.issued_on.strftime("%d/%m/%Y")
    document.paragraph(
        text("statement-pdf-issued", organisation=organisation, place=issuer.place, date=issued)
    )
    document.pdf.ln(4)
    document.paragraph(text("statement-pdf-signature"))
    if issuer.signatory.strip():
        document.paragraph(issuer.signatory.strip())
    document.pdf.ln(4)
    document.paragraph(text("statement-pdf-code", code=code), size=14, bold=True)
    contact = issuer.contact.strip()
    how = (
        text("statement-pdf-verify-contact", code=code, contact=contact, organisation=organisation)
        if contact
        else text("statement-pdf-verify", code=code, organisation=organisation)
    )
    document.paragraph(how, size=9.5)
    return bytes(document.pdf.output())
