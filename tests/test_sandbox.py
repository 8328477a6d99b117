"""`python -m bot sandbox`: the terminal chat driven through its input and output, as a tester
types it (a script piped in), on a fixed Tuesday morning so quiet hours never hold anything."""

from __future__ import annotations

import asyncio
import io
import os
import sys
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import openpyxl

from bot.sandbox.clock import MovableClock
from bot.sandbox.people import CHILD_13, COORDINATOR, PARENT
from bot.sandbox.render import render
from bot.sandbox.run import Options, sandbox
from bot.sandbox.session import find_person, path_and_caption
from bot.sandbox.texts import Texts
from bot.sandbox.wait_until import until_time_of_day
from handlers.routes import COMMANDS
from tests.support.harness import ErrorCollector

ROOT = Path(__file__).resolve().parents[1]
TUESDAY_MORNING = datetime(2026, 3, 10, 9, 0, tzinfo=ZoneInfo("Europe/Rome"))

# Sofia (16) from /start to her profile, typing and pressing buttons by their numbers.
ONBOARDING = [
    "/start",
    "2",  # 🇬🇧 English
    "1",  # 👍 OK, let's start
    "02/2010",  # as the list of people says: 16 on this Tuesday
    "Sofia",
    "Torino",
    "1",  # 🌍 Climate
    "14",  # ✅ Done
    "16",  # Skip ➡️ (skills)
    "1",  # On weekdays
    "5",  # ✅ Done
    "2",  # 3–5 hours
    "1",  # ✅ Visible to projects
    "2",  # ✅ Event reminders
    "3",  # ✅ Announcements
    "5",  # Continue ➡️
    "8",  # ✅ All correct
]


async def play(tmp_path: Path, *lines: str, files: Path | None = None) -> str:
    """Everything the tester saw, the script typed line by line, until its end."""
    shown = io.StringIO()
    folder = tmp_path / "sandbox"
    folder.mkdir(exist_ok=True)
    options = Options(files=files or tmp_path / "files", language="en")
    script = io.StringIO("".join(f"{line}\n" for line in lines))
    await sandbox(options, folder, script, shown, MovableClock(TUESDAY_MORNING))
    return shown.getvalue()


async def test_a_new_member_goes_through_the_onboarding_by_typing_and_numbers(
    tmp_path: Path, bot_errors: ErrorCollector
) -> None:
    seen = await play(tmp_path, *ONBOARDING)

    assert "Nothing leaves this computer" in seen
    assert "Sofia (16) › /start" in seen
    assert "[1] 🇮🇹 Italiano   [2] 🇬🇧 English" in seen
    pressed = seen.split("Sofia (16) › 2\n", 1)[1]
    assert pressed.startswith("💡 “2” pressed button [2] “🇬🇧 English”.")
    assert "\n✏️ The bot edited “Ciao Sofia! 👋 Sono il bot" in pressed
    assert "…”, it now ends with:\n   ➡️ 🇬🇧 English\n" in pressed
    assert "Sofia (16) › 02/2010" in seen
    assert "🎉 Done, Sofia! You're now part of Generazione Changemaker." in seen
    assert bot_errors.records == [], bot_errors.describe()


async def test_the_clock_moves_to_a_time_of_day_and_each_reminder_falls_due(
    tmp_path: Path, bot_errors: ErrorCollector
) -> None:
    seen = await play(
        tmp_path,
        "/as luca",
        "/events",
        "2",  # ✅ Going to the first event: tomorrow's aperitivo at 18:00
        "/wait 18:00",  # the day before, 24 hours ahead
        "/wait tomorrow 17:00",  # an hour before
    )

    assert "Luca (22) › 2" in seen
    assert "You're going!" in seen
    day_before = seen.split("/wait 18:00", 1)[1].split("/wait tomorrow", 1)[0]
    assert "⏩ It is now 10/03/2026 18:00 (the sandbox's clock is 8h 59m ahead)." in day_before
    assert "🤖 ⏰ Starts in 24 hours!" in day_before
    hour_before = seen.split("/wait tomorrow 17:00", 1)[1]
    assert "⏩ It is now 11/03/2026 17:00 (the sandbox's clock is 1d 7h 59m ahead)." in hour_before
    assert "🤖 ⏰ Starts in one hour!" in hour_before
    # Others going get theirs too, one line each.
    assert "📨 Chiara got: ⏰ Si comincia tra un'ora!" in hour_before
    assert bot_errors.records == [], bot_errors.describe()


