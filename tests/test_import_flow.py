"""/import end to end, as a coordinator lives it: the template and the words in her language,
an Excel file of 12 projects with two mistakes, the report, the 10 good ones as drafts; a long
report that also comes as a file; and every bad file answered clearly, with nothing lost."""

from __future__ import annotations

import codecs
import io
import json
from collections.abc import Callable

import openpyxl
import pytest
from telegram_test_server import FakeTelegram, FakeUser
from telegram_test_server.models import BotMessage

from bot.core.clock import FakeClock
from bot.core.settings import Settings
from tests.support.harness import ErrorCollector, RunningBot, running_bot
from tests.support.staff_members import enrolled
from tests.test_onboarding_flow import say, tap

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
ITALIAN = [
    "titolo", "descrizione", "cause", "competenze", "città", "età minima", "età massima",
    "ore a settimana", "giorni", "posti", "scadenza",
]  # fmt: skip
# As coordinators write them: the bot's own button labels, Italian day names, Excel numbers.
WORDS = [
    ("Arte e cultura", "Foreign languages", "lunedì"),
    ("migranti e rifugiati", "ascolto e cura", "sabato"),
    ("Digitale per il bene", "lingue straniere", "La sera"),
    ("🌍 clima | animali", "programmazione", "weekend"),
]


def twelve_projects(mistakes: dict[int, tuple[int, object]]) -> bytes:
    """12 projects in an Excel workbook; `mistakes`: project number → (column, wrong value)."""
    book = openpyxl.Workbook()
    page = book.active
    assert page is not None
    page.title = "Progetti"
    page.append(ITALIAN)
    for number in range(1, 13):
        causes, skills, days = WORDS[number % len(WORDS)]
        row: list[object] = [
            f"Progetto numero {number}",
            f"Descrizione del progetto {number}.",
            causes,
            skills,
            "Torino",
            16.0,
            25,
            3,
            days,
            10,
            46477,  # 31/03/2027, as Excel stores a date in a cell without a date format
        ]
        if number in mistakes:
            column, value = mistakes[number]
            row[column] = value
        page.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


async def screens(user: FakeUser, count: int) -> list[BotMessage]:
    return [await user.next_reply() for _ in range(count)]


async def test_the_template_and_the_words_come_in_the_coordinators_language(
    bot: RunningBot,
) -> None:
    emma = await enrolled(bot, "Emma", "coordinator", language="it")
    how, template, words = [await say(emma, "/import"), *await screens(emma, 2)]
    assert (how.text or "").startswith("📥 Importa progetti da un foglio di calcolo")
    assert template.document is not None
    name, data = template.document
    assert name == "progetti-modello.xlsx"
    first = openpyxl.load_workbook(io.BytesIO(data)).worksheets[0]
    header, example = first.iter_rows(max_row=2, values_only=True)
    assert header == tuple(ITALIAN)
    assert example[:3] == ("ESEMPIO – Orti urbani a Barriera", example[1], "Clima | Animali")
    assert "Va bene anche salvato come CSV" in (template.text or "")
    words_sheet = openpyxl.load_workbook(io.BytesIO(data))["Parole"]
    rows = list(words_sheet.iter_rows(values_only=True))
    assert rows[0] == ("colonna", "scelta", "parole che puoi scrivere")
    assert ("cause", "Arte e cultura") in {row[:2] for row in rows}
    culture = next(row for row in rows if row[1] == "Arte e cultura")
    assert str(culture[2]).startswith("Arte e cultura, Arts and culture, arte, cultura")
    assert ("giorni", "Nei giorni feriali") in {row[:2] for row in rows}
    assert "Arte e cultura" in (words.text or "")
    assert "Ascolto e cura" in (words.text or "")
    # The template, sent back as it is: its example is no project.
    await emma.upload("progetti-modello.xlsx", data, mime_type=XLSX)
    only = (await emma.next_reply()).text or ""
    assert "Il file ha solo la riga d'esempio del modello (riga 2)" in only
    assert "foglio" not in only
    assert await bot.services.projects.projects_of(emma.id) == []

    sam = await enrolled(bot, "Sam", "coordinator", language="en")
    await say(sam, "/import")
    template, words = await screens(sam, 2)
    assert template.document is not None
    assert template.document[0] == "projects-template.xlsx"
    assert "Arts and culture" in (words.text or "")


