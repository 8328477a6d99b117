"""Repeating events end to end: a coordinator makes a weekly meeting on Thursdays at 18:30 for
three months with /newevent; a member sees it once in /events, says Going to all of them in one
tap (a full date puts her on its waitlist), and /myevents shows it once; every date is at 18:30
in Rome across the March clock change, with its own reminders. The bad inputs each get a clear
answer and lose nothing typed."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from telegram_test_server import FakeUser
from telegram_test_server.models import BotMessage

from handlers.event_screens import CopyState
from handlers.events import announcement_screen
from handlers.screens import Screens
from tests.support.harness import RunningBot
from tests.test_events_flow import coordinator, publish_event
from tests.test_events_service import reminded
from tests.test_onboarding_flow import say, tap
from tests.test_staff import ADMIN

pytestmark = pytest.mark.bot_settings(ADMIN_IDS=str(ADMIN))
NOBODY = "🔕 Nobody, just publish"


async def up_to_repeat(
    carla: FakeUser, start: str = "22/01 18:30", title: str = "Riunione settimanale"
) -> BotMessage:
    """/newevent up to "Does it repeat?" (the FakeClock: Thursday 15 January 2026, 10:00)."""
    await say(carla, "/newevent")
    await say(carla, title)
    await say(carla, "Ci vediamo in sede, porta le idee.")
    read_back = await say(carla, start)
    return await tap(carla, "✅ Yes", message=read_back)


async def rest_of_it(carla: FakeUser, length: BotMessage, seats: str = "No limit") -> BotMessage:
    """From "How long?" to the preview."""
    assert "(4/8) How long does it last?" in (length.text or ""), length.text
    where = await tap(carla, "2h", message=length)
    capacity = await say(carla, "Via Garibaldi 13, Torino")
    audience = await (say(carla, seats) if seats.isdigit() else tap(carla, seats, capacity))
    reminders = await tap(carla, "Everyone (13–25)", message=audience)
    assert where.text
    return await tap(carla, "⏰ 24h, 1h before", message=reminders)


async def drawn(user: FakeUser, label: str, message: BotMessage, expected: str) -> BotMessage:
    """A press that draws the message anew (a card, a page of dates): once it reads `expected`."""
    await user.press(label, message=message)
    await user.wait_until(lambda u: expected in (message.text or ""))
    return message


async def weekly_meeting(
    bot: RunningBot, carla: FakeUser, seats: str = "No limit", told: str = NOBODY
) -> int:
    """The done-when meeting, published: the id of its series."""
    asked = await up_to_repeat(carla)
    text = asked.text or ""
    assert "Does it repeat? The first one is Thursday 22 January 2026, 18:30." in text
    until = await tap(carla, "🔁 Every week (Thursday)", message=asked)
    assert "Until when? It repeats every Thursday, from 22 January 2026." in (until.text or "")
    length = await tap(carla, "🗓️ For 3 months", message=until)
    preview = await rest_of_it(carla, length, seats)
    text = preview.text or ""
    assert "🔁 Repeats every Thursday: 13 dates" in text, text
    assert "📅 Thu 22 Jan 18:30, Thu 29 Jan 18:30, Thu 5 Feb 18:30, …" in text
    assert "🏁 The last: Thu 16 Apr 18:30" in text
    done = await publish_event(carla, preview, told)
    assert (done.text or "").startswith("🚀 Published!")
    rows = await bot.services.db.fetch_all("SELECT id FROM event_series")
    assert len(rows) == 1
    return int(rows[0]["id"])


async def test_a_weekly_meeting_for_three_months_and_going_to_all_in_one_tap(
    bot: RunningBot,
) -> None:
    carla = await coordinator(bot)
    series_id = await weekly_meeting(bot, carla)
    dates = await bot.services.event_series.occurrences(series_id)
    assert len(dates) == 13
    # An announcement is of the first date, once for the whole series, and says so.
    screens = Screens(bot.services.translate, "en")
    copy = await announcement_screen(bot.services, screens, dates[0], "", CopyState())
    assert "🔁 <b>Repeats every Thursday</b> · 13 dates" in copy.text
    rome = bot.services.settings.zone
    for event in dates:
        assert event.starts_at.astimezone(rome).strftime("%a %H:%M") == "Thu 18:30"
        assert event.occurrence_start == event.starts_at
    # 18:30 in Rome is 17:30 UTC before the last Sunday of March (CET), 16:30 after (CEST).
    assert dates[9].starts_at == datetime(2026, 3, 26, 17, 30, tzinfo=UTC)
    assert dates[10].starts_at == datetime(2026, 4, 2, 16, 30, tzinfo=UTC)

    luca = await reminded(bot, "Luca")
    listing = await say(luca, "/events")
    text = listing.text or ""
    assert text.count("Riunione settimanale") == 1, text  # once, not 13 rows
    assert "🔁 every Thursday · 13 dates" in text
    card = await drawn(luca, "ℹ️ 1", listing, "🔁 Repeats every Thursday · 13 dates")
    await luca.press("✅ Going to all", message=card)
    await luca.wait_until(lambda u: "You're going to 13 dates" in (card.text or ""))
    assert ["• ✅ Going to all", "❌ Can't go to any"] in card.buttons

    for event in dates:
        reminders = await bot.services.db.fetch_all(
            "SELECT due_at FROM tasks WHERE kind = 'event_reminder' AND member_id = ?"
            " AND dedupe_key LIKE ?",
            (luca.id, f"reminder:{event.id}:%"),
        )
        assert len(reminders) == 2, event  # 24h and 1h before, each date its own

    mine = await say(luca, "/myevents")
    text = mine.text or ""
    assert text.count("Riunione settimanale") == 1, text
    assert "you're going to 13 of 13" in text


async def test_a_full_date_puts_her_on_its_waitlist_and_one_date_can_be_answered_alone(
    bot: RunningBot,
) -> None:
    carla = await coordinator(bot)
    series_id = await weekly_meeting(bot, carla, seats="1")
    dates = await bot.services.event_series.occurrences(series_id)
    ada = await reminded(bot, "Ada")
    assert await bot.services.event_answers.going(ada.id, dates[1].id) == "going"

    luca = await reminded(bot, "Luca")
    card = await drawn(luca, "ℹ️ 1", await say(luca, "/events"), "🔁 Repeats")
    await luca.press("✅ Going to all", message=card)
    await luca.wait_until(lambda u: "You're going to 12 dates" in (card.text or ""))
    text = card.text or ""
    assert "On Thu 29 Jan 18:30 it's full: you're number 1 on the waitlist." in text, text

    # The other dates, paged; one opens as its own card and is answered alone.
    others = await drawn(luca, "📅 Other dates", card, "the next dates (13)")
    assert "2. Thu 29 Jan 18:30 · you're on the waitlist ⏳" in (others.text or "")
    third = await drawn(luca, "ℹ️ 3", others, "Thursday 5 February, 18:30")
    await luca.press("❌ Can't go", message=third)
    await luca.wait_until(lambda u: "you can't come" in (third.text or ""))
    answer = await bot.services.event_answers.rsvp(luca.id, dates[2].id)
    assert answer is not None
    assert answer.answer == "no"
    mine = await say(luca, "/myevents")
    assert "you're going to 11 of 13" in (mine.text or "")
    # Offers work per date: Ada's seat on the full date is offered to Luca, first in its line.
    assert await bot.services.event_answers.cannot(ada.id, dates[1].id) == luca.id
    offered = await bot.services.event_answers.rsvp(luca.id, dates[1].id)
    assert offered is not None
    assert offered.answer == "offered"

    # Can't go to any: every date ahead, in one tap; her seats free up.
    card = await drawn(luca, "ℹ️ 1", await say(luca, "/events"), "🔁 Repeats")
    await luca.press("❌ Can't go to any", message=card)
    await luca.wait_until(lambda u: "not going to any of the next dates" in (card.text or ""))
    mine = await say(luca, "/myevents")
    assert "you're going to 0 of 13" in (mine.text or ""), mine.text


async def test_bad_ends_each_get_a_clear_answer_and_lose_nothing(bot: RunningBot) -> None:
    carla = await coordinator(bot)
    asked = await up_to_repeat(carla)
    await tap(carla, "🔁 Every two weeks", message=asked)
    never = await say(carla, "mai")
    assert (never.text or "").startswith("🏁 A series needs an end"), never.text
    assert "Until when? It repeats every two weeks on Thursday" in (never.text or "")
    many = await say(carla, "150")
    assert (many.text or "").startswith(
        "🔢 That would be 150 dates, but 100 is the most. With 100 dates the last one"
        " would be on 8 November 2029"
    ), many.text
    before = await say(carla, "01/01/2026")
    assert (before.text or "").startswith(
        "📅 That date comes before the first one (22 January 2026)"
    ), before.text
    puzzled = await say(carla, "boh")
    assert (puzzled.text or "").startswith("🤔 I didn't get that. Type the last date")
    length = await say(carla, "6")
    preview = await rest_of_it(carla, length)
    text = preview.text or ""
    assert "🔁 Repeats every two weeks on Thursday: 6 dates" in text, text
    assert "Riunione settimanale" in text  # nothing typed before was lost
    await publish_event(carla, preview)
    rows = await bot.services.db.fetch_all("SELECT occurrences FROM event_series")
    assert [row["occurrences"] for row in rows] == [6]


async def test_an_end_without_its_year_before_the_start_is_refused_not_moved_to_next_year(
    bot: RunningBot,
) -> None:
    """ "20/01" for a series from Thursday 22 January (today 15 January) is this 20 January,
    before the first meeting: refused, never 20 January 2027 and 52 dates; so is "10/01" (just
    gone by). Typed with its year, the preview says plainly that is almost a year; ends in
    words ("fine aprile", "end of May") are read."""
    carla = await coordinator(bot)
    asked = await up_to_repeat(carla)
    await tap(carla, "🔁 Every week (Thursday)", message=asked)
    before = await say(carla, "20/01")
    assert (before.text or "").startswith(
        "📅 That date comes before the first one (22 January 2026)"
    ), before.text
    # 10 January has just passed: refused too, never a year of dates from a slip.
    again = await say(carla, "10/01")
    assert (again.text or "").startswith("📅 That date comes before the first one"), again.text
    length = await say(carla, "10/01/2027")  # with its year, it is what she means
    preview = await rest_of_it(carla, length)
    text = preview.text or ""
    assert "🔁 Repeats every Thursday: 51 dates" in text, text
    assert "⚠️ 51 dates: almost a year. Check the end is the right one." in text, text
    for typed, last, count in (
        ("fine aprile", "Thu 30 Apr 18:30", "15 dates"),
        ("end of May", "Thu 28 May 18:30", "19 dates"),
        ("fino al 16 aprile", "Thu 16 Apr 18:30", "13 dates"),
    ):
        again = await tap(carla, "✏️ Repeats", message=preview)
        await tap(carla, "🔁 Every week (Thursday)", message=again)
        preview = await say(carla, typed)
        text = preview.text or ""
        assert f"🏁 The last: {last}" in text, (typed, text)
        assert f"Repeats every Thursday: {count}" in text, (typed, text)
        assert "⚠️" not in text


@pytest.mark.parametrize(
    ("start", "weekday", "last"),
    [
        ("29/01 18:00", "Thursday", "Thu 29 Oct 18:00"),
        ("30/01 18:00", "Friday", "Fri 30 Oct 18:00"),  # the fifth Friday
        ("31/01 18:00", "Saturday", "Sat 31 Oct 18:00"),  # the 31st
    ],
)
async def test_monthly_on_a_fifth_weekday_offers_the_last_one(
    bot: RunningBot, start: str, weekday: str, last: str
) -> None:
    carla = await coordinator(bot)
    asked = await up_to_repeat(carla, start=start, title="Cena di fine mese")
    day = start.split("/")[0]
    # The button names the fifth weekday it means, not the day of the month.
    refused = await tap(carla, f"📅 Every month, 5th {weekday}", message=asked)
    text = refused.text or ""
    assert text.startswith(
        f"📅 {day} January 2026 is the fifth {weekday} of the month, and many months don't have"
        f" a fifth one. Shall it be the last {weekday} of every month?"
    ), text
    # Every week and every two weeks are still there beside the last one.
    labels = [label for row in refused.buttons for label in row]
    assert f"🔁 Every week ({weekday})" in labels, labels
    assert "🔁 Every two weeks" in labels, labels
    until = await tap(carla, f"📅 Every month, last {weekday}", message=refused)
    assert f"It repeats the last {weekday} of every month" in (until.text or ""), until.text
    length = await tap(carla, "🔟 10 times", message=until)
    preview = await rest_of_it(carla, length)
    assert f"🏁 The last: {last}" in (preview.text or ""), preview.text
    assert "Cena di fine mese" in (preview.text or "")  # nothing typed before was lost


async def test_monthly_on_the_second_saturday_and_only_once(bot: RunningBot) -> None:
    carla = await coordinator(bot)
    asked = await up_to_repeat(carla, start="14/02 10:00", title="Pulizia del parco")
    until = await tap(carla, "📅 Every month, 2nd Saturday", message=asked)
    length = await tap(carla, "🎓 Until the end of the school year (June)", message=until)
    preview = await rest_of_it(carla, length)
    text = preview.text or ""
    assert "Repeats the second Saturday of every month: 5 dates" in text, text
    # Changed her mind: from the preview, only once after all.
    again = await tap(carla, "✏️ Repeats", message=preview)
    back = await tap(carla, "1️⃣ Only once", message=again)
    assert "Repeats" not in (back.text or "").split("🔁 Repeats")[0]
    assert "dates" not in (back.text or "")
    await publish_event(carla, back)
    assert await bot.services.db.fetch_all("SELECT id FROM event_series") == []


async def test_a_date_in_the_hour_the_clocks_skip_is_named(bot: RunningBot) -> None:
    carla = await coordinator(bot)
    asked = await up_to_repeat(carla, start="domenica 02:30", title="Alba sul Monte dei Cappuccini")
    until = await tap(carla, "🔁 Every week (Sunday)", message=asked)
    skipped = await tap(carla, "🗓️ For 3 months", message=until)
    assert (skipped.text or "").startswith(
        "🕑 On 29 March 2026 there is no 02:30: the clocks go forward an hour that night."
    ), skipped.text
    length = await say(carla, "10")  # ten Sundays end before the clocks change
    assert "(4/8) How long does it last?" in (length.text or "")


async def test_only_once_after_all_at_until_when(bot: RunningBot) -> None:
    carla = await coordinator(bot)
    asked = await up_to_repeat(carla)
    until = await tap(carla, "🔁 Every week (Thursday)", message=asked)
    length = await tap(carla, "1️⃣ Only once", message=until)
    preview = await rest_of_it(carla, length)
    assert "Repeats" not in (preview.text or "")
    assert "✏️ Repeats" in [label for row in preview.buttons for label in row]