def test_a_time_of_day_is_the_next_one_or_tomorrows() -> None:
    now = TUESDAY_MORNING  # 09:00
    assert until_time_of_day("17:00", now) == timedelta(hours=8)
    assert until_time_of_day("8.30", now) == timedelta(hours=23, minutes=30)
    assert until_time_of_day("9:00", now) == timedelta(days=1)
    assert until_time_of_day("domani 9:00", now) == timedelta(days=1)
    assert until_time_of_day("Tomorrow 17:00", now) == timedelta(days=1, hours=8)
    assert until_time_of_day("25:00", now) is None
    assert until_time_of_day("2h", now) is None
    # Summer time starts on 29 March 2026: the next 9:00 is 23 hours away, not 24.
    saturday = datetime(2026, 3, 28, 9, 0, tzinfo=ZoneInfo("Europe/Rome"))
    assert until_time_of_day("tomorrow 9:00", saturday) == timedelta(hours=23)


async def test_a_number_with_no_such_button_is_said_not_sent(tmp_path: Path) -> None:
    seen = await play(tmp_path, "/start", "7", "2", "1")

    assert "Sofia (16) › 7\nYour latest message with buttons has 2: there is no button 7." in seen
    assert "type \\7" in seen
    assert "use the buttons" not in seen.split("Sofia (16) › 7", 1)[1].split("Sofia (16) › 2")[0]
    # The first press says once how to type a number as text.
    assert seen.count("💡 “2” pressed button [2] “🇬🇧 English”.") == 1
    assert seen.count("💡") == 1


async def test_a_wait_that_is_no_span_says_how_to_write_it(tmp_path: Path) -> None:
    seen = await play(tmp_path, "/wait soon", "/wait", "/wait -2h")

    usage = "Write how long, or until what time: /wait 30m, /wait 2h, /wait 1d, /wait 17:00"
    assert seen.count(usage) == 3
    assert "It is now" not in seen


async def test_becoming_someone_shows_what_they_got_meanwhile(tmp_path: Path) -> None:
    seen = await play(tmp_path, "/people", "/as 5", "/as nobody", "/people", "2")

    assert "1. Sofia — 16, new: try the onboarding (born 02/2010)" in seen
    assert "🙋 You are Emma — coordinator of five projects and a draft." in seen
    assert "While you were someone else, Emma got" in seen
    assert "Emma (coordinator) › " in seen
    assert "Who? /as and a name or a number from /people" in seen
    # Right after the list, a number picks a person, not a button.
    assert "Emma (coordinator) › 2\n🙋 You are Giulia — 13, new: needs her" in seen


async def test_a_document_from_the_bot_is_saved_and_its_path_shown(tmp_path: Path) -> None:
    seen = await play(tmp_path, "/as luca", "/mydata")

    saved = sorted((tmp_path / "files").iterdir())
    assert len(saved) == 1
    assert f"📄 document saved to {saved[0]}" in seen
    assert b"Luca" in saved[0].read_bytes()


async def test_a_file_that_cannot_be_saved_is_said_and_the_chat_goes_on(tmp_path: Path) -> None:
    not_a_folder = tmp_path / "taken"
    not_a_folder.write_text("a file where the folder should be", encoding="utf-8")
    seen = await play(tmp_path, "/as luca", "/mydata", "/help", files=not_a_folder)

    assert f"⚠️ The file could not be saved in {not_a_folder}: File exists" in seen
    assert "Luca (22) › /help" in seen.split("could not be saved", 1)[1]


async def test_a_parent_opens_her_childs_link_as_herself(
    tmp_path: Path, bot_errors: ErrorCollector
) -> None:
    seen = await play(
        tmp_path,
        "/as giulia",
        "/start",
        "2",  # 🇬🇧 English
        "1",  # 👍 OK, let's start
        "02/2013",  # 13: her parent's OK is needed, and the link to forward comes
        "/as anna",
        "/open 1",
        "Anna Rossi",
        "1",  # 👩 Sono un genitore
        "4",  # ✅ Do il consenso
        "/as giulia",
    )

    assert "🔗 /open 1 → https://t.me/genc_sandbox_bot?start=guardian_" in seen
    opened = seen.split("Anna (Giulia's mother) › /open 1", 1)[1]
    assert "Come ti chiami?" in opened
    assert "📨 Giulia got: 🎉 Your parent gave the OK! Type /start to go on." in opened
    back = seen.split("Giulia (13) › ", 1)[1].split("🙋 You are Giulia", 1)[1]
    assert "While you were someone else, Giulia got this message:" in back
    assert "🤖 🎉 Your parent gave the OK!" in back
    assert bot_errors.records == [], bot_errors.describe()


