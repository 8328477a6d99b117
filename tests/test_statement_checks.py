"""What a member and a teacher found trying statements of hours: a surname checked however it
is retyped (accents, hyphens, apostrophes), and a surname that does not match said first."""

from __future__ import annotations

import asyncio
import io
from pathlib import Path

import pytest
from pypdf import PdfReader
from telegram_test_server import FakeUser
from telegram_test_server.models import BotMessage

from bot.cli import main
from tests.support.harness import RunningBot
from tests.support.staff_members import enrolled
from tests.test_hours import code_in, luca_with_hours, no_pdf, pdf_text, surname_confirmed
from tests.test_onboarding_flow import say, tap
from tests.test_staff import ADMIN

pytestmark = pytest.mark.bot_settings(ADMIN_IDS=str(ADMIN))


async def test_a_surname_retyped_another_way_matches(bot: RunningBot) -> None:
    luca = await luca_with_hours(bot)
    mara = await enrolled(bot, "Mara", "moderator")
    for printed, typed in (
        ("De Santìs", "De Santis"),
        ("Bianchi-Rossi", "bianchi rossi"),
        ("D'Amico", "Damico"),
    ):
        issued = await bot.services.hours.issue(luca.id, 2025, "Luca", printed, no_pdf)
        assert issued is not None
        checked = await say(mara, f"/verify {issued.code} {typed}")
        assert (checked.text or "").startswith(f"✅ Genuine statement · {issued.code}\n"), typed
        assert (checked.text or "").endswith("✅ The surname matches the one printed."), typed


async def test_a_surname_that_does_not_match_is_the_first_thing_said(
    bot: RunningBot,
    db_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    no_env_file: Path,
    restore_root_logging: None,
) -> None:
    luca = await luca_with_hours(bot)
    issued = await bot.services.hours.issue(luca.id, 2025, "Luca", "De Santìs", no_pdf)
    assert issued is not None
    code = issued.code
    mara = await enrolled(bot, "Mara", "moderator")
    checked = await say(mara, f"/verify {code} Rossi")
    assert checked.text == (
        f"⚠️ The code {code} is genuine, but the surname does not match the one printed on it:"
        " the statement may have been altered. Compare the paper with what the code certifies:\n"
        "First name: Luca\nSchool year: 2025/26\nHours: 4 h 30 min (2 events)\n"
        "Issued on 15 January 2026"
    )
    assert "✅" not in (checked.text or "")
    # The shell says the same, and exits non-zero: a script checking papers sees it.
    monkeypatch.setenv("BOT_TOKEN", "123456:" + "A" * 35)
    monkeypatch.setenv("DATABASE_PATH", str(db_path))
    monkeypatch.setenv("DEFAULT_LANGUAGE", "en")  # the shell speaks the bot's default
    monkeypatch.setenv("ADMIN_IDS", str(ADMIN))
    capsys.readouterr()
    assert await asyncio.to_thread(main, ["verify", code, "Rossi"]) == 1
    printed = capsys.readouterr().out.splitlines()
    assert printed[0].startswith(f"⚠️ The code {code} is genuine, but the surname does not match")
    assert await asyncio.to_thread(main, ["verify", code, "de santis"]) == 0
    assert capsys.readouterr().out.splitlines()[0] == f"✅ Genuine statement · {code}"
    rows = await bot.services.db.fetch_all(
        "SELECT action FROM audit_log WHERE action = 'statement.verified'"
    )
    assert len(rows) == 3


async def test_the_privacy_promise_says_when_the_surname_is_asked(bot: RunningBot) -> None:
    # /hours asks for the surname: the notice no longer promises it never will.
    for language, button, promise in (
        (
            "it",
            "🇮🇹 Italiano",
            "Non ti chiederò mai telefono, email o foto; il cognome solo se chiedi un attestato"
            " per la scuola: lo stampo sul PDF e tengo solo un controllo che permette alla"
            " scuola di verificarlo, mai il cognome.",
        ),
        (
            "en",
            "🇬🇧 English",
            "I'll never ask for your phone, email or photo; your surname only if you ask for a"
            " statement for school: I print it on the PDF and keep only a check that lets your"
            " school verify it, never the surname itself.",
        ),
    ):
        someone = bot.server.add_user(f"Giulia {language}", language_code=language)
        await say(someone, "/start")
        notice = await tap(someone, button)
        assert promise in (notice.text or ""), language
        assert "mai cognome" not in (notice.text or "")
        assert "ask for your surname" not in (notice.text or "")


