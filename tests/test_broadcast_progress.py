"""What the sender of a broadcast sees while it goes out (issue 14, point 6): one status message,
posted then edited, never more often than Telegram tolerates; the final report in plain words,
quiet hours included; a sender who blocked the bot stops nothing. The delivery engine's calls
are made here by hand, as the engine makes them."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import pytest
from telegram_test_server import FakeTelegram, FakeUser

from bot.core.clock import FakeClock
from bot.core.settings import Settings
from bot.domain.broadcast_progress import percent, preview, progress_bar, rough, time_left
from storage.broadcasts import (
    Broadcast,
    BroadcastContent,
    BroadcastCounts,
    BroadcastRepository,
    BroadcastState,
)
from tests.support.broadcast_members import Seeded, seed_members
from tests.support.broadcasts import fresh, stored_broadcast
from tests.support.harness import RunningBot, running_bot
from tests.support.staff_members import enrolled
from tests.test_telegram_failures import QUICK_RETRIES

ADMIN = 777
pytestmark = pytest.mark.bot_settings(ADMIN_IDS=str(ADMIN))
START = datetime(2026, 3, 10, 9, 0, tzinfo=UTC)


# --- pure --------------------------------------------------------------------------------


def test_the_bar_fills_with_what_is_done() -> None:
    assert progress_bar(0, 120) == "▱" * 10
    assert progress_bar(36, 120) == "▰" * 3 + "▱" * 7
    assert progress_bar(119, 120) == "▰" * 9 + "▱"  # full only when all is done
    assert progress_bar(120, 120) == "▰" * 10
    assert progress_bar(0, 0) == "▰" * 10
    assert (percent(36, 120), percent(119, 120), percent(5, 0)) == (30, 99, 100)


def test_no_time_left_is_guessed_from_the_first_copies() -> None:
    assert time_left(START, START + timedelta(seconds=1), 25, 975) is None
    assert time_left(START, START + timedelta(seconds=10), 5, 995) is None
    left = time_left(START, START + timedelta(seconds=10), 250, 750)
    assert left == timedelta(seconds=30)
    assert time_left(START, START, 0, 0) == timedelta(0)


def test_time_left_is_said_roughly() -> None:
    assert rough(timedelta(seconds=30)).unit == "under-minute"
    assert (rough(timedelta(seconds=130)).unit, rough(timedelta(seconds=130)).count) == (
        "minutes",
        3,
    )
    assert (rough(timedelta(hours=2, minutes=10)).unit, rough(timedelta(hours=2)).count) == (
        "hours",
        2,
    )


def test_a_preview_is_the_first_words_as_plain_text() -> None:
    assert preview("<b>Ciao</b> a   tutti &amp; tutte") == "Ciao a tutti & tutte"
    long = preview("parola " * 30, 40)
    assert long.endswith("…")
    assert len(long) <= 40
    assert "parol…" not in long


# --- through the bot ---------------------------------------------------------------------


async def _coordinator(bot: RunningBot, name: str = "Chiara", language: str = "en") -> FakeUser:
    user = await enrolled(bot, name, "coordinator", language=language)
    await user.send("/help")
    await user.next_reply()
    return user


def _counts(total: int = 120, *, sent: int = 0, failed: int = 0) -> BroadcastCounts:
    return BroadcastCounts(total=total, pending=total - sent - failed, sent=sent, failed=failed)


async def _started(bot: RunningBot) -> tuple[FakeUser, Broadcast]:
    """A coordinator's broadcast of 120 copies, just started: its status message is up."""
    user = await _coordinator(bot)
    bot.clock.set(START)
    broadcast = await stored_broadcast(bot, user.id)
    await bot.services.broadcast_progress.show(broadcast, _counts(), final=False)
    return user, broadcast


async def test_the_status_message_is_posted_then_edited_never_too_often(
    bot: RunningBot,
) -> None:
    user, broadcast = await _started(bot)
    progress = bot.services.broadcast_progress
    status = user.messages[-1]
    assert "Sending announcement no. 1" in (status.text or "")
    assert "Sabato pulizia del parco Dora" in (status.text or "")
    assert "▱▱▱▱▱▱▱▱▱▱ 0%" in (status.text or "")
    assert "Working out how long" in (status.text or "")
    assert status.buttons == [["✋ Stop sending"]]
    stored = await fresh(bot, broadcast)
    assert (stored.status_chat_id, stored.status_message_id) == (user.id, status.message_id)

    for second in range(1, 21):  # the engine every 5 s; a restart may call sooner
        bot.clock.set(START + timedelta(seconds=second * 0.5))
        await progress.show(stored, _counts(sent=second * 3), final=False)
    edits = [call for call in bot.server.calls if call.method == "editMessageText"]
    assert 1 <= len(edits) <= 10  # at most one a second over 10 seconds
    text = user.messages[-1].text or ""
    assert "Sent to 60 of 120" in text
    assert "50%" in text
    assert "About a minute left" in text or "Less than a minute left" in text
    assert user.messages[-1].message_id == status.message_id  # one status message, edited


