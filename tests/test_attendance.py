"""Attendance: after an event ends its organisers are asked once (a restart never asks twice),
mark who came in three taps, add someone who came without saying Going, set one person's hours,
and are told plainly when a press changes nothing: already marked, erased since, too early, or
after the 14 days of corrections. Every change is audited; members are asked nothing."""

from __future__ import annotations

import copy
from collections.abc import Callable
from datetime import timedelta

import pytest
from telegram_test_server import FakeTelegram, FakeUser
from telegram_test_server.models import BotMessage

from bot.core.clock import FakeClock
from bot.core.settings import Settings
from bot.services.attendance import Done, NotEnded
from tests.support.events import open_event
from tests.support.harness import RunningBot, running_bot
from tests.test_events_flow import coordinator, pressed
from tests.test_projects_flow import member
from tests.test_staff import ADMIN

pytestmark = pytest.mark.bot_settings(ADMIN_IDS=str(ADMIN))

ASKED = '⏰ "Pulizia del parco" (Fri 16 Jan 10:00) has ended: who came?'


async def audited(bot: RunningBot, action: str) -> int:
    rows = await bot.services.db.fetch_all("SELECT id FROM audit_log WHERE action = ?", (action,))
    return len(rows)


async def meeting(bot: RunningBot, carla: FakeUser) -> tuple[int, dict[str, FakeUser]]:
    """Tomorrow at 10:00 (two hours), made by Carla: Ada, Bea and Cleo said Going, Dino Maybe."""
    event_id = await bot.services.events.create(
        carla.id, open_event(bot.clock.now() + timedelta(days=1))
    )
    people = {
        name: await member(bot, name, "05/2003", ("climate",))
        for name in ("Ada", "Bea", "Cleo", "Dino")
    }
    answers = bot.services.event_answers
    for name in ("Ada", "Bea", "Cleo"):
        assert await answers.going(people[name].id, event_id) == "going"
    await answers.maybe(people["Dino"].id, event_id)
    return event_id, people


async def asked(bot: RunningBot, carla: FakeUser) -> BotMessage:
    """Past the end: the sweep runs and Carla's note arrives."""
    seen = len(carla.messages)
    await bot.run_due_tasks()
    await carla.wait_until(lambda u: len(u.messages) > seen)
    return carla.messages[-1]


async def redrawn(user: FakeUser, label: str, message: BotMessage) -> str:
    """Press `label` on `message`, wait for the press's answer; the pop-up's text."""
    return await pressed(user, label, message)


async def new_message(user: FakeUser, label: str, message: BotMessage) -> BotMessage:
    """Press `label` on `message`; the new message the press sends."""
    seen = len(user.messages)
    await user.press(label, message=message)
    await user.wait_until(lambda u: len(u.messages) > seen)
    return user.messages[-1]


async def typed(user: FakeUser, text: str, replies: int = 1) -> list[BotMessage]:
    """Send `text`; the `replies` new messages it brings."""
    seen = len(user.messages)
    await user.send(text)
    await user.wait_until(lambda u: len(u.messages) >= seen + replies)
    return user.messages[seen:]


def screen(message: BotMessage) -> str:
    return f"{message.text}\n{message.buttons}"


