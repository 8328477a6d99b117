"""The coordinator's desk at its edges: a project nobody runs (its coordinator was
removed from the staff) still reaches someone: its participants' messages and the "N waiting"
pointer go to the admins, as its applications do."""

from __future__ import annotations

from datetime import timedelta

import pytest

from tests.support.harness import RunningBot
from tests.test_contacts_relay import participant, write_to_participants
from tests.test_coordinator_desk import applied as waiting
from tests.test_coordinator_fixes import applied
from tests.test_onboarding_flow import say, tap
from tests.test_projects_flow import coordinator_with_projects, publish
from tests.test_staff import ADMIN

pytestmark = pytest.mark.bot_settings(ADMIN_IDS=str(ADMIN))


async def test_a_project_nobody_runs_sends_its_messages_and_waiting_to_the_admins(
    bot: RunningBot,
) -> None:
    admin, carla = await coordinator_with_projects(bot)
    card = await publish(bot, carla, "Orti in Barriera")
    giulia = await participant(bot, carla, "Giulia", "05/2003")
    await write_to_participants(carla, card)
    await say(carla, "Sabato alle 10 agli orti!")
    news = await giulia.next_reply()
    assert await bot.services.staff.demote(ADMIN, carla.id)

    await tap(giulia, "↩️ Reply", message=news)
    sent = await say(giulia, "Posso portare un'amica?")
    assert sent.text == "✉️ Your message to the coordinators:\n✅ Sent now: 1 person."
    wrote = await admin.next_reply()
    assert wrote.text == "💬 Orti in Barriera — Giulia writes:\nPosso portare un'amica?"
    await tap(admin, "↩️ Reply to Giulia", message=wrote)
    await say(admin, "Certo!")
    assert ((await giulia.next_reply()).text or "").endswith("Certo!")

    await applied(bot, admin, "Sara")
    start = await say(admin, "/start")
    assert (start.text or "").startswith("⏳ 1 application is waiting for your answer.")
    seen = len(admin.messages)
    bot.clock.advance(timedelta(days=3, minutes=1))
    await bot.run_due_tasks()
    await admin.wait_until(lambda _: len(admin.messages) >= seen + 2)
    texts = [message.text or "" for message in admin.messages[seen:]]
    assert any(text.startswith("⏰ This application has been waiting") for text in texts)
    assert "In all, 1 application is waiting for an answer: here it is in the list." in texts


async def test_a_decline_reason_held_from_the_list_then_retyped_moves_the_list_on(
    bot: RunningBot,
) -> None:
    _, carla = await coordinator_with_projects(bot)
    await publish(bot, carla, "Orti in Barriera")
    for name in ("Giulia", "Marco"):
        await waiting(bot, carla, name, "05/2009")  # 17: contact details are held
    start = await say(carla, "/start")
    first = await tap(carla, "⏳ Open the list", message=start)
    await tap(carla, "✖️ Decline", message=first)
    held = await say(carla, "Siamo pieni, scrivimi a carla.rossi@gmail.com")
    assert (held.text or "").startswith("🛡️ I didn't send it.")
    await carla.send("Siamo pieni, riprova a marzo")
    assert "declined" in ((await carla.next_reply()).text or "")
    following = await carla.next_reply()
    assert "Waiting · 1 of 1" in (following.text or "")
    assert "👤 Marco" in (following.text or "")


async def test_keeping_only_her_age_tells_the_coordinators_a_place_is_free(
    bot: RunningBot,
) -> None:
    """Her profile goes back to the age alone (she corrected her age, a guardian must
    consent): the place she had is free, said without her name, and suggested again. A pause
    told them already (her place was left first): not twice."""
    _, carla = await coordinator_with_projects(bot)
    await publish(bot, carla, "Orti in Barriera")
    giulia = await participant(bot, carla, "Giulia", "05/2003")
    sara = await participant(bot, carla, "Sara", "05/2004")
    seen = len(carla.messages)
    await bot.services.members.keep_only_age(giulia.id)
    told = await carla.next_reply()
    assert told.text == '🚪 A participant left "Orti in Barriera": a place is free again.'
    (project,) = [
        p for p in await bot.services.projects.projects_of(carla.id) if p.status == "open"
    ]
    assert await bot.services.projects.participants(project.id) == [sara.id]

    assert await bot.services.applications.withdraw_pending(sara.id) == 1
    paused = await carla.next_reply()
    assert "Sara's participation" in (paused.text or "")
    await bot.services.members.keep_only_age(sara.id, keep_history=True)
    assert len(carla.messages) == seen + 2
