"""📥 Download: a project's participants (from /myprojects) and an event's answers (from
/manageevents) as a spreadsheet that Excel opens as it is (UTF-8 with a BOM, `;`, CRLF), with
headers, answers and the file's name in the coordinator's language. What goes in, and who may
have it, is bot.services.rosters' (rule 16); this module draws the file and sends it."""

from __future__ import annotations

from datetime import datetime

from telegram import CallbackQuery, InlineKeyboardButton, InputFile

from bot.domain.spreadsheet import Cell, csv_bytes, local_minute
from bot.domain.titles import ascii_slug
from bot.services.rosters import EventList, NoFile, ProjectList, RosterRow
from handlers.common import reply
from handlers.kit.callback_data import CallbackData
from handlers.kit.context import BotContext
from handlers.kit.guards import button, refuse_button
from handlers.kit.person import Person
from handlers.screens import Screens


class Download(CallbackData, prefix="xe"):
    number: int


class DownloadParticipants(Download, tag="p"):
    """`number`: the project."""


class DownloadAnswers(Download, tag="e"):
    """`number`: the event."""


def participants_row(screens: Screens, project_id: int) -> list[InlineKeyboardButton]:
    """The project screen's last row (/myprojects)."""
    return [DownloadParticipants(project_id).button(screens.text("export-participants-button"))]


def answers_row(screens: Screens, event_id: int) -> list[InlineKeyboardButton]:
    """The event screen's last row (/manageevents)."""
    return [DownloadAnswers(event_id).button(screens.text("export-answers-button"))]


@button(Download)
async def download_pressed(
    query: CallbackQuery, context: BotContext, person: Person, data: Download
) -> None:
    rosters = context.services.rosters
    if isinstance(data, DownloadParticipants):
        found: ProjectList | EventList | NoFile = await rosters.project_list(person.id, data.number)
    else:
        found = await rosters.event_list(person.id, data.number)
    if found is NoFile.NOT_YOURS:
        await refuse_button(query, person, "export-not-yours", "to download a list not theirs")
        return
    if found is NoFile.JUST_SENT:
        await query.answer(person.text("export-just-sent"))
        return
    await query.answer()
    if isinstance(found, ProjectList):
        await _send_participants(context, person, found)
    elif isinstance(found, EventList):
        await _send_answers(context, person, found)
    elif isinstance(data, DownloadParticipants):
        await reply(context, person, "export-participants-none")
    else:
        await reply(context, person, "export-answers-none")


async def _send_participants(context: BotContext, person: Person, found: ProjectList) -> None:
    header = [person.text(f"export-column-{name}") for name in ("name", "age", "status", "since")]
    header.append(person.text("export-column-message"))
    rows = [
        [*_common_cells(context, person, row, "export-status"), row.message] for row in found.rows
    ]
    accepted = sum(row.answer == "accepted" for row in found.rows)
    caption = person.text(
        "export-participants-caption",
        title=found.project.title,
        accepted=accepted,
        waiting=len(found.rows) - accepted,
    )
    name = _file_name(context, person, "participants", found.project.title)
    await _send(context, person, name, csv_bytes(header, rows), caption)


async def _send_answers(context: BotContext, person: Person, found: EventList) -> None:
    columns = ("name", "age", "answer", "answered")
    header = [person.text(f"export-column-{name}") for name in columns]
    rows = [_common_cells(context, person, row, "export-answer") for row in found.rows]
    caption = person.text(
        "export-answers-caption",
        title=found.event.title,
        count=len(found.rows),
        unnamed=found.unnamed,
    )
    name = _file_name(context, person, "answers", found.event.title)
    await _send(context, person, name, csv_bytes(header, rows), caption)


def _common_cells(context: BotContext, person: Person, row: RosterRow, prefix: str) -> list[Cell]:
    """Name, age band, what they answered (in words) and when, in local time."""
    return [
        row.first_name,
        row.age_band,
        person.text(f"{prefix}-{row.answer}"),
        _when(context, row.at),
    ]


def _when(context: BotContext, at: datetime | None) -> str | None:
    zone = context.services.settings.zone
    return local_minute(None if at is None else at.astimezone(zone))


def _file_name(context: BotContext, person: Person, kind: str, title: str) -> str:
    """`partecipanti-orti-in-barriera-2026-12-05.csv`, in the coordinator's language."""
    today = context.services.clock.now().astimezone(context.services.settings.zone)
    return person.text(
        f"export-file-{kind}", slug=ascii_slug(title, kind), date=f"{today:%Y-%m-%d}"
    )


async def _send(
    context: BotContext, person: Person, name: str, content: bytes, caption: str
) -> None:
    await context.bot.send_document(
        person.chat_id, InputFile(content, filename=name), caption=caption
    )
