"""/hours: a member's volunteering hours by school year, the statement for school (the surname
asked then, printed and never stored), and its verification by /verify and `python -m bot
verify`; a withdrawn statement after /deleteme."""

from __future__ import annotations

import asyncio
import io
import logging
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader
from telegram_test_server import FakeUser
from telegram_test_server.models import BotMessage

import handlers.statement_confirm as statement_confirm
from bot.cli import main
from bot.core.i18n import Translator
from bot.domain.hour_statement import surname_key
from bot.services.hour_statement_pdf import (
    Issuer,
    PrintedStatement,
    StatementPerson,
    statement_pdf,
)
from bot.services.hours import SURNAME_PURPOSE
from storage.hours import HourStatement, StatementLine
from tests.support.credited_hours import credited
from tests.support.harness import RunningBot
from tests.support.staff_members import enrolled
from tests.test_onboarding_flow import say, tap
from tests.test_projects_flow import member
from tests.test_staff import ADMIN

pytestmark = pytest.mark.bot_settings(ADMIN_IDS=str(ADMIN))

SURNAME = "D'Amico"
ASK_FIRST = (
    "📄 I'll make the statement of your hours for the school year 2025/26.\n\n"
    'Which first name goes on it? Tap "Luca" below, or type it the way your school wants it'
    " (for example: Mary Ann). The first name stays with the statement as printed: it's what"
    " whoever checks it sees.\n\nTo leave it: /cancel"
)
ASK = (
    "📄 I'll make the statement of your hours for the school year 2025/26, in the name of"
    " Luca.\n\nType your surname, the way your school wants it. Before I make the statement"
    " I'll show you how it looks.\n\nI don't save your surname: it's only for printing. I only"
    " keep a check that, with the code and the surname written on the statement, lets us tell"
    " your school it's real.\n\nTo leave it: /cancel"
)
MAKE = {"en": "✅ Make the statement", "it": "✅ Fai l'attestato"}


async def luca_with_hours(bot: RunningBot) -> FakeUser:
    """Luca, 22, came to two events this school year (2025/26: the clock is in January 2026)
    and one the year before."""
    luca = await member(bot, "Luca", "05/2003", ("climate",))
    await credited(
        bot, luca.id, "Pulizia del Parco Dora", datetime(2025, 10, 12, 8, tzinfo=UTC), 180
    )
    await credited(bot, luca.id, "Orto in Barriera", datetime(2026, 1, 10, 14, tzinfo=UTC), 90)
    await credited(bot, luca.id, "Raccolta libri", datetime(2025, 5, 3, 9, tzinfo=UTC), 120)
    return luca


async def pressed_on(user: FakeUser, label: str, message: BotMessage) -> BotMessage:
    edits = message.edits
    await user.press(label, message=message)
    await user.wait_until(lambda _: message.edits > edits)
    return message


async def surname_confirmed(user: FakeUser, surname: str, language: str = "en") -> BotMessage:
    """She types the surname, then makes the statement on its preview (in her `language`):
    the preview, its buttons gone."""
    preview = await say(user, surname)
    await user.press(MAKE[language], message=preview)
    await user.wait_until(lambda _: not preview.buttons)
    return preview


def pdf_text(document: tuple[str, bytes] | None) -> tuple[str, str]:
    assert document is not None
    name, content = document
    reader = PdfReader(io.BytesIO(content))
    return name, "\n".join(page.extract_text() for page in reader.pages)


async def first_asked(luca: FakeUser, listing: BotMessage) -> BotMessage:
    """Luca (English) taps the statement's button, chooses English for it: the first name's
    question."""
    language = await tap(luca, "📄 Statement for school (PDF)", message=listing)
    assert language.buttons == [["🇮🇹 Italiano", "🇬🇧 English"]]
    return await tap(luca, "🇬🇧 English", message=language)


async def statement(bot: RunningBot, luca: FakeUser) -> tuple[str, str]:
    """Luca asks for this year's statement (in English): the file's name and its text."""
    listing = await say(luca, "/hours")
    first = await first_asked(luca, listing)
    assert await tap(luca, "✅ Luca", message=first)
    await surname_confirmed(luca, SURNAME)
    await luca.wait_until(lambda u: any(m.document for m in u.messages))
    sent = next(m for m in luca.messages if m.document)
    await luca.wait_until(lambda u: u.messages[-1] is not sent)
    return pdf_text(sent.document)


