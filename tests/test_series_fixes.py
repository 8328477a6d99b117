"""Gaps closed in series changes and the organiser's lists, end to end: a date moved alone is
told and shown as that date only; a new weekday from a date on is refused as it is typed; the
paging buttons keep their places; the headings count what they list; a notice of a change
offers the calendar file again. The FakeClock: Thursday 15 January 2026, 10:00."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from typing import Any

import pytest
from icalendar import Calendar
from telegram_test_server import FakeUser
from telegram_test_server.models import BotMessage

from bot.core.clock import FakeClock
from bot.services.events import ChangeResult
from tests.support.events import open_event
from tests.support.harness import RunningBot
from tests.test_events_flow import answer_text, coordinator
from tests.test_events_service import reminded
from tests.test_hours import pressed_on
from tests.test_onboarding_flow import say, tap
from tests.test_series_changes import dates_of, event, open_date, weekly
from tests.test_staff import ADMIN

pytestmark = pytest.mark.bot_settings(ADMIN_IDS=str(ADMIN))


async def start_asked(carla: FakeUser, label: str, change: str) -> BotMessage:
    """Carla opens a date of the series in /manageevents, `change` ("this date only" or "from
    this date on"), then its start: the question."""
    screen = await dates_of(carla)
    await open_date(carla, screen, label)
    edit = await tap(carla, f"✏️ Change {change}", message=screen)
    return await tap(carla, "✏️ Start", message=edit)


async def move_alone(carla: FakeUser, label: str, typed: str) -> BotMessage:
    """Carla moves one date of the series alone, from /manageevents: what she is told."""
    await start_asked(carla, label, "this date only")
    read_back = await say(carla, typed)
    preview = await tap(carla, "✅ Yes", message=read_back)
    assert (preview.text or "").startswith("✏️ Change this date only: what you change here"), (
        preview.text
    )
    return await tap(carla, "💾 Save changes", message=preview)


async def test_a_date_moved_alone_is_told_and_shown_as_that_date_only(bot: RunningBot) -> None:
    carla = await coordinator(bot)
    ids = await weekly(bot, carla.id)
    ada = await reminded(bot, "Ada")
    await bot.services.event_answers.answer(ada.id, ids[0], "going")
    saved = await move_alone(carla, "📅 Thursday 22 January, 18:30", "23/1 19:00")
    assert (saved.text or "").endswith("✅ Sent now: 1 person."), saved.text
    await bot.run_due_tasks()
    told = (await ada.next_reply()).text or ""
    assert told.startswith(
        "📅 Only one date of «Giovedì insieme» has moved: it was Thursday 22 January, 18:30,"
        " now it's Friday 23 January, 19:00. The other dates stay as they are."
    ), told
    # /events lists the series at its next date, the moved one, with the day it was on.
    listing = await say(ada, "/events")
    assert "🔁 every Thursday · 12 dates · this date moved (it was Thursday 22 January)" in (
        listing.text or ""
    ), listing.text
    card = await pressed_on(ada, "ℹ️ 1", listing)
    text = card.text or ""
    moved = "this date moved to Friday 23 January, 19:00"
    assert f"🔁 Part of «Giovedì insieme» (every Thursday) · {moved}" in text, text
    assert "Repeats every Thursday" not in text
    # The next date, on the rule, reads as before.
    await bot.services.event_answers.answer(ada.id, ids[1], "going")
    mine = await say(ada, "/myevents")
    assert "this date moved (it was Thursday 22 January)" in (mine.text or ""), mine.text
    # The organiser's list: the series' row is on the moved date, and says so.
    desk = await say(carla, "/manageevents")
    assert "Fri 23 Jan 19:00 (moved) · every Thursday" in str(desk.buttons), desk.buttons
    # and inside the series, that date's row
    await carla.press(desk.buttons[0][0], message=desk)
    await carla.wait_until(lambda u: "to come" in (desk.text or ""))
    assert "📅 Friday 23 January, 19:00 (moved)" in str(desk.buttons), desk.buttons


async def test_a_new_weekday_from_a_date_on_is_refused_as_it_is_typed(bot: RunningBot) -> None:
    carla = await coordinator(bot)
    ids = await weekly(bot, carla.id)
    question = await start_asked(carla, "📅 Thursday 5 February, 18:30", "from this date on")
    assert (question.text or "").startswith(
        "🕒 At what time, from Thursday 5 February on? Type just the time, for example 21:00"
    ), question.text
    refused = await say(carla, "venerdì 6/2 21:00")
    text = refused.text or ""
    assert text.startswith("📅 From this date on, the time can change but not the day"), text
    assert "cancel it from this date on and make a new one with /newevent" in text
    assert text.endswith(question.text or ""), text  # the same question, to type again
    # A good time read back, then another day typed over it: refused the same way.
    read_back = await say(carla, "21:00")  # a bare time: that date's own day
    assert "Thursday 5 February" in (read_back.text or ""), read_back.text
    again = await say(carla, "6/2 20:00")
    assert (again.text or "").startswith("📅 From this date on, the time can change but not")
    assert "✅ Yes" not in str(again.buttons)  # no old read-back left to confirm
    stopped = await say(carla, "/cancel")
    assert "Thu 05 Feb 18:30" not in (stopped.text or "")
    found = await bot.services.events.get(ids[2])
    assert found is not None
    assert found.starts_at.astimezone(bot.services.settings.zone).strftime("%a %H:%M") == (
        "Thu 18:30"
    )
    assert await bot.services.event_drafts.draft(carla.id) is None


async def test_paging_buttons_keep_their_places(bot: RunningBot) -> None:
    carla = await coordinator(bot)
    ids = await weekly(bot, carla.id)
    screen = await dates_of(carla)  # 12 dates, 8 a page
    assert screen.buttons[-2] == ["· 1/2 ·", "Next ➡️"]
    await carla.press("· 1/2 ·", message=screen)  # where ⬅️ goes: it only says so
    await carla.wait_until(lambda u: answer_text(u) == "You're on the first page.")
    edits = screen.edits
    await carla.press("Next ➡️", message=screen)
    await carla.wait_until(lambda _: screen.edits > edits)
    assert screen.buttons[-2] == ["⬅️ Previous", "· 2/2 ·"]
    # The second tap of a double tap on ➡️ lands on the same place: nothing moves.
    await carla.press("· 2/2 ·", message=screen)
    await carla.wait_until(lambda u: answer_text(u) == "That's the last page.")
    assert screen.buttons[-2] == ["⬅️ Previous", "· 2/2 ·"]
    # A member's "Other dates" of the series, 5 a page, the same.
    ada = await reminded(bot, "Ada")
    await bot.services.event_answers.answer(ada.id, ids[0], "going")
    listing = await say(ada, "/events")
    card = await pressed_on(ada, "ℹ️ 1", listing)
    dates = await pressed_on(ada, "📅 Other dates", card)
    assert dates.buttons[-2] == ["· 1/3 ·", "Next ➡️"], dates.buttons
    await pressed_on(ada, "Next ➡️", dates)
    assert dates.buttons[-2] == ["⬅️ Previous", "Next ➡️"]
    await pressed_on(ada, "Next ➡️", dates)
    assert dates.buttons[-2] == ["⬅️ Previous", "· 3/3 ·"]


async def test_the_headings_count_what_they_list_with_an_event_in_progress(
    bot: RunningBot, clock: FakeClock
) -> None:
    carla = await coordinator(bot)
    ada = await reminded(bot, "Ada")
    now = clock.now()
    ids = [
        await bot.services.events.create(carla.id, open_event(now + timedelta(days=days)))
        for days in (1, 2, 3, 4)
    ]
    ids.append(await bot.services.events.create(carla.id, open_event(now + timedelta(hours=1))))
    series = await weekly(bot, carla.id, dates=4)
    for event_id in [*ids, series[0]]:
        await bot.services.event_answers.answer(ada.id, event_id, "going")
    clock.advance(hours=1, minutes=30)  # the last one made is in progress
    listing = await say(carla, "/manageevents")
    text = listing.text or ""
    assert text.startswith("🗂️ Your events (6): 1 in progress, 5 coming up."), text
    events = [row for row in listing.buttons if "📋" not in row[0]]
    assert len(events) == 6, listing.buttons
    mine = await say(ada, "/myevents")
    text = mine.text or ""
    assert text.startswith("🗓️ Your answers (5)."), text
    assert text.count(" · 📍 ") + text.count("\n📍 ") == 5, text


async def calendar_update(user: FakeUser, notice: BotMessage) -> bytes:
    """📆 Update my calendar under a notice: the file it sends."""
    await user.press("📆 Update my calendar", message=notice)
    sent = await user.next_reply()
    assert sent.document is not None
    return sent.document[1]


def entry_of(data: bytes) -> Any:
    return Calendar.from_ical(data).walk("VEVENT")[0]


async def test_a_notice_of_a_change_offers_the_calendar_file_again(
    bot: RunningBot, clock: FakeClock
) -> None:
    carla = await coordinator(bot)
    ada, bea = await reminded(bot, "Ada"), await reminded(bot, "Bea")
    single = await bot.services.events.create(carla.id, open_event(clock.now() + timedelta(days=3)))
    answers = bot.services.event_answers
    await answers.answer(ada.id, single, "going")
    await answers.answer(bea.id, single, "no")
    before = await bot.services.calendar_files.of_event(await event(bot, single))
    moved = replace(await event(bot, single), starts_at=clock.now() + timedelta(days=4))
    result, _ = await bot.services.events.update(carla.id, single, moved)
    assert result is ChangeResult.SAVED
    await bot.run_due_tasks()
    notice = await ada.next_reply()
    assert ["📆 Update my calendar"] in notice.buttons, notice.buttons
    data = await calendar_update(ada, notice)
    assert entry_of(data).decoded("sequence") > entry_of(before).decoded("sequence")
    assert entry_of(data).decoded("dtstart") == moved.starts_at
    # Bea said she can't come: her calendar holds nothing of it, nothing to update.
    told = await bea.next_reply()
    assert "📆 Update my calendar" not in str(told.buttons)
    # Cancelled: the file says so, and outranks the one she took after the move.
    await bot.services.events.cancel_event(carla.id, single)
    await bot.run_due_tasks()
    notice = await ada.next_reply()
    assert "is cancelled" in (notice.text or "")
    cancelled = await calendar_update(ada, notice)
    assert str(entry_of(cancelled)["status"]) == "CANCELLED"
    assert entry_of(cancelled).decoded("sequence") > entry_of(data).decoded("sequence")


async def test_a_series_notice_offers_the_series_file_again(bot: RunningBot) -> None:
    carla = await coordinator(bot)
    ids = await weekly(bot, carla.id)
    ada = await reminded(bot, "Ada")
    series = (await event(bot, ids[0])).series_id or 0
    await bot.services.event_series.going_to_all(ada.id, series)
    before = await bot.services.calendar_files.of_event(await event(bot, ids[0]))
    # A date moved alone.
    await move_alone(carla, "📅 Thursday 29 January, 18:30", "30/1 19:00")
    await bot.run_due_tasks()
    notice = await ada.next_reply()
    assert "Only one date" in (notice.text or "")
    data = await calendar_update(ada, notice)
    assert entry_of(data).decoded("sequence") > entry_of(before).decoded("sequence")
    moved = [entry for entry in Calendar.from_ical(data).walk("VEVENT") if "recurrence-id" in entry]
    assert [entry.decoded("dtstart").strftime("%a %H:%M") for entry in moved] == ["Fri 19:00"]
    # The series cancelled from a date on: one notice, with the file again.
    result, _, count = await bot.services.series_changes.cancel_from(carla.id, ids[10])
    assert (result.value, count) == ("saved", 2)
    await bot.run_due_tasks()
    notice = await ada.next_reply()
    assert "cancelled" in (notice.text or ""), notice.text
    again = await calendar_update(ada, notice)
    assert entry_of(again).decoded("sequence") > entry_of(data).decoded("sequence")
    assert len(entry_of(again).get("exdate").dts) == 2