async def test_an_application_a_broadcast_and_a_report_in_the_group(
    tmp_path: Path, bot_errors: ErrorCollector
) -> None:
    seen = await play(
        tmp_path,
        "/as luca",
        "/projects",
        "4",  # 🙋 I'm interested: Radio Gen C
        "I love radio and can edit audio.",
        "/as emma",
        "1",  # ✅ Accetta, on the latest card: Luca's
        "/broadcast",
        "Sabato si pianta! Vieni agli orti di Barriera alle 10.",
        "9",  # 👀 Anteprima
        "5",  # 📣 Manda
        "1",  # ✅ Sì, manda: minors get it, so a moderator approves first
        "/as marco",
        "1",  # ✅ Approva
        "/as luca",
        "/group Sofia sei proprio una stupida",
        "/as sofia",
        "/group reply 1 /report",
        "/as marco",
        "1",  # ⚠️ Avverti, on the report's card
        "1",  # Rispetto per tutti
    )

    accepted = seen.split("Emma (coordinator) › 1", 1)[1]
    assert '📨 Luca got: 🎉 You\'re in! The coordinators of "Radio Gen C" accepted' in accepted
    approved = seen.split("Marco (moderator) › 1", 1)[1]
    assert "📨 Emma got: ✅ Un moderatore ha approvato il tuo annuncio n." in approved
    assert "📨 Chiara got: 📣 Annuncio di Generazione Changemaker" in approved
    assert "While you were someone else, Luca got" in approved
    assert "👥 Generazione Changemaker Torino #1 · Luca: Sofia sei proprio una stupida" in seen
    reported = seen.split("Sofia (16) › /group reply 1 /report", 1)[1]
    assert "📨 Marco got: 🚩 Segnalazione n." in reported
    assert "🤖 💛 Segnalazione ricevuta, grazie." in reported
    # The bot took the /report away: the reporter sees it go, as everyone in the group does.
    removed = "🗑️ Generazione Changemaker Torino: message #2 (Sofia: /report) removed by the bot"
    assert removed in reported
    warned = seen.split("Marco (moderator) › 1", 2)[2]
    # Each edited card says where it is and which one it is.
    assert "✏️ The bot edited “🚩 Segnalazione n." in warned
    assert "✏️ Gen C moderatori: the bot edited message #" in warned
    assert "\n✏️ edited" not in warned
    assert bot_errors.records == [], bot_errors.describe()


async def test_a_coordinator_sends_a_spreadsheet(tmp_path: Path) -> None:
    sheet = tmp_path / "projects.csv"
    sheet.write_text(
        "title;description;causes;skills;city;min_age;max_age;hours_per_week;days;places\n"
        "Biciclette per tutti;Ripariamo bici usate per chi non ne ha una.;climate;manual;"
        "Torino;14;25;3;weekends;8\n",
        encoding="utf-8",
    )
    seen = await play(
        tmp_path,
        "/as emma",
        "/import",
        f"/send {tmp_path / 'nothing-here.csv'}",
        f"/send {sheet}",
    )

    template = next((tmp_path / "files").glob("*-progetti-modello.xlsx"))
    assert f"📄 document saved to {template}" in seen
    first = openpyxl.load_workbook(template, read_only=True).worksheets[0]
    header = next(first.iter_rows(max_row=1, values_only=True))
    assert header[:3] == ("titolo", "descrizione", "cause")
    assert f"Cannot read {tmp_path / 'nothing-here.csv'}: No such file or directory" in seen
    assert "Biciclette per tutti" in seen.split(f"Emma (coordinator) › /send {sheet}", 1)[1]


def test_the_sandbox_commands_are_no_bot_commands() -> None:
    bot_commands = {command.name for command in COMMANDS}
    assert not bot_commands & {"as", "people", "wait", "group", "open", "send", "sandbox", "quit"}


def test_people_are_found_by_number_key_and_name() -> None:
    first = find_person("1")
    assert first is not None
    assert first.key == "sofia"
    assert find_person("Anna") == find_person("anna")
    assert find_person("9") is None
    assert (find_person("giulia"), find_person("emma")) == (CHILD_13, COORDINATOR)
    english, italian = Texts("en"), Texts("it", today=lambda: date(2027, 1, 5))
    assert italian.role(CHILD_13) == ("13, nuova: serve il consenso di un genitore (nata 12/2013)")
    assert english.label(CHILD_13) == "13"
    assert english.label(COORDINATOR) == "coordinator"
    assert italian.label(PARENT) == "la mamma di Giulia"


