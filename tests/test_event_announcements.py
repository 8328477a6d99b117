"""A new event announced, as people use it: the coordinator publishes it with /newevent and
chooses who hears of it; the copies are broadcasts (approval, pacing) with the event's card and
Going / Maybe buttons that work as in /events."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime

import pytest
from telegram_test_server import FakeUser
from telegram_test_server.models import BotMessage

from bot.domain.event_audience import Reach
from handlers.event_announcements import announced_text
from handlers.screens import Screens
from storage.broadcasts import Broadcast, BroadcastCounts
from storage.events import NewEvent
from tests.support.broadcast_people import accepted_in, project, staff
from tests.support.broadcast_people import member as profiled
from tests.support.events import open_event
from tests.support.harness import RunningBot
from tests.test_events_flow import coordinator, pressed, publish_event, write_event
from tests.test_onboarding_flow import say, tap
from tests.test_staff import ADMIN

pytestmark = pytest.mark.bot_settings(ADMIN_IDS=str(ADMIN))

COPY = "📣 New event!"


async def member(bot: RunningBot, name: str, born: str) -> FakeUser:
    """A member born in `born` (month/year), living in Torino, announcements on, who has
    started the bot."""
    user = await profiled(bot, name, born=born)
    user.started = True
    return user


def copies(user: FakeUser) -> list[BotMessage]:
    return [m for m in user.messages if (m.text or "").startswith(COPY)]


async def all_sent(bot: RunningBot, broadcast_id: int) -> BroadcastCounts:
    """Wait until the broadcast has nothing left to do now; its copies' counts."""
    delivery = bot.services.broadcast_delivery
    async with asyncio.timeout(30):
        await delivery.settled(broadcast_id)
    return await delivery.counts(broadcast_id)


async def announcements(bot: RunningBot) -> list[Broadcast]:
    """Every event's announcement (the events created in a test are numbered from 1)."""
    found = []
    for event_id in range(1, 5):
        found += await bot.services.broadcasts.repository.of_event(event_id)
    return found


async def write_project_event(carla: FakeUser, title: str) -> BotMessage:
    """/newevent for the participants of the project `title`, answered in full: the
    preview."""
    await say(carla, "/newevent")
    await say(carla, "Semina di primavera")
    await say(carla, "Portate i guanti.")
    read_back = await say(carla, "sabato 10")
    repeat = await tap(carla, "✅ Yes", message=read_back)
    length = await tap(carla, "1️⃣ Only once", message=repeat)
    await tap(carla, "2h", message=length)
    capacity = await say(carla, "Orto di via Bologna")
    linked = await tap(carla, "No limit", message=capacity)
    audience = await tap(carla, title, message=linked)
    reminders = await tap(carla, "Only the project's participants", message=audience)
    return await tap(carla, "⏰ 24h, 1h before", message=reminders)


async def test_an_event_for_a_projects_participants_tells_exactly_them(bot: RunningBot) -> None:
    """The issue's "done when": publishing an event for a project's participants tells
    exactly them."""
    carla = await coordinator(bot)
    orti = await project(bot, "Orti in Barriera", carla.id)
    ada, bea = [await member(bot, name, "03/2000") for name in ("Ada", "Bea")]
    marco = await member(bot, "Marco", "03/2000")
    for user in (ada, bea):
        await accepted_in(bot, orti, user.id)
    preview = await write_project_event(carla, "Orti in Barriera")
    asked = await tap(carla, "🚀 Publish", message=preview)
    text = asked.text or ""
    assert "Who should I tell about it?" in text
    assert "Only the participants of «Orti in Barriera»: 2 people." in text
    assert "Everyone it's for" not in text  # a participants-only event goes no wider
    assert asked.buttons == [
        ["👥 Only participants (2)"],
        ["🔕 Nobody, just publish"],
        ["◀️ Back to the preview"],
    ]
    done = await tap(carla, "👥 Only participants (2)", message=asked)
    assert (done.text or "").startswith("🚀 Published!")
    assert "📣 The announcement is going out to 2 people." in (done.text or "")
    [broadcast] = await announcements(bot)
    counts = await all_sent(bot, broadcast.id)
    assert (counts.sent, counts.total) == (2, 2)
    for user in (ada, bea):
        [copy] = copies(user)
        assert "Semina di primavera" in (copy.text or "")
        assert (copy.text or "").endswith("No more announcements? /settings")
        assert copy.buttons == [["✅ Going", "🤔 Maybe"]]
    assert copies(marco) == []
    assert copies(carla) == []


