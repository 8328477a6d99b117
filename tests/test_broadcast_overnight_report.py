"""What the sender of a broadcast sees overnight, as the walkers of issue 14 lived it (Emma, a
coordinator at 23:00; Marco, a moderator at 23:10): one number for each announcement, one
wording for "some sent, the rest wait for quiet hours", a bar that agrees with the words, the
members lost between the preview and the sending named, the 08:00 note saying which
announcement it is. Through the real engine and the fake Telegram."""

from __future__ import annotations

import asyncio
import csv
import io
from datetime import UTC, datetime

import pytest
from telegram_test_server import FakeUser
from telegram_test_server.models import BotMessage

from bot.services.broadcast_history import Change
from storage.broadcasts import BroadcastContent, BroadcastCounts, BroadcastKind, BroadcastState
from tests.support.broadcast_people import member, staff
from tests.support.broadcasts import fresh, stored_broadcast
from tests.support.harness import RunningBot
from tests.support.staff_members import enrolled
from tests.test_broadcast_flow import tap, to_audience, until_buttons
from tests.test_broadcast_history import _press
from tests.test_onboarding_flow import say

EVENING = datetime(2026, 1, 15, 22, 0, tzinfo=UTC)  # Thursday, 23:00 in Rome
MORNING = datetime(2026, 1, 16, 7, 0, 1, tzinfo=UTC)  # 08:00 in Rome


def versions(message: BotMessage) -> list[str]:
    """Every text the message has had, edits included."""
    return [text or "" for text in message.history] + [message.text or ""]


async def unreachable(bot: RunningBot, user: FakeUser) -> None:
    """Wait until the bot has seen `user` block it."""
    async with asyncio.timeout(10):
        while True:
            found = await bot.services.members.get(user.id)
            if found is not None and not found.reachable:
                return
            await asyncio.sleep(0.01)


async def italian_staff(bot: RunningBot, name: str) -> FakeUser:
    user = await enrolled(bot, name, "coordinator", language="it")
    await say(user, "/help")
    return user


async def settled(bot: RunningBot, broadcast_id: int) -> BroadcastCounts:
    delivery = bot.services.broadcast_delivery
    async with asyncio.timeout(30):
        await delivery.settled(broadcast_id)
    return await delivery.counts(broadcast_id)


async def _overnight(bot: RunningBot) -> tuple[FakeUser, FakeUser, BotMessage]:
    """Carla writes to Turin at 23:00: Anna (an adult) and Bea and Ciro (16) are in it, and so
    is Eva (16), who blocks the bot after the preview. Marta approves; the status is up."""
    bot.clock.set(EVENING)
    carla = await staff(bot, "Carla", "coordinator")
    marta = await staff(bot, "Marta", "moderator")
    anna = await member(bot, "Anna")
    teens = [await member(bot, name, born="06/2009") for name in ("Bea", "Ciro", "Eva")]
    for person in (anna, *teens):
        person.started = True
    await to_audience(carla, "Clean-up at the Valentino park!")
    await tap(carla, "📍 City")
    await tap(carla, "Torino")
    await tap(carla, "✔️ Done")
    preview = await until_buttons(carla, await tap(carla, "👀 Preview"))
    assert "4" in (preview.text or "")
    await tap(carla, "📣 Send")
    await tap(carla, "✅ Yes, send")
    teens[2].block()
    await unreachable(bot, teens[2])
    card = [m for m in marta.messages if "waits for approval" in (m.text or "")][-1]
    await marta.press("✅ Approve", message=card)
    await marta.wait_until(lambda _: card.edits == 1)
    counts = await settled(bot, 1)
    assert (counts.total, counts.sent, counts.held) == (3, 1, 2)
    status = [m for m in carla.messages if "no. 1" in (m.text or "")][-1]
    await carla.wait_until(lambda _: "1 sent" in (status.text or ""))
    return carla, marta, status


