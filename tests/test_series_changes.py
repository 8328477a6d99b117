"""A series in /manageevents, end to end: listed once, its dates paged; one date changed or
cancelled on its own; the series changed or cancelled from a date on, each person told once
with their dates; the sequence raised by every change; past and stale dates refused."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from telegram_test_server import FakeUser
from telegram_test_server.models import BotMessage

from bot.domain.recurrence import Frequency, Rule
from bot.services.series_changes import SeriesResult
from storage.events import Event
from tests.support.events import open_event
from tests.support.harness import RunningBot
from tests.test_cocoordination import project_id, shared_project
from tests.test_events_flow import answer_text, coordinator
from tests.test_events_service import reminded
from tests.test_onboarding_flow import say, tap
from tests.test_staff import ADMIN

pytestmark = pytest.mark.bot_settings(ADMIN_IDS=str(ADMIN))

ROME = ZoneInfo("Europe/Rome")
SERIES_ROW = "🔁 Giovedì insieme · Thu 22 Jan 18:30 · every Thursday"  # in /manageevents
FIRST = datetime(2026, 1, 22, 18, 30, tzinfo=ROME)  # a Thursday; the clocks change 29 March


async def weekly(bot: RunningBot, creator: int, dates: int = 12) -> list[int]:
    """Thursdays at 18:30 from 22 January, `dates` of them, made as /newevent makes them."""
    rule = Rule(Frequency.WEEKLY, FIRST.replace(tzinfo=None), count=dates)
    new = open_event(FIRST.astimezone(UTC), title="Giovedì insieme", capacity=10)
    return (await bot.services.event_series.create(creator, rule, new)).event_ids


async def sequence(bot: RunningBot, event_id: int) -> int:
    row = await bot.services.db.fetch_one(
        "SELECT s.sequence FROM event_series s JOIN events e ON e.series_id = s.id WHERE e.id = ?",
        (event_id,),
    )
    assert row is not None
    return int(row["sequence"])


async def event(bot: RunningBot, event_id: int) -> Event:
    found = await bot.services.events.get(event_id)
    assert found is not None
    return found


async def dates_of(carla: FakeUser, left: str = "12 dates") -> BotMessage:
    listing = await say(carla, "/manageevents")
    assert listing.buttons[0] == [f"{SERIES_ROW} · {left}"]
    await carla.press(listing.buttons[0][0], message=listing)
    await carla.wait_until(lambda u: f"{left} to come" in (listing.text or ""))
    return listing


async def open_date(carla: FakeUser, dates: BotMessage, label: str) -> None:
    await carla.press(label, message=dates)
    await carla.wait_until(lambda u: "✏️ Change this date only" in str(dates.buttons))


def local_time(found: Event) -> str:
    return found.starts_at.astimezone(ROME).strftime("%a %d %b %H:%M")


async def test_a_series_is_listed_once_and_one_date_cancelled_alone(bot: RunningBot) -> None:
    carla = await coordinator(bot)
    ids = await weekly(bot, carla.id)
    ada, bea = await reminded(bot, "Ada"), await reminded(bot, "Bea")
    answers = bot.services.event_answers
    await answers.answer(ada.id, ids[1], "going")
    await answers.answer(bea.id, ids[1], "no")
    await answers.answer(ada.id, ids[2], "going")

    screen = await dates_of(carla)
    assert screen.buttons[0] == ["📅 Thursday 22 January, 18:30"]
    assert screen.buttons[-2] == ["Next ➡️"] or "➡️" in str(screen.buttons[-2])
    await open_date(carla, screen, "📅 Thursday 29 January, 18:30")
    before = await sequence(bot, ids[1])
    await carla.press("❌ Cancel this date only", message=screen)
    await carla.wait_until(lambda u: "Cancel only" in (screen.text or ""))
    assert "The other dates stay. The 2 people who answered will be told." in (screen.text or "")
    await carla.press("❌ Yes, cancel this date", message=screen)
    await carla.wait_until(lambda u: "is cancelled" in (screen.text or ""))
    assert (screen.text or "").endswith("✅ Sent now: 2 people.")
    assert await sequence(bot, ids[1]) == before + 1
    await bot.run_due_tasks()
    for user in (ada, bea):
        await user.wait_until(lambda u: "is cancelled" in (u.messages[-1].text or ""))
    # The other dates stay; the cancelled one is marked in the list.
    assert (await event(bot, ids[2])).status == "open"
    await carla.press("⬅️ Back to the dates", message=screen)
    await carla.wait_until(lambda u: "11 dates to come" in (screen.text or ""))
    assert screen.buttons[1] == ["❌ Thursday 29 January, 18:30 (cancelled)"]
    # A stale button on the cancelled date says so.
    await carla.press(screen.buttons[1][0], message=screen)
    await carla.wait_until(lambda u: "already cancelled" in answer_text(u))
    # The list still shows the series once, at its next date.
    listing = await say(carla, "/manageevents")
    assert listing.buttons[0] == [f"{SERIES_ROW} · 11 dates"]


async def test_one_date_changed_alone_keeps_its_rule_start(bot: RunningBot) -> None:
    carla = await coordinator(bot)
    ids = await weekly(bot, carla.id)
    ada = await reminded(bot, "Ada")
    await bot.services.event_answers.answer(ada.id, ids[2], "no")
    screen = await dates_of(carla)
    await open_date(carla, screen, "📅 Thursday 5 February, 18:30")
    edit = await tap(carla, "✏️ Change this date only", message=screen)
    await tap(carla, "✏️ Start", message=edit)
    read_back = await say(carla, "6/2 18:30")
    preview = await tap(carla, "✅ Yes", message=read_back)
    saved = await tap(carla, "💾 Save changes", message=preview)
    assert (saved.text or "").endswith("✅ Sent now: 1 person."), saved.text
    moved = await event(bot, ids[2])
    assert moved.occurrence_start == FIRST.astimezone(UTC) + timedelta(weeks=2)
    assert local_time(moved) == "Fri 06 Feb 18:30"
    assert await sequence(bot, ids[2]) == 1
    await bot.run_due_tasks()
    told = await ada.next_reply()
    assert "You said you couldn't come" in (told.text or "")


async def test_changed_from_a_date_on_each_told_once(bot: RunningBot) -> None:
    carla = await coordinator(bot)
    ids = await weekly(bot, carla.id)
    ada, bea = await reminded(bot, "Ada"), await reminded(bot, "Bea")
    answers = bot.services.event_answers
    for index in (1, 2, 3, 10):
        await answers.answer(ada.id, ids[index], "going")
    await answers.answer(bea.id, ids[3], "no")
    screen = await dates_of(carla)
    await open_date(carla, screen, "📅 Thursday 5 February, 18:30")
    edit = await tap(carla, "✏️ Change from this date on", message=screen)
    assert (edit.text or "").startswith("✏️ Change from this date on: what you change here")
    await tap(carla, "✏️ Start", message=edit)
    read_back = await say(carla, "5/2 19:00")
    preview = await tap(carla, "✅ Yes", message=read_back)
    saved = await tap(carla, "💾 Save changes", message=preview)
    assert (saved.text or "") == (
        "✅ Changes saved on every open date from that one on.\n"
        "📣 The notice of the change to those who answered:\n✅ Sent now: 2 people."
    )
    # Every date from 5 February on is at 19:00 local, across the clock change too.
    assert local_time(await event(bot, ids[1])) == "Thu 29 Jan 18:30"
    assert [local_time(await event(bot, i))[-5:] for i in ids[2:]] == ["19:00"] * 10
    april = await event(bot, ids[10])
    assert april.starts_at.astimezone(UTC).hour == 17  # summer time: 19:00 is 17:00 UTC
    assert april.occurrence_start is not None
    assert april.occurrence_start.astimezone(ROME).hour == 18  # the rule's start stays
    assert await sequence(bot, ids[2]) >= 1
    await bot.run_due_tasks()
    await ada.wait_until(lambda u: "has changed" in (u.messages[-1].text or ""))
    told = [m.text or "" for m in ada.messages if "has changed" in (m.text or "")]
    assert len(told) == 1  # once, not once per date
    assert "• Thursday 5 February, 19:00 (was 18:30)" in told[0]
    assert "• Thursday 2 April, 19:00 (was 18:30)" in told[0]
    assert "29 January" not in told[0]
    await bea.wait_until(lambda u: "has changed" in (u.messages[-1].text or ""))
    # Bea, who couldn't come on 12 February, sees her dates and answers from the notice.
    notice = bea.messages[-1]
    assert "Your answers stay as they were: to change one, tap below." in (notice.text or "")
    await bea.press("📅 The dates and your answers", message=notice)
    await bea.wait_until(lambda u: "the next dates" in (u.messages[-1].text or ""))
    dates = bea.messages[-1]
    assert "4. Thu 12 Feb 19:00 · you can't come" in (dates.text or ""), dates.text
    assert "has changed" in (notice.text or "")  # the notice stays as it was
    # Reminders follow: the old 24h reminder of 5 February no longer goes out at 18:30.
    tasks = await bot.services.db.fetch_all(
        "SELECT dedupe_key, state FROM tasks WHERE dedupe_key LIKE ?", (f"reminder:{ids[2]}:%",)
    )
    states = {row["dedupe_key"].split(":")[2]: row["state"] for row in tasks}
    assert states.get("r0") in (None, "cancelled")
    assert states.get("r1") == "pending"


async def test_cancelled_from_a_date_on_and_past_dates_refused(bot: RunningBot) -> None:
    carla = await coordinator(bot)
    ids = await weekly(bot, carla.id)
    ada = await reminded(bot, "Ada")
    answers = bot.services.event_answers
    for index in (0, 9, 10, 11):
        await answers.answer(ada.id, ids[index], "going")
    screen, stale = await march_26(carla), await march_26(carla)
    await carla.press("❌ Cancel from this date on", message=screen)
    await carla.wait_until(lambda u: "from Thursday 26 March, 18:30 on?" in (screen.text or ""))
    assert "That's 3 dates. The person who answered will be told once" in (screen.text or "")
    await carla.press("❌ Yes, cancel 3 dates", message=screen)
    await carla.wait_until(lambda u: "is cancelled from" in (screen.text or ""))
    assert (screen.text or "").endswith("✅ Sent now: 1 person.")
    assert [(await event(bot, i)).status for i in ids[8:]] == ["open"] + ["cancelled"] * 3
    await bot.run_due_tasks()
    await ada.wait_until(lambda u: "is cancelled on these dates" in (u.messages[-1].text or ""))
    told = ada.messages[-1].text or ""
    assert told.count("• ") == 3
    # The same button on an older screen: nothing left from that date on.
    await carla.press("❌ Cancel from this date on", message=stale)
    await carla.wait_until(lambda u: "no dates left" in answer_text(u))
    # After the first Thursday, its old screen refuses to cancel it: it already happened.
    first = await dates_of(carla, "9 dates")
    await open_date(carla, first, "📅 Thursday 22 January, 18:30")
    bot.clock.advance(days=8)
    await carla.press("❌ Cancel this date only", message=first)
    await carla.wait_until(lambda u: "already happened" in answer_text(u))
    assert (await event(bot, ids[0])).status == "open"


async def march_26(carla: FakeUser) -> BotMessage:
    screen = await dates_of(carla)
    await carla.press("Next ➡️", message=screen)
    await carla.wait_until(lambda u: "Thursday 26 March" in str(screen.buttons))
    await open_date(carla, screen, "📅 Thursday 26 March, 18:30")
    return screen


async def test_the_project_team_hears_of_a_change_from_a_date_on(bot: RunningBot) -> None:
    carla, marco, _, _ = await shared_project(bot)
    project = await project_id(bot, carla)
    rule = Rule(Frequency.WEEKLY, FIRST.replace(tzinfo=None), count=4)
    template = open_event(FIRST.astimezone(UTC), title="Orto insieme", project_id=project)
    ids = (await bot.services.event_series.create(carla.id, rule, template)).event_ids
    series = bot.services.series_changes
    elsewhere = replace(await event(bot, ids[1]), place="Cascina Roccafranca")
    result, told = await series.change_from(marco.id, ids[1], elsewhere)
    assert result is SeriesResult.SAVED
    assert told is None  # nobody answered: nobody to tell
    assert [(await event(bot, i)).place for i in ids] == ["Parco Dora"] + [
        "Cascina Roccafranca"
    ] * 3
    changed = await carla.next_reply()
    assert changed.text == (
        '✏️ Marco Rossi changed several dates of "Orto insieme". You\'ll find them in /manageevents.'
    )
    # Fewer seats than one date has taken: nothing changes, on any date.
    ada, bea = await reminded(bot, "Ada"), await reminded(bot, "Bea")
    for user in (ada, bea):
        await bot.services.event_answers.answer(user.id, ids[3], "going")
    before = await sequence(bot, ids[0])
    one_seat = replace(await event(bot, ids[1]), capacity=1)
    assert (await series.change_from(carla.id, ids[1], one_seat))[0] is SeriesResult.REFUSED
    assert [(await event(bot, i)).capacity for i in ids] == [None] * 4
    assert await sequence(bot, ids[0]) == before