async def test_twelve_projects_two_mistakes_ten_drafts(bot: RunningBot) -> None:
    emma = await enrolled(bot, "Emma", "coordinator", language="en")
    data = twelve_projects({4: (2, "nucleare"), 9: (6, 99)})
    report = await sent(emma, data)
    text = report.text or ""
    assert text.startswith("⚠️ 10 projects of 12 are ready. Rows 5, 10 have problems")
    assert '• Row 5, causes: I don\'t know "nucleare"' in text
    assert "• Row 10, max age: 99 is outside the bot's ages, 13 to 25." in text
    assert text.count('📅 I read "sabato" as "At weekends": the bot knows only weekdays,') == 1
    assert await bot.services.projects.projects_of(emma.id) == []  # never silently

    done = await tap(emma, "📥 Import the 10 ready rows as drafts", message=report)
    skipped = await emma.next_reply()
    assert (done.text or "").startswith("✅ I imported 10 projects as drafts")
    assert "• Progetto numero 12" in (done.text or "")
    assert "/myprojects" in (done.text or "")
    assert (skipped.text or "").startswith("⏭️ I skipped rows 5, 10")
    assert (done.text or "").count('📅 I read "sabato" as "At weekends"') == 1
    projects = await bot.services.projects.projects_of(emma.id)
    assert len(projects) == 10
    assert {project.status for project in projects} == {"draft"}
    by_title = {project.title: project for project in projects}
    first = by_title["Progetto numero 1"]
    assert (first.causes, first.skills, first.days) == (("migrants",), ("care",), ("weekends",))
    assert str(first.deadline) == "2027-03-31"
    audit = await bot.services.db.fetch_all(
        "SELECT action, details FROM audit_log WHERE action = 'projects.imported'"
    )
    assert [json.loads(row["details"]) for row in audit] == [{"count": 10, "skipped": 2}]

    # The same file again (a second tap, or sent twice): nothing is imported twice.
    again = (await sent(emma, data)).text or ""
    assert again.startswith("❌ Nothing imported: there are 2 problems to fix.")
    assert ALREADY_HERE in again
    assert len(await bot.services.projects.projects_of(emma.id)) == 10

    # Fixed and sent again whole: the two new ones come in, the ten are left as they are.
    done_again = (await sent(emma, twelve_projects({}))).text or ""
    assert done_again.startswith("✅ I imported 2 projects as drafts")
    assert ALREADY_HERE in done_again
    assert len(await bot.services.projects.projects_of(emma.id)) == 12


async def test_the_templates_example_row_is_left_out_in_either_language(bot: RunningBot) -> None:
    emma = await enrolled(bot, "Emma", "coordinator", language="it")
    await say(emma, "/import")
    template, _ = await screens(emma, 2)
    assert template.document is not None
    book = openpyxl.load_workbook(io.BytesIO(template.document[1]))
    page = book.worksheets[0]
    page.append(["Doposcuola", "Compiti insieme.", "Istruzione", "", "Torino", 14, 20, 3,
                 "sera", 5, ""])  # fmt: skip
    # The English template's example too, and an older template's (without "ESEMPIO –").
    example = [cell.value for cell in page[2]]
    page.append(["EXAMPLE – Urban gardens in Barriera", *example[1:]])
    page.append(["Orti urbani a Barriera", *example[1:]])
    buffer = io.BytesIO()
    book.save(buffer)
    done = (await sent(emma, buffer.getvalue())).text or ""
    assert done.startswith("✅ Ho importato un progetto come bozza:\n• Doposcuola")
    assert "✂️ La riga 2 è l'esempio del modello: l'ho lasciata fuori." in done
    (project,) = await bot.services.projects.projects_of(emma.id)
    assert project.title == "Doposcuola"