async def test_everyone_it_is_for_keeps_the_ages_and_going_answers(bot: RunningBot) -> None:
    """An admin's announcement to everyone an 18–25 event is for: a 17-year-old gets nothing;
    Going on a copy takes the one seat, the next Going the waitlist, as in /events."""
    admin = bot.server.add_user("Ada", language_code="en", user_id=ADMIN)
    new = open_event(bot.clock.now().replace(day=20), min_age=18, max_age=25, capacity=1)
    event_id = await bot.services.events.create(admin.id, new)
    teo = await member(bot, "Teo", "03/2009")
    gio, lia, noa = [await member(bot, name, "03/2000") for name in ("Gio", "Lia", "Noa")]
    announced = await bot.services.event_announcements.announce(
        admin.id, event_id, new, Reach.EVERYONE
    )
    assert announced.count is not None
    assert announced.count.total == 3
    assert announced.broadcast_id is not None
    await all_sent(bot, announced.broadcast_id)
    assert copies(teo) == []
    [gio_copy], [lia_copy] = copies(gio), copies(lia)
    assert (await pressed(gio, "✅ Going", gio_copy)).startswith("🎉 You're going!")
    assert (await pressed(lia, "✅ Going", lia_copy)).startswith("It's full, so you're on")
    rsvp = await bot.services.event_answers.rsvp(gio.id, event_id)
    assert rsvp is not None
    assert rsvp.answer == "going"
    # The card is drawn again: the answer marked, the buttons to change it kept.
    await gio.wait_until(lambda _: "Your answer: you're going" in (gio_copy.text or ""))
    assert "👥 Full\n" in (gio_copy.text or "")  # no waitlist news for the one with the seat
    assert gio_copy.buttons == [["• ✅ Going", "🤔 Maybe", "❌ Can't go"]]
    # Cancelled meanwhile: a press on a copy says so, and its buttons go.
    await bot.services.events.cancel_event(admin.id, event_id)
    [noa_copy] = copies(noa)
    assert await pressed(noa, "🤔 Maybe", noa_copy) == "❌ This event has been cancelled. Sorry!"
    await noa.wait_until(lambda _: noa_copy.buttons == [])


async def test_an_answer_on_a_copy_redraws_it_as_in_events(bot: RunningBot) -> None:
    """Going or Maybe on an announcement: the seats are counted again, the answer is marked
    and the buttons to change it stay, so the Maybe pop-up's "tap Going" can be done."""
    admin = bot.server.add_user("Ada", language_code="en", user_id=ADMIN)
    new = open_event(bot.clock.now().replace(day=20), capacity=20)
    event_id = await bot.services.events.create(admin.id, new)
    sofia = await member(bot, "Sofia", "03/2000")
    announced = await bot.services.event_announcements.announce(
        admin.id, event_id, new, Reach.EVERYONE
    )
    assert announced.broadcast_id is not None
    await all_sent(bot, announced.broadcast_id)
    [copy] = copies(sofia)
    assert "20 seats left of 20" in (copy.text or "")
    assert copy.buttons == [["✅ Going", "🤔 Maybe"]]
    assert (await pressed(sofia, "✅ Going", copy)).startswith("🎉 You're going!")
    await sofia.wait_until(lambda _: "19 seats left of 20" in (copy.text or ""))
    assert "Your answer: you're going ✅" in (copy.text or "")
    assert copy.buttons == [["• ✅ Going", "🤔 Maybe", "❌ Can't go"]]
    maybe = await pressed(sofia, "🤔 Maybe", copy)
    assert "tap Going" in maybe
    await sofia.wait_until(lambda _: "20 seats left of 20" in (copy.text or ""))
    assert copy.buttons == [["✅ Going", "• 🤔 Maybe", "❌ Can't go"]]
    # And Going is there to tap, as the pop-up said.
    assert (await pressed(sofia, "✅ Going", copy)).startswith("🎉 You're going!")


async def test_going_without_a_seat_limit_saves_no_seat(bot: RunningBot) -> None:
    admin = bot.server.add_user("Ada", language_code="en", user_id=ADMIN)
    new = open_event(bot.clock.now().replace(day=20))
    event_id = await bot.services.events.create(admin.id, new)
    omar = await member(bot, "Omar", "03/2000")
    announced = await bot.services.event_announcements.announce(
        admin.id, event_id, new, Reach.EVERYONE
    )
    assert announced.broadcast_id is not None
    await all_sent(bot, announced.broadcast_id)
    [copy] = copies(omar)
    assert await pressed(omar, "✅ Going", copy) == "🎉 You're going! See you there."


