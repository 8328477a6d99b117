"""/broadcasts (issue 14, point 7): the history, paged, with stats; one opened shows its report,
the CSV of those not reached, and what may still change: stop, cancel, change the time,
withdraw. Every press is authorized when it runs."""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime, timedelta

import pytest
from telegram_test_server import BotMessage, FakeUser

from bot.services.broadcast_history import Change
from storage.broadcasts import Broadcast, BroadcastCounts, BroadcastState
from tests.support.broadcasts import fresh, stand_ins, stored_broadcast
from tests.support.harness import RunningBot
from tests.support.staff_members import enrolled
from tests.test_onboarding_flow import say

ADMIN = 777
pytestmark = pytest.mark.bot_settings(ADMIN_IDS=str(ADMIN))
START = datetime(2026, 3, 10, 9, 0, tzinfo=UTC)  # 10:00 in Rome, a Tuesday


async def _staff(bot: RunningBot, name: str, role: str = "coordinator") -> FakeUser:
    user = await enrolled(bot, name, role)
    await say(user, "/help")
    return user


async def _press(user: FakeUser, label: str, message: BotMessage | None = None) -> None:
    """Press and wait for the bot to answer the press (a redraw, a pop-up, a new message)."""
    answered = len(user.callback_answers)
    await user.press(label, message=message)
    await user.wait_until(lambda u: len(u.callback_answers) > answered)


async def _scheduled(bot: RunningBot) -> tuple[FakeUser, Broadcast]:
    """Chiara, a coordinator, and her broadcast to go out tomorrow."""
    chiara = await _staff(bot, "Chiara")
    bot.clock.set(START)
    broadcast = await stored_broadcast(
        bot, chiara.id, state=BroadcastState.SCHEDULED, send_at=START + timedelta(days=1)
    )
    return chiara, broadcast


async def test_the_history_is_paged_newest_first_with_stats(bot: RunningBot) -> None:
    copies = stand_ins(bot)
    chiara = await _staff(bot, "Chiara")
    other = await _staff(bot, "Paolo")
    bot.clock.set(START)
    for number in range(12):
        bot.clock.advance(hours=1)
        broadcast = await stored_broadcast(bot, chiara.id, f"Annuncio numero {number + 1}")
        copies.counted[broadcast.id] = BroadcastCounts(total=40, sent=38, blocked=2)
        await bot.services.db.execute(
            "UPDATE broadcasts SET state = 'done' WHERE id = ?", (broadcast.id,)
        )
    await stored_broadcast(bot, other.id, "Di Paolo")

    first = await say(chiara, "/broadcasts")
    text = first.text or ""
    assert "Your announcements</b> (12) · page 1 of 3" not in text  # HTML is parsed
    assert "Your announcements (12) · page 1 of 3" in text
    assert "Annuncio numero 12" in text
    assert "Annuncio numero 8" in text
    assert "Annuncio numero 7" not in text
    assert "Di Paolo" not in text
    assert "✅ Sent to 38 of 40" in text
    assert first.buttons == [
        ["no. 12", "no. 11", "no. 10", "no. 9", "no. 8"],
        ["· 1/3 ·", "Next ➡️"],
    ]
    await _press(chiara, "Next ➡️", first)
    await _press(chiara, "Next ➡️", first)
    last = first.text or ""
    assert "page 3 of 3" in last
    assert "Annuncio numero 2" in last
    assert "Annuncio numero 1\n" in last or last.count("Annuncio numero") == 2
    assert first.buttons == [["no. 2", "no. 1"], ["⬅️ Previous", "· 3/3 ·"]]

    admin = bot.server.add_user("Ada", language_code="en", user_id=ADMIN)
    everyone = await say(admin, "/broadcasts")
    assert "All staff announcements (13)" in (everyone.text or "")
    assert "Di Paolo" in (everyone.text or "")


async def test_a_scheduled_broadcast_gets_a_new_time_never_a_past_one(bot: RunningBot) -> None:
    chiara = await _staff(bot, "Chiara")
    bot.clock.set(START)
    send_at = START + timedelta(days=2)
    broadcast = await stored_broadcast(
        bot, chiara.id, state=BroadcastState.SCHEDULED, send_at=send_at
    )
    listing = await say(chiara, "/broadcasts")
    assert "🗓 Goes out Thursday 12 March, 10:00" in (listing.text or "")
    await _press(chiara, "no. 1", listing)
    assert listing.buttons[0] == ["🕒 Change time", "🗑 Cancel"]
    await chiara.press("🕒 Change time", message=listing)
    asked = await chiara.next_reply()
    assert "When should it go out?" in (asked.text or "")
    refused = await say(chiara, "09/03 18:00")  # yesterday
    assert "already passed" in (refused.text or "")
    assert (await fresh(bot, broadcast)).send_at == send_at
    done = await say(chiara, "14/03 18:30")
    assert "Done: it goes out Saturday 14 March, 18:30" in (done.text or "")
    assert (await fresh(bot, broadcast)).send_at == datetime(2026, 3, 14, 17, 30, tzinfo=UTC)