async def test_single_days_are_read_as_their_group_and_the_coordinator_is_told_once(
    bot: RunningBot,
) -> None:
    emma = await enrolled(bot, "Emma", "coordinator", language="it")
    header = ";".join(ITALIAN)
    rows = [f"Progetto {n};Descrizione.;Clima;;Torino;14;25;3;lunedì, mercoledì;8;" for n in (1, 2)]
    data = "\n".join([header, *rows, "Progetto 3;Descrizione.;Clima;;Torino;14;25;3;sera;8;"])
    await emma.upload("progetti.csv", data.encode(), mime_type="text/csv")
    done = (await emma.next_reply()).text or ""
    show_text = "📅 Ho letto «lunedì, mercoledì» come «Nei giorni feriali»: il bot conosce solo"
    assert done.startswith("✅ Ho importato 3 progetti come bozze")
    assert done.count(show_text) == 1
    assert "📅" not in done.replace(show_text, "")
    projects = {p.title: p for p in await bot.services.projects.projects_of(emma.id)}
    assert projects["Progetto 1"].days == ("weekdays",)
    assert projects["Progetto 3"].days == ("evenings",)
    # The words of /import say it for the days column.
    await say(emma, "/import")
    _, words = await screens(emma, 2)
    assert "lunedì è «giorni feriali», sabato «fine settimana»" in (words.text or "")


async def test_the_bots_own_labels_for_remote_and_hours_and_a_word_in_the_wrong_column(
    bot: RunningBot,
) -> None:
    emma = await enrolled(bot, "Emma", "coordinator", language="it")
    rows = [
        ";".join(ITALIAN),
        "Uno;Descrizione.;Clima;;🌐 Solo a distanza;14;25;più di 10 ore;sera;8;",
        "Due;Descrizione.;Clima;;Remote only;14;25;More than 10 hours;sera;8;",
        "Tre;Descrizione.;Clima;;Torino;14;25;1–2 ore;sera;8;",
        "Quattro;Descrizione.;Clima;;Torino;14;25;6–10 hours;sera;8;",
        "Cinque;Descrizione.;💛 Ascolto e cura;;Torino;14;25;3;sera;8;",
    ]
    await emma.upload("progetti.csv", "\n".join(rows).encode(), mime_type="text/csv")
    report = (await emma.next_reply()).text or ""
    assert report.startswith("⚠️ 4 progetti su 5 sono pronti. La riga 6 ha problemi")
    line = (
        "• Riga 6, cause: «Ascolto e cura» è una competenza: spostala nella colonna «competenze»."
    )
    assert line in report
    assert "non conosco" not in report
    await tap(emma, "📥 Importa le 4 righe pronte come bozze")
    projects = {p.title: p for p in await bot.services.projects.projects_of(emma.id)}
    assert (projects["Uno"].city, projects["Uno"].hours_per_week) == (None, 20)
    assert (projects["Due"].city, projects["Due"].hours_per_week) == (None, 20)
    assert projects["Tre"].hours_per_week == 2
    assert projects["Quattro"].hours_per_week == 10


async def test_dates_with_month_names_a_month_without_its_day_and_a_past_excel_date(
    bot: RunningBot,
) -> None:
    emma = await enrolled(bot, "Emma", "coordinator", language="it")
    rows = [";".join(ITALIAN)]
    for title, deadline in [
        ("Uno", "31 marzo 2027"),
        ("Due", "31 March 2027"),
        ("Tre", "31 mar 2027"),
        ("Quattro", "marzo 2027"),
        ("Cinque", "45747"),  # 31/03/2025, as Excel stores a date in a cell without its format
    ]:
        rows.append(f"{title};Descrizione.;Clima;;Torino;14;25;3;sera;8;{deadline}")
    await emma.upload("progetti.csv", "\n".join(rows).encode(), mime_type="text/csv")
    report = (await emma.next_reply()).text or ""
    assert report.startswith("⚠️ 3 progetti su 5 sono pronti. Le righe 5, 6 hanno problemi")
    assert (
        "• Riga 5, scadenza: «marzo 2027» non dice il giorno: scrivi anche quello, per esempio"
        in report
    )
    assert "• Riga 6, scadenza: la data 31/03/2025 (45747) è già passata." in report
    await tap(emma, "📥 Importa le 3 righe pronte come bozze")
    projects = await bot.services.projects.projects_of(emma.id)
    assert {str(project.deadline) for project in projects} == {"2027-03-31"}


