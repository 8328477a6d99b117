"""/projectlog as a moderator uses it after a safety alert: the alert says who the text was for,
when, and whether it happened before, and opens the log, where the held text is marked as never
delivered; a project is found by part of its title; a double tap sends the file once."""

from __future__ import annotations

from datetime import timedelta

import pytest
from telegram_test_server import FakeUser

from tests.support.harness import RunningBot
from tests.test_contacts_relay import participant, radio_with_moderator, write_to_participants
from tests.test_onboarding_flow import say, tap
from tests.test_projects_flow import coordinator_with_projects, publish
from tests.test_staff import ADMIN, invited, join

pytestmark = pytest.mark.bot_settings(ADMIN_IDS=str(ADMIN))


async def test_the_alert_names_the_minors_counts_repeats_and_opens_the_log(
    bot: RunningBot,
) -> None:
    admin, carla, mara, card = await radio_with_moderator(bot)
    giulia = await participant(bot, carla, "Giulia", "05/2010")  # 15
    pietro = await participant(bot, carla, "Pietro", "05/2011")  # 14
    seen = len(giulia.messages), len(pietro.messages)
    await write_to_participants(carla, card)
    await say(carla, "Per info whatsapp 333 1234567")

    alert = await mara.next_reply()
    text = alert.text or ""
    assert text.startswith("🛡️ Message held · 15/01/2026 ")
    assert "Carla Rossi wrote in the project “Radio giovani”" in text
    assert "👥 It was for the 2 participants, 2 of them under 18: " in text
    assert "Giulia (13–15)" in text
    assert "Pietro (13–15)" in text
    assert "The first time in the last 30 days." in text
    await admin.next_reply()  # the admin's copy

    await say(carla, "oppure carla@example.org")
    again = await mara.next_reply()
    assert "⚠️ 2 times in the last 30 days, this one included." in (again.text or "")
    await admin.next_reply()
    await say(carla, "Ci vediamo sabato alle 10!")
    assert (len(giulia.messages), len(pietro.messages)) != seen  # the rewrite went

    log = await tap(mara, "🗂️ Open the project's log", message=alert)
    assert (log.text or "").startswith('🗂️ Messages of "Radio giovani": 3 in one thread')
    await mara.press("👥 all participants (3)", message=log)
    await bot.server.wait_until(lambda _: log.edits == 1)
    page = log.text or ""
    assert page.startswith('🗂️ "Radio giovani" · all participants (3, oldest first)')
    held = "🛡️ Carla Rossi (held, not delivered: contact details): Per info whatsapp 333 1234567"
    assert held in page
    assert "🧑‍💼 Carla Rossi: Ci vediamo sabato alle 10!" in page
    assert "🧑‍💼 Carla Rossi: Per info" not in page  # never shown as delivered
    assert not any("333 1234567" in (m.text or "") for m in giulia.messages + pietro.messages)
    assert not any("333 1234567" in (m.text or "") for m in carla.messages[-1:])

    await mara.press("📄 All of it in a text file", message=log)
    await mara.press("📄 All of it in a text file", message=log)
    document = await mara.next_reply()
    assert document.document is not None
    name, content = document.document
    assert name == "projectlog-radio-giovani-2026-01-15.txt"
    assert held in content.decode()
    await bot.server.wait_until(
        lambda _: any("just sent you the file" in str(a) for a in mara.callback_answers)
    )
    assert sum(m.document is not None for m in mara.messages) == 1


async def test_projectlog_finds_a_project_by_part_of_its_title(bot: RunningBot) -> None:
    admin, carla = await coordinator_with_projects(bot)
    await publish(bot, carla, "Radio giovani")
    await publish(bot, carla, "Orti in Barriera")
    mara: FakeUser = await join(bot, await invited(bot, admin, "moderator"), "Mara")

    opened = await say(mara, "/projectlog rÁdio")
    assert (opened.text or "").startswith('🗂️ "Radio giovani": no messages so far.')

    several = await say(mara, "/projectlog r")
    assert (several.text or "").startswith("🔎 More than one project matches “r”.")
    assert several.button("Radio giovani")
    assert several.button("Orti in Barriera")

    none = await say(mara, "/projectlog Teatro")
    assert (none.text or "").startswith("🔎 No project is called “Teatro”.")
    assert none.button("Radio giovani") is not None


async def test_the_log_says_when_a_message_waited_for_quiet_hours(bot: RunningBot) -> None:
    admin, carla = await coordinator_with_projects(bot)
    card = await publish(bot, carla, "Radio giovani")
    await participant(bot, carla, "Giulia", "05/2010")  # 15
    bot.clock.advance(timedelta(hours=13))  # 23:00 in Turin
    await write_to_participants(carla, card)
    await say(carla, "Domani si parte alle 10!")

    listing = await say(admin, "/projectlog")
    page = await tap(admin, "Radio giovani", message=listing)
    await admin.press("👥 all participants (1)", message=page)
    await bot.server.wait_until(lambda _: page.edits == 1)
    assert "Domani si parte alle 10!\n🌙 to members under 18 only from 16/01 08:00" in (
        page.text or ""
    )