async def test_three_taps_mark_everyone_going_and_corrections_are_audited(bot: RunningBot) -> None:
    carla = await coordinator(bot)
    event_id, people = await meeting(bot, carla)
    before = len(carla.messages)
    await bot.run_due_tasks()
    bot.clock.advance(days=1, hours=1)  # under way: not ended
    await bot.run_due_tasks()
    assert len(carla.messages) == before
    too_early = await bot.services.attendance.mark(carla.id, event_id, people["Ada"].id, came=True)
    assert isinstance(too_early, NotEnded)

    bot.clock.advance(hours=1, minutes=20)
    note = await asked(bot, carla)
    assert (note.text or "").startswith(ASKED), note.text
    assert note.buttons == [["📋 Mark attendance"]]
    for name in ("Ada", "Bea", "Cleo", "Dino"):  # members are asked nothing
        assert not any("ended" in (m.text or "") for m in people[name].messages)

    # Three taps: the note, Mark attendance, All of them.
    await redrawn(carla, "📋 Mark attendance", note)
    assert "Who came to" in (note.text or ""), screen(note)
    assert note.buttons[0] == ["⬜ Ada", "⬜ Bea"]
    assert note.buttons[1] == ["⬜ Cleo"]
    said = await redrawn(carla, "✅ All of them", note)
    assert said == "Marked 3 people."
    assert note.buttons[0] == ["✅ Ada · 2 h", "✅ Bea · 2 h"]
    assert "Marked: 3 · said Going: 3" in (note.text or "")
    assert await audited(bot, "attendance.marked") == 3

    # Bea did not come after all; Dino came without saying Going.
    await redrawn(carla, "✅ Bea · 2 h", note)
    assert note.button("⬜ Bea") is not None
    assert await audited(bot, "attendance.unmarked") == 1
    await redrawn(carla, "➕ Add a member who came", note)
    assert note.buttons[0] == ["Dino · maybe"], screen(note)
    await redrawn(carla, "Dino · maybe", note)
    assert note.button("✅ Dino · 2 h") is not None, screen(note)

    # Ada stayed an hour and a half: typed, after a wrong try.
    await redrawn(carla, "⏱️ Hours", note)
    ask = await new_message(carla, "✅ Ada · 2 h", note)
    assert (ask.text or "").startswith("⏱️ How many hours did Ada give?")
    for wrong in ("tanto", "30 h", "0"):
        (answer,) = await typed(carla, wrong)
        assert (answer.text or "").startswith("I didn't get how many hours"), answer.text
    saved, listing = await typed(carla, "1h30", replies=2)
    assert saved.text == "✅ Ada: 1 h 30 min."
    assert listing.button("✅ Ada · 1 h 30 min") is not None, screen(listing)
    assert await audited(bot, "attendance.hours_set") == 1
    # Or with one of the quick buttons, on the question itself.
    await redrawn(carla, "⏱️ Hours", listing)
    ask = await new_message(carla, "✅ Cleo · 2 h", listing)
    assert ask.buttons[0] == ["1 h", "1 h 30 min", "2 h", "3 h"]  # as /hours says them
    await redrawn(carla, "3 h", ask)
    assert ask.button("✅ Cleo · 3 h") is not None, screen(ask)
    (stray,) = await typed(carla, "2")  # the question was answered: a number is no hours now
    assert not (stray.text or "").startswith("✅ Cleo")
    await bot.services.attendance.set_minutes(carla.id, event_id, people["Cleo"].id, 120)
    rows = await bot.services.db.fetch_all(
        "SELECT member_id, minutes, added FROM attendance WHERE event_id = ? ORDER BY minutes",
        (event_id,),
    )
    assert [(r["member_id"], r["minutes"], r["added"]) for r in rows] == [
        (people["Ada"].id, 90, 0),
        (people["Cleo"].id, 120, 0),
        (people["Dino"].id, 120, 1),
    ]


