"""The paper consent form (safeguarding rule 2): one printable A4 page that a guardian signs and
a moderator records by the child's reference code.

Names may be written in any Latin script with accents, so the page uses a Unicode font bundled
with the bot (DejaVu Sans, `bot/fonts/`, its licence beside it) rather than the PDF core fonts,
which know Latin-1 only. A child's name in a script the font lacks is left as a line to write
by hand: the reference code is what identifies the child; any other character the font lacks
prints as "?".
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from fpdf.enums import XPos, YPos

from bot.core.i18n import Translator
from bot.services.unicode_pdf import FAMILY, UnicodePdf, nfc

_FAMILY: Final = FAMILY
_MARGIN: Final = 18.0  # mm
_BOX: Final = 4.5  # a checkbox's side, mm
_BODY: Final = 11.5  # pt
_LINE: Final = 5.8  # mm between lines of body text


class _Page(UnicodePdf):
    """One A4 page in the form's typography; text is given plain (no HTML)."""

    def __init__(self) -> None:
        super().__init__(_MARGIN, 14, 12)

    def paragraph(self, text: str, *, size: float = _BODY, bold: bool = False) -> None:
        self.pdf.set_font(_FAMILY, "B" if bold else "", size)
        self.pdf.multi_cell(0, _LINE * size / _BODY, self.safe(text), align="L")
        self.pdf.ln(1.5)

    def big(self, label: str, value: str, size: float) -> None:
        """A label and, after it, a value printed large (the child's name, the code)."""
        pdf = self.pdf
        pdf.set_font(_FAMILY, "", _BODY)
        pdf.cell(22, size * 0.5, self.safe(label) + ":")
        pdf.set_font(_FAMILY, "B", size)
        pdf.cell(0, size * 0.5, self.safe(value), new_x=XPos.LMARGIN, new_y=YPos.NEXT)

    def write_in(self, label: str, width: float = 0) -> None:
        """A label and a line to write on."""
        pdf = self.pdf
        pdf.set_font(_FAMILY, "", _BODY)
        label_width = pdf.get_string_width(self.safe(label) + ": ") + 1
        pdf.cell(label_width, 12, self.safe(label) + ":")
        line = width or pdf.w - _MARGIN - pdf.get_x()
        pdf.cell(line, 12, "", border="B", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(2)

    def checkbox(self, text: str) -> None:
        """An empty box to tick, and `text` beside it, wrapped under itself."""
        pdf = self.pdf
        pdf.set_font(_FAMILY, "", _BODY)
        x, y = pdf.get_x(), pdf.get_y()
        pdf.rect(x, y + 0.6, _BOX, _BOX)
        pdf.set_x(x + _BOX + 3)
        pdf.multi_cell(0, _LINE, self.safe(text), align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(1.5)

    def choices(self, label: str, options: Sequence[str]) -> None:
        """`label`: [ ] one  [ ] other — on one line."""
        pdf = self.pdf
        pdf.set_font(_FAMILY, "", _BODY)
        pdf.cell(pdf.get_string_width(self.safe(label) + ": ") + 2, 8, self.safe(label) + ":")
        for option in options:
            x, y = pdf.get_x(), pdf.get_y()
            pdf.rect(x, y + 1.8, _BOX, _BOX)
            pdf.set_x(x + _BOX + 2)
            pdf.cell(pdf.get_string_width(self.safe(option)) + 10, 8, self.safe(option))
        pdf.ln(10)

    def rule(self) -> None:
        pdf = self.pdf
        pdf.ln(1)
        pdf.line(_MARGIN, pdf.get_y(), pdf.w - _MARGIN, pdf.get_y())
        pdf.ln(3)


def consent_form_pdf(  # noqa: PLR0913 — the form's contents, each named at the call
    translate: Translator,
    language: str,
    *,
    reference_code: str,
    child_first_name: str,
    community_name: str,
    data_controller: str,
    data_controller_contact: str,
    purposes: Sequence[str],
) -> bytes:
    """The form in `language`: who asks and what the community does, a box to tick for each
    purpose (the keys of `bot.domain.catalog.PURPOSES`), the child's first name and reference
    code printed large, the guardian's fields, and where the signed form goes.

    It takes a few tenths of a second of CPU (the font is read and subset): a handler calls it
    through `asyncio.to_thread`, so other people's updates are not held up meanwhile."""

    def text(key: str, **args: object) -> str:
        return translate.plain(language, key, **args)

    page = _Page()
    name = nfc(child_first_name.strip())
    printable = bool(name) and page.printable(name)
    child = name if printable else text("consent-form-child-unnamed")
    page.pdf.set_title(text("consent-form-title"))
    page.paragraph(text("consent-form-title"), size=17, bold=True)
    page.paragraph(community_name, bold=True)
    page.rule()
    if printable:
        page.big(text("consent-form-for"), name, 20)
    else:
        page.write_in(text("consent-form-for") + " " + text("consent-form-name-by-hand"))
    page.big(text("consent-form-code"), reference_code, 24)
    page.rule()
    page.paragraph(text("consent-form-who", community=community_name, child=child))
    page.paragraph(text("consent-form-what"))
    page.paragraph(text("consent-form-purposes"), bold=True)
    for purpose in purposes:
        page.checkbox(text(f"consent-form-purpose-{purpose}", child=child))
    page.rule()
    page.write_in(text("consent-form-guardian-name"))
    parent, guardian = text("consent-form-parent"), text("consent-form-legal-guardian")
    page.choices(text("consent-form-relationship"), (parent, guardian))
    page.paragraph(text("consent-form-statement", child=child))
    page.write_in(text("consent-form-date"), width=50)
    page.write_in(text("consent-form-signature"), width=90)
    page.rule()
    page.paragraph(text("consent-form-hand-in"), bold=True)
    controller = text(
        "consent-form-controller", controller=data_controller, contact=data_controller_contact
    )
    page.paragraph(controller, size=9)
    return bytes(page.pdf.output())
