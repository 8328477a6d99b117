"""/broadcast as coordinators and moderators live it, through the real Application and the fake
Telegram: the message, the audience with buttons, the preview, Send; the moderators' card."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime

import pytest
from telegram_test_server import FakeUser
from telegram_test_server.models import BotMessage

from handlers.broadcast_copies import frame_reserve
from tests.support.broadcast_people import member, staff
from tests.support.harness import RunningBot
from tests.test_broadcast_service import launched


def reserve(bot: RunningBot) -> int:
    """What each copy's header and footer take of Telegram's limit."""
    services = bot.services
    return frame_reserve(services.translate, services.settings.community_name)


async def tap(user: FakeUser, label: str) -> BotMessage:
    await user.press(label)
    return await user.next_reply()


async def say(user: FakeUser, text: str) -> BotMessage:
    await user.send(text)
    return await user.next_reply()


async def until_buttons(user: FakeUser, first: BotMessage) -> BotMessage:
    """Replies until the one with buttons (the preview comes after the message's copy)."""
    message = first
    while not message.buttons:
        message = await user.next_reply()
    return message


async def test_done_when_a_coordinator_writes_to_turin_climate_and_a_moderator_approves(
    bot: RunningBot,
) -> None:
    engine = launched(bot)
    bot.clock.set(datetime(2026, 1, 15, 22, 0, tzinfo=UTC))  # 23:00 in Turin
    carla = await staff(bot, "Carla", "coordinator")
    marta = await staff(bot, "Marta", "moderator")
    await member(bot, "Anna")
    await member(bot, "Bea", born="06/2009")
    await member(bot, "Ciro", born="02/2010")
    await member(bot, "Dario", city="Milano")
    await member(bot, "Elena", causes=("education",))

    ask = await say(carla, "/broadcast")
    assert "New announcement" in (ask.text or "")
    audience = await say(carla, "Saturday: <b>clean-up</b> at the Valentino park!")
    assert "Everyone who takes announcements" in (audience.text or "")
    values = await tap(carla, "📍 City")
    assert "Torino" in str(values.buttons)
    await tap(carla, "Torino")
    await tap(carla, "✔️ Done")
    await tap(carla, "🌍 Cause")
    await tap(carla, "🌍 Climate")
    audience = await tap(carla, "✔️ Done")
    assert "3 members match, 2 under 18" in (audience.text or "")
    preview = await until_buttons(carla, await tap(carla, "👀 Preview"))
    text = preview.text or ""
    assert "Goes to 3 members: 2 under 18, of whom 2 are in quiet hours now" in text
    assert "at 08:00" in text
    assert "A moderator must approve it first" in text
    await tap(carla, "📣 Send")
    done = await tap(carla, "✅ Yes, send")
    assert "is with the moderators" in (done.text or "")

    card = [m for m in marta.messages if "waits for approval" in (m.text or "")][-1]
    assert "Carla" in (card.text or "")
    await marta.press("✅ Approve", message=card)
    await marta.wait_until(lambda _: card.edits == 1)
    assert "Approved by you" in (card.text or "")
    assert len(engine.launches) == 1
    assert len(engine.launches[0][1]) == 3
    await carla.wait_until(lambda u: "approved your announcement" in (u.messages[-1].text or ""))


async def to_audience(user: FakeUser, text: str = "Hello from the bot!") -> BotMessage:
    await say(user, "/broadcast")
    return await say(user, text)


async def test_formatting_is_kept_and_too_long_after_formatting_is_refused(
    bot: RunningBot,
) -> None:
    marta = await staff(bot, "Marta")
    await member(bot, "Anna")
    await say(marta, "/broadcast")
    await marta._post(  # a message with Telegram's formatting entities
        None,
        {"text": "Big news today", "entities": [{"type": "bold", "offset": 0, "length": 8}]},
    )
    await marta.next_reply()
    preview_copy = await tap(marta, "👀 Preview")
    assert "\n\n<b>Big news</b> today\n\n" in str(preview_copy.params.get("text"))
    await until_buttons(marta, await marta.next_reply())
    ask = await tap(marta, "✏️ Message")
    assert "New announcement" in (ask.text or "")
    refused = await say(marta, "é" * 4097)
    assert "4,097 characters" in (refused.text or "")
    assert f"{4096 - reserve(bot):,}" in (refused.text or "")  # what the frame leaves
    back = await tap(marta, "⬅️ Back to the preview")  # nothing lost
    assert "<b>Big news</b> today" in str(back.params.get("text"))


async def test_a_photo_or_a_document_with_a_caption(bot: RunningBot) -> None:
    marta = await staff(bot, "Marta")
    await member(bot, "Anna")
    await say(marta, "/broadcast")
    await marta.send_photo(caption="x" * 1025)
    refused = await marta.next_reply()
    assert "1,025 characters" in (refused.text or "")
    assert f"{1024 - reserve(bot):,}" in (refused.text or "")
    await marta.send_photo(caption="Our poster")
    await marta.next_reply()
    copy = await tap(marta, "👀 Preview")
    assert copy.method == "sendPhoto"
    assert "\n\nOur poster\n\n" in str(copy.params.get("caption"))
    await until_buttons(marta, await marta.next_reply())
    await tap(marta, "✏️ Message")
    await marta.upload("programme.pdf", b"%PDF-1.4 fake", caption="The programme")
    preview = await marta.next_reply()
    assert preview.method == "sendDocument"
    assert "The programme" in str(preview.params.get("caption"))


async def test_an_audience_of_nobody_is_said_before_the_preview(bot: RunningBot) -> None:
    carla = await staff(bot, "Carla", "coordinator")
    await member(bot, "Anna")
    await to_audience(carla)
    await tap(carla, "🎂 Age")
    await tap(carla, "13–15")
    audience = await tap(carla, "✔️ Done")
    assert "Nobody matches yet" in (audience.text or "")
    again = await tap(carla, "👀 Preview")
    assert "Nobody matches these choices" in (again.text or "")
    assert carla.messages[-1].button("📣 Send") is None


async def test_a_past_date_is_refused_and_a_future_one_schedules_it(bot: RunningBot) -> None:
    engine = launched(bot)
    marta = await staff(bot, "Marta")
    await member(bot, "Anna")
    await to_audience(marta)
    await until_buttons(marta, await tap(marta, "👀 Preview"))
    await tap(marta, "🕒 When")
    past = await say(marta, "14/01 10:00")
    assert "already passed" in (past.text or "")
    await marta.send("16/01 18:30")
    preview = await until_buttons(marta, await marta.next_reply())
    assert "Friday 16 January 2026, 18:30" in (preview.text or "")
    confirm = await tap(marta, "📣 Send")
    assert "Schedule it for Friday 16 January 2026, 18:30" in (confirm.text or "")
    done = await tap(marta, "✅ Yes, send")
    assert "Scheduled" in (done.text or "")
    assert engine.launches == []
    bot.clock.set(datetime(2026, 1, 16, 17, 31, tzinfo=UTC))
    await bot.run_due_tasks()
    assert len(engine.launches) == 1


async def test_cancel_and_resume(bot: RunningBot) -> None:
    marta = await staff(bot, "Marta")
    await member(bot, "Anna")
    await to_audience(marta, "Keep this")
    await tap(marta, "📍 City")
    await marta.send("/broadcast")
    resumed = await marta.next_reply()  # where it was: the city's choices
    assert resumed.button("Torino") is not None
    cancelled = await say(marta, "/cancel")
    assert "nothing was sent" in (cancelled.text or "")
    fresh = await say(marta, "/broadcast")
    assert "New announcement" in (fresh.text or "")


async def test_members_cannot_broadcast(bot: RunningBot) -> None:
    anna = await member(bot, "Anna")
    refused = await say(anna, "/broadcast")
    assert "coordinators and moderators" in (refused.text or "")


async def waiting_card(bot: RunningBot) -> tuple[FakeUser, FakeUser, BotMessage]:
    """Carla's broadcast to everyone (a minor among them) on Marta's screen."""
    carla = await staff(bot, "Carla", "coordinator")
    marta = await staff(bot, "Marta", "moderator")
    await member(bot, "Bea", born="06/2009")
    await to_audience(carla, "A <i>new</i> project starts!")
    await until_buttons(carla, await tap(carla, "👀 Preview"))
    await tap(carla, "📣 Send")
    await tap(carla, "✅ Yes, send")
    card = [m for m in marta.messages if "waits for approval" in (m.text or "")][-1]
    return carla, marta, card


async def test_reject_with_a_reason_tells_the_sender(bot: RunningBot) -> None:
    engine = launched(bot)
    carla, marta, card = await waiting_card(bot)
    await marta.press("✖️ Reject", message=card)
    asked = await marta.next_reply()
    while "Why are you rejecting" not in (asked.text or ""):
        asked = await marta.next_reply()
    done = await say(marta, "Please say where and when.")
    assert "rejected" in (done.text or "")
    told = await carla.next_reply()
    assert "Please say where and when." in (told.text or "")
    assert engine.launches == []


async def test_edit_then_approve_and_a_second_press_finds_it_decided(bot: RunningBot) -> None:
    engine = launched(bot)
    carla, marta, card = await waiting_card(bot)
    luca = await staff(bot, "Luca", "moderator")
    luca_card = [m for m in luca.messages if "waits for approval" in (m.text or "")]
    assert luca_card == []  # joined after it was sent: Marta's card only
    await marta.press("✏️ Edit the text", message=card)
    asked = await marta.next_reply()
    while "new text" not in (asked.text or ""):
        asked = await marta.next_reply()
    again = await say(marta, "A new project starts on Monday!")
    assert again.button("✅ Approve") is not None
    copy = await marta.next_reply()
    assert "A new project starts on Monday!" in (copy.text or "")
    assert "Text changed by you" in (card.text or "")
    assert not card.buttons  # drawn for the old text: nothing left to press
    told = await carla.next_reply()
    assert "It now begins: “A new project starts on Monday!”" in (told.text or "")
    # A new card goes to every moderator, as for a new submission: Luca's first.
    await luca.wait_until(lambda u: any("waits for approval" in (m.text or "") for m in u.messages))
    await marta.press("✅ Approve", message=again)
    await marta.wait_until(lambda _: "Approved by you" in (again.text or ""))
    assert len(engine.launches) == 1


@pytest.mark.bot_settings(ADMIN_IDS="777")
async def test_a_demoted_moderators_press_is_refused(bot: RunningBot) -> None:
    engine = launched(bot)
    await say(bot.server.add_user("Ada", language_code="en", user_id=777), "/start")
    _, marta, card = await waiting_card(bot)
    assert await bot.services.staff.demote(777, marta.id)
    answers = len(bot.server.calls_to("answerCallbackQuery"))
    await marta.press("✅ Approve", message=card)
    await marta.wait_until(lambda _: len(bot.server.calls_to("answerCallbackQuery")) > answers)
    refusal = bot.server.calls_to("answerCallbackQuery")[-1].params
    assert "no longer a moderator" in str(refusal.get("text"))
    assert engine.launches == []
    broadcast = await bot.services.broadcasts.get(1)
    assert broadcast is not None
    assert broadcast.state == "awaiting_approval"


async def test_done_when_with_the_real_engine_minors_wait_until_eight(bot: RunningBot) -> None:
    """The issue's walk: at 23:00 the adult gets it at once, the two 16-year-olds at 08:00, a
    member in Milan never; each exactly once."""
    bot.clock.set(datetime(2026, 1, 15, 22, 0, tzinfo=UTC))
    carla = await staff(bot, "Carla", "coordinator")
    marta = await staff(bot, "Marta", "moderator")
    anna = await member(bot, "Anna")
    teens = [await member(bot, name, born="06/2009") for name in ("Bea", "Ciro")]
    dario = await member(bot, "Dario", city="Milano")
    for person in (anna, *teens, dario):
        person.started = True
    await to_audience(carla, "Clean-up at the Valentino park!")
    await tap(carla, "📍 City")
    await tap(carla, "Torino")
    await tap(carla, "✔️ Done")
    await until_buttons(carla, await tap(carla, "👀 Preview"))
    await tap(carla, "📣 Send")
    await tap(carla, "✅ Yes, send")
    card = [m for m in marta.messages if "waits for approval" in (m.text or "")][-1]
    await marta.press("✅ Approve", message=card)
    await marta.wait_until(lambda _: card.edits == 1)
    delivery = bot.services.broadcast_delivery
    async with asyncio.timeout(30):
        await delivery.settled(1)
    counts = await delivery.counts(1)
    assert (counts.total, counts.sent, counts.held) == (3, 1, 2)

    def copies(user: FakeUser) -> int:
        return sum(
            1 for m in user.all_messages if "Clean-up at the Valentino park!" in (m.text or "")
        )

    assert [copies(u) for u in (anna, *teens, dario)] == [1, 0, 0, 0]
    bot.clock.set(datetime(2026, 1, 16, 7, 0, 1, tzinfo=UTC))
    await bot.run_due_tasks()
    async with asyncio.timeout(30):
        await delivery.settled(1)
    assert [copies(u) for u in (anna, *teens, dario)] == [1, 1, 1, 0]


@pytest.mark.bot_settings(MOD_CHAT_ID="-1001000001017")  # the first group the fake server makes
async def test_the_moderators_group_gets_the_card_and_a_reason_is_asked_in_private(
    bot: RunningBot,
) -> None:
    mod_chat = bot.server.add_group("Moderatori")
    assert mod_chat.id == bot.services.settings.mod_chat_id, mod_chat.id
    engine = launched(bot)
    carla, marta, _ = await waiting_card(bot)
    in_group = [m for m in mod_chat.messages if "aspetta l'approvazione" in (m.text or "")]
    assert len(in_group) == 1
    assert "A <i>new</i> project starts!" in (mod_chat.messages[-1].text or "")  # typed
    await marta.press("✖️ Rifiuta", message=in_group[0])  # the group reads Italian
    asked = await marta.next_reply()
    while "Why are you rejecting" not in (asked.text or ""):
        asked = await marta.next_reply()
    assert asked.chat_id == marta.id
    await say(marta, "Not for everyone, please.")
    told = await carla.next_reply()
    assert "Not for everyone, please." in (told.text or "")
    assert engine.launches == []
