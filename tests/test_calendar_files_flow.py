"""Calendar files end to end: 📆 on an occurrence of a weekly series sends the whole series;
/myevents sends one file with everything the member said Going to; a cancelled date drops out of
the file sent again, with a higher SEQUENCE. The files arrive through the fake Telegram server
and are expanded as a calendar app expands them."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest
import recurring_ical_events
from icalendar import Calendar
from telegram_test_server import FakeUser
from telegram_test_server.models import BotMessage

from bot.domain.recurrence import Frequency, Rule
from bot.services.events import ChangeResult
from tests.support.events import open_event
from tests.support.harness import RunningBot
from tests.test_events_flow import coordinator, pressed
from tests.test_events_service import reminded
from tests.test_onboarding_flow import say
from tests.test_series_flow import drawn
from tests.test_series_flow import weekly_meeting as published_weekly_meeting
from tests.test_staff import ADMIN

pytestmark = pytest.mark.bot_settings(ADMIN_IDS=str(ADMIN))
ROME = ZoneInfo("Europe/Rome")


async def weekly_meeting(bot: RunningBot, carla: FakeUser) -> list[int]:
    """A weekly meeting Carla organises, made by the series' service (the FakeClock: Thursday 15
    January 2026): Thursdays at 18:30, 22 January to 30 April, 15 dates; their ids."""
    rule = Rule(Frequency.WEEKLY, datetime(2026, 1, 22, 18, 30), until=date(2026, 4, 30))
    template = open_event(datetime(2026, 1, 22, tzinfo=UTC), title="Riunione settimanale")
    created = await bot.services.event_series.create(carla.id, rule, template)
    assert len(created.event_ids) == 15
    return created.event_ids


def sequence_of(data: bytes) -> int:
    return int(Calendar.from_ical(data).walk("VEVENT")[0].decoded("sequence"))


def uids_of(data: bytes) -> set[str]:
    return {str(entry["uid"]) for entry in Calendar.from_ical(data).walk("VEVENT")}


def shown(data: bytes) -> list[datetime]:
    """The dates a calendar app shows, in Rome's wall time."""
    found = recurring_ical_events.of(Calendar.from_ical(data)).between(
        date(2026, 1, 1), date(2027, 1, 1)
    )
    return sorted(e.decoded("dtstart").astimezone(ROME).replace(tzinfo=None) for e in found)


async def series_file_from(user: FakeUser, card: BotMessage) -> bytes:
    """📆 on a date of the weekly meeting: the whole series' file."""
    await user.press("📆 Add to calendar", message=card)
    sent = await user.next_reply()
    assert sent.document is not None
    name, data = sent.document
    assert name == "riunione-settimanale.ics"
    assert "every date in one file" in (sent.text or "")
    return data


async def my_file(user: FakeUser) -> tuple[str, bytes]:
    listing = await say(user, "/myevents")
    assert ["📅 All my events in one file"] in listing.buttons
    await user.press("📅 All my events in one file", message=listing)
    sent = await user.next_reply()
    assert sent.document is not None
    assert "every event you said ✅ Going to, in one file" in (sent.text or "")
    return sent.document