async def test_one_ready_row_of_two_reads_in_the_singular(bot: RunningBot) -> None:
    emma = await enrolled(bot, "Emma", "coordinator", language="it")
    rows = [
        ";".join(ITALIAN),
        "Uno;Descrizione.;Clima;;Torino;14;25;3;sera;8;",
        "Due;Descrizione.;nucleare;;Torino;14;25;3;sera;8;",
    ]
    await emma.upload("progetti.csv", "\n".join(rows).encode(), mime_type="text/csv")
    report = await emma.next_reply()
    assert (report.text or "").startswith("⚠️ 1 progetto su 2 è pronto. La riga 3 ha problemi")
    assert "Puoi importare ora la riga pronta come bozza" in (report.text or "")
    done = await tap(emma, "📥 Importa la riga pronta come bozza", message=report)
    skipped = (await emma.next_reply()).text or ""
    assert (done.text or "").startswith("✅ Ho importato un progetto come bozza")
    assert "Controllalo e pubblicalo da /myprojects." in (done.text or "")
    assert skipped.startswith("⏭️ Ho saltato la riga 3: correggila e rimandami il file")


ALREADY_HERE = "• Rows 2–4, 6–9, 11–13: these projects are already here"


async def sent(user: FakeUser, data: bytes) -> BotMessage:
    """The bot's answer to an Excel file (shown, see `show`)."""
    await user.upload("Progetti 2027.xlsx", data, mime_type=XLSX)
    return await user.next_reply()


async def test_ill_fix_the_file_imports_nothing(bot: RunningBot) -> None:
    emma = await enrolled(bot, "Emma", "coordinator", language="it")
    await emma.upload("progetti.xlsx", twelve_projects({1: (4, "Atlantide")}), mime_type=XLSX)
    report = await emma.next_reply()
    answer = await tap(emma, "✏️ Correggo il file", message=report)
    assert (report.text or "").startswith("⚠️ 11 progetti su 12 sono pronti. La riga 2 ha problemi")
    assert (answer.text or "").startswith("Va bene: correggi il file")
    assert await bot.services.projects.projects_of(emma.id) == []
    assert report.reply_markup is None or report.buttons == []


async def test_a_long_report_comes_whole_as_a_file(bot: RunningBot) -> None:
    emma = await enrolled(bot, "Emma", "coordinator", language="it")
    rows = ["titolo;descrizione;cause;città;età minima;età massima;ore a settimana;giorni;posti"]
    rows += [f"P{n};;boh;Atlantide;12;30;3;weekend;5" for n in range(1, 8)]  # 6 problems each
    await emma.upload("progetti.csv", "\n".join(rows).encode(), mime_type="text/csv")
    report, file = await screens(emma, 2)
    text = report.text or ""
    assert text.startswith("❌ Non ho importato niente: ci sono 42 problemi da correggere.")
    assert text.count("• Riga") == 10
    assert "…e altri 32: li trovi tutti nel file qui sotto." in text
    assert file.document is not None
    name, data = file.document
    assert name == "problemi-importazione.csv"
    lines = data.decode("utf-8-sig").splitlines()
    assert lines[0] == "Riga;Colonna;Problema;Valore"
    assert len(lines) == 43
    assert lines[3].startswith("2;cause;Riga 2, cause: non conosco «boh»")
    assert lines[-1].startswith("8;età massima;")


