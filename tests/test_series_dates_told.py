"""One date of a series, as members and the coordinator meet it: /myevents leads a series with
its next open date (a cancelled one would read as the whole meeting cancelled); a cancelled date
is told as that date alone, with the dates a tap away; Going to one date says which one and
offers all of them; a bare time while changing one date keeps that date's day, and the edit's
questions carry no /newevent step counter. The FakeClock: Thursday 15 January 2026, 10:00."""

from __future__ import annotations

import pytest

from tests.support.harness import RunningBot
from tests.test_events_flow import answer_text, coordinator
from tests.test_events_service import reminded
from tests.test_onboarding_flow import say, tap
from tests.test_series_changes import ROME, dates_of, event, open_date, weekly
from tests.test_staff import ADMIN

pytestmark = pytest.mark.bot_settings(ADMIN_IDS=str(ADMIN))


async def test_my_events_leads_a_series_with_its_next_open_date(bot: RunningBot) -> None:
    carla = await coordinator(bot)
    ids = await weekly(bot, carla.id)
    ada = await reminded(bot, "Ada")
    done = await bot.services.event_series.going_to_all(
        ada.id, (await event(bot, ids[0])).series_id or 0
    )
    assert len(done.going) == 12
    result, _ = await bot.services.events.cancel_event(carla.id, ids[0])
    assert result.value == "saved"
    mine = await say(ada, "/myevents")
    text = mine.text or ""
    assert text.count("Giovedì insieme") == 1, text
    assert "Thu 29 Jan 18:30" in text, text
    assert "Cancelled" not in text, text
    assert "you're going to 11 of 11" in text, text


async def test_one_cancelled_date_is_told_as_that_date_with_the_dates_a_tap_away(
    bot: RunningBot,
) -> None:
    carla = await coordinator(bot)
    ids = await weekly(bot, carla.id)
    ada = await reminded(bot, "Ada")
    await bot.services.event_answers.answer(ada.id, ids[1], "going")
    screen = await dates_of(carla)
    await open_date(carla, screen, "📅 Thursday 29 January, 18:30")
    await carla.press("❌ Cancel this date only", message=screen)
    await carla.wait_until(lambda u: "Cancel only" in (screen.text or ""))
    assert (screen.text or "").startswith(
        "Cancel only Thursday 29 January's date of «Giovedì insieme»? The other dates stay."
    ), screen.text
    await carla.press("❌ Yes, cancel this date", message=screen)
    await carla.wait_until(lambda u: "is cancelled" in (screen.text or ""))
    await bot.run_due_tasks()
    await ada.wait_until(lambda u: "is cancelled" in (u.messages[-1].text or ""))
    told = ada.messages[-1]
    assert told.text == (
        "❌ Thursday 29 January's «Giovedì insieme» is cancelled. The other dates stay as they are."
    ), told.text
    assert told.buttons == [
        ["📅 The dates and your answers"],
        ["📆 Update my calendar"],  # she was going: her calendar still holds that date
    ], told.buttons
    await ada.press("📅 The dates and your answers", message=told)
    # The dates come below it: the notice keeps saying what was cancelled.
    await ada.wait_until(lambda u: "the next dates (11)" in (u.messages[-1].text or ""))
    assert "is cancelled" in (told.text or "")
    # Back to the event it was opened from: that date is cancelled, and says so.
    dates = ada.messages[-1]
    await ada.press("⬅️ Back to the event", message=dates)
    await ada.wait_until(lambda u: "This date is cancelled" in (dates.text or ""))
    assert "you're going" not in (dates.text or "").casefold(), dates.text
    assert not any("Going" in label for row in dates.buttons for label in row), dates.buttons
    # Not a dead end: the other dates are a tap away.
    await ada.press("📅 Other dates", message=dates)
    await ada.wait_until(lambda u: "the next dates (11)" in (dates.text or ""))


async def test_going_to_one_date_says_which_and_offers_all_of_them(bot: RunningBot) -> None:
    carla = await coordinator(bot)
    await weekly(bot, carla.id)
    luca = await reminded(bot, "Luca")
    listing = await say(luca, "/events")
    going = next(label for row in listing.buttons for label in row if "Going" in label)
    await luca.press(going, message=listing)
    await luca.wait_until(lambda u: bool(u.callback_answers))
    assert answer_text(luca) == "🎉 You're going on Thursday 22 January! Your seat is saved."
    await luca.wait_until(lambda u: "✅ Going to all the dates" in str(listing.buttons))
    assert (listing.text or "").startswith("🎉 You're going on Thursday 22 January!")
    await luca.press("✅ Going to all the dates", message=listing)
    await luca.wait_until(lambda u: "You're going to 12 dates" in (listing.text or ""))
    # The card says how long the series goes on.
    assert "🔁 Repeats every Thursday · 12 dates, until Thursday 9 April" in (listing.text or "")


async def test_a_bare_time_while_changing_one_date_keeps_its_day(bot: RunningBot) -> None:
    carla = await coordinator(bot)
    ids = await weekly(bot, carla.id)
    screen = await dates_of(carla)
    await open_date(carla, screen, "📅 Thursday 5 February, 18:30")
    edit = await tap(carla, "✏️ Change this date only", message=screen)
    asked = await tap(carla, "✏️ Start", message=edit)
    assert "(3/" not in (asked.text or ""), asked.text  # no /newevent step counter in an edit
    read_back = await say(carla, "alle 19")
    assert "Thursday 5 February 2026, 19:00" in (read_back.text or ""), read_back.text
    assert "(3/" not in (read_back.text or ""), read_back.text
    preview = await tap(carla, "✅ Yes", message=read_back)
    await tap(carla, "💾 Save changes", message=preview)
    moved = await event(bot, ids[2])
    assert moved.starts_at.astimezone(ROME).strftime("%a %d %b %H:%M") == "Thu 05 Feb 19:00"
