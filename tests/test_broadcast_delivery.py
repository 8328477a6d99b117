"""The delivery engine of broadcasts, through the real Application against the fake Telegram
server: each member gets one copy, the gate decides who may, Telegram's answers are honoured."""

from __future__ import annotations

import asyncio
import json
from datetime import UTC, datetime

import pytest
from telegram_test_server import ApiCall, FakeTelegram

from bot.services.broadcast_delivery import WAKE, Wake
from storage.broadcasts import Broadcast, BroadcastContent, BroadcastCounts, BroadcastState
from tests.support.broadcast_members import (
    SENDER,
    Seeded,
    busiest_second,
    copies_of,
    new_broadcast,
    seed_members,
)
from tests.support.harness import RunningBot

MARK = "Sabato si pulisce il parco"
ADULT = Seeded(birth=(2000, 5))
MINOR = Seeded(birth=(2010, 1))


class Shown(list[tuple[BroadcastCounts, bool]]):
    """A progress port that remembers what it was asked to show."""

    async def show(self, broadcast: Broadcast, counts: BroadcastCounts, *, final: bool) -> None:
        self.append((counts, final))


async def delivered(
    bot: RunningBot, broadcast_id: int, *, timeout: float = 60.0
) -> BroadcastCounts:
    """Wait until its copies stopped going out now; their counts."""
    delivery = bot.services.broadcast_delivery
    async with asyncio.timeout(timeout):
        await delivery.settled(broadcast_id)
    return await delivery.counts(broadcast_id)


async def state_of(bot: RunningBot, broadcast_id: int) -> str:
    broadcast = await bot.services.broadcast_delivery.broadcasts.get(broadcast_id)
    assert broadcast is not None
    return broadcast.state


def copy_calls(server: FakeTelegram, method: str = "sendMessage") -> list[ApiCall]:
    return [call for call in server.calls_to(method) if MARK in str(call.params)]


async def test_each_member_gets_one_copy_and_the_broadcast_is_done(bot: RunningBot) -> None:
    shown = Shown()
    bot.services.broadcast_delivery.progress = shown
    users = await seed_members(bot.services.db, bot.server, bot.clock, 5)
    broadcast_id = await new_broadcast(bot.services.db, bot.clock)
    await bot.services.broadcast_delivery.launch(broadcast_id, [user.id for user in users])
    counts = await delivered(bot, broadcast_id)
    assert counts.total == counts.sent == 5
    assert set(copies_of(bot.server, MARK, users).values()) == {1}
    copy = users[0].all_messages[-1].text or ""
    assert "Ciao! Sabato si pulisce il parco." in copy
    assert copy.startswith("📣")  # who sends it, on top
    assert copy.endswith("/settings")  # how to stop them, below
    assert await state_of(bot, broadcast_id) == BroadcastState.DONE
    assert shown[0] == (BroadcastCounts(total=5, pending=5), False)  # as it starts
    assert shown[-1] == (counts, True)
    # A second launch changes nothing and sends nothing.
    await bot.services.broadcast_delivery.launch(broadcast_id, [user.id for user in users])
    assert await delivered(bot, broadcast_id) == counts
    assert set(copies_of(bot.server, MARK, users).values()) == {1}


async def test_nobody_to_tell_is_done_at_once(bot: RunningBot) -> None:
    broadcast_id = await new_broadcast(bot.services.db, bot.clock)
    await bot.services.broadcast_delivery.launch(broadcast_id, [])
    assert await delivered(bot, broadcast_id) == BroadcastCounts()
    assert await state_of(bot, broadcast_id) == BroadcastState.DONE


@pytest.mark.bot_settings(BROADCAST_RATE="30")
async def test_a_thousand_copies_under_telegrams_limits_each_once(bot: RunningBot) -> None:
    bot.server.set_rate_limit(30, 1)
    users = await seed_members(bot.services.db, bot.server, bot.clock, 1000)
    broadcast_id = await new_broadcast(bot.services.db, bot.clock)
    await bot.services.broadcast_delivery.launch(broadcast_id, [user.id for user in users])
    counts = await delivered(bot, broadcast_id, timeout=120)
    assert counts.total == counts.sent == 1000
    calls = copy_calls(bot.server)
    assert [call for call in calls if call.status == 429] == []
    assert len(calls) == 1000
    assert busiest_second(calls) <= 30
    assert set(copies_of(bot.server, MARK, users).values()) == {1}


async def test_a_429_storm_pauses_every_copy_and_each_still_goes_once(bot: RunningBot) -> None:
    users = await seed_members(bot.services.db, bot.server, bot.clock, 30)
    bot.server.inject_error(
        "sendMessage", 429, "Too Many Requests: retry after 1", count=6, retry_after=1
    )
    broadcast_id = await new_broadcast(bot.services.db, bot.clock)
    await bot.services.broadcast_delivery.launch(broadcast_id, [user.id for user in users])
    counts = await delivered(bot, broadcast_id)
    assert counts.total == counts.sent == 30
    assert set(copies_of(bot.server, MARK, users).values()) == {1}
    refused = [call for call in copy_calls(bot.server) if call.status == 429]
    assert len(refused) == 6


