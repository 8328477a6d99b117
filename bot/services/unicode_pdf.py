"""An A4 PDF in the bot's bundled Unicode font (DejaVu Sans, `bot/fonts/`, its licence beside
it): the PDF core fonts know Latin-1 only, and names may be Zoë, Łukasz or Nguyễn. What the
font cannot draw prints as "?"."""

from __future__ import annotations

import unicodedata
from importlib import resources
from pathlib import Path
from typing import Final

from fpdf import FPDF
from fpdf.fonts import TTFFont

FONTS: Final = Path(str(resources.files("bot"))) / "fonts"
FAMILY: Final = "DejaVuSans"


class UnicodePdf:
    """One document, its first page added, with the font's regular and bold faces."""

    def __init__(self, margin: float, top: float, bottom: float) -> None:
        pdf = FPDF(format="A4", unit="mm")
        pdf.set_margins(margin, top, margin)
        pdf.set_auto_page_break(auto=True, margin=bottom)
        pdf.set_creator("Gen C bot")
        pdf.add_font(FAMILY, "", FONTS / "DejaVuSans.ttf")
        pdf.add_font(FAMILY, "B", FONTS / "DejaVuSans-Bold.ttf")
        pdf.add_page()
        self.pdf = pdf
        font = pdf.fonts[FAMILY.lower()]
        assert isinstance(font, TTFFont)
        self._glyphs = frozenset(font.cmap)

    def printable(self, text: str) -> bool:
        return all(ord(char) in self._glyphs or char.isspace() for char in nfc(text))

    def safe(self, text: str) -> str:
        """`text` with what the font cannot draw as "?"."""
        return "".join(c if ord(c) in self._glyphs or c.isspace() else "?" for c in nfc(text))


def nfc(text: str) -> str:
    # "e" + a combining accent becomes "é", one glyph the font has.
    return unicodedata.normalize("NFC", text)
