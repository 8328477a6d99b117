"""What people found writing and approving broadcasts, each held to its fix through the fake
Telegram: contact details to minors (rule 24), the approval cards, the moderators' questions."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime

import pytest
from telegram_test_server import FakeUser

from tests.support.broadcast_people import member, staff
from tests.support.harness import RunningBot
from tests.test_broadcast_flow import say, tap, to_audience, until_buttons, waiting_card
from tests.test_broadcast_service import launched

SEND_NOW = "✅ Yes, send"


async def confirm_now(user: FakeUser) -> None:
    """Confirm a broadcast that goes at once: the pressed message itself becomes the
    confirmation (above the progress message), so no new message comes."""
    await user.press(SEND_NOW)
    await user.wait_until(lambda u: all(m.button(SEND_NOW) is None for m in u.messages))


EMMA = "Per info scrivetemi su Instagram @emma.verdi o al 333 1234567, oppure emma.verdi@gmail.com"


async def test_contact_details_cannot_go_to_minors_but_may_go_to_adults_only(
    bot: RunningBot,
) -> None:
    engine = launched(bot)
    emma = await staff(bot, "Emma", "coordinator")
    marta = await staff(bot, "Marta", "moderator")
    await member(bot, "Anna")
    await member(bot, "Bea", born="06/2009")
    await to_audience(emma, EMMA)
    preview = await until_buttons(emma, await tap(emma, "👀 Preview"))
    text = preview.text or ""
    assert "It cannot go like this" in text
    assert "a phone number, an e-mail, a @username, another app" in text
    assert preview.button("📣 Send") is None
    assert preview.button("✏️ Change the message") is not None
    audit = await bot.services.db.fetch_all("SELECT action FROM audit_log")
    assert "broadcast.held_contacts" in {row["action"] for row in audit}
    adults = await until_buttons(emma, await tap(emma, "🔞 Send it to adults only (18+)"))
    text = adults.text or ""
    assert "ages: 18+" in text
    assert "Goes to 1 member" in text
    assert "It cannot go like this" not in text
    await tap(emma, "📣 Send")
    await tap(emma, "✅ Yes, send")
    card = [m for m in marta.messages if "waits for approval" in (m.text or "")][-1]
    await marta.press("✅ Approve", message=card)
    await marta.wait_until(lambda _: card.edits == 1)
    assert len(engine.launches) == 1
    assert len(engine.launches[0][1]) == 1  # Anna only


async def test_a_whatsapp_link_from_a_moderator_is_stopped_at_the_preview(
    bot: RunningBot,
) -> None:
    engine = launched(bot)
    marco = await staff(bot, "Marco", "moderator")
    await member(bot, "Bea", born="06/2009")
    message = "entrate nel gruppo WhatsApp https://chat.whatsapp.com/AbCdEf123 o scrivetemi"
    await to_audience(marco, message)
    preview = await until_buttons(marco, await tap(marco, "👀 Preview"))
    assert "It cannot go like this" in (preview.text or "")
    await tap(marco, "✏️ Change the message")
    again = await until_buttons(marco, await say(marco, "Ci vediamo sabato al parco!"))
    assert "It cannot go like this" not in (again.text or "")
    await tap(marco, "📣 Send")
    await confirm_now(marco)
    assert len(engine.launches) == 1


async def test_a_moderators_edit_with_a_phone_number_is_refused(bot: RunningBot) -> None:
    engine = launched(bot)
    _, marta, card = await waiting_card(bot)
    await marta.press("✏️ Edit the text", message=card)
    asked = await marta.next_reply()
    while "new text" not in (asked.text or ""):
        asked = await marta.next_reply()
    refused = await say(marta, "Call me on 347 9876543")
    assert "a phone number" in (refused.text or "")
    broadcast = await bot.services.broadcasts.get(1)
    assert broadcast is not None
    assert "347" not in broadcast.body
    assert engine.launches == []


async def test_a_scheduled_one_whose_audience_now_has_a_minor_does_not_start(
    bot: RunningBot,
) -> None:
    engine = launched(bot)
    bot.clock.set(datetime(2026, 1, 15, 10, 0, tzinfo=UTC))
    marco = await staff(bot, "Marco", "moderator")
    await member(bot, "Anna")
    await to_audience(marco, "Scrivetemi al 347 9876543")
    preview = await until_buttons(marco, await tap(marco, "👀 Preview"))
    assert "It cannot go like this" not in (preview.text or "")
    await tap(marco, "🕒 When")
    await until_buttons(marco, await say(marco, "16/01 18:00"))
    await tap(marco, "📣 Send")
    await tap(marco, "✅ Yes, send")
    await member(bot, "Bea", born="06/2009")  # joins before it starts
    bot.clock.set(datetime(2026, 1, 16, 17, 0, 1, tzinfo=UTC))
    await bot.run_due_tasks()
    assert engine.launches == []
    await marco.wait_until(lambda u: "did not go" in (u.messages[-1].text or ""))
    broadcast = await bot.services.broadcasts.get(1)
    assert broadcast is not None
    assert broadcast.state == "cancelled"


async def test_approve_while_editing_asks_before_dropping_the_correction(bot: RunningBot) -> None:
    engine = launched(bot)
    _, marta, card = await waiting_card(bot)
    await marta.press("✏️ Edit the text", message=card)
    asked = await marta.next_reply()
    while "new text" not in (asked.text or ""):
        asked = await marta.next_reply()
    await marta.press("✅ Approve", message=card)
    question = await marta.next_reply()
    assert "shall I approve the original?" in (question.text or "")
    assert engine.launches == []
    await marta.press("✏️ No, I will send the new text", message=question)
    again = await say(marta, "A better text!")
    copy = await marta.next_reply()
    assert "A better text!" in (copy.text or "")
    await marta.press("✅ Approve", message=again)
    await marta.wait_until(lambda _: again.edits == 1)
    assert len(engine.launches) == 1
    broadcast = await bot.services.broadcasts.get(1)
    assert broadcast is not None
    assert broadcast.body == "A better text!"


async def test_approve_the_original_while_editing_when_the_moderator_says_so(
    bot: RunningBot,
) -> None:
    engine = launched(bot)
    _, marta, card = await waiting_card(bot)
    await marta.press("✏️ Edit the text", message=card)
    asked = await marta.next_reply()
    while "new text" not in (asked.text or ""):
        asked = await marta.next_reply()
    await marta.press("✅ Approve", message=card)
    question = await marta.next_reply()
    await marta.press("✅ Yes, approve the original", message=question)
    await marta.wait_until(lambda _: question.edits >= 1)
    assert len(engine.launches) == 1
    assert await bot.services.pending.get(marta.id) is None


async def test_cancel_of_a_rejection_says_it_still_waits(bot: RunningBot) -> None:
    engine = launched(bot)
    _, marta, card = await waiting_card(bot)
    await marta.press("✖️ Reject", message=card)
    asked = await marta.next_reply()
    while "Why are you rejecting" not in (asked.text or ""):
        asked = await marta.next_reply()
    said = await say(marta, "/cancel")
    assert "I did not reject it: announcement no. 1 still waits for a decision." in (
        said.text or ""
    )
    await marta.press("✏️ Edit the text", message=card)
    asked = await marta.next_reply()
    while "new text" not in (asked.text or ""):
        asked = await marta.next_reply()
    said = await say(marta, "/cancel")
    assert "did not change" in (said.text or "")
    assert engine.launches == []


@pytest.mark.bot_settings(ADMIN_IDS="777")
async def test_a_demoted_moderator_is_told_and_the_card_loses_its_buttons(
    bot: RunningBot,
) -> None:
    engine = launched(bot)
    await say(bot.server.add_user("Ada", language_code="en", user_id=777), "/start")
    _, marta, card = await waiting_card(bot)
    assert await bot.services.staff.demote(777, marta.id)
    await marta.press("✅ Approve", message=card)
    await marta.wait_until(lambda _: not card.buttons)
    refusal = bot.server.calls_to("answerCallbackQuery")[-1].params
    assert "no longer a moderator" in str(refusal.get("text"))
    assert engine.launches == []


async def test_a_sticker_for_the_message_is_told_what_can_go(bot: RunningBot) -> None:
    marta = await staff(bot, "Marta")
    await member(bot, "Anna")
    await say(marta, "/broadcast")
    await marta.send_sticker()
    told = await marta.next_reply()
    assert "Stickers cannot go as an announcement" in (told.text or "")
    assert "New announcement" in (told.text or "")
    await marta.send_voice()
    told = await marta.next_reply()
    assert "Voice messages cannot go" in (told.text or "")


async def test_quiet_hours_on_the_preview_are_those_of_the_time_it_goes(bot: RunningBot) -> None:
    bot.clock.set(datetime(2026, 1, 15, 22, 10, tzinfo=UTC))  # 23:10 in Turin
    marco = await staff(bot, "Marco", "moderator")
    await member(bot, "Bea", born="06/2009")
    await to_audience(marco, "Ci vediamo sabato!")
    now = await until_buttons(marco, await tap(marco, "👀 Preview"))
    assert "of whom 1 is in quiet hours now (they get it at 08:00)" in (now.text or "")
    await tap(marco, "🕒 When")
    later = await until_buttons(marco, await say(marco, "16/01 18:00"))
    assert "under 18." in (later.text or "")
    assert "quiet hours" not in (later.text or "")
    await tap(marco, "🕒 When")
    night = await until_buttons(marco, await say(marco, "16/01 23:30"))
    assert "is in quiet hours at that time" in (night.text or "")


@pytest.mark.bot_settings(MOD_CHAT_ID="-1001000001017")  # the first group the fake server makes
async def test_every_copy_of_the_card_shows_the_decision_at_once(bot: RunningBot) -> None:
    mod_chat = bot.server.add_group("Moderatori")
    engine = launched(bot)
    sara = await staff(bot, "Sara", "moderator")
    _, marta, card = await waiting_card(bot)
    saras = [m for m in sara.messages if "waits for approval" in (m.text or "")][-1]
    group = [m for m in mod_chat.messages if "aspetta l'approvazione" in (m.text or "")][-1]
    assert "sent" in (card.text or "")  # when the sender submitted it
    await marta.press("✅ Approve", message=card)
    await sara.wait_until(lambda _: saras.edits >= 1)
    assert "Approved by Marta at" in (saras.text or "")
    assert "waits for approval" not in (saras.text or "")
    assert not saras.buttons
    await marta.wait_until(lambda _: group.edits >= 1)
    assert "Approvato da Marta alle" in (group.text or "")
    assert not group.buttons
    assert "Approved by you at" in (card.text or "")
    assert "waits for approval" not in (card.text or "")
    assert "Approved by you at" in (card.text or "")
    assert len(engine.launches) == 1


async def test_a_rejection_is_drawn_on_the_other_cards(bot: RunningBot) -> None:
    launched(bot)
    sara = await staff(bot, "Sara", "moderator")
    _, marta, card = await waiting_card(bot)
    saras = [m for m in sara.messages if "waits for approval" in (m.text or "")][-1]
    await marta.press("✖️ Reject", message=card)
    asked = await marta.next_reply()
    while "Why are you rejecting" not in (asked.text or ""):
        asked = await marta.next_reply()
    await say(marta, "Please say where and when.")
    await sara.wait_until(lambda _: saras.edits >= 1)
    assert "Rejected by Marta" in (saras.text or "")
    assert "Please say where and when." in (saras.text or "")
    assert not saras.buttons


async def test_a_withdrawal_by_the_sender_is_drawn_on_the_cards(bot: RunningBot) -> None:
    launched(bot)
    carla, marta, card = await waiting_card(bot)
    assert await bot.services.broadcasts.cancel_scheduled(1, carla.id)
    await marta.wait_until(lambda _: card.edits >= 1)
    assert "Withdrawn by Carla" in (card.text or "")
    assert not card.buttons


async def test_typed_ages_and_done_with_nothing_chosen(bot: RunningBot) -> None:
    carla = await staff(bot, "Carla", "coordinator")
    await member(bot, "Anna")
    await member(bot, "Bea", born="06/2009")
    await to_audience(carla)
    values = await tap(carla, "🎂 Age")
    assert "18+" in (values.text or "")
    empty = await tap(carla, "✔️ Done")
    assert "You chose nothing" in (empty.text or "")
    await tap(carla, "🎂 Age")
    audience = await say(carla, "18-25")
    assert "18-25" in (audience.text or "")
    assert "1 member matches, 0 under 18" in (audience.text or "")
    await tap(carla, "🎂 Age")
    wrong = await say(carla, "young ones")
    assert "did not understand the ages" in (wrong.text or "")
    audience = await say(carla, "13+")
    assert "13+" in (audience.text or "")
    assert "2 members match" in (audience.text or "")


async def test_a_one_word_reason_is_refused_kindly(bot: RunningBot) -> None:
    engine = launched(bot)
    _, marta, card = await waiting_card(bot)
    await marta.press("✖️ Reject", message=card)
    asked = await marta.next_reply()
    while "Why are you rejecting" not in (asked.text or ""):
        asked = await marta.next_reply()
    again = await say(marta, "no")
    assert "A few more words" in (again.text or "")
    done = await say(marta, "Please say where and when.")
    assert "rejected" in (done.text or "")
    assert engine.launches == []


async def test_the_edit_notice_does_not_say_it_was_approved(bot: RunningBot) -> None:
    carla, marta, card = await waiting_card(bot)
    await marta.press("✏️ Edit the text", message=card)
    asked = await marta.next_reply()
    while "new text" not in (asked.text or ""):
        asked = await marta.next_reply()
    await say(marta, "A new project starts on Monday!")
    await carla.wait_until(lambda u: "changed the text" in (u.messages[-1].text or ""))
    told = carla.messages[-1].text or ""
    assert "before approving" not in told
    assert "still waits for a decision" in told


async def test_modlog_names_the_announcement_its_words_the_reason_and_the_edit(
    bot: RunningBot,
) -> None:
    launched(bot)
    _, marta, card = await waiting_card(bot)
    await marta.press("✏️ Edit the text", message=card)
    asked = await marta.next_reply()
    while "new text" not in (asked.text or ""):
        asked = await marta.next_reply()
    again = await say(marta, "A better text!")
    copy = await marta.next_reply()
    assert "A better text!" in (copy.text or "")
    await marta.press("✖️ Reject", message=again)
    asked = await marta.next_reply()
    while "Why are you rejecting" not in (asked.text or ""):
        asked = await marta.next_reply()
    await say(marta, "Please say where and when.")
    log = await say(marta, "/modlog")
    text = log.text or ""
    assert "announcement no. 1" in text
    assert "begins: “A " in text
    assert "project starts! → A better text!" in text
    assert "Please say where and when." in text


async def test_each_copy_says_who_sends_it_and_how_to_stop_and_a_test_is_marked(
    bot: RunningBot,
) -> None:
    marta = await staff(bot, "Marta")
    anna = await member(bot, "Anna", language="it")
    anna.started = True
    await to_audience(marta, "Ciao a tutti da Gen C!")
    copy = await tap(marta, "👀 Preview")
    community = bot.services.settings.community_name
    assert (copy.text or "").startswith(f"📣 Announcement from {community}")
    assert (copy.text or "").endswith("No more announcements? /settings")
    await until_buttons(marta, await marta.next_reply())
    await marta.press("🧪 Send a test to me")
    test = await marta.next_reply()
    assert (test.text or "").startswith("🧪 TEST — only you see this message")
    assert "Ciao a tutti da Gen C!" in (test.text or "")
    await tap(marta, "📣 Send")
    await confirm_now(marta)
    delivery = bot.services.broadcast_delivery
    async with asyncio.timeout(30):
        await delivery.settled(1)
    got = [m.text or "" for m in anna.all_messages if "Gen C!" in (m.text or "")]
    assert got == [
        f"📣 Annuncio di {community}\n\nCiao a tutti da Gen C!\n\nNon vuoi più annunci? /settings"
    ]
