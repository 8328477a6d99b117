"""Events end to end, as people use them: a coordinator writes an event with /newevent (the start
typed as "domani 18:30" and read back in words), members answer from /events, a waitlist, a seat
offered and confirmed, reminders at the offsets, edits and a cancellation told to everyone."""

from __future__ import annotations

import pytest

from bot.fake_telegram import FakeUser
from bot.fake_telegram.models import BotMessage
from tests.harness import RunningBot
from tests.test_events_service import reminded
from tests.test_onboarding_flow import say, tap
from tests.test_staff import ADMIN, invited, join

pytestmark = pytest.mark.bot_settings(ADMIN_IDS=str(ADMIN))


async def coordinator(bot: RunningBot, name: str = "Carla") -> FakeUser:
    admin = bot.server.add_user("Ada", language_code="en", user_id=ADMIN)
    return await join(bot, await invited(bot, admin), name)


def answer_text(user: FakeUser) -> str:
    """What the last button press popped up."""
    return str(user.callback_answers[-1].get("text") or "")


async def pressed(user: FakeUser, label: str, message: BotMessage) -> str:
    before = len(user.callback_answers)
    await user.press(label, message=message)
    await user.wait_until(lambda u: len(u.callback_answers) > before)
    return answer_text(user)


async def write_event(
    carla: FakeUser,
    *,
    title: str = "Pulizia del parco",
    start: str = "domani 18:30",
    read_as: str = "Friday 16 January 2026, 18:30",
    seats: str = "2",
) -> BotMessage:
    """/newevent answered in full; returns the preview."""
    first = await say(carla, "/newevent")
    assert (first.text or "").startswith("📅 New event (1/9). What's it called?")
    described = await say(carla, title)
    assert "(2/9) A few lines about it" in (described.text or "")
    asked = await say(carla, "Guanti e sacchi li portiamo noi. Ritrovo all'ingresso.")
    assert "(3/9) When does it start?" in (asked.text or "")
    read_back = await say(carla, start)
    assert f"So it starts {read_as}. Right?" in (read_back.text or ""), read_back.text
    return await _after_start(carla, read_back, seats)


async def _after_start(carla: FakeUser, read_back: BotMessage, seats: str) -> BotMessage:
    length = await tap(carla, "✅ Yes", message=read_back)
    assert "(4/9) How long does it last?" in (length.text or "")
    where = await tap(carla, "2h", message=length)
    assert "(5/9) Where?" in (where.text or "")
    capacity = await say(carla, "Parco Dora, Torino")
    assert "(6/9) How many seats?" in (capacity.text or "")
    audience = await say(carla, seats)
    assert "(8/9) Who is it for?" in (audience.text or "")  # no projects: 7 skipped
    reminders = await tap(carla, "Everyone (13–25)", message=audience)
    assert "(9/9) When should I remind" in (reminders.text or "")
    return await tap(carla, "⏰ 24h, 1h before", message=reminders)


async def test_done_when_walk(bot: RunningBot) -> None:
    """The issue's walk: "domani 18:30" with 2 seats; three Going, one waitlisted; one cancels,
    the waitlisted member is offered the seat and confirms; reminders arrive once each."""
    carla = await coordinator(bot)
    # The FakeClock is at Thursday 15 January 2026, 10:00 in Rome.
    preview = await write_event(carla)
    text = preview.text or ""
    assert text.startswith("👀 Preview")
    assert "🕒 Friday 16 January, 18:30 (2 hours)" in text
    assert "📍 Parco Dora, Torino" in text
    assert "👥 2 seats left of 2" in text
    assert "⏰ Reminders: 24h, 1h before" in text
    done = await tap(carla, "🚀 Publish", message=preview)
    assert (done.text or "").startswith("🚀 Published!")

    ada, bea, cleo = [await reminded(bot, name) for name in ("Ada", "Bea", "Cleo")]
    lists = {}
    for user in (ada, bea, cleo):
        lists[user.id] = await say(user, "/events")
        assert "Pulizia del parco" in (lists[user.id].text or "")
    assert (
        await pressed(ada, "1. ✅ Going", lists[ada.id]) == "🎉 You're going! Your seat is saved."
    )
    assert (
        await pressed(bea, "1. ✅ Going", lists[bea.id]) == "🎉 You're going! Your seat is saved."
    )
    assert (await pressed(cleo, "1. ✅ Going", lists[cleo.id])).startswith(
        "It's full, so you're on the waitlist"
    )
    # The list redraws with the answer on it.
    await ada.wait_until(lambda u: "you're going ✅" in (lists[ada.id].text or ""))
    # Going pressed twice changes nothing.
    assert await pressed(ada, "1. • ✅ Going", lists[ada.id]) == "You're already going 👍"

    mine = await say(bea, "/myevents")
    assert "you're going ✅" in (mine.text or "")
    assert await pressed(bea, "❌ Can't go", mine) == "OK, thanks for letting us know."
    await bot.run_due_tasks()  # the offer is a durable task (the bot wakes itself for it)
    offer = await cleo.next_reply()
    assert (offer.text or "").startswith("🎟️ A seat has freed up for you!")
    await cleo.press("🎟️ Yes, I'm coming", message=offer)
    await cleo.wait_until(lambda u: "The seat is yours" in (offer.text or ""))
    event_id = (await bot.services.events.organised(carla.id, 0, 5)).items[0].id
    answers = {}
    for user in (ada, bea, cleo):
        rsvp = await bot.services.events.rsvp(user.id, event_id)
        assert rsvp is not None
        answers[user.first_name] = rsvp.answer
    assert answers == {"Ada": "going", "Bea": "no", "Cleo": "going"}

    # Reminders at Thursday 18:30 (24h before) and Friday 17:30 (1h before), Rome time.
    await bot.run_due_tasks()
    bot.clock.advance(hours=8, minutes=30)
    await bot.run_due_tasks()
    for user in (ada, cleo):
        await user.wait_until(lambda u: any("Starts in" in (m.text or "") for m in u.messages))
    bot.clock.advance(hours=23)
    await bot.run_due_tasks()
    for user in (ada, cleo):
        await user.wait_until(lambda u: sum("Starts in" in (m.text or "") for m in u.messages) == 2)
    bot.clock.advance(hours=3)
    await bot.run_due_tasks()
    await bot.run_due_tasks()
    for user in (ada, cleo):
        reminders = [m.text or "" for m in user.messages if "Starts in" in (m.text or "")]
        assert len(reminders) == 2, reminders
        assert reminders[0].startswith("⏰ Starts in 24 hours!")
        assert reminders[1].startswith("⏰ Starts in one hour!")
    assert not any("Starts in" in (m.text or "") for m in bea.messages)
