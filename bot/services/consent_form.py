"""The paper consent form as a printable PDF (safeguarding rule 2).

A minimal stand-in: the full form is built on another branch with this same signature."""

from __future__ import annotations

import html
from collections.abc import Sequence

from fpdf import FPDF

from bot.core.i18n import Translator


def _latin(text: str) -> str:
    """The PDF core fonts hold Latin-1 only: anything else prints as '?'."""
    plain = html.unescape(text).replace("’", "'")
    return plain.encode("latin-1", "replace").decode("latin-1")


def consent_form_pdf(  # noqa: PLR0913 - the shared generator's signature
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
    def text(key: str, **args: object) -> str:
        return _latin(str(translate(language, key, **args)))

    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(auto=True, margin=15)
    pdf.add_page()
    pdf.set_font("Helvetica", style="B", size=16)
    pdf.multi_cell(
        0, 9, text("consent-form-title", community=community_name), new_x="LMARGIN", new_y="NEXT"
    )
    pdf.set_font("Helvetica", size=11)
    pdf.ln(2)
    name = child_first_name or "_______________"
    pdf.multi_cell(
        0,
        6,
        text("consent-form-child", name=name, code=reference_code),
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(2)
    pdf.multi_cell(
        0, 6, text("consent-form-intro", controller=data_controller), new_x="LMARGIN", new_y="NEXT"
    )
    pdf.ln(2)
    for purpose in purposes:
        pdf.multi_cell(
            0, 6, "[  ]  " + text(f"consent-form-purpose-{purpose}"), new_x="LMARGIN", new_y="NEXT"
        )
        pdf.ln(1)
    pdf.ln(3)
    for line in ("name", "relationship", "adult", "date", "signature"):
        pdf.multi_cell(0, 8, text(f"consent-form-{line}"), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    contact = data_controller_contact or data_controller
    pdf.multi_cell(
        0, 6, text("consent-form-return", contact=contact), new_x="LMARGIN", new_y="NEXT"
    )
    return bytes(pdf.output())
