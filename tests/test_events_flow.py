"""Events end to end, as people use them: a coordinator writes an event with /newevent (the start
typed as "domani 18:30" and read back in words), members answer from /events, a waitlist, a seat
offered and confirmed, reminders at the offsets, edits and a cancellation told to everyone."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import fields, replace

import pytest
from telegram_test_server import FakeTelegram, FakeUser
from telegram_test_server.models import BotMessage

from bot.core.clock import FakeClock
from bot.core.settings import Settings
from storage.events import NewEvent
from tests.support.harness import ErrorCollector, RunningBot, running_bot
from tests.test_events_service import reminded
from tests.test_guardian import thirteen
from tests.test_onboarding_flow import say, tap
from tests.test_projects_flow import coordinator_with_projects, publish
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


async def publish_event(
    carla: FakeUser, preview: BotMessage, choice: str = "🔕 Nobody, just publish"
) -> BotMessage:
    """🚀 Publish, then who hears of it (nobody unless `choice` says): the reply."""
    asked = await tap(carla, "🚀 Publish", message=preview)
    assert "Who should I tell about it?" in (asked.text or ""), asked.text
    return await tap(carla, choice, message=asked)


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
    assert (first.text or "").startswith("📅 New event (1/8). What's it called?")
    described = await say(carla, title)
    assert "(2/8) A few lines about it" in (described.text or "")
    asked = await say(carla, "Guanti e sacchi li portiamo noi. Ritrovo all'ingresso.")
    assert "(3/8) When does it start?" in (asked.text or "")
    read_back = await say(carla, start)
    assert f"So it starts {read_as}. Right?" in (read_back.text or ""), read_back.text
    return await _after_start(carla, read_back, seats)


async def _after_start(carla: FakeUser, read_back: BotMessage, seats: str) -> BotMessage:
    repeat = await tap(carla, "✅ Yes", message=read_back)
    length = await tap(carla, "1️⃣ Only once", message=repeat)
    assert "(4/8) How long does it last?" in (length.text or "")
    where = await tap(carla, "2h", message=length)
    assert "(5/8) Where?" in (where.text or "")
    capacity = await say(carla, "Parco Dora, Torino")
    assert "(6/8) How many seats?" in (capacity.text or "")
    audience = await say(carla, seats)
    assert "(7/8) Who is it for?" in (audience.text or "")  # no projects: not asked
    reminders = await tap(carla, "Everyone (13–25)", message=audience)
    assert "(8/8) When should I remind" in (reminders.text or "")
    return await tap(carla, "⏰ 24h, 1h before", message=reminders)


async def test_done_when_walk(
    server: FakeTelegram,
    make_settings: Callable[..., Settings],
    clock: FakeClock,
    bot_errors: ErrorCollector,
) -> None:
    """The issue's walk: "domani 18:30" with 2 seats; three Going, one waitlisted; one cancels,
    the waitlisted member is offered the seat and confirms; reminders arrive once each at the
    offsets, although the bot stops in between and is down when the second falls due."""
    settings = make_settings(TELEGRAM_API_URL=server.api_url, ADMIN_IDS=str(ADMIN))
    async with running_bot(server, settings, clock) as bot:
        carla = await coordinator(bot)
        # The FakeClock is at Thursday 15 January 2026, 10:00 in Rome.
        preview = await write_event(carla)
        text = preview.text or ""
        assert text.startswith("👀 Preview")
        assert "🕒 Friday 16 January, 18:30 (2 hours)" in text
        assert "📍 Parco Dora, Torino" in text
        assert "👥 2 seats left of 2" in text
        assert "⏰ Reminders: 24h, 1h before" in text
        done = await publish_event(carla, preview)
        assert (done.text or "").startswith("🚀 Published!")

        ada, bea, cleo = [await reminded(bot, name) for name in ("Ada", "Bea", "Cleo")]
        lists = {}
        for user in (ada, bea, cleo):
            lists[user.id] = await say(user, "/events")
            assert "Pulizia del parco" in (lists[user.id].text or "")
        assert (
            await pressed(ada, "✅ Going", lists[ada.id]) == "🎉 You're going! Your seat is saved."
        )
        assert (
            await pressed(bea, "✅ Going", lists[bea.id]) == "🎉 You're going! Your seat is saved."
        )
        assert (await pressed(cleo, "✅ Going", lists[cleo.id])).startswith(
            "It's full, so you're on the waitlist"
        )
        # The list redraws with the answer on it.
        await ada.wait_until(lambda u: "you're going ✅" in (lists[ada.id].text or ""))
        # Going pressed twice changes nothing.
        assert await pressed(ada, "• ✅ Going", lists[ada.id]) == "You're already going 👍"

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
            rsvp = await bot.services.event_answers.rsvp(user.id, event_id)
            assert rsvp is not None
            answers[user.first_name] = rsvp.answer
        assert answers == {"Ada": "going", "Bea": "no", "Cleo": "going"}

        # Reminders at Thursday 18:30 (24h before) and Friday 17:30 (1h before), Rome time.
        await bot.run_due_tasks()
        bot.clock.advance(hours=8, minutes=30)
        await bot.run_due_tasks()
        for user in (ada, cleo):
            await user.wait_until(lambda u: any("Starts in" in (m.text or "") for m in u.messages))
    # The bot is stopped, and still down at 17:30 on Friday when the next reminder falls due.
    clock.advance(hours=23, minutes=10)
    async with running_bot(server, settings, clock) as bot:
        await bot.run_due_tasks()
        for user in (ada, cleo):
            await user.wait_until(
                lambda u: sum("Starts in" in (m.text or "") for m in u.messages) == 2
            )
        bot.clock.advance(hours=3)
        await bot.run_due_tasks()
        await bot.run_due_tasks()
    for user in (ada, cleo):
        reminders = [m.text or "" for m in user.messages if "Starts in" in (m.text or "")]
        assert len(reminders) == 2, reminders
        assert reminders[0].startswith("⏰ Starts in 24 hours!")
        assert reminders[1].startswith("⏰ Starts in 50 minutes!")  # late, for the real time
    assert not any("Starts in" in (m.text or "") for m in bea.messages)
    assert bot_errors.records == [], bot_errors.describe()


async def test_bad_answers_are_explained_and_lose_nothing(bot: RunningBot) -> None:
    carla = await coordinator(bot)
    await say(carla, "/newevent")
    refused = await say(carla, "x" * 2000)
    assert (refused.text or "").startswith("✍️ The title needs 3 to 80 characters.")
    assert "(1/8)" in (refused.text or "")
    await say(carla, "Pulizia del parco")
    await say(carla, "Guanti e sacchi li portiamo noi.")
    for typed, why in (
        ("31/02 18:30", "That day doesn't exist on the calendar"),
        ("31 febbraio 18:30", "That day doesn't exist on the calendar"),
        ("domani 24:30", "That time doesn't exist: hours go from 00:00 to 23:59"),
        ("ieri 18:30", "That moment has already passed"),
        ("15/01 08:00", "That moment has already passed"),  # this morning
        ("domani", "I need the time too"),
        ("boh", "I didn't get that date"),
        ("29/03 02:30", "the clocks go forward that night"),
    ):
        answer = await say(carla, typed)
        assert why in (answer.text or ""), (typed, answer.text)
        assert "(3/8) When does it start?" in (answer.text or "")
    # The night the clocks go back, 02:30 happens twice: the first is taken, and said.
    read_back = await say(carla, "25/10 02:30")
    assert "So it starts Sunday 25 October 2026, 02:30. Right?" in (read_back.text or "")
    assert "happens twice: I took the first one" in (read_back.text or "")
    retype = await tap(carla, "✏️ No, type again", message=read_back)
    assert "(3/8) When does it start?" in (retype.text or "")
    read_back = await say(carla, "sabato 10")
    assert "So it starts Saturday 17 January 2026, 10:00. Right?" in (read_back.text or "")
    repeat = await tap(carla, "✅ Yes", message=read_back)
    length = await tap(carla, "1️⃣ Only once", message=repeat)
    for typed in ("0", "forever", "9 giorni"):
        again = await say(carla, typed)
        assert (again.text or "").startswith("⏱️ Type how long it lasts")
    where = await say(carla, "1h30")
    assert length.text
    online = await tap(carla, "🌐 It's online", message=where)
    assert "(5/8) Paste the link" in (online.text or "")
    for typed in ("zoom meeting", "http//zoom", "javascript:alert(1)"):
        again = await say(carla, typed)
        assert (again.text or "").startswith("🌐 That isn't a link I can use.")
    capacity = await say(carla, "meet.example.org/pulizia")
    assert "(6/8) How many seats?" in (capacity.text or "")
    for typed in ("0", "-3", "tanti", "100000"):
        again = await say(carla, typed)
        assert (again.text or "").startswith("🔢 Type a number of seats from 1 to 10000")
    await tap(carla, "No limit", message=capacity)
    again = await say(carla, "10-40")
    assert (again.text or "").startswith("🎂 Type two ages between 13 and 25")
    await say(carla, "18-25")
    for typed in ("domani", "1m", "30d"):
        again = await say(carla, typed)
        assert (again.text or "").startswith("⏰ Type times before the start")
    preview = await say(carla, "2d, 3h")
    text = preview.text or ""
    assert "🕒 Saturday 17 January, 10:00 (1 hour 30 min)" in text
    assert "📍 🌐 online: https://meet.example.org/pulizia" in text
    assert "👥 No seat limit" in text
    assert "🎯 Ages 18–25" in text
    assert "⏰ Reminders: 2d, 3h before" in text
    stray = await say(carla, "and now?")
    assert (stray.text or "").startswith("👇 Use the buttons here.")
    await publish_event(carla, preview)

    # A 17-year-old does not see an event for 18–25, nor can a forged button answer it.
    teen = await reminded(bot, "Teo", born="05/2008")
    shown = await say(teen, "/events")
    assert (shown.text or "").startswith("📅 No events for you right now.")
    event_id = (await bot.services.events.organised(carla.id, 0, 5)).items[0].id
    refusal = await bot.services.event_answers.answer(teen.id, event_id, "going")
    assert refusal.refusal is not None
    assert refusal.refusal.value == "audience"


async def two_going(bot: RunningBot) -> tuple[FakeUser, FakeUser, FakeUser]:
    """Carla publishes the park clean-up with 5 seats; Ada and Bea answer Going from /events."""
    carla = await coordinator(bot)
    await publish_event(carla, await write_event(carla, seats="5"))
    ada, bea = [await reminded(bot, name) for name in ("Ada", "Bea")]
    for user in (ada, bea):
        await user.press("✅ Going", message=await say(user, "/events"))
        await user.wait_until(lambda u: len(u.callback_answers) == 1)
    return carla, ada, bea


async def test_edit_moves_reminders_and_tells_cancel_tells_everyone(bot: RunningBot) -> None:
    carla, ada, bea = await two_going(bot)

    # Carla moves it one day later: both are told, with buttons, and reminders follow.
    listing = await say(carla, "/manageevents")
    assert "Your upcoming events" in (listing.text or "")
    await carla.press("Pulizia del parco · Friday 16 January, 18:30", message=listing)
    await carla.wait_until(
        lambda u: "✅ 2 going · 🤔 0 maybe · ⏳ 0 waiting" in (listing.text or "")
    )
    await carla.press("👥 Who's coming", message=listing)
    await carla.wait_until(lambda u: "Pulizia del parco: who's coming" in (listing.text or ""))
    assert "✅ Going (2): Ada, Bea" in (listing.text or "")
    assert "🤔 Maybe: 0 · ⏳ Waitlist: 0" in (listing.text or "")
    await carla.press("⬅️ Back to the event", message=listing)
    await carla.wait_until(lambda u: "✅ 2 going" in (listing.text or ""))
    edit = await tap(carla, "✏️ Edit", message=listing)
    assert (edit.text or "").startswith("✏️ Edit: tap what to change, then Save.")
    start = await tap(carla, "✏️ Start", message=edit)
    read_back = await say(carla, "sabato 18:30")
    assert start.text
    preview = await tap(carla, "✅ Yes", message=read_back)
    assert "🕒 Saturday 17 January, 18:30 (2 hours)" in (preview.text or "")
    saved = await tap(carla, "💾 Save changes", message=preview)
    assert saved.text == (
        "✅ Changes saved.\n📣 The notice of the change to those who answered:\n"
        "✅ Sent now: 2 people."
    )
    await bot.run_due_tasks()
    for user in (ada, bea):
        told = await user.next_reply()
        assert (told.text or "").startswith(
            "📅 The event has moved (it was Friday 16 January, 18:30):"
        )
        assert "🕒 Saturday 17 January, 18:30" in (told.text or "")
        assert "Still coming? Then there's nothing to do." in (told.text or "")

    # The old 24h reminder (Thursday 18:30) no longer goes out; the new one (Friday 18:30) does.
    bot.clock.advance(hours=9)  # Thursday 19:00 in Rome
    await bot.run_due_tasks()
    assert not any("Starts in" in (m.text or "") for m in ada.messages)
    bot.clock.advance(hours=24)  # Friday 19:00
    await bot.run_due_tasks()
    await ada.wait_until(lambda u: any("Starts in" in (m.text or "") for m in u.messages))
    reminders = [m.text or "" for m in ada.messages if "Starts in" in (m.text or "")]
    assert len(reminders) == 1
    assert reminders[0].startswith("⏰ Starts in 24 hours!")

    # Bea says she can't come from the change notice, then Carla cancels: both are told.
    told_bea = [m for m in bea.messages if "The event has moved" in (m.text or "")][-1]
    await bea.press("✖️ I can't come", message=told_bea)
    await bea.wait_until(lambda u: (told_bea.text or "").endswith("thanks for letting us know."))
    assert "🕒 Saturday 17 January, 18:30" in (told_bea.text or "")  # the card stays
    assert told_bea.buttons == []
    listing = await say(carla, "/manageevents")
    await carla.press("Pulizia del parco · Saturday 17 January, 18:30", message=listing)
    await carla.wait_until(lambda u: "1 going" in (listing.text or ""))
    await carla.press("❌ Cancel event", message=listing)
    await carla.wait_until(lambda u: "Cancel Pulizia del parco?" in (listing.text or ""))
    assert "The 2 people who answered will be told." in (listing.text or "")
    await carla.press("❌ Yes, cancel it", message=listing)
    await carla.wait_until(lambda u: "is cancelled" in (listing.text or ""))
    assert (listing.text or "").endswith("it's cancelled:\n✅ Sent now: 2 people.")  # rule 27
    await bot.run_due_tasks()
    await ada.wait_until(lambda u: "is cancelled" in (u.messages[-1].text or ""))
    assert (ada.messages[-1].text or "").startswith(
        "❌ Pulizia del parco (Saturday 17 January, 18:30) is cancelled."
    )
    bot.clock.advance(hours=23)  # the 1h reminder would be due now
    await bot.run_due_tasks()
    assert len([m for m in ada.messages if "Starts in" in (m.text or "")]) == 1
    await bea.wait_until(lambda u: "is cancelled" in (u.messages[-1].text or ""))
    # Going on a cancelled event, from the old list message.
    old_list = next(m for m in ada.messages if "Upcoming events" in (m.text or ""))
    await ada.press("• ✅ Going", message=old_list)
    await ada.wait_until(lambda u: "cancelled" in answer_text(u))
    await ada.send("/myevents")
    await ada.wait_until(lambda u: "Your answers" in (u.messages[-1].text or ""))
    assert "❌ Cancelled" in (ada.messages[-1].text or "")
    # What they answered is part of their data (/mydata).
    exported = await bot.services.privacy.export(ada.id)
    assert exported is not None
    assert [(a["event"], a["answer"], a["event_status"]) for a in exported["event_answers"]] == [
        ("Pulizia del parco", "going", "cancelled")
    ]


async def test_cancel_stops_writing_and_staff_are_pointed_to_their_events(bot: RunningBot) -> None:
    carla = await coordinator(bot)
    await say(carla, "/newevent")
    await say(carla, "Pulizia del parco")
    stopped = await say(carla, "/cancel")
    assert stopped.text == "OK, dropped: nothing was published."
    again = await say(carla, "/newevent")
    assert (again.text or "").startswith("📅 New event (1/8)")  # a fresh start
    assert (await say(carla, "/cancel")).text == "OK, dropped: nothing was published."
    assert (await say(carla, "/cancel")).text == "There's nothing to cancel 🙂"
    pointed = await say(carla, "/events")
    assert (pointed.text or "").startswith("📅 The list of events is for young members.")
    none = await say(carla, "/manageevents")
    assert none.text == "You have no upcoming events. Create one with /newevent."


async def test_one_conversation_at_a_time_asks_which_to_keep(bot: RunningBot) -> None:
    carla = await coordinator(bot)
    await say(carla, "/newproject")
    await say(carla, "Orti in Barriera")  # a project half-written
    asked = await say(carla, "/newevent")
    assert asked.text == (
        "You still have a new project half done. Go on with it, or drop it and start an event?"
    )
    assert asked.buttons == [["▶️ Go on: a new project"], ["🆕 Drop it, start an event"]]
    kept = await tap(carla, "▶️ Go on: a new project", message=asked)
    assert "(2/" in (kept.text or "")  # the project, where it was
    answer = await say(carla, "Curiamo gli orti del quartiere.")
    assert "Which causes" in (answer.text or "")  # typed text went to the project
    again = await say(carla, "/newevent")
    event = await tap(carla, "🆕 Drop it, start an event", message=again)
    assert "(1/8)" in (event.text or "")
    assert await bot.services.drafts.draft(carla.id) is None  # the project was dropped
    described = await say(carla, "Pulizia del parco")
    assert "(2/8) A few lines about it" in (described.text or "")
    assert (await say(carla, "/cancel")).text == "OK, dropped: nothing was published."
    assert (await say(carla, "/cancel")).text == "There's nothing to cancel 🙂"


async def test_a_question_interrupts_a_draft_and_gives_it_back(bot: RunningBot) -> None:
    carla = await coordinator(bot)
    await say(carla, "/newevent")
    await say(carla, "Pulizia del parco")
    await bot.services.pending.expect(carla.id, "project_message", 1)  # "Write to participants"
    assert (await say(carla, "/cancel")).text == "OK, cancelled 👍"
    described = await say(carla, "Portate i guanti.")  # the event is theirs again
    assert "(3/8)" in (described.text or "")


async def test_an_event_for_a_project_s_participants(bot: RunningBot) -> None:
    _, carla = await coordinator_with_projects(bot)
    await publish(bot, carla, "Orti in Barriera")
    await say(carla, "/newevent")
    await say(carla, "Semina di primavera")
    await say(carla, "Portate i guanti.")
    read_back = await say(carla, "sabato 10")
    repeat = await tap(carla, "✅ Yes", message=read_back)
    length = await tap(carla, "1️⃣ Only once", message=repeat)
    where = await tap(carla, "2h", message=length)
    assert "(5/9) Where?" in (where.text or "")  # with projects, 9 questions
    capacity = await say(carla, "Orto di via Bologna")
    project = await tap(carla, "No limit", message=capacity)
    assert "(7/9) Is it part of one of your projects?" in (project.text or "")
    assert ["Orti in Barriera"] in project.buttons
    audience = await tap(carla, "Orti in Barriera", message=project)
    reminders = await tap(carla, "Only the project's participants", message=audience)
    preview = await tap(carla, "⏰ 24h, 1h before", message=reminders)
    assert "🎯 Only for participants of Orti in Barriera" in (preview.text or "")
    await publish_event(carla, preview)
    outsider = await reminded(bot, "Marco", born="05/2000")
    shown = await say(outsider, "/events")
    assert (shown.text or "").startswith("📅 No events for you right now.")


async def test_a_member_waiting_for_a_guardian_is_told_so(bot: RunningBot) -> None:
    nina, _, _ = await thirteen(bot, "Nina")
    told = await say(nina, "/events")
    assert (told.text or "").startswith("⏳ We're waiting for a parent's OK")


async def test_an_event_opened_from_the_list_in_full(bot: RunningBot) -> None:
    carla = await coordinator(bot)
    await publish_event(carla, await write_event(carla, seats="5"))
    ada = await reminded(bot, "Ada")
    listing = await say(ada, "/events")
    assert listing.buttons[0] == ["ℹ️ 1", "✅ Going", "🤔 Maybe", "❌ Can't go"]
    assert await pressed(ada, "ℹ️ 1", listing) == ""  # answered once the event is drawn
    assert "Ritrovo all'ingresso" in (listing.text or "")
    assert "🕒 Friday 16 January, 18:30 (2 hours)" in (listing.text or "")
    assert await pressed(ada, "✅ Going", listing) == "🎉 You're going! Your seat is saved."
    await ada.wait_until(lambda u: "Your answer: you're going ✅" in (listing.text or ""))
    # And into the phone's calendar.
    await ada.press("📆 Add to calendar", message=listing)
    ics = await ada.next_reply()
    assert ics.document is not None
    name, data = ics.document
    assert name == "pulizia-del-parco.ics"
    text = data.decode()
    assert "SUMMARY:Pulizia del parco" in text
    assert "DTSTART:20260116T173000Z" in text  # 18:30 in Rome
    assert "LOCATION:Parco Dora\\, Torino" in text
    await ada.press("⬅️ Back to the list", message=listing)
    await ada.wait_until(lambda u: (listing.text or "").startswith("📅 Upcoming events for you"))


async def test_two_organisers_editing_at_once_never_undo_each_other(bot: RunningBot) -> None:
    carla = await coordinator(bot)
    await publish_event(carla, await write_event(carla, seats="5"))
    event_id = (await bot.services.events.organised(carla.id, 0, 5)).items[0].id
    listing = await say(carla, "/manageevents")
    await carla.press("Pulizia del parco · Friday 16 January, 18:30", message=listing)
    await carla.wait_until(lambda u: "✏️ Edit" in str(listing.buttons))
    preview = await tap(carla, "✏️ Edit", message=listing)
    # Meanwhile the admin renames it.
    event = await bot.services.events.get(event_id)
    assert event is not None
    renamed = NewEvent(**{f.name: getattr(event, f.name) for f in fields(NewEvent)})
    renamed = replace(renamed, title="Pulizia del parco Dora")
    assert (await bot.services.events.update(ADMIN, event_id, renamed))[0].value == "saved"
    await carla.press("💾 Save changes", message=preview)
    await carla.wait_until(lambda u: "changed this event meanwhile" in answer_text(u))
    event = await bot.services.events.get(event_id)
    assert event is not None
    assert event.title == "Pulizia del parco Dora"


async def test_who_is_coming_names_everyone_going_and_counts_the_others(bot: RunningBot) -> None:
    """Rule 16 as amended: organisers need at the door the name of everyone Going, visible
    to projects or not; Maybe and the waitlist are counted."""
    carla = await coordinator(bot)
    await publish_event(carla, await write_event(carla, seats="5"))
    ada, bea, cleo = [await reminded(bot, name) for name in ("Ada", "Bea", "Cleo")]
    for user in (bea, cleo):
        await bot.services.consents.decide(user.id, "matching", False)
    for user, label in ((bea, "✅ Going"), (ada, "✅ Going"), (cleo, "🤔 Maybe")):
        await user.press(label, message=await say(user, "/events"))
        await user.wait_until(lambda u: len(u.callback_answers) == 1)
    listing = await say(carla, "/manageevents")
    await carla.press("Pulizia del parco · Friday 16 January, 18:30", message=listing)
    await carla.wait_until(lambda u: "👥 Who's coming" in str(listing.buttons))
    await carla.press("👥 Who's coming", message=listing)
    await carla.wait_until(lambda u: "who's coming" in (listing.text or ""))
    assert (listing.text or "").splitlines()[1:] == [
        "✅ Going (2): Ada, Bea",
        "🤔 Maybe: 1 · ⏳ Waitlist: 0",
    ]
    assert "Cleo" not in (listing.text or "")
    read = await bot.services.db.fetch_all(
        "SELECT action FROM audit_log WHERE action = 'event.attendees_viewed'"
    )
    assert len(read) == 1


async def test_without_projects_the_project_question_is_never_offered(bot: RunningBot) -> None:
    carla = await coordinator(bot)  # no projects of her own
    preview = await write_event(carla)
    labels = [label for row in preview.buttons for label in row]
    assert "✏️ Project" not in labels
    assert await bot.services.event_drafts.correct(carla.id, "project") is None  # forged
    await carla.press("✏️ Title", message=preview)  # the draft still works
    asked = await carla.next_reply()
    assert "What's it called?" in (asked.text or "")
    again = await say(carla, "Pulizia del parco Dora")
    assert "Publish" in str(again.buttons)


async def test_a_bad_start_after_a_read_back_asks_afresh(bot: RunningBot) -> None:
    carla = await coordinator(bot)
    await say(carla, "/newevent")
    await say(carla, "Pulizia del parco")
    await say(carla, "Guanti e sacchi li portiamo noi.")
    read_back = await say(carla, "domani 18:30")
    assert "So it starts Friday 16 January 2026, 18:30. Right?" in (read_back.text or "")
    refused = await say(carla, "ieri 18:30")  # typed instead of pressing Yes or No
    assert "So it starts" not in (refused.text or "")  # not the old read-back again
    assert "(3/8) When does it start?" in (refused.text or "")