async def test_the_final_report_at_23_says_who_waits_until_8(bot: RunningBot) -> None:
    user = await _coordinator(bot)
    evening = datetime(2026, 3, 10, 22, 0, tzinfo=UTC)  # 23:00 in Rome
    bot.clock.set(evening)
    broadcast = await stored_broadcast(bot, user.id, recipients=120)
    progress = bot.services.broadcast_progress
    await progress.show(broadcast, _counts(), final=False)
    held_until = datetime(2026, 3, 11, 7, 0, tzinfo=UTC)  # 08:00 in Rome, the next day
    final = BroadcastCounts(
        total=120, sent=116, held=2, held_until=held_until, blocked=1, unknown=1
    )
    bot.clock.advance(seconds=6)
    await progress.show(await fresh(bot, broadcast), final, final=True)
    text = user.messages[-1].text or ""
    assert "Sent to 116 of 120" in text
    assert "116 sent · 2 go tomorrow at 08:00 (quiet hours for under-18s)" in text
    assert "1 has blocked the bot or can't be reached" in text
    assert "1 may have arrived: not sent again, to be safe" in text
    assert "failed" not in text.casefold()
    assert "refused" not in text
    assert user.messages[-1].buttons == [["📄 Who wasn't reached (CSV)"]]

    # The held copies go at 08:00: the report says so, and the sender is told once.
    bot.clock.set(held_until + timedelta(minutes=1))
    after = BroadcastCounts(total=120, sent=118, blocked=1, unknown=1)
    await progress.show(await fresh(bot, broadcast), after, final=True)
    await progress.show(await fresh(bot, broadcast), after, final=True)
    report = user.messages[1].text or ""  # after /help
    assert "Sent to 118 of 120" in report
    assert "wait" not in report
    notes = [m.text or "" for m in user.messages[2:]]
    assert len(notes) == 1
    assert "have gone out" in notes[0]
    assert "118" in notes[0]


async def test_the_italian_report_names_the_hour_in_rome(bot: RunningBot) -> None:
    user = await _coordinator(bot, "Giorgia", language="it")
    bot.clock.set(datetime(2026, 3, 10, 6, 30, tzinfo=UTC))  # 07:30 in Rome
    broadcast = await stored_broadcast(bot, user.id)
    counts = BroadcastCounts(
        total=3, sent=1, held=2, held_until=datetime(2026, 3, 10, 7, 0, tzinfo=UTC)
    )
    await bot.services.broadcast_progress.show(broadcast, counts, final=True)
    text = user.messages[-1].text or ""
    assert "Inviato a 1 su 3" in text
    assert "1 inviato · 2 partono alle 08:00 (ore di quiete per i minorenni)" in text


async def test_a_sender_who_blocked_the_bot_stops_nothing(bot: RunningBot) -> None:
    user, broadcast = await _started(bot)
    progress = bot.services.broadcast_progress
    user.block()
    bot.clock.advance(seconds=5)
    await progress.show(await fresh(bot, broadcast), _counts(sent=40), final=False)
    calls = len(bot.server.calls)
    for step in range(3):
        bot.clock.advance(seconds=5)
        await progress.show(await fresh(bot, broadcast), _counts(sent=60 + step), final=False)
    await progress.show(await fresh(bot, broadcast), _counts(sent=119, failed=1), final=True)
    assert len(bot.server.calls) == calls  # no more tries at the blocked chat
    assert await bot.services.broadcast_progress.repository.status_stopped(broadcast.id)


async def test_a_deleted_status_message_is_posted_again(bot: RunningBot) -> None:
    user, broadcast = await _started(bot)
    progress = bot.services.broadcast_progress
    # The sender deleted it: Telegram says so at the next edit.
    bot.server.inject_error("editMessageText", 400, "Bad Request: message to edit not found")
    bot.clock.advance(seconds=5)
    await progress.show(await fresh(bot, broadcast), _counts(sent=120), final=True)
    assert "Sent to 120 of 120" in (user.messages[-1].text or "")
    assert (await fresh(bot, broadcast)).status_message_id == user.messages[-1].message_id


