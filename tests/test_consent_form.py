"""The paper consent form (safeguarding rule 2): one printable A4 page in each language, with
the child's first name and reference code in its text, a box for each purpose, the guardian's
fields and whom to hand it to. Text is read back with pypdf."""

from __future__ import annotations

import io
import re
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from bot.core.i18n import SUPPORTED_LANGUAGES, Translator
from bot.domain.catalog import PURPOSES
from bot.services.consent_form import consent_form_pdf

CODE = "BU24XU"
CONTROLLER = "Associazione Generazione Changemaker APS, via Roma 1, Torino"
CONTACT = "privacy@genc.example"
A4 = (595.28, 841.89)  # points


@pytest.fixture(scope="module")
def translate() -> Translator:
    return Translator.load("it")


def form(
    translate: Translator, language: str, name: str, **overrides: str
) -> tuple[PdfReader, str]:
    """The PDF and its text, each run of spaces and line breaks as one space."""
    args = {
        "reference_code": CODE,
        "child_first_name": name,
        "community_name": "Generazione Changemaker",
        "data_controller": CONTROLLER,
        "data_controller_contact": CONTACT,
        **overrides,
    }
    pdf = consent_form_pdf(translate, language, purposes=PURPOSES, **args)
    assert pdf.startswith(b"%PDF-")
    reader = PdfReader(io.BytesIO(pdf))
    text = " ".join(page.extract_text() for page in reader.pages)
    return reader, re.sub(r"\s+", " ", text)


def one_a4_page(reader: PdfReader) -> None:
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert (round(float(box.width), 2), round(float(box.height), 2)) == A4


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        (
            "it",
            [
                "Consenso del genitore o del tutore",
                "Per: Giulia",
                f"Codice: {CODE}",
                "perché Giulia possa partecipare",
                "eventi e progetti di volontariato dal vivo, con adulti",
                "I coordinatori scrivono ai ragazzi solo tramite il bot",
                "Visibile ai progetti:",
                "Promemoria eventi: il bot ricorda gli eventi a cui Giulia",
                "Annunci:",
                "Nome e cognome del genitore o tutore:",
                "Sono: genitore tutore legale",
                "Dichiaro di essere maggiorenne e di avere la responsabilità genitoriale su Giulia",
                "Data:",
                "Firma:",
                "Consegna il modulo firmato a un moderatore",
                "di persona oppure mandandogli una foto",
                f"Titolare del trattamento dei dati: {CONTROLLER} ({CONTACT})",
            ],
        ),
        (
            "en",
            [
                "Consent of a parent or guardian",
                "For: Giulia",
                f"Code: {CODE}",
                "so that Giulia can take part",
                "volunteering events and projects in person, coordinated by adults",
                "Coordinators write to young members only through the community's Telegram bot",
                "Visible to projects:",
                "Event reminders: the bot reminds Giulia",
                "Announcements:",
                "Full name of the parent or guardian:",
                "I am: a parent the legal guardian",
                "I declare that I am an adult with parental responsibility for Giulia.",
                "Date:",
                "Signature:",
                "Give the signed form to one of the community's moderators, in person or as a",
                f"Data controller: {CONTROLLER} ({CONTACT}).",
            ],
        ),
    ],
)
def test_the_form_says_everything_on_one_page(
    translate: Translator, language: str, expected: list[str]
) -> None:
    reader, text = form(translate, language, "Giulia")
    one_a4_page(reader)
    for words in expected:
        assert words in text, words
    # Plain text on paper: nothing HTML-escaped (apostrophes, ampersands).
    assert "&#" not in text
    assert "&amp;" not in text


@pytest.mark.parametrize(
    "name",
    ["Zoë", "Łukasz", "Nguyễn Thị", "Þóra", "Şebnem Ağça", "Ærøskøbing", "Zoe\u0308", "O'Neil"],
)
def test_names_in_latin_scripts_with_accents_print(translate: Translator, name: str) -> None:
    _, text = form(translate, "it", name)
    assert f"Per: {unicodedata.normalize('NFC', name)}" in text


def test_a_name_the_font_cannot_draw_is_left_to_write_by_hand(translate: Translator) -> None:
    reader, text = form(translate, "en", "明美")
    one_a4_page(reader)
    assert "明美" not in text
    assert "For (write the name here):" in text
    assert f"Code: {CODE}" in text
    assert "so that this young person can take part" in text


def test_the_settings_print_as_written_even_with_ampersands(translate: Translator) -> None:
    _, text = form(
        translate, "it", "Giulia", community_name="Genitori & Figli", data_controller="A & B srl"
    )
    assert "Genitori & Figli chiede il tuo consenso" in text
    assert "A & B srl" in text


def test_the_longest_form_still_fits_one_page(translate: Translator) -> None:
    for language in SUPPORTED_LANGUAGES:
        reader, text = form(
            translate,
            language,
            "Maria Giovanna Antonietta Benedetta",
            community_name="C" * 80,
            data_controller="D " * 100,
            data_controller_contact="https://example.org/" + "p" * 80,
        )
        one_a4_page(reader)
        assert CODE in text


@settings(max_examples=5, deadline=None)
@given(name=st.text(max_size=40))
def test_any_name_gives_one_page_with_the_code(translate: Translator, name: str) -> None:
    reader, text = form(translate, "it", name)
    one_a4_page(reader)
    assert f"Codice: {CODE}" in text