@pytest.mark.bot_settings(BROADCAST_RATE="1")
async def test_after_a_429_nothing_goes_until_retry_after_has_passed(bot: RunningBot) -> None:
    users = await seed_members(bot.services.db, bot.server, bot.clock, 3)
    bot.server.inject_error(
        "sendMessage", 429, "Too Many Requests: retry after 3", count=1, retry_after=3
    )
    broadcast_id = await new_broadcast(bot.services.db, bot.clock)
    await bot.services.broadcast_delivery.launch(broadcast_id, [user.id for user in users])
    counts = await delivered(bot, broadcast_id)
    assert counts.total == counts.sent == 3
    refused, *sent = copy_calls(bot.server)
    assert refused.status == 429
    assert [call.ok for call in sent] == [True] * 3
    assert sent[0].started_at >= refused.started_at + refused.duration + 3


async def test_a_burst_of_server_errors_is_retried_and_nobody_gets_two(
    bot: RunningBot,
) -> None:
    users = await seed_members(bot.services.db, bot.server, bot.clock, 20)
    bot.server.inject_error("sendMessage", 502, "Bad Gateway", count=12)
    broadcast_id = await new_broadcast(bot.services.db, bot.clock)
    await bot.services.broadcast_delivery.launch(broadcast_id, [user.id for user in users])
    delivery = bot.services.broadcast_delivery
    async with asyncio.timeout(60):
        while delivery.is_running(broadcast_id):
            bot.clock.advance(seconds=10)  # copies tried again after a while
            await asyncio.sleep(0.2)
    counts = await delivery.counts(broadcast_id)
    assert counts.total == counts.sent == 20
    assert set(copies_of(bot.server, MARK, users).values()) == {1}
    assert len([call for call in copy_calls(bot.server) if call.status == 502]) == 12


async def test_blocked_switched_off_and_erased_members_get_nothing(bot: RunningBot) -> None:
    db = bot.services.db
    users = await seed_members(db, bot.server, bot.clock, 4)
    off = await seed_members(db, bot.server, bot.clock, 1, Seeded(announcements=False))
    blocked, erased = users[0], users[1]
    blocked.block()
    broadcast_id = await new_broadcast(db, bot.clock)
    delivery = bot.services.broadcast_delivery
    # The copies are fixed; then someone leaves the community before theirs goes.
    assert await delivery.queue.start(broadcast_id, [u.id for u in users + off], bot.clock.now())
    assert await bot.services.members.erase(erased.id)
    await bot.services.tasks.schedule(WAKE, Wake(broadcast_id))
    await bot.run_due_tasks()
    counts = await delivered(bot, broadcast_id)
    assert counts == BroadcastCounts(total=5, sent=2, blocked=1, switched_off=1, gone=1)
    assert copies_of(bot.server, MARK, [*users, *off]) == {
        blocked.id: 0,
        erased.id: 0,
        users[2].id: 1,
        users[3].id: 1,
        off[0].id: 0,
    }
    member = await bot.services.members.addressee(blocked.id)
    assert member is not None
    assert not member.reachable  # rule 14: nothing more until they come back
    assert sorted(await delivery.not_reached(broadcast_id)) == [
        ("Member0", "blocked"),
        ("Member0", "switched_off"),
        ("—", "gone"),
    ]


async def test_minors_wait_for_the_end_of_quiet_hours(bot: RunningBot) -> None:
    shown = Shown()
    delivery = bot.services.broadcast_delivery
    delivery.progress = shown
    bot.clock.set(datetime(2026, 1, 15, 22, 0, tzinfo=UTC))  # 23:00 in Turin
    db = bot.services.db
    adults = await seed_members(db, bot.server, bot.clock, 3, ADULT)
    minors = await seed_members(db, bot.server, bot.clock, 2, MINOR)
    broadcast_id = await new_broadcast(db, bot.clock)
    await delivery.launch(broadcast_id, [user.id for user in adults + minors])
    counts = await delivered(bot, broadcast_id)
    eight = datetime(2026, 1, 16, 7, 0, tzinfo=UTC)  # 08:00 in Turin
    assert counts == BroadcastCounts(total=5, sent=3, held=2, held_until=eight)
    assert shown[-1] == (counts, True)  # the sender is told: 2 wait until 08:00
    assert await state_of(bot, broadcast_id) == BroadcastState.SENDING
    assert copies_of(bot.server, MARK, minors) == {minor.id: 0 for minor in minors}

    bot.clock.advance(hours=8, minutes=30)  # 07:30 in Turin: still quiet
    await bot.run_due_tasks()
    assert not delivery.is_running(broadcast_id)
    bot.clock.set(eight)
    await bot.run_due_tasks()  # the broadcast's wake-up
    counts = await delivered(bot, broadcast_id)
    assert counts == BroadcastCounts(total=5, sent=5)
    assert set(copies_of(bot.server, MARK, adults + minors).values()) == {1}
    assert await state_of(bot, broadcast_id) == BroadcastState.DONE
    assert shown[-1] == (counts, True)  # and told again when the held copies went