def test_formatted_text_is_styled_on_a_terminal_and_plain_in_a_pipe() -> None:
    text = "Ciao Sofia! Leggi qui 🔒 privacy"
    entities = [
        {"type": "bold", "offset": 0, "length": 11},
        {"type": "text_link", "offset": 25, "length": 7, "url": "https://example.org/p"},
    ]

    assert render(text, entities) == "Ciao Sofia! Leggi qui 🔒 privacy (https://example.org/p)"
    styled = render(text, entities, styled=True)
    assert styled.startswith("\x1b[1mCiao Sofia!\x1b[0m")
    assert "\x1b[4mprivacy\x1b[0m (https://example.org/p)" in styled
    # An edit that added an ending: only the ending, still styled.
    assert render(text, entities, styled=True, since=12) == (
        "Leggi qui 🔒 \x1b[4mprivacy\x1b[0m (https://example.org/p)"
    )


async def test_python_m_bot_sandbox_runs_a_piped_script_and_leaves_nothing_behind(
    tmp_path: Path,
) -> None:
    temporary = tmp_path / "tmp"
    temporary.mkdir()
    env = {
        "PATH": os.environ.get("PATH", ""),
        "HOME": str(tmp_path),
        "TMPDIR": str(temporary),
        "LANG": "it_IT.UTF-8",
        # The sandbox needs no token, and ignores one given.
        "BOT_TOKEN": "not-even-a-token",
    }
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", "sandbox", "--files", str(tmp_path / "files"),
        cwd=ROOT, env=env, stdin=asyncio.subprocess.PIPE,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )  # fmt: skip
    out, err = await asyncio.wait_for(process.communicate(b"/as luca\n/mydata\n"), 60)

    shown = out.decode()
    assert process.returncode == 0, err.decode()
    assert "Nulla esce da questo computer" in shown
    assert "Luca (22) › /mydata" in shown
    assert "📄 documento salvato in" in shown
    assert shown.rstrip().endswith("Ciao! Tutto ciò che la sandbox ha creato è cancellato.")
    assert err.decode() == ""
    assert list(temporary.iterdir()) == []


async def test_without_a_token_the_bot_points_to_the_sandbox(tmp_path: Path) -> None:
    env = {"PATH": os.environ.get("PATH", ""), "HOME": str(tmp_path), "PYTHONPATH": str(ROOT)}
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot",
        cwd=tmp_path, env=env, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )  # fmt: skip
    _, err = await asyncio.wait_for(process.communicate(), 30)

    assert process.returncode == 2
    assert "BOT_TOKEN is missing" in err.decode()
    assert f"no token or network needed: {sys.executable} -m bot sandbox" in err.decode()


async def test_what_the_demo_decided_has_no_live_buttons(tmp_path: Path) -> None:
    seen = await play(tmp_path, "/as marco", "/as emma", "/as paola")

    marco = seen.split("🙋 You are Marco", 1)[1].split("🙋 You are Emma", 1)[0]
    handled = marco.split("Segnalazione n. 1", 1)[1].split("Segnalazione n. 2", 1)[0]
    assert "✅ Gestita — da Marco" in handled
    assert "[1]" not in handled
    emma = seen.split("🙋 You are Emma", 1)[1].split("🙋 You are Paola", 1)[0]
    cards = emma.split("🤖 🙋 Nuova candidatura")[1:]
    accepted = [card for card in cards if "✅ Accettata da te · " in card]
    assert accepted
    assert all("[1]" not in card for card in accepted)
    waiting = [card for card in cards if "[1] ✅ Accetta" in card]
    assert ["Chiara" in card for card in waiting] == [True, False]
    assert "Matteo" in waiting[1]
    paola = seen.split("🙋 You are Paola", 1)[1]
    assert "✅ Sì, conferma" not in paola
    assert "ora è nello staff" in paola  # a confirmed card (the latest five are shown)


def test_a_file_name_with_spaces_is_sent_as_typed(tmp_path: Path) -> None:
    sheet = tmp_path / "Progetti Gen C 2027.xlsx"
    sheet.write_bytes(b"")
    assert path_and_caption(str(sheet)) == (str(sheet), "")
    assert path_and_caption(f'"{sheet}" Ecco i progetti') == (str(sheet), "Ecco i progetti")
    escaped = str(sheet).replace(" ", "\\ ")
    assert path_and_caption(f"{escaped} Ecco") == (str(sheet), "Ecco")
    assert path_and_caption("poster.jpg A caption") == ("poster.jpg", "A caption")
    assert path_and_caption('"unclosed.csv') == ('"unclosed.csv', "")
