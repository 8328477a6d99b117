"""📄 CSV / 📥 Excel of who came: an event's (from its attendance list) and a project's (from
/myprojects, every event of the project, then the total per person). Drawn and sent as the
desk's other lists are (handlers.exports); what goes in, and who may have it, is
bot.services.attendance_files' (rule 16)."""

from __future__ import annotations

from datetime import datetime

from telegram import CallbackQuery, InlineKeyboardButton

from bot.domain.credited_time import credit_hours
from bot.domain.workbook import XlsxCell
from bot.services.attendance import Sheet
from bot.services.attendance_files import EventCame, ProjectCame
from bot.services.rosters import NoFile
from handlers.attendance import CameFile, ProjectCameFile
from handlers.common import reply
from handlers.exports import as_local, file_content, file_name, send_file, will_send
from handlers.kit.context import BotContext
from handlers.kit.guards import button
from handlers.kit.person import Person
from handlers.screens import Screens


def project_row(screens: Screens, project_id: int) -> list[InlineKeyboardButton]:
    """Under the project's own downloads (/myprojects)."""
    return [
        ProjectCameFile(project_id, "x").button(screens.text("attendance-project-xlsx")),
        ProjectCameFile(project_id, "c").button(screens.text("attendance-project-csv")),
    ]


@button(CameFile)
async def file_pressed(
    query: CallbackQuery, context: BotContext, person: Person, data: CameFile
) -> None:
    files = context.services.attendance_files
    found: EventCame | ProjectCame | NoFile
    if isinstance(data, ProjectCameFile):
        found = await files.project_file(person.id, data.number, variant=data.form)
    else:
        found = await files.event_file(person.id, data.number, variant=data.form)
    if not await will_send(query, person, found):
        return
    if isinstance(found, EventCame):
        await _send_event(context, person, found, data)
    elif isinstance(found, ProjectCame):
        await _send_project(context, person, found, data)
    else:
        await reply(context, person, await _none_key(context, person, data))


async def _none_key(context: BotContext, person: Person, data: CameFile) -> str:
    """Nobody marked: "not yet" while the list may be changed, "nobody was" once closed."""
    if isinstance(data, ProjectCameFile):
        return "attendance-file-none"
    sheet = await context.services.attendance.sheet(person.id, data.number)
    closed = isinstance(sheet, Sheet) and not sheet.writable
    return "attendance-file-none-closed" if closed else "attendance-file-none"


def _hours(person: Person, minutes: int, form: str) -> XlsxCell:
    """A number in the workbook; in the CSV, written the reader's way ("1,5" in Italian)."""
    hours = credit_hours(minutes)
    return hours if form == "x" else person.text("attendance-file-hours", hours=hours)


async def _send_event(
    context: BotContext, person: Person, found: EventCame, data: CameFile
) -> None:
    """The event's title and date on each row (as in the project's file), then the person."""
    columns = ("event", "date", "name", "age", "hours", "added")
    header = [person.text(f"attendance-column-{name}") for name in columns]
    yes, no = person.text("attendance-file-added"), ""
    title = found.event.title
    at = as_local(context, found.event.starts_at)
    rows: list[list[XlsxCell]] = [
        [
            title,
            at,
            row.name,
            row.band,
            _hours(person, row.minutes, data.form),
            yes if row.added else no,
        ]
        for row in found.rows
    ]
    total = sum(row.minutes for row in found.rows)
    caption = person.text(
        "attendance-file-caption",
        title=found.event.title,
        count=len(rows),
        hours=credit_hours(total),
    )
    name = file_name(context, person, data.form, "came", title, found.event.starts_at)
    await send_file(context, person, name, file_content(data.form, title, header, rows), caption)


async def _send_project(
    context: BotContext, person: Person, found: ProjectCame, data: CameFile
) -> None:
    columns = ("event", "date", "name", "hours")
    header = [person.text(f"attendance-column-{name}") for name in columns]
    when: list[datetime | None] = [as_local(context, row.starts_at) for row in found.rows]
    rows: list[list[XlsxCell]] = [
        [row.title, at, row.name, _hours(person, row.minutes, data.form)]
        for row, at in zip(found.rows, when, strict=True)
    ]
    rows.append([])
    rows.append([person.text("attendance-column-total"), None, None, None])
    rows.extend(
        [
            person.text("attendance-file-events", count=total.events),
            None,
            total.name,
            _hours(person, total.minutes, data.form),
        ]
        for total in found.totals
    )
    caption = person.text(
        "attendance-project-caption",
        title=found.project.title,
        events=len({(row.title, row.starts_at) for row in found.rows}),
        people=len(found.totals),
    )
    title = found.project.title
    name = file_name(context, person, data.form, "project-came", title)
    await send_file(context, person, name, file_content(data.form, title, header, rows), caption)
