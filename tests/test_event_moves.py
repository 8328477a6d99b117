"""A moved event reaches everyone who answered, "Can't go" included (the new time may suit them),
with the three answers as buttons; a cancellation counts and tells every answerer."""

from __future__ import annotations

import pytest
from telegram_test_server import FakeUser
from telegram_test_server.models import BotMessage

from tests.support.harness import RunningBot
from tests.test_events_flow import coordinator, publish_event, write_event
from tests.test_events_service import reminded
from tests.test_onboarding_flow import say, tap
from tests.test_staff import ADMIN

pytestmark = pytest.mark.bot_settings(ADMIN_IDS=str(ADMIN))

ANSWERS = ["✅ Going", "🤔 Maybe", "✖️ I can't come"]


async def four_answers(bot: RunningBot) -> tuple[FakeUser, dict[str, FakeUser]]:
    """Carla's park clean-up with one seat: Ada Going, Dan on the waitlist, Bea Maybe and Cleo
    Can't go."""
    carla = await coordinator(bot)
    await publish_event(carla, await write_event(carla, seats="1"))
    event_id = (await bot.services.events.organised(carla.id, 0, 5)).items[0].id
    answers = bot.services.event_answers
    people = {name: await reminded(bot, name) for name in ("Ada", "Dan", "Bea", "Cleo")}
    for name, answer in (("Ada", "going"), ("Dan", "going"), ("Bea", "maybe"), ("Cleo", "no")):
        await answers.answer(people[name].id, event_id, answer)
    return carla, people


async def open_event(carla: FakeUser, label: str) -> BotMessage:
    listing = await say(carla, "/manageevents")
    await carla.press(label, message=listing)
    await carla.wait_until(lambda u: "going" in (listing.text or "") and "✏️ Edit" in str(listing))
    return listing


async def move_to_saturday(carla: FakeUser) -> str:
    """Carla moves the event to Saturday 18:30 from /manageevents; what Save answers."""
    listing = await open_event(carla, "Pulizia del parco · Friday 16 January, 18:30")
    edit = await tap(carla, "✏️ Edit", message=listing)
    await tap(carla, "✏️ Start", message=edit)
    read_back = await say(carla, "sabato 18:30")
    preview = await tap(carla, "✅ Yes", message=read_back)
    saved = await tap(carla, "💾 Save changes", message=preview)
    return saved.text or ""


async def test_a_move_reaches_every_answerer_with_the_three_answers(bot: RunningBot) -> None:
    carla, people = await four_answers(bot)
    saved = await move_to_saturday(carla)
    assert saved.endswith("✅ Sent now: 4 people."), saved
    await bot.run_due_tasks()
    told = {}
    for name, user in people.items():
        await user.wait_until(lambda u: "has moved" in (u.messages[-1].text or ""))
        told[name] = user.messages[-1]
        # Her answer is marked, as the event card marks it (the waitlist as Going).
        mark = {"Ada": 0, "Dan": 0, "Bea": 1, "Cleo": 2}[name]
        marked = [f"• {label}" if i == mark else label for i, label in enumerate(ANSWERS)]
        # Going (not on the waitlist): her calendar may hold the old time.
        update = [["📆 Update my calendar"]] if name == "Ada" else []
        assert told[name].buttons == [marked, *update], (name, told[name])
        assert "🕒 Saturday 17 January, 18:30" in (told[name].text or "")
    assert "You said you couldn't come: it's now Saturday 17 January, 18:30." in (
        told["Cleo"].text or ""
    )
    assert "Still coming? Then there's nothing to do." in (told["Ada"].text or "")
    assert "You said maybe" in (told["Bea"].text or "")

    # Going stays Going; Cleo's Going follows the usual rules: the one seat is Ada's, and Dan
    # was waiting first.
    answers = bot.services.event_answers
    await people["Ada"].press("• ✅ Going", message=told["Ada"])
    await people["Ada"].wait_until(lambda u: len(u.callback_answers) == 1)
    assert "already" in str(people["Ada"].callback_answers[-1].get("text")).lower()
    await people["Cleo"].press("✅ Going", message=told["Cleo"])
    await people["Cleo"].wait_until(lambda u: len(u.callback_answers) == 1)
    event_id = (await bot.services.events.organised(carla.id, 0, 5)).items[0].id
    found = {name: await answers.rsvp(user.id, event_id) for name, user in people.items()}
    assert {name: r.answer for name, r in found.items() if r} == {
        "Ada": "going",
        "Dan": "waitlist",
        "Bea": "maybe",
        "Cleo": "waitlist",
    }
    waiting = str(people["Cleo"].callback_answers[-1].get("text"))
    assert "waitlist" in waiting.lower(), waiting
    # Ada frees her seat: Dan, first in line, is offered it.
    assert await answers.cannot(people["Ada"].id, event_id) == people["Dan"].id


async def test_a_place_change_is_not_told_to_those_who_cannot_come(bot: RunningBot) -> None:
    carla, people = await four_answers(bot)
    listing = await open_event(carla, "Pulizia del parco · Friday 16 January, 18:30")
    edit = await tap(carla, "✏️ Edit", message=listing)
    await tap(carla, "✏️ Place", message=edit)
    preview = await say(carla, "Parco del Valentino")
    saved = await tap(carla, "💾 Save changes", message=preview)
    assert (saved.text or "").endswith("✅ Sent now: 3 people."), saved.text
    await bot.run_due_tasks()
    for name in ("Ada", "Dan", "Bea"):
        await people[name].wait_until(lambda u: "new place" in (u.messages[-1].text or ""))
    assert not any("new place" in (m.text or "") for m in people["Cleo"].messages)


async def test_the_cancel_confirmation_counts_and_tells_every_answerer(bot: RunningBot) -> None:
    carla, people = await four_answers(bot)
    listing = await open_event(carla, "Pulizia del parco · Friday 16 January, 18:30")
    await carla.press("❌ Cancel event", message=listing)
    await carla.wait_until(lambda u: "Cancel Pulizia del parco?" in (listing.text or ""))
    assert "The 4 people who answered will be told." in (listing.text or "")
    await carla.press("❌ Yes, cancel it", message=listing)
    await carla.wait_until(lambda u: "is cancelled" in (listing.text or ""))
    assert (listing.text or "").endswith("✅ Sent now: 4 people."), listing.text
    await bot.run_due_tasks()
    for user in people.values():
        await user.wait_until(lambda u: "is cancelled" in (u.messages[-1].text or ""))