async def test_cancelling_twice_says_it_is_already_cancelled(bot: RunningBot) -> None:
    chiara, broadcast = await _scheduled(bot)
    one = await say(chiara, "/broadcasts")
    two = await say(chiara, "/broadcasts")  # the same list, open twice
    for listing in (one, two):
        await _press(chiara, "no. 1", listing)
        await _press(chiara, "🗑 Cancel", listing)
        assert "Cancel this announcement?" in (listing.text or "")
    await _press(chiara, "🗑 Yes, cancel it", one)
    assert "Done: the announcement is cancelled" in (one.text or "")
    assert "✋ Cancelled" in (one.text or "")
    assert (await fresh(bot, broadcast)).state == BroadcastState.CANCELLED
    await _press(chiara, "🗑 Yes, cancel it", two)
    assert "It's already cancelled" in (two.text or "")
    assert "🗑 Cancel" not in str(two.buttons)


async def test_a_demoted_coordinators_press_is_refused(bot: RunningBot) -> None:
    chiara, broadcast = await _scheduled(bot)
    listing = await say(chiara, "/broadcasts")
    await _press(chiara, "no. 1", listing)
    assert await bot.services.staff.demote(ADMIN, chiara.id)
    await _press(chiara, "🗑 Cancel", listing)
    assert chiara.callback_answers[-1].get("show_alert") is True
    assert "no longer on the staff" in str(chiara.callback_answers[-1].get("text"))
    assert "Cancel this announcement?" not in (listing.text or "")
    assert (await fresh(bot, broadcast)).state == BroadcastState.SCHEDULED


async def test_someone_elses_broadcast_cannot_be_opened(bot: RunningBot) -> None:
    chiara = await _staff(bot, "Chiara")
    paolo = await _staff(bot, "Paolo")
    bot.clock.set(START)
    mine = await stored_broadcast(
        bot, chiara.id, state=BroadcastState.SCHEDULED, send_at=START + timedelta(days=1)
    )
    paolos = await stored_broadcast(bot, paolo.id, state=BroadcastState.SCHEDULED, send_at=START)
    listing = await say(chiara, "/broadcasts")
    assert listing.buttons[0] == ["no. 1"]  # only her own
    history = bot.services.broadcast_history
    assert await history.open(chiara.id, paolos.id) is None
    assert await history.cancel(chiara.id, paolos.id) is Change.NOT_ALLOWED
    assert await history.not_reached(chiara.id, paolos.id) is None
    assert (await fresh(bot, paolos)).state == BroadcastState.SCHEDULED
    assert (await history.open(chiara.id, mine.id)) is not None


async def test_stop_sending_from_the_status_message_asks_first(bot: RunningBot) -> None:
    chiara = await _staff(bot, "Chiara")
    bot.clock.set(START)
    broadcast = await stored_broadcast(bot, chiara.id)
    counts = BroadcastCounts(total=120, pending=80, sent=40)
    await bot.services.broadcast_progress.show(broadcast, counts, final=False)
    status = await chiara.next_reply()
    await chiara.press("✋ Stop sending", message=status)
    confirm = await chiara.next_reply()
    assert "Stop sending? Those who got it keep it" in (confirm.text or "")
    assert "Sending announcement no. 1" in (status.text or "")  # the status is left alone
    await _press(chiara, "⬅️ No, leave it", confirm)
    assert (await fresh(bot, broadcast)).state == BroadcastState.SENDING
    await _press(chiara, "✋ Stop sending", confirm)
    await _press(chiara, "✋ Yes, stop sending", confirm)
    assert "Done: sending has stopped" in (confirm.text or "")
    assert (await fresh(bot, broadcast)).state == BroadcastState.CANCELLED


async def test_the_csv_of_those_not_reached_opens_in_a_spreadsheet(bot: RunningBot) -> None:
    copies = stand_ins(bot)
    chiara = await _staff(bot, "Chiara", "coordinator")
    bot.clock.set(START)
    broadcast = await stored_broadcast(bot, chiara.id)
    counts = BroadcastCounts(total=5, sent=2, held=1, blocked=1, gone=1)
    copies.counted[broadcast.id] = counts
    copies.missed[broadcast.id] = [("Luca", "blocked"), ("Sofia", "held"), ("—", "gone")]
    await bot.services.broadcast_progress.show(broadcast, counts, final=True)
    await chiara.next_reply()  # the report
    await chiara.press("📄 Who wasn't reached (CSV)")
    sent = await chiara.next_reply()
    assert sent.document is not None
    name, content = sent.document
    assert name == "announcement-2026-03-10-not-reached.csv"
    assert content.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(content.decode("utf-8-sig")), delimiter=";"))
    assert rows == [
        ["First name", "Why they didn't get it"],
        ["Luca", "Blocked the bot or can't be reached"],
        ["Sofia", "Waiting for quiet hours to end"],
        ["—", "Left the community"],
    ]
    assert str(chiara.id) not in content.decode("utf-8-sig")
    entries = await bot.services.db.fetch_all(
        "SELECT action FROM audit_log WHERE action = 'broadcast.not_reached_read'"
    )
    assert len(entries) == 1
