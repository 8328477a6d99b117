"""What a member reads about an event after it changed: the notice of a move to someone who
said Maybe, a press on a cancelled event's notice, and the copies of the event's announcement,
drawn again when the event moves or is cancelled."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest
from telegram_test_server.models import BotMessage

from bot.services.events import ChangeResult
from tests.support.harness import RunningBot
from tests.test_events_flow import pressed
from tests.test_events_service import new_event, reminded
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
    assert told.buttons == [["✅ Going", "🤔 Maybe", "✖️ I can't come"]]
    await omar.wait_until(lambda u: "The event has moved" in (u.messages[-1].text or ""))
    assert "Still coming? Then there's nothing to do." in (omar.messages[-1].text or "")
    assert omar.messages[-1].buttons == [["✅ Going", "✖️ I can't come"]]


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
