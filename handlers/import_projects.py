"""/import: a coordinator's projects from a spreadsheet (Excel or CSV), checked row by row; the
good rows become drafts, at once when the whole file is good, or when the coordinator says so.

The report with the "import the ready rows" button is sent as a reply to the coordinator's
file: the button finds the file there (Telegram keeps it, under its file id), so it works after
a restart, and nothing has to be kept on our side in between.
"""

from __future__ import annotations

import csv
import html
import io
import logging
from typing import Literal

from telegram import (
    CallbackQuery,
    Document,
    InlineKeyboardMarkup,
    InputFile,
    Message,
    ReplyParameters,
    Update,
)
from telegram.error import TelegramError

from bot.core.i18n import Html
from bot.domain.catalog import CHOICE_LISTS
from bot.domain.import_words import bare
from bot.domain.project_import import (
    COLUMNS,
    EXAMPLE_NUMBERS,
    EXISTING,
    ImportResult,
    Problem,
    template,
)
from bot.domain.spreadsheet_table import MAX_BYTES, too_big
from bot.services.import_vocabulary import LABEL_PREFIXES
from bot.services.staff import Role
from handlers import onboarding
from handlers.common import drop_keyboard, reply
from handlers.kit.callback_data import CallbackData
from handlers.kit.context import BotContext
from handlers.kit.guards import button, refuse_button
from handlers.kit.person import Person
from handlers.project_pages import named_titles

logger = logging.getLogger(__name__)

MAX_REPORT_LINES = 10  # what fits one phone screen; the rest comes as a file
NAMED_ROWS = 30  # row numbers (or runs of them, "2–61") named in one message; the rest counted


class ImportChoice(CallbackData, prefix="ip"):
    """After a report: import the ready rows of the file replied to (go), or fix it first."""

    action: Literal["go", "fix"]


# --- /import: how, the template, the words ----------------------------------------------------


async def import_help(update: Update, context: BotContext, person: Person) -> None:
    await reply(context, person, "import-how")
    await context.bot.send_document(
        person.chat_id,
        InputFile(template_for(context, person), filename=person.text("import-template-name")),
        caption=person.text("import-template-caption"),
    )
    await reply(context, person, "import-words", None, **words_reference(context, person))


def template_for(context: BotContext, person: Person) -> bytes:
    headers = [person.text(f"import-column-{column}") for column in COLUMNS]
    example: list[str | int] = [
        EXAMPLE_NUMBERS[column]
        if column in EXAMPLE_NUMBERS
        else example_date(context)
        if column == "deadline"
        else person.text(f"import-example-{column}")
        for column in COLUMNS
    ]
    words = (person.text("import-words-sheet"), words_rows(context, person))
    return template(headers, example, sheet=person.text("import-template-sheet"), words=words)


def words_rows(context: BotContext, person: Person) -> list[list[str]]:
    """Every word each list column accepts, a row per choice, for the template's second sheet."""
    vocabulary = context.services.projects.words
    rows = [person.text("import-words-sheet-header").split(";")]
    for column, keys in CHOICE_LISTS.items():
        name = person.text(f"import-column-{column}")
        for key in keys:
            label = bare(person.text(f"{LABEL_PREFIXES[column]}-{key}"))
            rows.append([name, label, ", ".join(vocabulary.accepted(column, key))])
    return rows


def words_reference(context: BotContext, person: Person) -> dict[str, object]:
    """The buttons' labels of each list column, in the person's language, for `import-words`."""
    separator = person.text("import-words-separator")
    policy = context.services.projects.policy
    lists: dict[str, object] = {
        column: Html(
            separator.join(
                f"<code>{person.text(f'{LABEL_PREFIXES[column]}-{key}')}</code>" for key in keys
            )
        )
        for column, keys in CHOICE_LISTS.items()
    }
    return {**lists, "min": policy.min_age, "max": policy.max_age, "date": example_date(context)}


def example_date(context: BotContext) -> str:
    """A deadline that is still ahead for a good while, written as coordinators write one."""
    today = context.services.projects.clock.now().date()
    return f"31/12/{today.year + 1}"


# --- a file arrives ---------------------------------------------------------------------------


