"""What a member reads about an event after it changed: the notice of a move to someone who
said Maybe, a press on a cancelled event's notice, and the copies of the event's announcement,
drawn again when the event moves or is cancelled."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest
from telegram_test_server.models import BotMessage

from bot.services.events import ChangeResult
from tests.support.broadcast_people import staff
from tests.support.harness import RunningBot
from tests.test_event_announcements import all_sent, announcements, copies, member
from tests.test_events_flow import coordinator, pressed, publish_event, write_event
from tests.test_events_service import new_event, reminded
from tests.test_onboarding_flow import say, tap
from tests.test_staff import ADMIN

pytestmark = pytest.mark.bot_settings(ADMIN_IDS=str(ADMIN))


def last(messages: list[BotMessage], words: str) -> BotMessage:
    return [m for m in messages if words in (m.text or "")][-1]


async def test_a_maybe_told_of_a_move_is_asked_again(bot: RunningBot) -> None:
    """Someone who said Maybe is not told "nothing to do": asked whether they come, with
    Going / Maybe / Can't come; someone going keeps the usual notice."""
    events, answers = bot.services.events, bot.services.event_answers
    new = new_event(bot, None, timedelta(days=3))
    event_id = await events.create(ADMIN, new)
    sofia, omar = await reminded(bot, "Sofia"), await reminded(bot, "Omar")
    await answers.maybe(sofia.id, event_id)
    assert await answers.going(omar.id, event_id) == "going"
    later = replace(new, starts_at=new.starts_at + timedelta(hours=2))
    assert (await events.update(ADMIN, event_id, later))[0] is ChangeResult.SAVED
    await bot.run_due_tasks()
    await sofia.wait_until(lambda u: "The event has moved" in (u.messages[-1].text or ""))
    told = sofia.messages[-1]
    assert "You said maybe: it's now" in (told.text or "")
    assert (told.text or "").endswith("Are you coming?")
    assert "nothing to do" not in (told.text or "")
    assert told.buttons == [["✅ Going", "• 🤔 Maybe", "✖️ I can't come"]]  # hers marked
    await omar.wait_until(lambda u: "The event has moved" in (u.messages[-1].text or ""))
    assert "Still coming? Then there's nothing to do." in (omar.messages[-1].text or "")
    assert omar.messages[-1].buttons == [
        ["• ✅ Going", "🤔 Maybe", "✖️ I can't come"],
        ["📆 Update my calendar"],  # he is going: his calendar may hold the old time
    ]


async def test_a_press_on_a_cancelled_event_s_notice_says_so_and_its_buttons_go(
    bot: RunningBot,
) -> None:
    events, answers = bot.services.events, bot.services.event_answers
    new = new_event(bot, None, timedelta(days=3))
    event_id = await events.create(ADMIN, new)
    luca = await reminded(bot, "Luca")
    await answers.maybe(luca.id, event_id)
    later = replace(new, starts_at=new.starts_at + timedelta(hours=2))
    assert (await events.update(ADMIN, event_id, later))[0] is ChangeResult.SAVED
    await bot.run_due_tasks()
    await luca.wait_until(lambda u: "The event has moved" in (u.messages[-1].text or ""))
    moved = luca.messages[-1]
    assert (await events.cancel_event(ADMIN, event_id))[0] is ChangeResult.SAVED
    said = await pressed(luca, "✅ Going", moved)
    assert said == "❌ This event has been cancelled. Sorry!"
    await luca.wait_until(lambda _: moved.buttons == [])
    assert "The event has moved" in (moved.text or "")  # the message itself stays


async def test_a_delivered_copy_follows_a_move_and_a_cancellation(bot: RunningBot) -> None:
    """Someone scrolling back to the announcement reads the event as it is: moved, the new
    time and the old one, their answer still marked; cancelled, said so, without buttons."""
    carla = await coordinator(bot)
    sofia, omar = [await member(bot, name, "03/2000") for name in ("Sofia", "Omar")]
    await publish_event(carla, await write_event(carla, seats="5"), "📣 Everyone (2)")
    mia = await staff(bot, "Mia")
    [broadcast] = await announcements(bot)
    await bot.services.broadcasts.approve(broadcast.id, mia.id)
    await all_sent(bot, broadcast.id)
    # Her messages about the announcement read first, so the next reply is /manageevents'.
    assert "approved your announcement" in ((await carla.next_reply()).text or "")
    status = await carla.next_reply()
    await carla.wait_until(lambda _: "Sent to 2 of 2" in (status.text or ""))
    [copy], [omar_copy] = copies(sofia), copies(omar)
    assert (await pressed(sofia, "✅ Going", copy)).startswith("🎉 You're going!")
    await sofia.wait_until(lambda _: "• ✅ Going" in str(copy.buttons))

    listing = await say(carla, "/manageevents")
    await carla.press("Pulizia del parco · Friday 16 January, 18:30", message=listing)
    await carla.wait_until(lambda _: "✏️ Edit" in str(listing.buttons))
    edit = await tap(carla, "✏️ Edit", message=listing)
    start = await tap(carla, "✏️ Start", message=edit)
    assert start.text
    read_back = await say(carla, "sabato 18:30")
    preview = await tap(carla, "✅ Yes", message=read_back)
    saved = await tap(carla, "💾 Save changes", message=preview)
    assert (saved.text or "").startswith("✅ Changes saved.")
    await sofia.wait_until(lambda _: "🕒 Saturday 17 January, 18:30" in (copy.text or ""))
    assert "📅 Moved: it was Friday 16 January, 18:30." in (copy.text or "")
    assert "Your answer: you're going ✅" in (copy.text or "")
    assert copy.buttons == [["• ✅ Going", "🤔 Maybe", "❌ Can't go"]]
    await omar.wait_until(lambda _: "🕒 Saturday 17 January, 18:30" in (omar_copy.text or ""))
    assert omar_copy.buttons == [["✅ Going", "🤔 Maybe"]]

    listing = await say(carla, "/manageevents")
    await carla.press("Pulizia del parco · Saturday 17 January, 18:30", message=listing)
    await carla.wait_until(lambda _: "❌ Cancel event" in str(listing.buttons))
    await carla.press("❌ Cancel event", message=listing)
    await carla.wait_until(lambda _: "Cancel Pulizia del parco?" in (listing.text or ""))
    await carla.press("❌ Yes, cancel it", message=listing)
    await sofia.wait_until(lambda _: "❌ Cancelled." in (copy.text or ""))
    await omar.wait_until(lambda _: "❌ Cancelled." in (omar_copy.text or ""))
    for message in (copy, omar_copy):
        assert message.buttons == []
        assert "Your answer" not in (message.text or "")