async def italian_statement_of(luca: FakeUser) -> tuple[BotMessage, str]:
    """Luca (English) chooses Italian for his statement: the PDF's message and its text."""
    listing = await say(luca, "/hours")
    language = await tap(luca, "📄 Statement for school (PDF)", message=listing)
    assert language.text == (
        "📄 I'll make the statement of your hours for the school year 2025/26. Which language"
        " should it be in? Schools in Italy usually want it in Italian."
    )
    assert language.buttons == [["🇮🇹 Italiano", "🇬🇧 English"]]
    first = await tap(luca, "🇮🇹 Italiano", message=language)
    assert language.buttons == []  # answered
    # He is still spoken to in English: only the statement is in Italian.
    assert (first.text or "").startswith("📄 I'll make the statement of your hours")
    assert await tap(luca, "✅ Luca", message=first)
    await surname_confirmed(luca, "De Santìs")
    await luca.wait_until(lambda u: any(m.document for m in u.messages))
    sent = next(m for m in luca.messages if m.document)
    _, text = pdf_text(sent.document)
    return sent, " ".join(text.split())


async def test_an_english_speaker_gets_an_italian_statement_for_an_italian_school(
    bot: RunningBot,
) -> None:
    luca = await luca_with_hours(bot)
    sent, flat = await italian_statement_of(luca)
    assert sent.document is not None
    assert sent.document[0] == "attestato-ore-2025-26.pdf"
    assert (sent.text or "").startswith("📄 Your statement of hours, school year 2025/26")
    code = code_in(flat)
    assert (
        "Si attesta che Luca De Santìs ha svolto attività di volontariato con Generazione"
        " Changemaker nell'anno scolastico 2025/26, in 2 eventi, come segue:"
    ) in flat
    assert "volontaria o volontario" not in flat
    # The total once, in words; the table has the events only.
    assert "Totale delle ore nell'anno scolastico 2025/26: 4 h 30 min" in flat
    assert flat.count("4 h 30 min") == 1
    assert flat.count("Totale") == 1
    # Where and when it was issued, and a line for whoever signs it.
    assert "Rilasciato da Generazione Changemaker. Luogo e data: Torino, 15/01/2026" in flat
    assert f"Firma del referente ______________________________ Codice di verifica: {code}" in flat
    # No command a teacher cannot use: whom to contact, with the code.
    assert "/verify" not in flat
    assert (
        f"Per verificare questo attestato, contattate Generazione Changemaker indicando il codice"
        f" {code}: un membro dello staff può controllarlo e confermarvi nome, anno scolastico e"
        " ore."
    ) in flat
    # The statement is checked as any other.
    mara = await enrolled(bot, "Mara", "moderator")
    checked = await say(mara, f"/verify {code} de santis")
    assert (checked.text or "").endswith("✅ The surname matches the one printed.")


async def test_an_italian_speaker_is_not_asked_the_language(bot: RunningBot) -> None:
    luca = await luca_with_hours(bot)
    assert await bot.services.members.choose_language(luca.id, "it")
    listing = await say(luca, "/hours")
    first = await tap(luca, "📄 Attestato per la scuola (PDF)", message=listing)
    assert (first.text or "").startswith("📄 Preparo l'attestato delle tue ore")
    assert first.buttons == [["✅ Luca"]]


@pytest.mark.bot_settings(
    ADMIN_IDS=str(ADMIN),
    STATEMENT_CONTACT="segreteria@genc.example",
    STATEMENT_SIGNATORY="Maria Bianchi, coordinatrice",
)
async def test_the_statement_says_where_a_school_writes_and_dates_itself_by_the_bots_clock(
    bot: RunningBot,
) -> None:
    luca = await luca_with_hours(bot)
    sent, flat = await italian_statement_of(luca)
    code = code_in(flat)
    # Who signs it, under the signature line.
    assert (
        "Firma del referente ______________________________ Maria Bianchi, coordinatrice"
        f" Codice di verifica: {code}"
    ) in flat
    assert (
        f"Per verificare questo attestato: scrivete a segreteria@genc.example indicando il"
        f" codice {code}. Un membro dello staff di Generazione Changemaker lo controlla e vi"
        " conferma nome, anno scolastico e ore."
    ) in flat
    assert sent.document is not None
    # The PDF's own creation date is the bot's clock (January 2026 here), not the computer's.
    created = PdfReader(io.BytesIO(sent.document[1])).metadata
    assert created is not None
    assert created.creation_date is not None
    assert created.creation_date == bot.clock.now().replace(microsecond=0)