async def on_document(update: Update, context: BotContext, person: Person) -> None:
    """A spreadsheet from a coordinator is an import; anything else is stray media."""
    message = update.effective_message
    document = message.document if message is not None else None
    if message is None or document is None or not person.has(Role.COORDINATOR):
        await onboarding.on_media(update, context, person)
        return
    if document.file_size is not None and document.file_size > MAX_BYTES:
        # Refused before downloading: Telegram says the size; the advice is by kind of file.
        why = too_big(document.file_name or "", document.mime_type or "")
        await reply(
            context, person, "import-failed-file", lines=Html(person.text(f"import-problem-{why}"))
        )
        return
    data = await _download(document)
    if data is None:
        await reply(context, person, "import-file-gone")
        return
    # Imported at once if every row is good or a project the bot has already (the file sent
    # again, fixed); else the report, and the coordinator chooses.
    projects = context.services.projects
    result, ids = await projects.import_ready_rows(data, person.id, only_if_clean=True)
    if result.fatal or result.to_fix:
        await _report(context, person, message, result)
    else:
        await _done(context, person, result, len(ids))


async def _download(document: Document) -> bytes | None:
    try:
        return bytes(await (await document.get_file()).download_as_bytearray())
    except TelegramError:
        logger.warning("an import file could not be downloaded", exc_info=True)
        return None


async def _report(
    context: BotContext, person: Person, file_message: Message, result: ImportResult
) -> None:
    """The problems, the first on screen and all of them in a file when they are many; with
    the ready rows' button as a reply to the file, which that button reads again."""
    policy = context.services.projects.policy
    ages = {"min": policy.min_age, "max": policy.max_age}
    lines = _screen_lines(person, result.problems, ages)
    shown = lines[:MAX_REPORT_LINES]
    if len(lines) > MAX_REPORT_LINES:
        shown.append(person.text("import-more-problems", count=len(lines) - MAX_REPORT_LINES))
    shown += _notes(person, result)
    if any(problem.what == "unknown-choice" for problem in result.problems):
        shown.append(person.text("import-words-hint"))
    if result.sheet:
        shown.append(person.text("import-sheet-read", sheet=result.sheet, sheets=result.sheets))
    text = Html("\n".join(shown))
    count = len(result.to_fix)
    if result.fatal and not any(problem.what == "missing-column" for problem in result.problems):
        # The whole file, said in one line with what to do: not a file to correct row by row.
        await reply(context, person, "import-failed-file", lines=text)
    elif result.fatal or not result.projects:
        await reply(context, person, "import-failed", count=count, lines=text)
    else:
        ready = person.text("import-import-valid", count=len(result.projects))
        keyboard = InlineKeyboardMarkup(
            [
                [ImportChoice("go").button(ready)],
                [ImportChoice("fix").button(person.text("import-fix-file"))],
            ]
        )
        await context.bot.send_message(
            person.chat_id,
            person.text(
                "import-partial",
                valid=len(result.projects),
                rows=result.rows,
                skipped=len(result.skipped),
                rows_list=_rows_list(person, result.skipped),
                lines=text,
            ),
            reply_markup=keyboard,
            # Deleted meanwhile, the file cannot be read again: the button will say so.
            reply_parameters=ReplyParameters(
                file_message.message_id, allow_sending_without_reply=True
            ),
        )
    if len(lines) > MAX_REPORT_LINES:
        await _report_file(context, person, result.problems, ages)


def _notes(person: Person, result: ImportResult) -> list[str]:
    """What the bot read differently from the file, said on the report and on the result."""
    if result.fatal:
        return []
    notes = [person.text("import-example-left-out", row=row) for row in result.examples[:1]]
    if result.days_read is not None:
        cell, keys = result.days_read
        read_as = person.text("import-words-separator").join(
            person.text(f"days-{key}") for key in keys
        )
        notes.append(person.text("import-days-read", cell=cell, days=read_as))
    return notes


def _screen_lines(person: Person, problems: tuple[Problem, ...], ages: dict[str, int]) -> list[str]:
    """One line a problem, except projects the bot has already (a file sent again): one line
    for all of them, where they would be."""
    existing = tuple(problem.row for problem in problems if problem.what == EXISTING)
    lines: list[str] = []
    for problem in problems:
        if problem.what != EXISTING or len(existing) < 3:
            lines.append(_problem_line(person, problem, ages))
        elif problem.row == existing[0]:
            lines.append(
                person.text(
                    "import-existing-rows",
                    count=len(existing),
                    rows_list=_rows_list(person, existing),
                )
            )
    return lines


