"""Events at the service level: seats, the waitlist, offers that lapse, and reminders sent once
at each offset, or only the most recent after downtime."""

from __future__ import annotations

from datetime import timedelta

from telegram_test_server import FakeUser

from storage.events import NewEvent
from tests.support.events import message_after, open_event
from tests.support.harness import RunningBot
from tests.test_projects_flow import member


def new_event(bot: RunningBot, capacity: int | None, starts_in: timedelta) -> NewEvent:
    return open_event(
        bot.clock.now() + starts_in,
        description="Guanti e sacchi li portiamo noi.",
        capacity=capacity,
    )


async def reminded(bot: RunningBot, name: str, born: str = "05/2003") -> FakeUser:
    user = await member(bot, name, born, ("climate",))
    await bot.services.consents.decide(user.id, "reminders", True)
    return user


async def ada_going(bot: RunningBot, creator: int, new: NewEvent) -> tuple[int, FakeUser]:
    """`new`, created by `creator`, and Ada (who takes reminders) going to it."""
    event_id = await bot.services.events.create(creator, new)
    ada = await reminded(bot, "Ada")
    assert await bot.services.event_answers.going(ada.id, event_id) == "going"
    return event_id, ada


async def test_seats_waitlist_and_an_offer(bot: RunningBot) -> None:
    events = bot.services.events
    answers = bot.services.event_answers
    event_id = await events.create(777, new_event(bot, 2, timedelta(days=3)))
    ada, bea, cleo = [await reminded(bot, n) for n in ("Ada", "Bea", "Cleo")]
    assert await answers.going(ada.id, event_id) == "going"
    assert await answers.going(bea.id, event_id) == "going"
    assert await answers.going(cleo.id, event_id) == "waitlist"
    assert await answers.going(ada.id, event_id) == "going"  # pressed twice: same seat
    assert await answers.cannot(bea.id, event_id) == cleo.id
    assert await answers.confirm_offer(cleo.id, event_id)
    event = await events.get(event_id)
    assert event is not None
    assert event.seats_taken == 2


async def test_an_offer_not_confirmed_passes_to_the_next(bot: RunningBot) -> None:
    events = bot.services.events
    answers = bot.services.event_answers
    event_id = await events.create(777, new_event(bot, 1, timedelta(days=3)))
    ada, bea, cleo = [await reminded(bot, n) for n in ("Ada", "Bea", "Cleo")]
    await answers.going(ada.id, event_id)
    await answers.going(bea.id, event_id)
    await answers.going(cleo.id, event_id)
    assert await answers.cannot(ada.id, event_id) == bea.id
    bot.clock.advance(hours=12, minutes=1)
    await bot.run_due_tasks()
    rsvp = await bot.services.db.fetch_one(
        "SELECT answer FROM rsvps WHERE member_id = ?", (cleo.id,)
    )
    assert rsvp is not None
    assert rsvp["answer"] == "offered"
    assert not await answers.confirm_offer(bea.id, event_id)  # too late for Bea


async def test_reminders_once_each_at_the_offsets(bot: RunningBot) -> None:
    answers = bot.services.event_answers
    event_id, ada = await ada_going(bot, 777, new_event(bot, None, timedelta(days=2)))
    await answers.going(ada.id, event_id)  # twice: still one reminder per offset
    seen = len(ada.messages)
    bot.clock.advance(days=1, seconds=1)
    await bot.run_due_tasks()
    text = await message_after(bot, ada, seen)
    assert text.startswith("⏰ Starts in 24 hours!")
    assert "Pulizia del parco" in text
    bot.clock.advance(hours=23)
    assert "Starts in one hour" in await message_after(bot, ada, seen + 1)
    bot.clock.advance(hours=2)
    await bot.run_due_tasks()
    assert len(ada.messages) == seen + 2


async def test_after_downtime_only_the_latest_reminder_goes_out(bot: RunningBot) -> None:
    _, ada = await ada_going(bot, 777, new_event(bot, None, timedelta(days=2)))
    seen = len(ada.messages)
    bot.clock.advance(days=2, minutes=-20)  # the bot was down through both offsets
    assert "Starts in 20 minutes" in await message_after(bot, ada, seen)
    await bot.run_due_tasks()
    assert len(ada.messages) == seen + 1


async def test_no_reminders_without_consent_or_after_cant_come(bot: RunningBot) -> None:
    events = bot.services.events
    answers = bot.services.event_answers
    event_id = await events.create(777, new_event(bot, None, timedelta(days=2)))
    ada = await reminded(bot, "Ada")
    bea = await member(bot, "Bea", "05/2003", ("climate",))  # reminders not consented
    await answers.going(ada.id, event_id)
    await answers.going(bea.id, event_id)
    await answers.cannot(ada.id, event_id)
    seen_ada, seen_bea = len(ada.messages), len(bea.messages)
    bot.clock.advance(days=2, minutes=-30)
    await bot.run_due_tasks()
    assert (len(ada.messages), len(bea.messages)) == (seen_ada, seen_bea)