def code_in(text: str) -> str:
    return next(word for word in text.split() if word.startswith("GC-"))


def code_hidden(text: str, code: str) -> bool:
    """Neither the code's eight characters nor the code itself are in `text`."""
    return code not in text and code[3:].replace("-", "") not in text.replace("-", "")


async def no_pdf(code: str, statement: HourStatement) -> bytes:
    """A statement issued without its PDF (what the test looks at is what is kept)."""
    return b"%PDF-1.4"


async def test_hours_by_school_year_and_a_statement_that_verifies(
    bot: RunningBot, db_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    # Above DEBUG (which may log whole updates, and is not for production: see Logs).
    caplog.set_level(logging.INFO)
    luca = await luca_with_hours(bot)
    listing = await say(luca, "/hours")
    assert listing.text == (
        "⏱️ Your volunteering hours · school year 2025/26\n\n"
        "12/10 · Pulizia del Parco Dora · 3 h\n"
        "10/01 · Orto in Barriera · 1 h 30 min\n\n"
        "Total: 4 h 30 min (2 events)"
    )
    assert listing.buttons == [["📄 Statement for school (PDF)"], ["📅 2024/25"]]
    earlier = await pressed_on(luca, "📅 2024/25", listing)
    assert earlier.text == (
        "⏱️ Your volunteering hours · school year 2024/25\n\n"
        "03/05 · Raccolta libri · 2 h\n\n"
        "Total: 2 h (1 event)"
    )
    assert earlier.buttons == [["📄 Statement for school (PDF)"], ["📅 2025/26"]]
    await pressed_on(luca, "📅 2025/26", earlier)

    name, text = await statement(bot, luca)
    assert name == "statement-of-hours-2025-26.pdf"
    flat = " ".join(text.split())
    for printed in (
        "Generazione Changemaker",
        "Statement of volunteering hours",
        "Luca D'Amico",
        "2025/26",
        "12/10/2025",
        "Pulizia del Parco Dora",
        "Orto in Barriera",
        "4 h 30 min",
        "GC-",
    ):
        assert printed in flat, printed
    assert "Raccolta libri" not in flat  # another school year
    code = code_in(flat)
    caption = next(m for m in luca.messages if m.document).text
    assert caption == (
        f"📄 Your statement of hours, school year 2025/26: 4 h 30 min. Verification code: {code}"
    )
    assert luca.messages[-1].text == (
        f"✅ Here's your statement: print it or send it to your school as it is. Keep the code"
        f" {code}: your school uses it, with your surname, to check the statement with us."
        " I don't keep your surname."
    )

    # A moderator checks it, typed as a school secretary might read it out.
    mara = await enrolled(bot, "Mara", "moderator")
    typed = code.lower().replace("-", " ")
    checked = await say(mara, f"/verify {typed} d’amico")
    assert checked.text == (
        f"✅ Genuine statement · {code}\nFirst name: Luca\nSchool year: 2025/26\n"
        "Hours: 4 h 30 min (2 events)\nIssued on 15 January 2026\n\n"
        "✅ The surname matches the one printed."
    )
    alone = await say(mara, f"/verify {code}")  # the code alone: the surname is not checked
    assert (alone.text or "").startswith(f"✅ Genuine statement · {code}")
    assert (alone.text or "").endswith(
        "ℹ️ I didn't check the surname: type it after the code, and I'll tell you if it is the"
        " one printed."
    ), alone.text
    wrong = await say(mara, f"/verify {code} Rossi")
    assert (wrong.text or "").startswith(
        f"⚠️ The code {code} is genuine, but the surname does not match the one printed on it"
    )
    rows = await bot.services.db.fetch_all(
        "SELECT action FROM audit_log WHERE action LIKE 'statement.%' ORDER BY id"
    )
    assert [row["action"] for row in rows] == [
        "statement.issued",
        "statement.verified",
        "statement.verified",
        "statement.verified",
    ]

    # The surname and the code are on the PDF only: not in the database, its WAL, the audit
    # log's details or the log (in any of the forms the code is written or typed in).
    secrets = (b"amico", code.lower().encode(), code.lower().replace("-", "").encode())
    wal = db_path.with_name(db_path.name + "-wal")
    assert wal.exists()
    for path in (db_path, wal):
        for secret in secrets:
            assert secret not in path.read_bytes().lower(), (path, secret)
    await bot.services.db.checkpoint()  # and once the WAL is folded into the file
    for secret in secrets:
        assert secret not in db_path.read_bytes().lower(), secret
    assert "amico" not in caplog.text.lower()
    assert code_hidden(caplog.text, code)
    details = await bot.services.db.fetch_all(
        "SELECT details FROM audit_log WHERE action LIKE 'statement.%'"
    )
    assert all(code_hidden(row["details"], code) for row in details)
    assert all('"ref"' in row["details"] for row in details)
    # Nor can the surname be tried with the bot's key alone: its hash is keyed by the code too.
    kept = await bot.services.db.fetch_one("SELECT surname_hash FROM hour_statements")
    assert kept is not None
    hasher = bot.services.hours.hasher
    assert kept["surname_hash"] != hasher.of_words(SURNAME_PURPOSE, surname_key(SURNAME))


@pytest.mark.expect_bot_errors
async def test_a_pdf_that_cannot_be_made_leaves_nothing_stored(
    bot: RunningBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    luca = await luca_with_hours(bot)

    def broken(*args: object) -> bytes:
        raise RuntimeError("the PDF library failed")

    monkeypatch.setattr(statement_confirm, "statement_pdf", broken)
    listing = await say(luca, "/hours")
    first = await first_asked(luca, listing)
    assert await tap(luca, "✅ Luca", message=first)
    preview = await say(luca, SURNAME)
    await luca.press(MAKE["en"], message=preview)
    await luca.wait_until(lambda u: "Oops" in str(u.callback_answers))
    assert not any(m.document for m in luca.messages)
    db = bot.services.db
    assert await db.fetch_all("SELECT 1 FROM hour_statements") == []
    assert await db.fetch_all("SELECT 1 FROM audit_log WHERE action LIKE 'statement.%'") == []
    # The preview's ✅ still works: once the PDF can be made, it is.
    monkeypatch.undo()
    assert preview.button(MAKE["en"]) is not None
    await luca.press(MAKE["en"], message=preview)
    await luca.wait_until(lambda u: any(m.document for m in u.messages))
    assert len(await db.fetch_all("SELECT 1 FROM hour_statements")) == 1


async def test_the_shell_verifies_a_statement_too(
    bot: RunningBot,
    db_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    no_env_file: Path,
    restore_root_logging: None,
) -> None:
    luca = await luca_with_hours(bot)
    _, text = await statement(bot, luca)
    code = code_in(" ".join(text.split()))
    monkeypatch.setenv("BOT_TOKEN", "123456:" + "A" * 35)
    monkeypatch.setenv("DATABASE_PATH", str(db_path))
    monkeypatch.setenv("DEFAULT_LANGUAGE", "en")  # the shell speaks the bot's default
    monkeypatch.setenv("ADMIN_IDS", str(ADMIN))
    capsys.readouterr()
    assert await asyncio.to_thread(main, ["verify", code.replace("-", ""), "D'Amico"]) == 0
    printed = capsys.readouterr().out
    assert printed.splitlines() == [
        f"✅ Genuine statement · {code}",
        "First name: Luca",
        "School year: 2025/26",
        "Hours: 4 h 30 min (2 events)",
        "Issued on 15 January 2026",
        "",
        "✅ The surname matches the one printed.",
    ]
    assert await asyncio.to_thread(main, ["verify", "GC-2222-2222"]) == 1
    assert "No statement has the code GC-2222-2222" in capsys.readouterr().out
    row = await bot.services.db.fetch_one(
        "SELECT details FROM audit_log WHERE action = 'statement.verified'"
    )
    assert row is not None
    assert "shell" in row["details"]


async def test_a_surname_that_is_not_one_is_asked_again(bot: RunningBot) -> None:
    luca = await luca_with_hours(bot)
    listing = await say(luca, "/hours")
    first = await first_asked(luca, listing)
    assert first.text == ASK_FIRST
    assert first.buttons == [["✅ Luca"]]
    asked = await tap(luca, "✅ Luca", message=first)
    assert asked.text == ASK
    for typed, answer in (
        ("   ", "I didn't get a surname. Type it below (for example: Rossi)."),
        ("Rossi2", "A surname has no numbers. Type just your surname (for example: De Luca)."),
        (
            "https://rossi.it",
            "That looks like a link, not a surname. Type just your surname (for example: D'Amico).",
        ),
        ("@luca_r", "No @ or usernames: type just your surname (for example: Rossi)."),
        (
            "R" * 61,
            "That surname is too long: 60 characters at most. Type it again, shorter.",
        ),
        (
            "🙂",
            "A surname can only have letters (accents too), spaces, apostrophes and hyphens."
            " Type it again (for example: Esposito-Russo).",
        ),
        (
            "王",  # letters, but none the PDF's font has: it would print "?"
            "Some letters of this surname I can't print on the statement (Chinese, Japanese or"
            " Korean ones, for example). Type it in Latin letters, the way your school wants it"
            " (for example: Wang).",
        ),
    ):
        assert (await say(luca, typed)).text == answer, typed
    assert not any(m.document for m in luca.messages)
    # Still asked: the right one now makes the statement.
    await surname_confirmed(luca, "Rossi")
    await luca.wait_until(lambda u: any(m.document for m in u.messages))


async def test_a_command_or_cancel_leaves_the_question(bot: RunningBot) -> None:
    luca = await luca_with_hours(bot)
    listing = await say(luca, "/hours")
    first = await first_asked(luca, listing)
    assert (await say(luca, "/cancel")).text == "OK, cancelled 👍"
    # The first name's button, pressed after, no longer answers anything.
    stale = await tap(luca, "✅ Luca", message=first)
    assert stale.text == (
        'This button no longer works. For the statement, open /hours and tap "Statement for'
        ' school" again.'
    )
    assert first.buttons == []
    listing = await say(luca, "/hours")
    first = await first_asked(luca, listing)
    await say(luca, "Luca Maria")  # a first name typed: the surname is asked now
    told = await tap(luca, "✅ Luca", message=first)
    assert (
        told.text == "You've typed the first name already: now type the surname below (or /cancel)."
    )
    listing = await say(luca, "/hours")
    await first_asked(luca, listing)
    again = await say(luca, "/hours")  # a command instead of a surname: it simply runs
    assert (again.text or "").startswith("⏱️ Your volunteering hours")
    later = await say(luca, "Rossi")  # no longer taken as a surname
    assert later.document is None
    assert not any(m.document for m in luca.messages)
    rows = await bot.services.db.fetch_all("SELECT code_hash FROM hour_statements")
    assert rows == []


async def test_no_hours_yet_says_how_they_come(bot: RunningBot) -> None:
    sofia = await member(bot, "Sofia", "03/2011", ("climate",))
    shown = await say(sofia, "/hours")
    assert shown.text == (
        "⏱️ You don't have any volunteering hours yet.\n\n"
        "Here's how it works: after an event, whoever runs it marks who came. That event's"
        " hours then show up here by themselves, and from here you can download the statement"
        " for school. Find the next event with /events 🙌"
    )
    assert shown.buttons == []


async def test_only_earlier_years_and_a_long_year_paged(bot: RunningBot) -> None:
    luca = await member(bot, "Luca", "05/2003", ("climate",))
    await credited(bot, luca.id, "Raccolta libri", datetime(2025, 5, 3, 9, tzinfo=UTC), 120)
    shown = await say(luca, "/hours")
    assert shown.text == (
        "⏱️ No hours yet this school year (2025/26): after an event, whoever runs it marks who"
        " came and the hours show up here. Earlier years are in the buttons below."
    )
    assert shown.buttons == [["📅 2024/25"]]
    for day in range(1, 13):
        start = datetime(2025, 11, day, 16, tzinfo=UTC)
        await credited(bot, luca.id, f"Doposcuola {day}", start, 60)
    paged = await say(luca, "/hours")
    assert (paged.text or "").endswith("Total: 12 h (12 events)\n\nPage 1 of 2")
    assert "Doposcuola 11" not in (paged.text or "")
    assert paged.buttons[0] == ["· 1/2 ·", "Next ➡️"]
    second = await pressed_on(luca, "Next ➡️", paged)
    assert "11/11 · Doposcuola 11 · 1 h" in (second.text or "")
    assert (second.text or "").endswith("Page 2 of 2")


async def test_verify_answers_every_kind_of_code(bot: RunningBot) -> None:
    luca = await luca_with_hours(bot)
    services = bot.services
    issued = await services.hours.issue(luca.id, 2025, "Luca", "Rossi", no_pdf)
    assert issued is not None
    carla = await enrolled(bot, "Carla", "coordinator")
    assert (await say(carla, "/verify")).text == (
        "Type the code after the command, for example: /verify GC-7K4M-Q2XP\n"
        "If you also have the surname printed on the statement, add it:"
        " /verify GC-7K4M-Q2XP Rossi"
    )
    assert (await say(carla, "/verify GC-0000-1111")).text == (
        '🤔 "GC-0000-1111" isn\'t a statement code: they look like GC-7K4M-Q2XP (eight letters'
        " and digits, never 0, O, 1 or I). Check it and try again."
    )
    assert (await say(carla, "/verify GC-2222-3333")).text == (
        "❌ No statement has the code GC-2222-3333. Check it was copied correctly: if it was,"
        " the statement didn't come from us."
    )
    assert (await say(luca, f"/verify {issued.code}")).text == (
        "/verify is for staff (coordinators, moderators, admins)."
    )
    # Luca deletes his account: his statements are withdrawn with him.
    member_row = await services.members.get(luca.id)
    assert member_row is not None
    assert await services.privacy.erase(luca.id, member_row.created_at)
    assert (await say(carla, f"/verify {issued.code}")).text == (
        f"⚠️ Statement {issued.code} was withdrawn: the data of the person it was for has been"
        " deleted. It can't be confirmed any more."
    )
    assert await services.db.fetch_all("SELECT 1 FROM hour_statements") == []
    assert await services.db.fetch_all("SELECT 1 FROM attendance") == []


async def test_mydata_lists_hours_and_statements_and_age_only_keeping_withdraws_them(
    bot: RunningBot,
) -> None:
    luca = await luca_with_hours(bot)
    services = bot.services
    issued = await services.hours.issue(luca.id, 2025, "Luca", "Rossi", no_pdf)
    assert issued is not None
    exported = await services.privacy.export(luca.id)
    assert exported is not None
    hours = exported["volunteer_hours"]
    assert "attendance" not in exported  # each mark once, with its hours
    assert [event["event"] for event in hours["attended"]] == [
        "Raccolta libri",
        "Pulizia del Parco Dora",
        "Orto in Barriera",
    ]
    assert [event["minutes"] for event in hours["attended"]] == [120, 180, 90]
    (statement,) = hours["statements"]
    assert "code" not in statement  # kept nowhere: it is on her PDF only
    assert statement["total_minutes"] == 270
    assert statement["events"][0] == {
        "title": "Pulizia del Parco Dora",
        "day": "2025-10-12",
        "minutes": 180,
    }
    assert "surname_hash" not in statement
    assert "Rossi" not in str(exported)
    # Back to age-only keeping (a guardian withdrew consent): the statement goes, withdrawn.
    await services.members.keep_only_age(luca.id)
    found = await services.hours.verify(issued.code, None, None)
    assert found.verdict.value == "withdrawn"
    # Her attendance goes with it: if consent comes back, /hours starts from nothing.
    assert await services.db.fetch_all("SELECT 1 FROM attendance") == []
    assert await services.hours.years(luca.id) == []


def test_a_long_statement_runs_onto_more_pages_in_italian() -> None:
    # An emoji in a title is left out: the font has none, and "?" would read as a mistake.
    lines = (
        StatementLine("🌱 Orto in Barriera 👩\u200d🌾🇮🇹", "2026-09-20", 90),
        *(
            StatementLine(f"Doposcuola al Valdocco, incontro {n}", f"2026-10-{n % 28 + 1:02d}", 90)
            for n in range(59)
        ),
    )
    statement = HourStatement(
        code_hash="",
        member_id=1,
        first_name="Zoë",
        surname_hash="",
        school_year=2026,
        total_minutes=90 * 60,
        lines=lines,
        issued_at=datetime(2027, 6, 10, 9, tzinfo=UTC),
    )
    pdf = statement_pdf(
        Translator.load("it"),
        "it",
        PrintedStatement(statement, "GC-7K4M-Q2XP", date(2027, 6, 10)),
        StatementPerson("Zoë", "Nguyễn-D'Amico"),
        Issuer("Generazione Changemaker", "Torino"),
    )
    pages = PdfReader(io.BytesIO(pdf)).pages
    assert len(pages) >= 2
    first, last = pages[0].extract_text(), pages[-1].extract_text()
    assert "Attestazione di ore di volontariato" in first
    assert "Zoë Nguyễn-D'Amico" in " ".join(first.split())
    assert "20/09/2026 Orto in Barriera 1 h 30 min" in " ".join(first.split())
    assert "?" not in first
    assert "Data Evento Ore" in last  # the table's header again on the next page
    assert "Totale delle ore nell'anno scolastico 2026/27: 90 h" in " ".join(last.split())
    assert "Codice di verifica: GC-7K4M-Q2XP" in last
    assert "10/06/2027" in last


async def test_a_14_year_old_gets_her_statement_in_italian_and_sees_it_in_mydata(
    bot: RunningBot,
) -> None:
    giada = await member(bot, "Giada", "03/2011", ("climate",))  # 14 in January 2026
    assert await bot.services.members.choose_language(giada.id, "it")
    await credited(bot, giada.id, "Orto in Barriera", datetime(2025, 11, 8, 14, tzinfo=UTC), 150)
    listing = await say(giada, "/hours")
    assert listing.text == (
        "⏱️ Le tue ore di volontariato · anno scolastico 2025/26\n\n"
        "08/11 · Orto in Barriera · 2 h 30 min\n\n"
        "Totale: 2 h 30 min (1 evento)"
    )
    first = await tap(giada, "📄 Attestato per la scuola (PDF)", message=listing)
    assert (first.text or "").startswith(
        "📄 Preparo l'attestato delle tue ore per l'anno scolastico 2025/26.\n\n"
        "Quale nome ci scrivo? Tocca «Giada» qui sotto, oppure scrivilo come lo vuole la scuola"
    )
    # Her school knows her by both names: she types them, checked as a surname is.
    assert (await say(giada, "Giada 2")).text == (
        "Un nome non ha numeri. Scrivi solo il nome (per esempio: Anna Maria)."
    )
    assert (await say(giada, "佳达")).text == (
        "Alcune lettere di questo nome non riesco a stamparle sull'attestato (per esempio"
        " quelle cinesi, giapponesi o coreane). Scrivilo in lettere latine, come lo vuole la"
        " scuola (per esempio: Mei)."
    )
    asked = await say(giada, " giada  maria ")
    assert (asked.text or "").startswith(
        "📄 Preparo l'attestato delle tue ore per l'anno scolastico 2025/26, a nome di giada maria."
    )
    assert (await say(giada, "Bianchi 2")).text == (
        "Un cognome non ha numeri. Scrivi solo il cognome (per esempio: De Luca)."
    )
    preview = await say(giada, "  de   santis ")
    assert preview.text == (
        "📄 Prima di farlo, controlla\nSull'attestato scrivo:\nGiada Maria De Santis\n"
        "Anno scolastico 2025/26 · 1 evento · 2 h 30 min\n\n"
        "🔠 Ho messo le maiuscole come in un nome. Se la scuola lo vuole scritto in un altro"
        " modo, tocca ✏️ qui sotto.\n\n"
        "È giusto? Il nome resta sull'attestato così com'è."
    )
    assert preview.buttons == [["✅ Fai l'attestato"], ["✏️ Nome", "✏️ Cognome"], ["✖️ Annulla"]]
    await giada.press("✅ Fai l'attestato", message=preview)
    making = await giada.next_reply()
    assert making.text == "⏳ Preparo il PDF…"
    name, text = pdf_text((await giada.next_reply()).document)
    assert name == "attestato-ore-2025-26.pdf"
    flat = " ".join(text.split())
    # Printed as the preview showed it, with the capitals of a name.
    assert "Si attesta che Giada Maria De Santis ha svolto attività di volontariato" in flat
    code = code_in(flat)
    assert "Totale delle ore nell'anno scolastico 2025/26: 2 h 30 min" in flat
    assert ((await giada.next_reply()).text or "").startswith("✅ Ecco il tuo attestato:")
    await giada.wait_until(lambda _: making.deleted)  # it said "making": it is made
    # What was printed is what a verifier is told.
    mara = await enrolled(bot, "Mara", "moderator")
    checked = await say(mara, f"/verify {code} De Santis")
    assert "First name: Giada Maria\n" in (checked.text or "")
    assert (checked.text or "").endswith("✅ The surname matches the one printed.")
    summary = await say(giada, "/mydata")
    assert (
        "⏱️ 2 h 30 min di volontariato in 1 evento (in /hours); 1 attestato per la scuola: il suo"
        " codice non lo teniamo, è solo sul PDF e nel messaggio che hai ricevuto."
    ) in (summary.text or "")
