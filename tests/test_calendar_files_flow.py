"""Calendar files end to end: 📆 on an occurrence of a weekly series sends the whole series;
/myevents sends one file with everything the member said Going to; a cancelled date drops out of
the file sent again, with a higher SEQUENCE. The files arrive through the fake Telegram server
and are expanded as a calendar app expands them."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest
import recurring_ical_events  # type: ignore[import-untyped]
from icalendar import Calendar
from telegram_test_server import FakeUser

from bot.domain.series_calendar import rule_starts
from bot.services.events import ChangeResult
from storage.db import to_db_time
from tests.support.events import open_event
from tests.support.harness import RunningBot
from tests.test_calendar_series import Series
from tests.test_events_flow import coordinator, pressed
from tests.test_events_service import reminded
from tests.test_onboarding_flow import say
from tests.test_staff import ADMIN

pytestmark = pytest.mark.bot_settings(ADMIN_IDS=str(ADMIN))
ROME = ZoneInfo("Europe/Rome")
# The FakeClock is at Thursday 15 January 2026, 10:00 in Rome: a weekly meeting on Thursdays at
# 18:30 from the 22nd to the end of April, across the clocks going forward on 29 March.
MEETING = Series(id=1, local_start="2026-01-22T18:30", until_date=date(2026, 4, 30))


async def weekly_meeting(bot: RunningBot, carla: FakeUser) -> list[int]:
    """The series Carla organises and its 15 occurrences, as storage holds them; their ids,
    first to last."""
    db = bot.services.db
    await db.execute(
        "INSERT INTO event_series (id, frequency, local_start, time_zone, until_date, sequence,"
        " created_by, created_at) VALUES (?, 'weekly', ?, 'Europe/Rome', ?, 0, ?, ?)",
        (1, MEETING.local_start, "2026-04-30", carla.id, to_db_time(bot.clock.now())),
    )
    ids = []
    for start in rule_starts(MEETING):
        new = open_event(start, title="Riunione settimanale", duration_minutes=90)
        event_id = await bot.services.events.create(carla.id, new)
        await db.execute(
            "UPDATE events SET series_id = 1, occurrence_start = ? WHERE id = ?",
            (to_db_time(start), event_id),
        )
        ids.append(event_id)
    return ids


def shown(data: bytes) -> list[datetime]:
    """The dates a calendar app shows, in Rome's wall time."""
    found = recurring_ical_events.of(Calendar.from_ical(data)).between(
        date(2026, 1, 1), date(2027, 1, 1)
    )
    return sorted(e.decoded("dtstart").astimezone(ROME).replace(tzinfo=None) for e in found)


async def my_file(user: FakeUser) -> tuple[str, bytes]:
    listing = await say(user, "/myevents")
    assert ["📅 All my events in one file"] in listing.buttons
    await user.press("📅 All my events in one file", message=listing)
    sent = await user.next_reply()
    assert sent.document is not None
    assert "every event you said ✅ Going to, in one file" in (sent.text or "")
    return sent.document


async def test_a_member_going_to_a_weekly_series_keeps_18_30_after_the_clock_change(
    bot: RunningBot,
) -> None:
    carla = await coordinator(bot)
    ids = await weekly_meeting(bot, carla)
    ada = await reminded(bot, "Ada")
    for event_id in ids:
        assert await bot.services.event_answers.going(ada.id, event_id) == "going"
    name, data = await my_file(ada)
    assert name == "my-events.ics"
    dates = shown(data)
    assert len(dates) == 15
    assert {d.strftime("%a %H:%M") for d in dates} == {"Thu 18:30"}
    assert datetime(2026, 3, 26, 18, 30) in dates  # before the last Sunday of March
    assert datetime(2026, 4, 2, 18, 30) in dates  # and after it
    assert "DTSTART;TZID=Europe/Rome:20260122T183000" in data.decode()
    assert "SEQUENCE:0" in data.decode()

    # One date is called off (the series' SEQUENCE goes up with it): the file sent again drops it.
    cancelled, _ = await bot.services.events.cancel_event(carla.id, ids[10])
    assert cancelled is ChangeResult.SAVED
    await bot.services.db.execute("UPDATE event_series SET sequence = sequence + 1")
    _, again = await my_file(ada)
    assert len(shown(again)) == 14
    assert datetime(2026, 4, 2, 18, 30) not in shown(again)
    assert "EXDATE;TZID=Europe/Rome:20260402T183000" in again.decode()
    assert "SEQUENCE:1" in again.decode()

    # Another date moves to the Friday at 17:00 (in summer time): the file shows it there.
    events = bot.services.events
    event = await events.get(ids[12])
    assert event is not None
    friday = datetime(2026, 4, 17, 17, 0, tzinfo=ROME).astimezone(UTC)
    moved, _ = await events.update(carla.id, ids[12], replace(event, starts_at=friday))
    assert moved is ChangeResult.SAVED
    await bot.services.db.execute("UPDATE event_series SET sequence = sequence + 1")
    _, third = await my_file(ada)
    dates = shown(third)
    assert datetime(2026, 4, 17, 17, 0) in dates
    assert datetime(2026, 4, 16, 18, 30) not in dates
    assert len(dates) == 14
    assert "RECURRENCE-ID;TZID=Europe/Rome:20260416T183000" in third.decode()


async def test_add_to_calendar_on_an_occurrence_sends_the_whole_series(bot: RunningBot) -> None:
    carla = await coordinator(bot)
    ids = await weekly_meeting(bot, carla)
    bea = await reminded(bot, "Bea")
    listing = await say(bea, "/events")
    assert "Riunione settimanale" in (listing.text or "")
    await pressed(bea, "ℹ️ 1", listing)
    await bea.press("📆 Add to calendar", message=listing)
    sent = await bea.next_reply()
    assert sent.document is not None
    name, data = sent.document
    assert name == "riunione-settimanale.ics"
    assert "every date in one file" in (sent.text or "")
    assert len(shown(data)) == len(ids)
    assert "RRULE:FREQ=WEEKLY;UNTIL=20260430T215959Z" in data.decode()


async def test_only_her_dates_and_single_events_in_one_file(bot: RunningBot) -> None:
    carla = await coordinator(bot)
    ids = await weekly_meeting(bot, carla)
    party = await bot.services.events.create(
        carla.id, open_event(datetime(2026, 2, 14, 19, tzinfo=UTC), title="Festa di Carnevale")
    )
    cleo = await reminded(bot, "Cleo")
    answers = bot.services.event_answers
    for event_id in (ids[0], ids[2], party):
        assert await answers.going(cleo.id, event_id) == "going"
    await answers.answer(cleo.id, ids[1], "maybe")  # not in the file
    _, data = await my_file(cleo)
    assert shown(data) == [
        datetime(2026, 1, 22, 18, 30),
        datetime(2026, 2, 5, 18, 30),
        datetime(2026, 2, 14, 20, 0),
    ]


async def test_nothing_going_is_said_instead_of_an_empty_file(bot: RunningBot) -> None:
    carla = await coordinator(bot)
    ids = await weekly_meeting(bot, carla)
    dora = await reminded(bot, "Dora")
    await bot.services.event_answers.answer(dora.id, ids[0], "maybe")
    listing = await say(dora, "/myevents")
    told = await pressed(dora, "📅 All my events in one file", listing)
    assert told.startswith("You haven't said ✅ Going to any upcoming event yet")
    assert not any(message.document for message in dora.messages)


async def test_no_answers_no_button(bot: RunningBot) -> None:
    eva = await reminded(bot, "Eva")
    listing = await say(eva, "/myevents")
    assert listing.buttons == []
