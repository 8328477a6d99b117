"""A series is announced once, on its first date: its copies follow the series, not that date.
Cancelling the first date alone leaves the announcement going (its copies show the next date);
a change from a date on redraws them; cancelling every date left stops it."""

from __future__ import annotations

import pytest
from telegram_test_server import FakeUser
from telegram_test_server.models import BotMessage

from tests.support.broadcast_people import staff
from tests.support.harness import RunningBot
from tests.test_event_announcements import all_sent, announcements, copies, member
from tests.test_events_flow import coordinator, pressed
from tests.test_onboarding_flow import say, tap
from tests.test_series_flow import weekly_meeting
from tests.test_staff import ADMIN

pytestmark = pytest.mark.bot_settings(ADMIN_IDS=str(ADMIN))
EVERYONE = "📣 Everyone (2)"


async def date_of_series(carla: FakeUser, label: str) -> BotMessage:
    """/manageevents, the series, then one of its dates."""
    listing = await say(carla, "/manageevents")
    await carla.press(listing.buttons[0][0], message=listing)
    await carla.wait_until(lambda _: "dates to come" in (listing.text or ""))
    await carla.press(label, message=listing)
    await carla.wait_until(lambda _: "✏️ Change this date only" in str(listing.buttons))
    return listing


async def cancel_first_date_alone(carla: FakeUser) -> None:
    screen = await date_of_series(carla, "📅 Thursday 22 January, 18:30")
    await carla.press("❌ Cancel this date only", message=screen)
    await carla.wait_until(lambda _: "Cancel only" in (screen.text or ""))
    await carla.press("❌ Yes, cancel this date", message=screen)
    await carla.wait_until(lambda _: "is cancelled" in (screen.text or ""))


async def test_cancelling_the_first_date_alone_keeps_the_announcement_going(
    bot: RunningBot,
) -> None:
    """Waiting for a moderator when the first date is cancelled: it still goes out once
    approved, showing the next date, whose Going answers that date."""
    carla = await coordinator(bot)
    sofia, omar = [await member(bot, name, "03/2000") for name in ("Sofia", "Omar")]
    await weekly_meeting(bot, carla, told=EVERYONE)
    mia = await staff(bot, "Mia")
    [broadcast] = await announcements(bot)
    assert broadcast.state == "awaiting_approval"
    await cancel_first_date_alone(carla)
    [broadcast] = await announcements(bot)
    assert broadcast.state == "awaiting_approval"  # twelve dates are still on
    await bot.services.broadcasts.approve(broadcast.id, mia.id)
    counts = await all_sent(bot, broadcast.id)
    assert (counts.sent, counts.failed) == (2, 0)
    [copy] = copies(sofia)
    assert "Thursday 29 January, 18:30" in (copy.text or "")
    assert "22 January" not in (copy.text or "")
    going_said = await pressed(sofia, "✅ Going", copy)
    assert going_said.startswith("🎉 You're going on Thursday 29 January!"), going_said
    dates = await bot.services.event_series.occurrences(1)
    going = await bot.services.events.rsvp(sofia.id, dates[1].id)
    assert going is not None
    assert going.answer == "going"
    assert len(copies(omar)) == 1


async def test_the_copies_follow_the_series_and_stop_with_its_last_date(bot: RunningBot) -> None:
    carla = await coordinator(bot)
    sofia = await member(bot, "Sofia", "03/2000")
    await member(bot, "Omar", "03/2000")
    await weekly_meeting(bot, carla, told=EVERYONE)
    mia = await staff(bot, "Mia")
    [broadcast] = await announcements(bot)
    await bot.services.broadcasts.approve(broadcast.id, mia.id)
    await all_sent(bot, broadcast.id)
    # Her messages about the announcement read first, so the next reply is /manageevents'.
    assert "approved your announcement" in ((await carla.next_reply()).text or "")
    status = await carla.next_reply()
    await carla.wait_until(lambda _: "Sent to 2 of 2" in (status.text or ""))
    [copy] = copies(sofia)
    assert "Thursday 22 January, 18:30" in (copy.text or "")

    # The first date cancelled alone: the copy shows the next one, with its buttons.
    await cancel_first_date_alone(carla)
    await sofia.wait_until(lambda _: "Thursday 29 January, 18:30" in (copy.text or ""))
    assert "Cancelled" not in (copy.text or "")
    assert copy.buttons == [["✅ Going", "🤔 Maybe"]]
    [broadcast] = await announcements(bot)
    assert broadcast.state != "cancelled"

    # Changed from that date on: the copy shows the new time, and the old one.
    screen = await date_of_series(carla, "📅 Thursday 29 January, 18:30")
    edit = await tap(carla, "✏️ Change from this date on", message=screen)
    await tap(carla, "✏️ Start", message=edit)
    read_back = await say(carla, "29/1 19:00")
    preview = await tap(carla, "✅ Yes", message=read_back)
    saved = await tap(carla, "💾 Save changes", message=preview)
    assert (saved.text or "").startswith("✅ Changes saved on every open date"), saved.text
    await sofia.wait_until(lambda _: "Thursday 29 January, 19:00" in (copy.text or ""))
    assert "Moved: it was Thursday 29 January, 18:30." in (copy.text or "")

    # Every date left cancelled from the one the copies show: the copy says so.
    screen = await date_of_series(carla, "📅 Thursday 29 January, 19:00")
    await carla.press("❌ Cancel from this date on", message=screen)
    await carla.wait_until(lambda _: "❌ Yes, cancel 12 dates" in str(screen.buttons))
    await carla.press("❌ Yes, cancel 12 dates", message=screen)
    await carla.wait_until(lambda _: "is cancelled from" in (screen.text or ""))
    await sofia.wait_until(lambda _: "❌ Cancelled." in (copy.text or ""))
    assert copy.buttons == []