@pytest.mark.parametrize(
    ("name", "data", "answer"),
    [
        ("scan.xlsx", b"%PDF-1.7\n" + bytes(range(256)) * 4, "non è un foglio di calcolo"),
        ("foto.xlsx", b"\x89PNG\r\n\x1a\n" + bytes(300), "non è un foglio di calcolo"),
        ("vecchio.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600), "Excel vecchio (.xls)"),
        ("vuoto.csv", b"\xef\xbb\xbf\r\n", "Il file è vuoto"),
    ],
)
async def test_files_that_cannot_be_read_get_a_clear_answer(
    bot: RunningBot, name: str, data: bytes, answer: str
) -> None:
    emma = await enrolled(bot, "Emma", "coordinator", language="it")
    await emma.upload(name, data, mime_type="application/octet-stream")
    report = await emma.next_reply()
    assert answer in (report.text or "")
    assert report.buttons == [] or report.reply_markup is None
    assert "Correggi il file" not in (report.text or "")  # it is the wrong file, not one to fix


async def test_a_text_file_renamed_xlsx_is_told_once_where_the_column_titles_go(
    bot: RunningBot,
) -> None:
    emma = await enrolled(bot, "Emma", "coordinator", language="it")
    notes = "Appunti della riunione\nluogo: oratorio\nore 18, portare le chiavi\n"
    await emma.upload("progetti.xlsx", notes.encode(), mime_type=XLSX)
    text = (await emma.next_reply()).text or ""
    show_line = "• Nella prima riga non trovo i titoli delle colonne. La prima riga deve averli: "
    assert text == (
        "❌ Non ho importato niente.\n"
        + show_line
        + ", ".join(ITALIAN)
        + ". Il modello di /import li ha già: parti da quello."
    )


async def test_an_empty_excel_sheet(bot: RunningBot) -> None:
    emma = await enrolled(bot, "Emma", "coordinator", language="en")
    buffer = io.BytesIO()
    openpyxl.Workbook().save(buffer)
    await emma.upload("empty.xlsx", buffer.getvalue(), mime_type=XLSX)
    assert "The file is empty: no rows to read." in ((await emma.next_reply()).text or "")


async def test_a_workbook_with_formulas_merged_cells_and_several_sheets(bot: RunningBot) -> None:
    emma = await enrolled(bot, "Emma", "coordinator", language="it")
    book = openpyxl.load_workbook(io.BytesIO(twelve_projects({})))
    page = book["Progetti"]
    page.insert_rows(1)
    page["A1"] = "Progetti di primavera"
    page.merge_cells("A1:K1")  # a title above the header, across it
    page["J4"] = "=5*2"  # saved by a program that does not calculate: no result to read
    page.merge_cells("D5:D6")  # one skills cell for two rows: it counts for both, as Excel shows
    notes = book.create_sheet("Note", 0)  # a first sheet of notes, not projects
    notes.append(["Ricordati di controllare le date"])
    buffer = io.BytesIO()
    book.save(buffer)
    report = await sent(emma, buffer.getvalue())
    text = report.text or ""
    assert text.startswith("⚠️ 11 progetti su 12 sono pronti. La riga 4 ha problemi")
    assert "📄 Ho letto il foglio «Progetti» (il file ne ha 2)." in text
    assert "• Riga 4, posti: la formula non ha un risultato salvato" in text
    done = await tap(emma, "📥 Importa le 11 righe pronte come bozze", message=report)
    assert (done.text or "").startswith("✅ Ho importato 11 progetti come bozze")
    projects = {p.title: p for p in await bot.services.projects.projects_of(emma.id)}
    # Its skills cell was merged with project 3's, above: it has the same skills.
    assert projects["Progetto numero 4"].skills == projects["Progetto numero 3"].skills != ()


async def test_a_5_mb_spreadsheet_is_refused_before_it_is_downloaded(bot: RunningBot) -> None:
    emma = await enrolled(bot, "Emma", "coordinator", language="en")
    await emma.upload("huge.xlsx", b"PK\x03\x04" + bytes(5_000_000), mime_type=XLSX)
    report = await emma.next_reply()
    assert (report.text or "").startswith("❌ Nothing imported.\n• The file is too big")
    assert "Remove pictures and sheets you don't need." in (report.text or "")
    # A CSV cannot lose pictures: it is split; anything else is likely the wrong file.
    await emma.upload("huge.csv", b"a;b\n" * 1_300_000, mime_type="text/csv")
    csv_report = (await emma.next_reply()).text or ""
    assert "Split the projects into several files." in csv_report
    assert "pictures" not in csv_report
    await emma.upload("film.mp4", bytes(3_000_000), mime_type="video/mp4")
    assert "maybe it's the wrong file" in ((await emma.next_reply()).text or "")
    assert bot.server.calls_to("getFile") == []


async def test_a_libreoffice_csv_in_utf16(bot: RunningBot) -> None:
    emma = await enrolled(bot, "Emma", "coordinator", language="it")
    header = "\t".join(ITALIAN)
    row = "Città in bici\tRipariamo bici.\tClima\t\tTorino\t14\t25\t3-5\tlunedì, sabato\t8\t"
    data = codecs.BOM_UTF16_LE + f"{header}\r\n{row}\r\n".encode("utf-16-le")
    await emma.upload("progetti.csv", data, mime_type="text/csv")
    done = await emma.next_reply()
    assert (done.text or "").startswith("✅ Ho importato un progetto come bozza")
    (project,) = await bot.services.projects.projects_of(emma.id)
    assert (project.title, project.days, project.hours_per_week) == (
        "Città in bici",
        ("weekdays", "weekends"),
        5,
    )


@pytest.mark.bot_settings(ADMIN_IDS="777")
async def test_the_ready_rows_button_needs_the_role(bot: RunningBot) -> None:
    emma = await enrolled(bot, "Emma", "coordinator", language="en")
    await emma.upload("p.xlsx", twelve_projects({1: (4, "Atlantide")}), mime_type=XLSX)
    report = await emma.next_reply()
    assert await bot.services.staff.demote(777, emma.id)
    await emma.press("📥 Import the 11 ready rows as drafts", message=report)
    await emma.wait_until(lambda user: "for project coordinators" in str(user.callback_answers))
    assert await bot.services.projects.projects_of(emma.id) == []


async def test_the_ready_rows_button_works_after_a_restart(
    server: FakeTelegram,
    make_settings: Callable[..., Settings],
    clock: FakeClock,
    bot_errors: ErrorCollector,
) -> None:
    settings = make_settings(TELEGRAM_API_URL=server.api_url)
    async with running_bot(server, settings, clock) as bot:
        emma = await enrolled(bot, "Emma", "coordinator", language="en")
        await emma.upload("p.xlsx", twelve_projects({1: (4, "Atlantide")}), mime_type=XLSX)
        report = await emma.next_reply()
    async with running_bot(server, settings, clock) as bot:
        done = await tap(emma, "📥 Import the 11 ready rows as drafts", message=report)
        assert (done.text or "").startswith("✅ I imported 11 projects as drafts")
        assert len(await bot.services.projects.projects_of(emma.id)) == 11
    assert bot_errors.records == [], bot_errors.describe()


async def test_sixty_long_titled_rows_and_sixty_mistakes_fit_one_message_each(
    bot: RunningBot,
) -> None:
    """Telegram refuses a message past 4,096 characters: the result names the first twelve
    titles and counts the rest (all of them are in /myprojects), and the rows skipped are
    named in runs, the first thirty, the rest counted."""
    emma = await enrolled(bot, "Emma", "coordinator", language="en")
    lines = [";".join(ITALIAN)]
    for n in range(60):
        title = (f"Progetto {n:02} di quartiere a Torino, " * 3)[:80]
        lines.append(f"{title};Descrizione.;Clima;;Torino;14;25;3;sera;8;")
        lines.append(f"Sbagliato {n:02};Descrizione.;Clima;;Torino;14;99;3;sera;8;")
    await emma.upload("progetti.csv", "\n".join(lines).encode(), mime_type="text/csv")
    report = await emma.next_reply()
    text = report.text or ""
    assert text.startswith("⚠️ 60 projects of 120 are ready. Rows 3, 5, 7,")
    assert "…and 30 more rows have problems" in text
    await emma.next_reply()  # every problem, in a file

    done = await tap(emma, "📥 Import the 60 ready rows as drafts", message=report)
    skipped = (await emma.next_reply()).text or ""
    assert (done.text or "").startswith("✅ I imported 60 projects as drafts")
    assert (done.text or "").count("• Progetto") == 12
    assert "…and 48 more projects: you'll find them all in /myprojects." in (done.text or "")
    assert skipped.startswith("⏭️ I skipped rows 3, 5, 7,")
    assert "…and 30 more rows: fix them" in skipped
    assert len(await bot.services.projects.projects_of(emma.id)) == 60