async def test_overnight_one_wording_for_copies_that_wait_and_the_lost_one_is_named(
    bot: RunningBot,
) -> None:
    carla, _, status = await _overnight(bot)
    text = status.text or ""
    assert "📣 1 sent · 2 go tomorrow at 08:00 (quiet hours for under-18s)" in text
    assert "Sent to 1 of 4" in text  # the four of the preview, not the three fixed later
    assert "1 can no longer be reached (blocked the bot or switched announcements off" in text
    assert "Announcement sent" not in text
    assert status.buttons == [["📄 Who wasn't reached (CSV)"]]

    await carla.send("/broadcasts")
    await carla.wait_until(lambda u: "Your announcements" in (u.messages[-1].text or ""))
    listing = carla.messages[-1]
    assert "no. 1" in (listing.text or "")
    assert "📣 1 sent · 2 go tomorrow at 08:00" in (listing.text or "")
    assert "Going out" not in (listing.text or "")
    await _press(carla, "no. 1", listing)
    detail = listing.text or ""
    assert "📣 1 sent · 2 go tomorrow at 08:00" in detail
    assert "Going out now" not in detail
    assert listing.buttons[0] == ["✋ Don't send the 2 waiting"]

    # 08:00: the two go. Never a "sending… 100%, less than a minute" for copies that waited.
    seen = len(carla.messages)
    bot.clock.set(MORNING)
    await bot.run_due_tasks()
    counts = await settled(bot, 1)
    assert (counts.sent, counts.held) == (3, 0)
    await carla.wait_until(lambda u: len(u.messages) > seen)
    note = carla.messages[-1].text or ""
    assert "Announcement no. 1 (“Clean-up at the Valentino park!”)" in note
    assert "the 2 copies that waited" in note
    assert "reached 3 people" in note
    await carla.wait_until(lambda _: "Sent to 3 of 4" in (status.text or ""))
    for version in versions(status):
        assert "100%" not in version
        assert "minute" not in version


async def test_the_bar_counts_what_was_tried_and_names_the_copies_that_wait(
    bot: RunningBot,
) -> None:
    carla = await staff(bot, "Carla", "coordinator")
    bot.clock.set(EVENING)
    broadcast = await stored_broadcast(bot, carla.id, recipients=50)
    counts = BroadcastCounts(
        total=50, pending=43, sent=4, held=3, held_until=MORNING
    )  # 7 done, but only 4 tried
    await bot.services.broadcast_progress.show(broadcast, counts, final=False)
    text = carla.messages[-1].text or ""
    assert "▱▱▱▱▱▱▱▱▱▱ 8% · 3 waiting" in text
    assert "Sent to 4 of 50" in text


async def test_nothing_sent_yet_is_never_called_sent(bot: RunningBot) -> None:
    carla = await italian_staff(bot, "Carla")
    bot.clock.set(EVENING)
    broadcast = await stored_broadcast(bot, carla.id, recipients=3)
    progress = bot.services.broadcast_progress
    await progress.show(broadcast, BroadcastCounts(total=3, pending=3), final=False)
    waiting = BroadcastCounts(total=3, held=3, held_until=MORNING)
    bot.clock.advance(seconds=5)
    await progress.show(await fresh(bot, broadcast), waiting, final=True)
    text = carla.messages[-1].text or ""
    assert "🌙 3 partono domani alle 08:00 (ore di quiete per i minorenni)" in text
    assert "inviato" not in text.replace("Non ancora inviato a nessuno", "")
    assert "Annuncio n. " in text


