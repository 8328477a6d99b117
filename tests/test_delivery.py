"""Honest delivery (rule 27), a project log that stays readable however long it grows, and the
small defects around applications (issue 12, points 8, 9 and 11)."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest

from bot.services.events import ChangeResult
from bot.services.notifications import DeliveryReport
from tests.support.harness import RunningBot
from tests.test_events_service import new_event, reminded
from tests.test_onboarding_flow import say, tap
from tests.test_project_safety import applied
from tests.test_projects_flow import coordinator_with_projects, member, publish, show_interest
from tests.test_staff import ADMIN

pytestmark = pytest.mark.bot_settings(ADMIN_IDS=str(ADMIN))

MARKUP = "&<b>x</b> & <i>" * 66 + "&&&&"  # 1,000 characters, 5,000 and more once escaped


async def accepted(bot: RunningBot, name: str, born: str) -> None:
    carla = next(u for u in bot.server.users if u.first_name == "Carla")
    await applied(bot, name, born)
    card = await carla.next_reply()
    await tap(carla, "✅ Accept", message=card)
    user = next(u for u in bot.server.users if u.first_name == name)
    assert ((await user.next_reply()).text or "").startswith("🎉 You're in!")  # in the daytime


async def write_to_participants(bot: RunningBot, text: str) -> str:
    carla = next(u for u in bot.server.users if u.first_name == "Carla")
    menu = await say(carla, "/myprojects")
    card = await tap(carla, "Orti in Barriera · open", message=menu)
    await carla.press("✉️ Write to participants", message=card)
    await carla.next_reply()
    return (await say(carla, text)).text or ""


async def test_at_night_the_coordinator_is_told_which_copies_wait_for_the_morning(
    bot: RunningBot,
) -> None:
    _, carla = await coordinator_with_projects(bot)
    await publish(bot, carla, "Orti in Barriera")
    await accepted(bot, "Giulia", "05/2009")  # 16
    await accepted(bot, "Sara", "05/2004")  # 21
    bot.clock.set(bot.clock.now().replace(hour=22))  # 23:00 in Turin
    told = await write_to_participants(bot, "Domani alle 9 al giardino!")
    assert told == (
        '✉️ Message to the participants of "Orti in Barriera":\n'
        "✅ Sent now: 1 person.\n"
        "🌙 Waiting until Friday 16 January, 08:00: 1 person under 18"
        " (we don't message minors at night)."
    )
    assert "Message delivered" not in told


async def test_an_answer_to_an_application_held_for_the_night_says_so(bot: RunningBot) -> None:
    _, carla = await coordinator_with_projects(bot)
    await publish(bot, carla, "Orti in Barriera")
    await applied(bot, "Giulia", "05/2009")  # 16
    card = await carla.next_reply()
    bot.clock.set(bot.clock.now().replace(hour=22))  # 23:00 in Turin
    done = await tap(carla, "✅ Accept", message=card)
    assert (done.text or "").endswith(
        "📬 The answer for Giulia:\n🌙 Waiting until Friday 16 January, 08:00: 1 person under 18"
        " (we don't message minors at night)."
    )


async def test_a_long_markup_heavy_log_is_readable_page_by_page_and_as_a_file(
    bot: RunningBot,
) -> None:
    admin, carla = await coordinator_with_projects(bot)
    await publish(bot, carla, "Orti in Barriera")
    await accepted(bot, "Sara", "05/2004")
    sara = next(u for u in bot.server.users if u.first_name == "Sara")
    for number in range(4):
        told = await write_to_participants(bot, f"{number} {MARKUP}"[:1000])
        assert told.endswith("✅ Sent now: 1 person.")
        news = await sara.next_reply()
        assert f"{number} &<b>x</b> & <i>&<b>x</b>" in (news.text or "")  # as typed, not markup
        bot.clock.advance(minutes=1)
    await tap(sara, "↩️ Reply", message=news)
    sent = await say(sara, "&" * 1000)
    assert sent.text == "✉️ Your message to the coordinators:\n✅ Sent now: 1 person."
    back = await carla.next_reply()
    assert (back.text or "").endswith("&" * 1000)

    listing = await say(admin, "/projectlog")
    first = await tap(admin, "Orti in Barriera", message=listing)
    assert "🙋 Sara · 1 message · last 15/01 " in (first.text or "")
    await admin.press("🕑 Everything, newest first", message=first)
    await bot.server.wait_until(lambda _: first.edits == 1)
    text = first.text or ""
    assert text.startswith('🗂️ Messages of "Orti in Barriera" (5 in all, newest first) · page 1 of')
    assert "🙋 Sara: " + "&" * 1000 in text  # the newest first, whole
    assert "3 &<b>x</b>" in text
    assert first.button("◀ Newer") is None
    await admin.press("Older ▶", message=first)
    await bot.server.wait_until(lambda _: first.edits == 2)
    older = first.text or ""
    assert "page 2 of" in older
    assert "🧑‍💼 Carla Rossi: 1 &<b>x</b>" in older or "🧑‍💼 Carla Rossi: 2 &<b>x</b>" in older
    assert first.button("◀ Newer") is not None

    await admin.press("📄 All of it in a text file", message=first)
    document = await admin.next_reply()
    assert document.document is not None
    name, content = document.document
    assert name.endswith(".txt")
    transcript = content.decode()
    assert transcript.startswith('Messages of "Orti in Barriera" (5), oldest first')
    order = [transcript.index(f"Carla Rossi: {n} &<b>x</b>") for n in range(4)]
    assert order == sorted(order)
    assert transcript.index("Carla Rossi: 3") < transcript.index("Sara: " + "&" * 1000)
    assert "&amp;" not in transcript


async def test_deleteme_counts_a_pending_application(bot: RunningBot) -> None:
    _, carla = await coordinator_with_projects(bot)
    await publish(bot, carla, "Orti in Barriera")
    await applied(bot, "Giulia", "05/2008")
    giulia = next(u for u in bot.server.users if u.first_name == "Giulia")
    warning = await say(giulia, "/deleteme")
    assert "applications (1)" in (warning.text or "")


async def test_accept_after_the_member_deleted_their_profile_says_so(bot: RunningBot) -> None:
    _, carla = await coordinator_with_projects(bot)
    await publish(bot, carla, "Orti in Barriera")
    await applied(bot, "Giulia", "05/2008")
    card = await carla.next_reply()
    giulia = next(u for u in bot.server.users if u.first_name == "Giulia")
    warning = await say(giulia, "/deleteme")
    await giulia.press("🗑️ Yes, delete everything", message=warning)
    await bot.server.wait_until(lambda _: warning.edits == 1)
    answered = len(carla.callback_answers)
    await carla.press("✅ Accept", message=card)
    await carla.wait_until(lambda user: len(user.callback_answers) > answered)
    assert carla.callback_answers[-1]["text"] == (
        "This application is no longer there: the person withdrew it or deleted their profile."
    )
    assert "isn't yours" not in str(carla.callback_answers)


async def test_an_interest_note_over_300_characters_can_keep_its_first_300(
    bot: RunningBot,
) -> None:
    _, carla = await coordinator_with_projects(bot)
    await publish(bot, carla, "Orti in Barriera")
    giulia = await member(bot, "Giulia", "05/2008", ("climate",))
    await show_interest(giulia)
    long_note = "Ciao! " + "Mi piacciono molto gli orti e la natura. " * 10  # 415 characters
    kept = long_note[: long_note.rfind(" ", 0, 301)]  # up to 300, not cutting a word
    assert len(kept) <= 300
    assert long_note[len(kept)] == " "
    offer = await say(giulia, long_note)
    assert (offer.text or "").startswith("✂️ The message is 415 characters long: 300 at most.")
    assert offer.button("✂️ Keep the first 300 characters and send") is not None
    sent = await tap(giulia, "✂️ Keep the first 300 characters and send", message=offer)
    assert (sent.text or "").startswith("📨 Application sent for")
    card = await carla.next_reply()
    assert kept in (card.text or "")
    rows = await bot.services.db.fetch_all("SELECT message FROM applications")
    assert [row["message"] for row in rows] == [kept]
    assert offer.buttons == []  # used: it cannot send twice


async def test_an_event_changed_or_cancelled_at_night_reports_the_notices(bot: RunningBot) -> None:
    events = bot.services.events
    new = new_event(bot, None, timedelta(days=3))
    event_id = await events.create(ADMIN, new)
    teen = await reminded(bot, "Teo", born="05/2009")  # 16
    adult = await reminded(bot, "Ada")
    for member_id in (teen.id, adult.id):
        assert await bot.services.event_answers.going(member_id, event_id) == "going"
    bot.clock.advance(hours=13)  # 23:00 in Rome
    result, told = await events.update(ADMIN, event_id, replace(new, place="Cascina Roccafranca"))
    assert result is ChangeResult.SAVED
    assert told is not None
    assert (told.sent, told.held) == (1, 1)
    assert told.held_until is not None
    assert told.held_until.hour == 8  # in Rome
    renamed, nobody_told = await events.update(
        ADMIN, event_id, replace(new, place="Cascina Roccafranca", title="Festa")
    )
    assert (renamed, nobody_told) == (ChangeResult.SAVED, None)  # a new title is no news
    assert await events.cancel_event(ADMIN, event_id) == (
        ChangeResult.SAVED,
        DeliveryReport(sent=1, held=1, held_until=told.held_until),
    )


async def test_keeping_the_start_of_a_lapsed_note_sends_nothing(bot: RunningBot) -> None:
    _, carla = await coordinator_with_projects(bot)
    await publish(bot, carla, "Orti in Barriera")
    giulia = await member(bot, "Giulia", "05/2008", ("climate",))
    await show_interest(giulia)
    offer = await say(giulia, "Ciao! " + "Adoro gli orti. " * 30)
    bot.clock.advance(minutes=31)  # the question has lapsed
    answer = await tap(giulia, "✂️ Keep the first 300 characters and send", message=offer)
    assert (answer.text or "").startswith("⌛ Some time has passed and I no longer have that")
    assert offer.buttons == []
    assert await bot.services.db.fetch_all("SELECT id FROM applications") == []