async def test_marked_twice_erased_since_and_closed_after_fourteen_days(bot: RunningBot) -> None:
    carla = await coordinator(bot)
    event_id, people = await meeting(bot, carla)
    bot.clock.advance(days=1, hours=2, minutes=20)
    note = await asked(bot, carla)
    await redrawn(carla, "📋 Mark attendance", note)
    # The same list, opened again from /manageevents → Ended events.
    (ended,) = await typed(carla, "/manageevents")
    assert ended.text == "You have no upcoming events. Create one with /newevent.", screen(ended)
    await redrawn(carla, "📋 Ended events: attendance", ended)
    assert "Events that ended in the last 90 days" in (ended.text or ""), screen(ended)
    await redrawn(carla, ended.labels[0], ended)
    assert ended.button("⬜ Ada") is not None, screen(ended)

    await redrawn(carla, "⬜ Ada", note)
    said = await redrawn(carla, "⬜ Ada", ended)  # a colleague's stale list: no change, said
    assert said == "Ada is already marked: nothing changed."
    assert ended.button("✅ Ada · 2 h") is not None
    assert await audited(bot, "attendance.marked") == 1
    # A laggy double tap: each button does what it showed, so the second press is a no-op.
    stale = copy.deepcopy(ended.reply_markup)
    await redrawn(carla, "✅ Ada · 2 h", ended)
    ended.reply_markup = stale  # the second tap lands on the button as it was drawn
    said = await redrawn(carla, "✅ Ada · 2 h", ended)
    assert said == "Ada isn't marked: nothing changed."
    assert await audited(bot, "attendance.unmarked") == 1
    ada = people["Ada"].id
    assert await bot.services.attendance.mark(carla.id, event_id, ada, came=True) is Done.MARKED

    await bot.services.members.erase(people["Bea"].id)
    said = await redrawn(carla, "⬜ Bea", note)
    assert said == "This person is no longer in the community: I've taken them off the list."
    assert note.button("⬜ Bea") is None
    assert not await bot.services.db.fetch_all(
        "SELECT 1 FROM attendance WHERE member_id = ?", (people["Bea"].id,)
    )

    bot.clock.advance(days=14)
    said = await redrawn(carla, "⬜ Cleo", note)
    assert said.startswith("🔒 More than 14 days have passed"), said
    # Read only: the names as lines, the files still there, no toggles.
    assert "🔒 Corrections closed on Fri 30 Jan 12:00" in (note.text or ""), screen(note)
    assert "✅ Ada · 2 h" in (note.text or "")
    assert note.buttons == [["📄 CSV", "📥 Excel"], ["⬅️ Ended events"]]
    # Still listed, read only, for 90 days: the file is there when it is asked for.
    await redrawn(carla, "⬅️ Ended events", note)
    assert note.labels[0].startswith("Pulizia del parco · "), screen(note)
    bot.clock.advance(days=75)
    await redrawn(carla, note.labels[0], note)
    assert note.buttons == [["📄 CSV", "📥 Excel"], ["⬅️ Ended events"]], screen(note)
    bot.clock.advance(days=1)
    await redrawn(carla, "⬅️ Ended events", note)
    assert note.text == "None of your events ended in the last 90 days."


async def test_the_note_comes_once_although_the_bot_restarts(
    server: FakeTelegram, make_settings: Callable[..., Settings], clock: FakeClock
) -> None:
    settings = make_settings(TELEGRAM_API_URL=server.api_url, ADMIN_IDS=str(ADMIN))
    async with running_bot(server, settings, clock) as bot:
        carla = await coordinator(bot)
        await meeting(bot, carla)
        bot.clock.advance(days=1, hours=2, minutes=20)
        note = await asked(bot, carla)
        assert (note.text or "").startswith(ASKED)
        notes = len(carla.messages)
    clock.advance(minutes=30)
    async with running_bot(server, settings, clock) as bot:
        await bot.run_due_tasks()
        bot.clock.advance(hours=1)
        await bot.run_due_tasks()
        assert len(carla.messages) == notes
        asks = await bot.services.db.fetch_all("SELECT id FROM tasks WHERE kind = 'attendance_ask'")
        assert len(asks) == 1