@pytest.mark.bot_settings(BROADCAST_RATE="5")
async def test_cancelled_while_it_goes_out_the_rest_never_go(bot: RunningBot) -> None:
    users = await seed_members(bot.services.db, bot.server, bot.clock, 40)
    broadcast_id = await new_broadcast(bot.services.db, bot.clock)
    delivery = bot.services.broadcast_delivery
    await delivery.launch(broadcast_id, [user.id for user in users])
    await bot.server.wait_until(lambda server: len(copy_calls(server)) >= 3, timeout=10)
    assert await delivery.cancel(broadcast_id, SENDER)
    assert not await delivery.cancel(broadcast_id, SENDER)  # pressed twice
    counts = await delivered(bot, broadcast_id)
    assert await state_of(bot, broadcast_id) == BroadcastState.CANCELLED
    assert counts.cancelled >= 20
    assert counts.total == counts.sent + counts.cancelled == 40
    assert len(copy_calls(bot.server)) == counts.sent
    entries = await bot.services.db.fetch_all(
        "SELECT details FROM audit_log WHERE action = 'broadcast.stopped'"
    )
    assert [json.loads(entry["details"]) for entry in entries] == [
        {"broadcast": broadcast_id, "unsent": counts.cancelled}
    ]


async def test_copies_in_flight_at_a_crash_are_never_sent_again(bot: RunningBot) -> None:
    users = await seed_members(bot.services.db, bot.server, bot.clock, 10)
    broadcast_id = await new_broadcast(bot.services.db, bot.clock)
    delivery = bot.services.broadcast_delivery
    await delivery.queue.start(broadcast_id, [user.id for user in users], bot.clock.now())
    # As if the bot died with three copies claimed (they may have left): the next start.
    await delivery.queue.claim(broadcast_id, 3, bot.clock.now())
    assert await delivery.resume() == 3
    assert await bot.run_due_tasks() == 1
    counts = await delivered(bot, broadcast_id)
    assert counts == BroadcastCounts(total=10, sent=7, unknown=3)
    got = copies_of(bot.server, MARK, users)
    assert [got[user.id] for user in users] == [0] * 3 + [1] * 7
    assert await state_of(bot, broadcast_id) == BroadcastState.DONE


async def test_photos_documents_and_the_senders_test_copy(bot: RunningBot) -> None:
    users = await seed_members(bot.services.db, bot.server, bot.clock, 2)
    photo = bot.server.state.store_file("photo", b"\xff\xd8 a park")
    content = BroadcastContent(
        body=f"<i>{MARK}</i>", media_kind="photo", media_file_id=photo.file_id
    )
    delivery = bot.services.broadcast_delivery
    assert await delivery.send_test(users[0].id, content)
    shown = users[0].all_messages[-1]
    assert MARK in (shown.text or "")
    assert shown.photo == b"\xff\xd8 a park"
    document = bot.server.state.store_file("document", b"%PDF", file_name="programma.pdf")
    letter = BroadcastContent(body=MARK, media_kind="document", media_file_id=document.file_id)
    assert await delivery.send_test(users[1].id, letter)
    shown = users[1].all_messages[-1]
    assert MARK in (shown.text or "")
    assert shown.document == ("programma.pdf", b"%PDF")
    assert [call.method for call in bot.server.calls if MARK in str(call.params)] == [
        "sendPhoto",
        "sendDocument",
    ]


@pytest.mark.bot_settings(BROADCAST_RATE="150")
async def test_a_members_help_is_answered_while_a_broadcast_goes_out(bot: RunningBot) -> None:
    users = await seed_members(bot.services.db, bot.server, bot.clock, 2000)
    asking = bot.server.add_user("Asking", language_code="en")
    await asking.send("/start")
    await asking.next_reply()
    broadcast_id = await new_broadcast(bot.services.db, bot.clock)
    await bot.services.broadcast_delivery.launch(broadcast_id, [user.id for user in users])
    await bot.server.wait_until(lambda server: len(copy_calls(server)) >= 300, timeout=30)
    before = len(copy_calls(bot.server))
    seen = len(asking.messages)
    await asking.send("/help")
    await asking.wait_until(lambda user: len(user.messages) > seen, timeout=10)
    between = len(copy_calls(bot.server)) - before
    assert bot.services.broadcast_delivery.is_running(broadcast_id)  # still going
    assert between < 150  # answered within about a second's worth of copies
    counts = await delivered(bot, broadcast_id, timeout=60)
    assert counts.sent == 2000