# --- with the delivery engine --------------------------------------------------------------


async def _delivered(bot: RunningBot, broadcast_id: int) -> BroadcastCounts:
    delivery = bot.services.broadcast_delivery
    async with asyncio.timeout(30):
        await delivery.settled(broadcast_id)
    return await delivery.counts(broadcast_id)


async def test_at_23_two_minors_wait_until_8_and_the_sender_hears_when_they_went(
    bot: RunningBot,
) -> None:
    chiara = await _coordinator(bot)
    bot.clock.set(datetime(2026, 3, 10, 22, 0, tzinfo=UTC))  # 23:00 in Rome
    db, server = bot.services.db, bot.server
    adults = await seed_members(db, server, bot.clock, 6)
    minors = await seed_members(db, server, bot.clock, 2, Seeded(birth=(2010, 1)))
    adults[0].block()
    broadcast_id = await BroadcastRepository(db).create(
        chiara.id,
        BroadcastContent(body="Sabato si pulisce il parco Dora"),
        "[]",
        BroadcastState.SCHEDULED,
        None,
        bot.clock.now(),
    )
    delivery = bot.services.broadcast_delivery
    await delivery.launch(broadcast_id, [user.id for user in adults + minors])
    counts = await _delivered(bot, broadcast_id)
    assert (counts.sent, counts.held, counts.blocked) == (5, 2, 1)

    status = await chiara.next_reply()
    await chiara.wait_until(lambda _: "Sent to 5 of 8" in (status.text or ""))
    text = status.text or ""
    assert "5 sent · 2 go tomorrow at 08:00 (quiet hours for under-18s)" in text
    assert "1 has blocked the bot or can't be reached" in text
    assert status.buttons == [["📄 Who wasn't reached (CSV)"]]
    assert len(chiara.messages) == 2  # /help, then one status message, edited

    # 08:00: the held copies go, the report says so, the sender hears it once.
    bot.clock.set(datetime(2026, 3, 11, 7, 0, 30, tzinfo=UTC))
    await bot.run_due_tasks()
    counts = await _delivered(bot, broadcast_id)
    assert (counts.sent, counts.held) == (7, 0)
    note = await chiara.next_reply()
    assert "have gone out" in (note.text or "")
    await chiara.wait_until(lambda _: "Sent to 7 of 8" in (status.text or ""))
    assert "wait" not in (status.text or "")
    assert all(len(user.messages) == 1 for user in minors)


async def test_after_a_restart_the_same_status_message_is_edited(
    server: FakeTelegram, make_settings: Callable[..., Settings], clock: FakeClock
) -> None:
    settings = make_settings(TELEGRAM_API_URL=server.api_url, ADMIN_IDS=str(ADMIN))
    clock.set(START)
    async with running_bot(server, settings, clock) as bot:
        user = await _coordinator(bot)
        broadcast = await stored_broadcast(bot, user.id)
        await bot.services.broadcast_progress.show(broadcast, _counts(sent=30), final=False)
    clock.advance(seconds=30)
    async with running_bot(server, settings, clock, retries=QUICK_RETRIES) as bot:
        await bot.services.broadcast_progress.show(
            await fresh(bot, broadcast), _counts(sent=90), final=False
        )
    status = user.messages[-1]
    assert len(user.messages) == 2  # /help, then the one status message
    assert "Sent to 90 of 120" in (status.text or "")
    assert status.edits == 1


async def test_a_sender_who_blocks_the_bot_midway_holds_up_no_copy(bot: RunningBot) -> None:
    chiara = await _coordinator(bot)
    bot.clock.set(START)
    db = bot.services.db
    members = await seed_members(db, bot.server, bot.clock, 30)
    broadcast_id = await BroadcastRepository(db).create(
        chiara.id,
        BroadcastContent(body="Sabato si pulisce il parco Dora"),
        "[]",
        BroadcastState.SCHEDULED,
        None,
        bot.clock.now(),
    )
    chiara.blocked = True  # Telegram answers 403 to whatever the bot sends her from now on
    await bot.services.broadcast_delivery.launch(broadcast_id, [user.id for user in members])
    counts = await _delivered(bot, broadcast_id)
    assert (counts.total, counts.sent) == (30, 30)
    assert len(chiara.messages) == 1  # /help only: no status message, and no error logged
    assert await bot.services.broadcast_progress.repository.status_stopped(broadcast_id)