async def test_the_follow_up_of_one_copy_says_one_person(bot: RunningBot) -> None:
    carla = await italian_staff(bot, "Carla")
    bot.clock.set(EVENING)
    first = await stored_broadcast(bot, carla.id, "Sabato si pulisce il parco", recipients=1)
    second = await stored_broadcast(bot, carla.id, "Domenica si gioca a calcio", recipients=1)
    progress = bot.services.broadcast_progress
    for broadcast in (first, second):
        held = BroadcastCounts(total=1, held=1, held_until=MORNING)
        await progress.show(broadcast, held, final=True)
    bot.clock.set(MORNING)
    seen = len(carla.messages)
    for broadcast in (first, second):
        await progress.show(
            await fresh(bot, broadcast), BroadcastCounts(total=1, sent=1), final=True
        )
    await carla.wait_until(lambda u: len(u.messages) >= seen + 2)
    notes = [m.text or "" for m in carla.messages[seen:]]
    assert len(notes) == 2
    assert "Annuncio n. 1 («Sabato si pulisce il parco»)" in notes[0]
    assert "Annuncio n. 2 («Domenica si gioca a calcio»)" in notes[1]
    assert "la copia che aspettava" in notes[0]
    assert "arrivato a 1 persona:" in notes[0]


async def test_an_event_announcement_names_its_event(bot: RunningBot) -> None:
    carla = await staff(bot, "Carla", "coordinator")
    bot.clock.set(EVENING)
    await bot.services.db.execute(
        "INSERT INTO events (id, title, starts_at, duration_minutes, status, created_by,"
        " created_at) VALUES (7, 'Valentino clean-up', ?, 60, 'open', ?, ?)",
        ("2026-02-01T10:00:00.000000Z", carla.id, "2026-01-01T10:00:00.000000Z"),
    )
    repository = bot.services.broadcast_history.repository
    broadcast_id = await repository.create(
        carla.id,
        BroadcastContent(kind=BroadcastKind.EVENT, body="", event_id=7),
        "[]",
        BroadcastState.SENDING,
        None,
        bot.clock.now(),
    )
    broadcast = await repository.get(broadcast_id)
    assert broadcast is not None
    await bot.services.broadcast_progress.show(
        broadcast, BroadcastCounts(total=2, sent=2), final=True
    )
    assert "The card of the event “Valentino clean-up”" in (carla.messages[-1].text or "")


async def test_the_detail_says_when_it_was_written_and_when_it_went(bot: RunningBot) -> None:
    carla = await italian_staff(bot, "Carla")
    bot.clock.set(EVENING)
    await stored_broadcast(bot, carla.id, recipients=3)
    listing = await say(carla, "/broadcasts")
    await _press(carla, "n. 1", listing)
    text = listing.text or ""
    assert "📣 Annuncio n. 1\n✍️ Scritto giovedì 15 gennaio, 23:00\n📤 Partito giovedì" in text
    assert "Annuncio del" not in text


async def test_a_moderators_confirmation_comes_before_the_progress(bot: RunningBot) -> None:
    marta = await staff(bot, "Marta", "moderator")
    anna = await member(bot, "Anna")
    anna.started = True
    await to_audience(marta, "Clean-up at the Valentino park!")
    await until_buttons(marta, await tap(marta, "👀 Preview"))
    confirm = await tap(marta, "📣 Send")
    await marta.press("✅ Yes, send", message=confirm)
    await marta.wait_until(lambda u: any("no. 1" in (m.text or "") for m in u.messages))
    await settled(bot, 1)
    status = [m for m in marta.messages if "no. 1" in (m.text or "")][-1]
    await marta.wait_until(lambda _: "It's going out to" in (confirm.text or ""))
    assert confirm.message_id < status.message_id
    assert not confirm.buttons


async def test_a_second_tap_on_ones_own_stop_says_what_they_did(bot: RunningBot) -> None:
    carla = await staff(bot, "Carla", "coordinator")
    bot.clock.set(EVENING)
    broadcast = await stored_broadcast(bot, carla.id)
    counts = BroadcastCounts(total=120, pending=80, sent=40)
    await bot.services.broadcast_progress.show(broadcast, counts, final=False)
    status = await carla.next_reply()
    confirms = []
    for _ in range(2):  # a double tap: two questions
        await carla.press("✋ Stop sending", message=status)
        confirms.append(await carla.next_reply())
    await _press(carla, "✋ Yes, stop sending", confirms[0])
    assert "Done: sending has stopped" in (confirms[0].text or "")
    assert "✋ Stopped" in (confirms[0].text or "")
    await _press(carla, "✋ Yes, stop sending", confirms[1])
    assert "Done: you stopped it at 23:00" in (confirms[1].text or "")
    assert "already cancelled" not in (confirms[1].text or "")
    await carla.send("/broadcasts")
    await carla.wait_until(lambda u: "Your announcements" in (u.messages[-1].text or ""))
    assert "✋ Stopped · sent to" in (carla.messages[-1].text or "")


