"""Who came, as a spreadsheet: an event's list from its attendance screen (first name, age band,
hours, added or not) and a project's from /myprojects (every event, then the total per person),
as a CSV Excel opens (BOM, `;`, CRLF, formula-like text kept as text) or a workbook. Never a
username or an id; every file audited; an empty list is said, not sent."""

from __future__ import annotations

import io
from datetime import timedelta

import pytest
from openpyxl import load_workbook
from telegram_test_server import FakeUser

from tests.support.events import open_event
from tests.support.harness import RunningBot
from tests.test_attendance import audited, new_message, redrawn, typed
from tests.test_desk_exports import cells
from tests.test_projects_flow import coordinator_with_projects, member, publish
from tests.test_staff import ADMIN

pytestmark = pytest.mark.bot_settings(ADMIN_IDS=str(ADMIN))


async def project_id(bot: RunningBot, title: str) -> int:
    row = await bot.services.db.fetch_one("SELECT id FROM projects WHERE title = ?", (title,))
    assert row is not None
    return int(row["id"])


async def marked_meeting(
    bot: RunningBot, carla: FakeUser, project: int, title: str, came: dict[str, FakeUser]
) -> int:
    """A meeting of the project, tomorrow at 10:00, made by Carla; all of `came` said Going and
    are marked once it ended."""
    new = open_event(bot.clock.now() + timedelta(days=1), title=title, project_id=project)
    event_id = await bot.services.events.create(carla.id, new)
    for user in came.values():
        await bot.services.event_answers.going(user.id, event_id)
    bot.clock.advance(days=1, hours=2, minutes=20)
    assert await bot.services.attendance.mark_all(carla.id, event_id) == len(came)
    return event_id


async def test_an_event_s_and_a_project_s_attendance_as_spreadsheets(bot: RunningBot) -> None:
    _, carla = await coordinator_with_projects(bot)
    card = await publish(bot, carla, "Orti in Barriera")
    orti = await project_id(bot, "Orti in Barriera")
    giulia = await member(bot, "Giulia", "05/2010", ("climate",))
    piero = await member(bot, "Piero", "05/2003", ("climate",))
    first = await marked_meeting(bot, carla, orti, "=Semina", {"Giulia": giulia, "Piero": piero})
    await bot.services.attendance.set_minutes(carla.id, first, piero.id, 90)
    await marked_meeting(bot, carla, orti, "Raccolta", {"Giulia": giulia})

    # Marked before the sweep came round: no note asks who came; the list is in /manageevents.
    await bot.run_due_tasks()
    bot.clock.advance(days=2)  # downloaded later: the event's file still says its own date
    assert not any("has ended" in (m.text or "") for m in carla.messages)
    (note,) = await typed(carla, "/manageevents")
    await redrawn(carla, "📋 Ended events: attendance", note)
    assert note.labels[0].startswith("Raccolta · "), note.labels
    await redrawn(carla, note.labels[0], note)
    sent = await new_message(carla, "📄 CSV", note)
    name, rows = cells(sent.document)
    assert name == "attendance-raccolta-2026-01-17.csv"
    assert rows == [
        ["Event", "Date", "First name", "Age", "Hours", "Without having said Going"],
        ["Raccolta", "2026-01-17 12:20", "Giulia", "13–15", "2", ""],
    ]
    assert (sent.text or "").startswith('📋 Who came to "Raccolta": 1 person, 2 hours in all.')
    assert await audited(bot, "attendance.exported") == 1

    sent = await new_message(carla, "📥 Attendance (Excel)", card)
    assert sent.document is not None
    name, content = sent.document
    assert name == "attendance-project-orti-in-barriera-2026-01-19.xlsx"
    sheet = load_workbook(io.BytesIO(content)).active
    assert sheet is not None
    table = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert table[0] == ["Event", "Date", "First name", "Hours"]
    assert [row[0] for row in table[1:4]] == ["=Semina", "=Semina", "Raccolta"]  # text, no formula
    assert [row[2:] for row in table[1:4]] == [["Giulia", 2], ["Piero", 1.5], ["Giulia", 2]]
    assert table[-3][0] == "Total per person"
    assert table[-2:] == [["2 events", None, "Giulia", 4], ["1 event", None, "Piero", 1.5]]
    assert await audited(bot, "attendance.exported") == 2
    text = "\n".join(str(cell) for row in table for cell in row)
    for user in (giulia, piero):
        assert str(user.id) not in text

    sent = await new_message(carla, "📄 Attendance (CSV)", card)
    _, rows = cells(sent.document)
    assert rows[1][0] == "'=Semina"  # Excel keeps it as text
    assert rows[2][3] == "1.5"


async def test_an_empty_list_is_said_not_sent(bot: RunningBot) -> None:
    _, carla = await coordinator_with_projects(bot)
    card = await publish(bot, carla, "Orti in Barriera")
    said = await new_message(carla, "📥 Attendance (Excel)", card)
    assert said.text == "📋 Nobody is marked as come yet: there's no list to download."
    assert said.document is None
    assert await audited(bot, "attendance.exported") == 0
