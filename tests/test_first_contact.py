"""First contact through the real Application and the fake Telegram server."""

from __future__ import annotations

import asyncio
from datetime import timedelta

import pytest
from telegram_test_server import FakeTelegramError

from bot.services.notifications import DELIVER, HeldNote, Outcome, Purpose, Text
from tests.support.harness import RunningBot


async def test_start_greets_an_italian_user_in_italian(bot: RunningBot) -> None:
    giulia = bot.server.add_user("Giulia", language_code="it")
    await giulia.send("/start")
    reply = await giulia.next_reply()
    assert reply.text is not None
    assert "Ciao Giulia!" in reply.text
    assert reply.buttons == [["🇮🇹 Italiano", "🇬🇧 English"]]
    member = await bot.services.members.get(giulia.id)
    assert member is not None
    assert member.language is None  # no choice made yet: Telegram's language is used


async def test_start_greets_an_english_user_in_english(bot: RunningBot) -> None:
    sam = bot.server.add_user("Sam", language_code="en-GB")
    await sam.send("/start")
    reply = await sam.next_reply()
    assert reply.text is not None
    assert reply.text.startswith("Hi Sam!")


async def test_other_languages_get_the_default(bot: RunningBot) -> None:
    hans = bot.server.add_user("Hans", language_code="de")
    await hans.send("/start")
    assert "Ciao Hans!" in ((await hans.next_reply()).text or "")


@pytest.mark.bot_settings(DEFAULT_LANGUAGE="en")
async def test_the_default_language_is_a_setting(bot: RunningBot) -> None:
    anon = bot.server.add_user("Anon", language_code=None)
    await anon.send("/start")
    assert "Hi Anon!" in ((await anon.next_reply()).text or "")


async def test_language_switch_is_stored_and_used_everywhere(bot: RunningBot) -> None:
    marco = bot.server.add_user("Marco", language_code="it")
    await marco.send("/language")
    prompt = await marco.next_reply()
    assert prompt.text == "In che lingua vuoi che ti scriva?"
    assert prompt.buttons == [["🇮🇹 Italiano", "🇬🇧 English"]]
    await marco.press("🇬🇧 English")
    await marco.wait_until(lambda user: bool(user.callback_answers))
    await bot.server.wait_until(lambda _: prompt.edits == 1)
    assert prompt.text == "✅ Great, from now on I'll write to you in English."
    assert await bot.services.members.language_for(marco.id, "it") == "en"
    # The command menu follows the choice, for this chat only.
    key = (f'{{"chat_id":{marco.id},"type":"chat"}}', "")
    await bot.server.wait_until(lambda server: key in server.commands)
    personal = bot.server.commands[key]
    assert personal[0]["description"] == "Start or start over"

    await marco.send("/start")
    assert ((await marco.next_reply()).text or "").startswith("Hi Marco!")


async def test_pressing_a_language_button_twice_is_harmless(bot: RunningBot) -> None:
    lea = bot.server.add_user("Lea", language_code="en")
    await lea.send("/language")
    prompt = await lea.next_reply()
    # Two quick presses: both reach the bot before the edit removes the keyboard.
    await lea.press("🇮🇹 Italiano")
    await lea.press("🇮🇹 Italiano", message=prompt)
    await lea.wait_until(lambda user: len(user.callback_answers) == 2)
    await bot.server.wait_until(lambda _: prompt.edits == 1)
    assert await bot.services.members.language_for(lea.id, "en") == "it"
    assert prompt.buttons == []  # Telegram drops the keyboard an edit does not repeat
    with pytest.raises(FakeTelegramError, match="no inline button"):
        await lea.press("🇮🇹 Italiano", message=prompt)


async def test_help_lists_the_commands(bot: RunningBot) -> None:
    eva = bot.server.add_user("Eva", language_code="it")
    await eva.send("/help")
    text = (await eva.next_reply()).text or ""
    for command in ("/start", "/profile", "/settings", "/mydata", "/deleteme", "/about", "/cancel"):
        assert command in text
    assert "16 comandi" in text


async def test_command_menu_is_published_in_both_languages(bot: RunningBot) -> None:
    commands = bot.server.commands
    italian = commands[("default", "it")]
    english = commands[("default", "en")]
    assert [c["command"] for c in italian] == [c["command"] for c in english]
    assert italian[0]["description"] != english[0]["description"]
    assert commands[("default", "")] == italian  # DEFAULT_LANGUAGE is it


async def test_unknown_commands_and_stray_input_get_a_hint(bot: RunningBot) -> None:
    ugo = bot.server.add_user("Ugo", language_code="en")
    await ugo.send("/dance now")
    assert (await ugo.next_reply()).text == (
        "I don't know the command /dance 🤔 Type /help to see the ones I use."
    )
    await ugo.send("hello?")
    assert "/help" in ((await ugo.next_reply()).text or "")
    await ugo.send_sticker()
    assert "only understand commands" in ((await ugo.next_reply()).text or "")
    sent = await ugo.send("typo")
    await ugo.next_reply()
    await ugo.edit(sent, "fixed")
    assert "edited" in ((await ugo.next_reply()).text or "")


