"""📥 Download: a project's participants (from /myprojects) and an event's answers (from
/manageevents) as a spreadsheet: an Excel workbook (.xlsx), or a CSV that Excel opens as it is
(UTF-8 with a BOM, `;`, CRLF). Headers, answers and the file's name are in the coordinator's
language. What goes in, and who may have it, is bot.services.rosters' (rule 16); this module
draws the file and sends it."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Literal

from telegram import CallbackQuery, InlineKeyboardButton, InputFile

from bot.domain.spreadsheet import csv_bytes, local_minute
from bot.domain.titles import ascii_slug
from bot.domain.workbook import XlsxCell, xlsx_bytes
from bot.services.rosters import EventList, NoFile, ProjectList, RosterRow
from handlers.common import reply
from handlers.kit.callback_data import CallbackData
from handlers.kit.context import BotContext
from handlers.kit.guards import button, refuse_button
from handlers.kit.person import Person
from handlers.screens import Screens

Form = Literal["x", "c"]  # x: an Excel workbook, c: a CSV


class Download(CallbackData, prefix="xe"):
    number: int
    form: Form = "x"


class DownloadParticipants(Download, tag="p"):
    """`number`: the project."""


class DownloadAnswers(Download, tag="e"):
    """`number`: the event."""


def participants_row(screens: Screens, project_id: int) -> list[InlineKeyboardButton]:
    """The project screen's last row (/myprojects)."""
    return [
        DownloadParticipants(project_id, "x").button(screens.text("export-participants-button")),
        DownloadParticipants(project_id, "c").button(screens.text("export-csv-button")),
    ]


def answers_row(screens: Screens, event_id: int) -> list[InlineKeyboardButton]:
    """The event screen's last row (/manageevents)."""
    return [
        DownloadAnswers(event_id, "x").button(screens.text("export-answers-button")),
        DownloadAnswers(event_id, "c").button(screens.text("export-csv-button")),
    ]


@button(Download)
async def download_pressed(
    query: CallbackQuery, context: BotContext, person: Person, data: Download
) -> None:
    rosters = context.services.rosters
    found: ProjectList | EventList | NoFile
    if isinstance(data, DownloadParticipants):
        found = await rosters.project_list(person.id, data.number, variant=data.form)
    else:
        found = await rosters.event_list(person.id, data.number, variant=data.form)
    if not await will_send(query, person, found):
        return
    if isinstance(found, ProjectList):
        await _send_participants(context, person, found, data.form)
    elif isinstance(found, EventList):
        await _send_answers(context, person, found, data.form)
    elif isinstance(data, DownloadParticipants):
        await reply(context, person, "export-participants-none")
    else:
        await reply(context, person, "export-answers-none")


async def will_send(query: CallbackQuery, person: Person, found: object) -> bool:
    """Answers a Download press: refused (not theirs), "sent just now" (a double tap), or
    quietly, when a file or a word that the list is empty follows."""
    if found is NoFile.NOT_YOURS:
        await refuse_button(query, person, "export-not-yours", "to download a list not theirs")
        return False
    if found is NoFile.JUST_SENT:
        await query.answer(person.text("export-just-sent"))
        return False
    await query.answer()
    return True


async def _send_participants(
    context: BotContext, person: Person, found: ProjectList, form: Form
) -> None:
    # Two dates, each named: when they applied, and when they were accepted (if they were).
    columns = ("name", "age", "status", "applied", "accepted", "message")
    header = [person.text(f"export-column-{name}") for name in columns]
    rows = [
        [
            *_common_cells(context, person, row, "export-status"),
            as_local(context, row.accepted_at),
            row.message,
        ]
        for row in found.rows
    ]
    accepted = sum(row.answer == "accepted" for row in found.rows)
    caption = person.text(
        "export-participants-caption",
        title=found.project.title,
        accepted=accepted,
        waiting=len(found.rows) - accepted,
    )
    title = found.project.title
    name = file_name(context, person, form, "participants", title)
    await send_file(context, person, name, file_content(form, title, header, rows), caption)


async def _send_answers(context: BotContext, person: Person, found: EventList, form: Form) -> None:
    columns = ("name", "age", "answer", "answered")
    header = [person.text(f"export-column-{name}") for name in columns]
    rows = [_common_cells(context, person, row, "export-answer") for row in found.rows]
    caption = person.text(
        "export-answers-caption",
        title=found.event.title,
        count=len(found.rows),
        unnamed=found.unnamed,
    )
    title = found.event.title
    name = file_name(context, person, form, "answers", title)
    await send_file(context, person, name, file_content(form, title, header, rows), caption)


def _common_cells(
    context: BotContext, person: Person, row: RosterRow, prefix: str
) -> list[XlsxCell]:
    """Name, age band, what they answered (in words) and when, in local time."""
    return [
        row.first_name,
        row.age_band,
        person.text(f"{prefix}-{row.answer}"),
        as_local(context, row.at),
    ]


def as_local(context: BotContext, at: datetime | None) -> datetime | None:
    """To the minute, in local time: Excel keeps no time zones."""
    if at is None:
        return None
    local = at.astimezone(context.services.settings.zone).replace(tzinfo=None)
    return local.replace(second=0, microsecond=0)


def file_content(
    form: Form, sheet: str, header: Sequence[str], rows: Sequence[Sequence[XlsxCell]]
) -> bytes:
    if form == "x":
        return xlsx_bytes(sheet, header, rows)
    return csv_bytes(header, [[_csv_cell(value) for value in row] for row in rows])


def _csv_cell(value: XlsxCell) -> str | int | None:
    if isinstance(value, float):
        return str(value)
    return local_minute(value) if isinstance(value, datetime) else value


def file_name(
    context: BotContext,
    person: Person,
    form: Form,
    kind: str,
    title: str,
    day: datetime | None = None,
) -> str:
    """In the coordinator's language: `partecipanti-orti-in-barriera-2026-12-05.xlsx`, dated
    today, or `day` (an event's file: the event's date)."""
    when = day if day is not None else context.services.clock.now()
    today = when.astimezone(context.services.settings.zone)
    return person.text(
        f"export-file-{kind}",
        slug=ascii_slug(title, kind),
        date=f"{today:%Y-%m-%d}",
        extension="xlsx" if form == "x" else "csv",
    )


async def send_file(
    context: BotContext, person: Person, name: str, content: bytes, caption: str
) -> None:
    await context.bot.send_document(
        person.chat_id, InputFile(content, filename=name), caption=caption
    )