async def test_nobody_sends_nothing(bot: RunningBot) -> None:
    carla = await coordinator(bot)
    ada = await member(bot, "Ada", "03/2000")
    done = await publish_event(carla, await write_event(carla, seats="5"))
    assert "🔕 No announcement: the event is in /events for whoever looks." in (done.text or "")
    assert await announcements(bot) == []
    assert copies(ada) == []


async def test_under_18s_wait_for_a_moderator_and_go_once_approved(bot: RunningBot) -> None:
    carla = await coordinator(bot)
    mia = await staff(bot, "Mia")
    orti = await project(bot, "Orti in Barriera", carla.id)
    ada, nico = await member(bot, "Ada", "03/2000"), await member(bot, "Nico", "03/2010")
    for user in (ada, nico):
        await accepted_in(bot, orti, user.id)
    preview = await write_project_event(carla, "Orti in Barriera")
    asked = await tap(carla, "🚀 Publish", message=preview)
    assert "2 people, 1 of them under 18. A moderator approves it before it goes." in (
        asked.text or ""
    )
    done = await tap(carla, "👥 Only participants (2)", message=asked)
    assert "waits for a moderator's OK, because one is under 18" in (done.text or "")
    card = await mia.next_reply()
    assert "waits for approval" in (card.text or "")
    # The moderator sees the announcement as members will, after the card.
    shown = await mia.next_reply()
    assert (shown.text or "").startswith(COPY)
    assert "Semina di primavera" in (shown.text or "")
    # Its buttons are the members': a moderator's press is told so and answers nothing.
    assert (await pressed(mia, "✅ Going", shown)).startswith("👀 These buttons are for members")
    assert copies(ada) == []
    assert copies(nico) == []
    await mia.press("✅ Approve", message=card)
    told = await carla.next_reply()
    assert "approved your announcement" in (told.text or "")
    [broadcast] = await announcements(bot)
    counts = await all_sent(bot, broadcast.id)
    assert (counts.sent, counts.total) == (2, 2)
    assert len(copies(ada)) == 1
    assert len(copies(nico)) == 1


async def test_a_copy_of_an_event_cancelled_first_is_not_sent(bot: RunningBot) -> None:
    carla = await coordinator(bot)
    orti = await project(bot, "Orti in Barriera", carla.id)
    nico = await member(bot, "Nico", "03/2010")
    await accepted_in(bot, orti, nico.id)
    new: NewEvent = open_event(
        bot.clock.now().replace(day=20), project_id=orti, participants_only=True
    )
    event_id = await bot.services.events.create(carla.id, new)
    announced = await bot.services.event_announcements.announce(
        carla.id, event_id, new, Reach.PARTICIPANTS
    )
    assert announced.broadcast_id is not None
    await bot.services.events.cancel_event(carla.id, event_id)
    await bot.services.broadcasts.approve(announced.broadcast_id, ADMIN)
    counts = await all_sent(bot, announced.broadcast_id)
    assert (counts.sent, counts.failed) == (0, 1)
    assert copies(nico) == []


async def test_cancelling_the_event_withdraws_its_waiting_announcement(bot: RunningBot) -> None:
    carla = await coordinator(bot)
    mia = await staff(bot, "Mia")
    orti = await project(bot, "Orti in Barriera", carla.id)
    nico = await member(bot, "Nico", "03/2010")
    await accepted_in(bot, orti, nico.id)
    preview = await write_project_event(carla, "Orti in Barriera")
    asked = await tap(carla, "🚀 Publish", message=preview)
    await tap(carla, "👥 Only participants (1)", message=asked)
    card = await mia.next_reply()
    listing = await say(carla, "/manageevents")
    await carla.press("Semina di primavera · Saturday 17 January, 10:00", message=listing)
    await carla.wait_until(lambda _: "❌ Cancel event" in str(listing.buttons))
    await carla.press("❌ Cancel event", message=listing)
    await carla.wait_until(lambda _: "Cancel Semina di primavera?" in (listing.text or ""))
    await carla.press("❌ Yes, cancel it", message=listing)
    await carla.wait_until(lambda _: "is cancelled" in (listing.text or ""))
    [broadcast] = await announcements(bot)
    assert broadcast.state == "cancelled"
    # The moderator's card says so at once and offers nothing to approve; nothing goes out.
    await mia.wait_until(lambda _: "Withdrawn by" in (card.text or ""))
    assert card.buttons == []
    assert copies(nico) == []