def _problem_line(person: Person, problem: Problem, ages: dict[str, int]) -> str:
    column = _column_name(person, problem)
    return person.text(
        f"import-problem-{problem.what}",
        row=problem.row,
        column=column,
        value=problem.value,
        columns=", ".join(person.text(f"import-column-{name}") for name in COLUMNS),
        **ages,
    )


def _column_name(person: Person, problem: Problem) -> str:
    """The column as the template names it in the person's language."""
    return person.text(f"import-column-{problem.column}") if problem.column else ""


def _rows_list(person: Person, rows: tuple[int, ...]) -> Html:
    """The rows, three or more in a row as one run ("2–61"), the first NAMED_ROWS named and
    the rest counted: one message whatever the file (Telegram refuses past 4,096 characters)."""
    runs: list[list[int]] = []
    for row in sorted(set(rows)):
        if runs and row == runs[-1][-1] + 1:
            runs[-1].append(row)
        else:
            runs.append([row])
    items: list[tuple[str, int]] = []  # what is written, how many rows it stands for
    for run in runs:
        if len(run) > 2:
            items.append((f"{run[0]}–{run[-1]}", len(run)))
        else:
            items += [(str(row), 1) for row in run]
    listed = ", ".join(text for text, _ in items[:NAMED_ROWS])
    rest = sum(count for _, count in items[NAMED_ROWS:])
    return Html(f"{listed} {person.text('fx-rows-more', count=rest)}" if rest else listed)


async def _report_file(
    context: BotContext, person: Person, problems: tuple[Problem, ...], ages: dict[str, int]
) -> None:
    """Every problem, as a spreadsheet that opens in Excel (a BOM and `;`)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(person.text("import-report-header").split(";"))
    for problem in problems:
        # The texts are Telegram HTML; a file shows them as they read.
        line = html.unescape(_problem_line(person, problem, ages)).removeprefix("• ")
        writer.writerow([problem.row, _column_name(person, problem), line, problem.value])
    data = b"\xef\xbb\xbf" + buffer.getvalue().encode("utf-8")
    await context.bot.send_document(
        person.chat_id,
        InputFile(data, filename=person.text("import-report-name")),
        caption=person.text("import-report-caption", count=len(problems)),
    )


# --- after the report ---------------------------------------------------------------------------


@button(ImportChoice)
async def import_choice(
    query: CallbackQuery, context: BotContext, person: Person, data: ImportChoice
) -> None:
    if not person.has(Role.COORDINATOR):
        await refuse_button(query, person, "coordinator-only", "to import without the role")
        return
    await query.answer()
    await drop_keyboard(query)
    if data.action == "fix":
        await reply(context, person, "import-fix-later")
        return
    original = query.message.reply_to_message if isinstance(query.message, Message) else None
    document = original.document if original is not None else None
    blob = await _download(document) if document is not None else None
    if blob is None:
        await reply(context, person, "import-file-gone")
        return
    projects = context.services.projects
    result, ids = await projects.import_ready_rows(blob, person.id, only_if_clean=False)
    if result.fatal and original is not None:
        await _report(context, person, original, result)
        return
    await _done(context, person, result, len(ids))


async def _done(context: BotContext, person: Person, result: ImportResult, count: int) -> None:
    if count == 0:
        await reply(context, person, "import-nothing-new", count=len(result.existing))
        return
    # The first few titles, the rest counted: all of them are in /myprojects.
    named = named_titles(person.screens, [p.title for p in result.projects], "import-line")
    titles: list[str] = [named] if named else []
    existing = result.existing
    if existing:
        titles.append(
            person.text(
                "import-existing-rows", count=len(existing), rows_list=_rows_list(person, existing)
            )
        )
    titles += _notes(person, result)
    await reply(context, person, "import-done", count=count, lines=Html("\n".join(titles)))
    skipped = tuple(row for row in result.skipped if row not in existing)
    if skipped:
        rows = _rows_list(person, skipped)
        await reply(context, person, "import-done-skipped", count=len(skipped), rows_list=rows)