@pytest.mark.bot_settings(ADMIN_IDS="777")
async def test_a_demoted_moderator_is_told_they_are_no_longer_staff(bot: RunningBot) -> None:
    marco = await staff(bot, "Marco", "moderator")
    assert await bot.services.staff.demote(777, marco.id)
    answer = await say(marco, "/broadcasts")
    assert "You're no longer on the staff" in (answer.text or "")
    assert "coordinators" not in (answer.text or "")


async def test_a_stop_by_someone_else_is_said_as_stopped_with_its_time(bot: RunningBot) -> None:
    carla = await staff(bot, "Carla", "coordinator")
    marta = await staff(bot, "Marta", "moderator")
    bot.clock.set(EVENING)
    broadcast = await stored_broadcast(bot, carla.id)
    counts = BroadcastCounts(total=120, pending=80, sent=40)
    await bot.services.broadcast_progress.show(broadcast, counts, final=False)
    status = await carla.next_reply()
    await carla.press("✋ Stop sending", message=status)
    confirm = await carla.next_reply()
    history = bot.services.broadcast_history
    assert await history.stop(marta.id, broadcast.id) is Change.DONE
    await _press(carla, "✋ Yes, stop sending", confirm)
    assert "Sending had already been stopped at 23:00" in (confirm.text or "")
    assert "cancelled" not in (confirm.text or "")


async def test_at_night_the_csv_names_who_waits_and_stopping_them_says_nothing_went(
    bot: RunningBot,
) -> None:
    """The recheck walk: at 23:00 the CSV said "everyone got it" while two waited for 08:00;
    and stopping the waiting copies was followed by "the copies that waited have gone out"."""
    carla, _, status = await _overnight(bot)
    await carla.press("📄 Who wasn't reached (CSV)", message=status)
    await carla.wait_until(lambda u: any(m.document for m in u.messages))
    sent = [m for m in carla.messages if m.document][-1]
    assert sent.document is not None
    rows = list(csv.reader(io.StringIO(sent.document[1].decode("utf-8-sig")), delimiter=";"))
    assert sorted(rows[1:]) == [
        ["Bea", "Waiting for quiet hours to end"],
        ["Ciro", "Waiting for quiet hours to end"],
    ]

    await carla.send("/broadcasts")
    await carla.wait_until(lambda u: "Your announcements" in (u.messages[-1].text or ""))
    listing = carla.messages[-1]
    await _press(carla, "no. 1", listing)
    await carla.press("✋ Don't send the 2 waiting", message=listing)
    stop = "✋ Yes, stop sending"
    await carla.wait_until(lambda u: any(m.button(stop) for m in u.messages))
    confirm = [m for m in carla.messages if m.button(stop)][-1]
    await _press(carla, stop, confirm)
    await carla.wait_until(lambda _: "stopped" in (confirm.text or "").lower())
    counts = await bot.services.broadcast_delivery.counts(1)
    assert (counts.sent, counts.held, counts.cancelled) == (1, 0, 2)
    await asyncio.sleep(0.3)  # a false "they have gone out" note would come now
    assert not any("copies that waited" in (m.text or "") for m in carla.messages)
    bot.clock.set(MORNING)
    await bot.run_due_tasks()
    await asyncio.sleep(0.3)
    assert not any("copies that waited" in (m.text or "") for m in carla.messages)