@pytest.mark.expect_bot_errors
async def test_a_sweep_that_fails_once_still_runs_next_time(
    bot: RunningBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    carla = await coordinator(bot)
    await meeting(bot, carla)
    asks = bot.services.attendance_asks
    sweep = asks.sweep
    failures: list[int] = []

    async def failing_once() -> int:
        if not failures:
            failures.append(1)
            raise RuntimeError("the database was busy")
        return await sweep()

    monkeypatch.setattr(asks, "sweep", failing_once)
    bot.clock.advance(days=1, hours=2, minutes=20)
    seen = len(carla.messages)
    await bot.run_due_tasks()
    assert failures
    assert len(carla.messages) == seen
    # The next quarter of an hour's sweep was scheduled before the failure: it asks.
    bot.clock.advance(minutes=15)
    note = await asked(bot, carla)
    assert (note.text or "").startswith(ASKED)


async def test_typed_hours_never_land_on_someone_marked_since(bot: RunningBot) -> None:
    carla = await coordinator(bot)
    event_id, people = await meeting(bot, carla)
    bot.clock.advance(days=1, hours=2, minutes=20)
    note = await asked(bot, carla)
    await redrawn(carla, "📋 Mark attendance", note)
    await redrawn(carla, "✅ All of them", note)  # Ada, Bea, Cleo: Cleo's mark is the last row
    await redrawn(carla, "⏱️ Hours", note)
    ask = await new_message(carla, "✅ Cleo · 2 h", note)
    assert (ask.text or "").startswith("⏱️ How many hours did Cleo give?")
    # Meanwhile a colleague takes Cleo's mark back and adds Dino (a new row, maybe Cleo's number).
    attendance = bot.services.attendance
    await attendance.mark(carla.id, event_id, people["Cleo"].id, came=False)
    await attendance.add(carla.id, event_id, people["Dino"].id)
    (answer,) = await typed(carla, "1,5")
    assert answer.text == (
        "This person isn't marked as come any more: mark them again, then change the hours."
    )
    rows = await bot.services.db.fetch_all(
        "SELECT member_id, minutes FROM attendance WHERE event_id = ?", (event_id,)
    )
    assert {(r["member_id"], r["minutes"]) for r in rows} == {
        (people["Ada"].id, 120),
        (people["Bea"].id, 120),
        (people["Dino"].id, 120),
    }
    (stray,) = await typed(carla, "2")  # the question went: a number is no hours now
    assert not (stray.text or "").startswith("✅")


async def test_typed_hours_read_as_italians_write_them_and_more_than_the_event_is_asked(
    bot: RunningBot,
) -> None:
    carla = await coordinator(bot)
    event_id, _ = await meeting(bot, carla)
    bot.clock.advance(days=1, hours=2, minutes=20)
    note = await asked(bot, carla)
    await redrawn(carla, "📋 Mark attendance", note)
    await redrawn(carla, "✅ All of them", note)
    await redrawn(carla, "⏱️ Hours", note)
    await new_message(carla, "✅ Ada · 2 h", note)
    (unclear,) = await typed(carla, "1,75")  # hours and a fraction, or a slip? Asked again.
    assert (unclear.text or "").startswith('🤔 "1,75": I can\'t tell how many hours'), unclear.text
    (sure,) = await typed(carla, "20")
    assert sure.text == "Ada: 20 h, but the event lasted 2 h. Are you sure?"
    assert sure.buttons == [["✅ Yes, 20 h", "✏️ Type again"]]
    ask = await new_message(carla, "✏️ Type again", sure)
    assert (ask.text or "").startswith("⏱️ How many hours did Ada give?")
    saved, listing = await typed(carla, "1.30", replies=2)  # an hour and a half, not 1.3 h
    assert saved.text == "✅ Ada: 1 h 30 min."
    # Bea really did stay on to clean up: 20 h, confirmed with a tap.
    await redrawn(carla, "⏱️ Hours", listing)
    await new_message(carla, "✅ Bea · 2 h", listing)
    (sure,) = await typed(carla, "20")
    await redrawn(carla, "✅ Yes, 20 h", sure)
    assert sure.button("✅ Bea · 20 h") is not None, screen(sure)
    (too_many,) = await typed(carla, "25")  # the question was answered: nothing waits now
    assert not (too_many.text or "").startswith("Bea")
    rows = await bot.services.db.fetch_all(
        "SELECT minutes FROM attendance WHERE event_id = ? ORDER BY minutes", (event_id,)
    )
    assert [r["minutes"] for r in rows] == [90, 120, 1200]


async def test_a_three_day_camp_credits_8_hours_a_day(bot: RunningBot) -> None:
    carla = await coordinator(bot)
    starts = bot.clock.now() + timedelta(days=1)  # Friday 10:00 to Sunday 08:00
    camp = open_event(starts, title="Campo a Pragelato", duration_minutes=46 * 60)
    event_id = await bot.services.events.create(carla.id, camp)
    ada = await member(bot, "Ada", "05/2003", ("climate",))
    assert await bot.services.event_answers.going(ada.id, event_id) == "going"
    bot.clock.advance(days=3)
    seen = len(carla.messages)
    await bot.run_due_tasks()
    await carla.wait_until(lambda u: len(u.messages) > seen)
    note = carla.messages[-1]
    await redrawn(carla, "📋 Mark attendance", note)
    assert note.text is not None
    assert note.text.count("8 h a day") == 1, screen(note)
    assert "🏕️ A long event: each one gets 8 h a day, 24 h in all." in note.text
    await redrawn(carla, "✅ All of them", note)
    assert note.button("✅ Ada · 24 h") is not None, screen(note)