async def test_done_when_a_member_imports_a_weekly_meeting_and_a_cancelled_date_drops_out(
    bot: RunningBot,
) -> None:
    """The issue's walk: Carla makes the weekly meeting with /newevent (Thursdays at 18:30 for
    three months), Luca says Going to all in one tap, takes the file from the card and from
    /myevents: 18:30 in Rome also after the clocks go forward on 29 March. One date is called
    off: the file sent again drops it (EXDATE), with a higher SEQUENCE."""
    carla = await coordinator(bot)
    series_id = await published_weekly_meeting(bot, carla)
    luca = await reminded(bot, "Luca")
    listing = await say(luca, "/events")
    card = await drawn(luca, "ℹ️ 1", listing, "🔁 Repeats every Thursday · 13 dates")
    await luca.press("✅ Going to all", message=card)
    await luca.wait_until(lambda u: "You're going to 13 dates" in (card.text or ""))
    whole = await series_file_from(luca, card)

    name, data = await my_file(luca)
    assert name == "my-events.ics"
    for ics in (whole, data):
        dates = shown(ics)
        assert len(dates) == 13
        assert {d.strftime("%a %H:%M") for d in dates} == {"Thu 18:30"}
        assert datetime(2026, 3, 26, 18, 30) in dates  # before the last Sunday of March
        assert datetime(2026, 4, 2, 18, 30) in dates  # and after it
        assert "DTSTART;TZID=Europe/Rome:20260122T183000" in ics.decode()
        assert "BEGIN:VTIMEZONE" in ics.decode()
    before = sequence_of(data)
    # Her file is not the series' file: a calendar keeps both (two copies of her dates).
    assert uids_of(whole) == {f"series-{series_id}@genc-bot"}
    assert uids_of(data) == {f"series-{series_id}-mine@genc-bot"}

    # 2 April is called off; the file sent again drops it.
    occurrences = await bot.services.event_series.occurrences(series_id)
    cancelled, _ = await bot.services.events.cancel_event(carla.id, occurrences[10].id)
    assert cancelled is ChangeResult.SAVED
    _, again = await my_file(luca)
    assert len(shown(again)) == 12
    assert datetime(2026, 4, 2, 18, 30) not in shown(again)
    assert "EXDATE;TZID=Europe/Rome:20260402T183000" in again.decode()
    assert sequence_of(again) > before

    # 16 April moves to Friday 17 April at 17:00: the file shows it there.
    event = occurrences[12]
    friday = datetime(2026, 4, 17, 17, 0, tzinfo=ROME).astimezone(UTC)
    moved, _ = await bot.services.events.update(
        carla.id, event.id, replace(event, starts_at=friday)
    )
    assert moved is ChangeResult.SAVED
    _, third = await my_file(luca)
    dates = shown(third)
    assert datetime(2026, 4, 17, 17, 0) in dates
    assert datetime(2026, 4, 16, 18, 30) not in dates
    assert len(dates) == 12
    assert "RECURRENCE-ID;TZID=Europe/Rome:20260416T183000" in third.decode()
    assert sequence_of(third) > sequence_of(again)


async def test_her_own_file_sent_again_outranks_the_last_when_only_her_answers_changed(
    bot: RunningBot,
) -> None:
    """The series did not change, only what Dina said: the file sent again has a higher
    SEQUENCE, so a calendar that goes by it (Outlook) does not keep the older one."""
    carla = await coordinator(bot)
    ids = await weekly_meeting(bot, carla)
    event = await bot.services.events.get(ids[0])
    assert event is not None
    assert event.series_id is not None
    series = await bot.services.event_series.get(event.series_id)
    assert series is not None
    dina = await reminded(bot, "Dina")
    answers = bot.services.event_answers
    for event_id in ids[:3]:
        assert await answers.going(dina.id, event_id) == "going"
    _, first = await my_file(dina)
    assert uids_of(first) == {f"series-{event.series_id}-mine@genc-bot"}
    assert len(shown(first)) == 3

    bot.clock.advance(minutes=1)
    assert (await answers.answer(dina.id, ids[1], "no")).answer == "no"
    _, again = await my_file(dina)
    assert len(shown(again)) == 2
    assert sequence_of(again) > sequence_of(first)
    unchanged = await bot.services.event_series.get(event.series_id)
    assert unchanged is not None
    assert unchanged.sequence == series.sequence


async def test_add_to_calendar_on_an_occurrence_sends_the_whole_series(bot: RunningBot) -> None:
    carla = await coordinator(bot)
    ids = await weekly_meeting(bot, carla)
    bea = await reminded(bot, "Bea")
    listing = await say(bea, "/events")
    assert "Riunione settimanale" in (listing.text or "")
    await pressed(bea, "ℹ️ 1", listing)
    data = await series_file_from(bea, listing)
    assert len(shown(data)) == len(ids)
    assert "RRULE:FREQ=WEEKLY;UNTIL=20260430T163000Z" in data.decode()


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
    answers = bot.services.event_answers
    await answers.going(dora.id, ids[0])
    listing = await say(dora, "/myevents")
    assert ["📅 All my events in one file"] in listing.buttons
    await answers.answer(dora.id, ids[0], "maybe")  # meanwhile, from a reminder
    told = await pressed(dora, "📅 All my events in one file", listing)
    assert told.startswith("You haven't said ✅ Going to any upcoming event yet")
    assert not any(message.document for message in dora.messages)
    again = await say(dora, "/myevents")
    assert "you said maybe" in (again.text or "")
    assert ["📅 All my events in one file"] not in again.buttons  # nothing to put in a file


async def test_no_answers_no_button(bot: RunningBot) -> None:
    eva = await reminded(bot, "Eva")
    listing = await say(eva, "/myevents")
    assert listing.buttons == []
