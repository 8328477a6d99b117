"""/mydata tells a member about the announcements meant for them (one row per copy is kept):
how many reached them, how many did not and why, and each one in the file; only their own,
and of the sender only the role. /deleteme unlinks those rows."""

from __future__ import annotations

import json

import pytest

from bot.domain.event_audience import Reach
from tests.support.broadcast_people import staff
from tests.support.events import open_event
from tests.support.harness import RunningBot
from tests.test_event_announcements import all_sent, member
from tests.test_events_flow import coordinator
from tests.test_staff import ADMIN

pytestmark = pytest.mark.bot_settings(ADMIN_IDS=str(ADMIN))


async def test_mydata_counts_and_lists_the_announcements_meant_for_them(
    bot: RunningBot,
) -> None:
    carla = await coordinator(bot)
    mia = await staff(bot, "Mia")
    sofia, omar = [await member(bot, name, "03/2000") for name in ("Sofia", "Omar")]
    announcements = bot.services.event_announcements
    # One announcement goes out; the other's event is cancelled before it is approved.
    sent_event = open_event(bot.clock.now().replace(day=20))
    sent_id = await bot.services.events.create(carla.id, sent_event)
    sent = await announcements.announce(carla.id, sent_id, sent_event, Reach.EVERYONE)
    dropped_event = open_event(bot.clock.now().replace(day=21), title="Cena sociale")
    dropped_id = await bot.services.events.create(carla.id, dropped_event)
    dropped = await announcements.announce(carla.id, dropped_id, dropped_event, Reach.EVERYONE)
    assert sent.broadcast_id is not None
    assert dropped.broadcast_id is not None
    await bot.services.broadcasts.approve(sent.broadcast_id, mia.id)
    await all_sent(bot, sent.broadcast_id)
    await bot.services.events.cancel_event(carla.id, dropped_id)
    await bot.services.broadcasts.approve(dropped.broadcast_id, mia.id)
    await all_sent(bot, dropped.broadcast_id)

    seen = len(sofia.messages)
    await sofia.send("/mydata")
    await sofia.wait_until(lambda u: len(u.messages) >= seen + 2)
    summary, file = sofia.messages[seen], sofia.messages[seen + 1]
    text = summary.text or ""
    assert "📣 1 announcement reached you." in text
    assert "Not delivered: 1 because they could not be sent" in text
    assert file.document is not None
    exported = json.loads(file.document[1])
    received = exported["announcements_received"]
    assert [(r["about"], r["what_happened"]) for r in received] == [
        ("Pulizia del parco", "sent"),
        ("Cena sociale", "failed"),
    ]
    assert {r["kind"] for r in received} == {"event"}
    assert {r["from"] for r in received} == {"coordinator"}
    assert all(len(r["day"]) == 10 for r in received)
    dumped = json.dumps(exported, ensure_ascii=False)
    for other in (str(carla.id), str(mia.id), str(omar.id), "Carla", "Omar"):
        assert other not in dumped

    # /deleteme unlinks her rows; her copies stay counted, without her.
    await sofia.send("/deleteme")
    await sofia.wait_until(lambda u: u.messages[-1].button("🗑️ Yes, delete everything") is not None)
    await sofia.press("🗑️ Yes, delete everything", message=sofia.messages[-1])
    await sofia.wait_until(
        lambda u: "I've deleted your profile" in str([m.text for m in u.messages])
    )
    assert await bot.services.privacy.announcements(sofia.id) == []
    counts = await bot.services.broadcast_delivery.counts(sent.broadcast_id)
    assert counts.sent == 2