async def test_html_in_a_name_is_shown_not_interpreted(bot: RunningBot) -> None:
    odd = bot.server.add_user("<b>Bo</b> & <i>", language_code="en")
    await odd.send("/start")
    reply = await odd.next_reply()
    assert (reply.text or "").startswith("Hi <b>Bo</b> & <i>!")


@pytest.mark.bot_settings(ADMIN_IDS="10001")
async def test_admin_ids_get_the_staff_greeting(bot: RunningBot) -> None:
    admin = bot.server.add_user("Anna", language_code="it")
    assert admin.id == 10001
    await admin.send("/start")
    assert "Sei nello staff" in ((await admin.next_reply()).text or "")


async def test_blocking_the_bot_marks_the_member_unreachable(bot: RunningBot) -> None:
    bea = bot.server.add_user("Bea", language_code="it")
    await bea.send("/start")
    await bea.next_reply()
    bea.block()
    for _ in range(100):
        member = await bot.services.members.get(bea.id)
        if member is not None and not member.reachable:
            break
        await asyncio.sleep(0.02)
    else:
        pytest.fail("the member was not marked unreachable")
    sends_before = len(bot.server.calls_to("sendMessage"))
    delivery = await bot.services.notifications.deliver(
        bea.id, Text("stray-text"), Purpose.CONSEQUENCE
    )
    assert delivery.outcome is Outcome.UNREACHABLE
    assert len(bot.server.calls_to("sendMessage")) == sends_before  # nothing was even tried
    bea.unblock()
    await bea.send("/start")
    await bea.next_reply()
    member = await bot.services.members.get(bea.id)
    assert member is not None
    assert member.reachable


async def test_a_403_marks_the_member_unreachable(bot: RunningBot) -> None:
    cleo = bot.server.add_user("Cleo", language_code="it")
    await cleo.send("/start")
    await cleo.next_reply()
    cleo.blocked = True  # blocked without the notice reaching us yet
    delivery = await bot.services.notifications.deliver(
        cleo.id, Text("stray-text"), Purpose.CONSEQUENCE
    )
    assert delivery.outcome is Outcome.UNREACHABLE
    member = await bot.services.members.get(cleo.id)
    assert member is not None
    assert not member.reachable


async def test_a_durable_notification_goes_out_when_due_in_the_member_language(
    bot: RunningBot,
) -> None:
    dora = bot.server.add_user("Dora", language_code="en")
    await dora.send("/start")
    await dora.next_reply()
    await bot.services.tasks.schedule(
        DELIVER,
        HeldNote(note="Text", fields={"key": "stray-text", "args": {}}),
        due_at=bot.clock.now() + timedelta(hours=3),
        member_id=dora.id,
    )
    assert await bot.run_due_tasks() == 0
    bot.clock.advance(hours=3)
    assert await bot.run_due_tasks() == 2  # and the quarter-hourly sweep of ended events
    assert (await dora.next_reply()).text == (
        "For now I answer commands and buttons. Type /help to see what I can do."
    )
    assert await bot.run_due_tasks() == 0


@pytest.mark.expect_bot_errors
async def test_a_failing_handler_apologises_without_internals(bot: RunningBot) -> None:
    fede = bot.server.add_user("Fede", language_code="it")
    bot.server.inject_error("sendMessage", status=400, description="Bad Request: boom", count=1)
    await fede.send("/help")
    reply = await fede.next_reply()
    assert reply.text == (
        "Ops, qualcosa è andato storto da parte nostra 😕 Riprova tra poco; "
        "se succede ancora, scrivi /help."
    )
    assert "boom" not in (reply.text or "")


async def test_flood_control_is_respected(bot: RunningBot) -> None:
    bot.server.set_rate_limit(per_second=None, per_chat_per_second=1.0, retry_after=1)
    gio = bot.server.add_user("Gio", language_code="it")
    for _ in range(3):
        await gio.send("/help")
    for _ in range(3):
        assert "/language" in ((await gio.next_reply(timeout=10)).text or "")
    assert any(call.status == 429 for call in bot.server.calls_to("sendMessage"))


async def test_in_a_group_privacy_answers_and_help_points_to_the_private_chat(
    bot: RunningBot,
) -> None:
    pia = bot.server.add_user("Pia", language_code="it")
    group = bot.server.add_group("Gen C community", members=[pia])
    await pia.send("ciao a tutti", chat=group)
    await pia.send("/help", chat=group)
    await pia.send("/privacy@genc_test_bot", chat=group)
    await bot.server.wait_until(lambda _: len(group.messages) == 2)
    pointer, answer = group.messages
    assert "scrivimi in privato" in (pointer.text or "")
    assert "I tuoi dati" in (answer.text or "")
    # Group chatter creates no member record.
    assert await bot.services.members.get(pia.id) is None