async def test_a_copy_held_past_the_events_start_is_not_sent(bot: RunningBot) -> None:
    """At 23:00 an admin announces an event at 07:30 the next morning: the adult gets it at
    once; the 15-year-old's copy waits for quiet hours to end, when the event has started, so
    it is never sent (counted as failed)."""
    bot.clock.set(datetime(2026, 1, 15, 22, 0, tzinfo=UTC))  # 23:00 in Rome
    admin = bot.server.add_user("Ada", language_code="en", user_id=ADMIN)
    new = open_event(datetime(2026, 1, 16, 6, 30, tzinfo=UTC))  # 07:30 in Rome
    event_id = await bot.services.events.create(admin.id, new)
    gio, nico = await member(bot, "Gio", "03/2000"), await member(bot, "Nico", "03/2010")
    announced = await bot.services.event_announcements.announce(
        admin.id, event_id, new, Reach.EVERYONE
    )
    assert announced.count is not None
    assert announced.count.minors_in_quiet_now == 1
    assert announced.broadcast_id is not None
    told = announced_text(Screens(bot.services.translate, "en"), announced, bot.services)
    assert told == (
        "📣 The announcement is going out to 2 people.\n"
        "🌙 1 under 18 gets it when quiet hours end: Friday 16 January, 08:00."
    )
    counts = await all_sent(bot, announced.broadcast_id)
    assert (counts.sent, counts.held) == (1, 1)
    bot.clock.set(datetime(2026, 1, 16, 7, 0, 1, tzinfo=UTC))  # 08:00 in Rome
    await bot.run_due_tasks()
    counts = await all_sent(bot, announced.broadcast_id)
    assert (counts.sent, counts.held, counts.failed) == (1, 0, 1)
    assert len(copies(gio)) == 1
    assert copies(nico) == []


async def test_a_crash_between_publishing_and_announcing_loses_nothing(
    bot: RunningBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The event went out, then the bot stopped before its announcement did: /newevent asks
    the same question again (the choice marked), and answering it announces that event once;
    no second event is published."""
    carla = await coordinator(bot)
    orti = await project(bot, "Orti in Barriera", carla.id)
    ada = await member(bot, "Ada", "03/2000")
    await accepted_in(bot, orti, ada.id)
    await tap(carla, "🚀 Publish", message=await write_project_event(carla, "Orti in Barriera"))
    announcements_ = bot.services.event_announcements

    async def crash(*_: object) -> None:
        raise ConnectionAbortedError("the bot stopped here")

    with monkeypatch.context() as patch:
        patch.setattr(announcements_, "announce", crash)
        with pytest.raises(ConnectionAbortedError):
            await bot.services.event_drafts.finish(carla.id, Reach.PARTICIPANTS)
    again = await say(carla, "/newevent")
    assert "Who should I tell about it?" in (again.text or "")
    stray = await say(carla, "everyone")
    assert (stray.text or "").startswith("👇 Use the buttons here.")
    assert ["• 👥 Only participants (1)"] in again.buttons
    done = await tap(carla, "• 👥 Only participants (1)", message=again)
    assert "📣 The announcement is going out to 1 person." in (done.text or "")
    assert len((await bot.services.events.organised(carla.id, 0, 5)).items) == 1
    [broadcast] = await announcements(bot)
    await all_sent(bot, broadcast.id)
    assert len(copies(ada)) == 1


async def test_cancel_after_a_crash_keeps_the_event_and_says_so(
    bot: RunningBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    carla = await coordinator(bot)
    await tap(carla, "🚀 Publish", message=await write_event(carla, seats="5"))

    async def crash(*_: object) -> None:
        raise ConnectionAbortedError("the bot stopped here")

    with monkeypatch.context() as patch:
        patch.setattr(bot.services.event_announcements, "announce", crash)
        with pytest.raises(ConnectionAbortedError):
            await bot.services.event_drafts.finish(carla.id, Reach.EVERYONE)
    stopped = await say(carla, "/cancel")
    assert stopped.text == (
        "OK: the event stays published, but I haven't announced it to anyone."
        " You'll find it in /manageevents."
    )
    assert len((await bot.services.events.organised(carla.id, 0, 5)).items) == 1
    assert await announcements(bot) == []
