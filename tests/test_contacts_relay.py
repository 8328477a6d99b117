"""Safeguarding rule 24 through the running bot: texts relayed between an adult and a member under
18, either way, are held when they carry contact details; the sender is told why and writes again
at once; an adult who wrote one to a minor is reported to the moderators."""

from __future__ import annotations

import pytest
from telegram_test_server import FakeUser
from telegram_test_server.models import BotMessage

from bot.services.contact_guard import ContactDetailsHeld
from tests.support.harness import RunningBot
from tests.test_onboarding_flow import say, tap
from tests.test_projects_flow import coordinator_with_projects, member, publish
from tests.test_staff import ADMIN, invited, join

pytestmark = pytest.mark.bot_settings(ADMIN_IDS=str(ADMIN))


async def participant(bot: RunningBot, carla: FakeUser, name: str, born: str) -> FakeUser:
    """A member who applied to the project Carla published and was accepted."""
    user = await member(bot, name, born, ("climate",))
    page = await say(user, "/projects")
    await tap(user, "🙋 I'm interested", message=page)
    await say(user, "Ciao!")
    card = await carla.next_reply()
    await tap(carla, "✅ Accept", message=card)
    await user.next_reply()  # "You're in!"
    return user


async def write_to_participants(carla: FakeUser, card: BotMessage) -> None:
    await carla.press("✉️ Write to participants", message=card)
    await carla.next_reply()


async def actions(bot: RunningBot) -> list[str]:
    rows = await bot.services.db.fetch_all("SELECT action FROM audit_log ORDER BY id")
    return [row["action"] for row in rows]


async def radio_with_moderator(bot: RunningBot) -> tuple[FakeUser, FakeUser, FakeUser, BotMessage]:
    """The admin, Carla with "Radio giovani" (for 13–15) published, Mara the moderator, and
    the project's card."""
    admin, carla = await coordinator_with_projects(bot)
    mara = await join(bot, await invited(bot, admin, "moderator"), "Mara")
    return admin, carla, mara, await publish(bot, carla, "Radio giovani")


async def test_a_coordinator_s_number_to_a_15_year_old_is_held_and_reported(
    bot: RunningBot,
) -> None:
    admin, carla, mara, card = await radio_with_moderator(bot)
    giulia = await participant(bot, carla, "Giulia", "05/2010")  # 15
    seen = len(giulia.messages)
    await write_to_participants(carla, card)

    held = await say(carla, "Per info whatsapp 333 1234567")
    text = held.text or ""
    assert text.startswith("🛡️ I didn't send it. In the message I found:")
    assert "• a phone number" in text
    assert "• an invitation to chat on another app" in text
    assert "The member who would get it is under 18" in text
    assert "The moderators get a copy" in text
    assert "Write it again without them" in text
    alert = await mara.next_reply()
    assert (alert.text or "").startswith("🛡️ Message held · 15/01/2026 10:00\nCarla Rossi wrote")
    assert "👤 It was for: Giulia (13–15)\n" in (alert.text or "")
    assert "“Radio giovani”" in (alert.text or "")
    assert (alert.text or "").endswith("The text:\nPer info whatsapp 333 1234567")
    also = await admin.next_reply()  # admins moderate too (in the default language here)
    assert "Per info whatsapp 333 1234567" in (also.text or "")
    assert len(giulia.messages) == seen  # nothing reached her
    # Kept for the moderators only, marked as never delivered.
    kept = await bot.services.db.fetch_all("SELECT held, text FROM project_messages")
    assert [tuple(row) for row in kept] == [("contacts", "Per info whatsapp 333 1234567")]
    assert "contacts.held_to_minor" in await actions(bot)

    # The question is still open: the next text is the rewrite, and it goes.
    sent = await say(carla, "Ci vediamo sabato alle 10 in via Roma 12!")
    assert "✅ Sent now: 1 person." in (sent.text or "")
    news = await giulia.next_reply()
    assert "Ci vediamo sabato alle 10 in via Roma 12!" in (news.text or "")


async def test_a_minor_s_reply_and_application_note_are_held_without_alert(
    bot: RunningBot,
) -> None:
    admin, carla = await coordinator_with_projects(bot)
    card = await publish(bot, carla, "Orti in Barriera")
    teo = await member(bot, "Teo", "05/2009", ("climate",))  # 16
    page = await say(teo, "/projects")
    await tap(teo, "🙋 I'm interested", message=page)
    held = await say(teo, "scrivimi su insta @teo_b")
    assert (held.text or "").startswith("🛡️ I didn't send it.")
    assert "• an @username" in (held.text or "")
    assert "moderators" not in (held.text or "")
    sent = await say(teo, "Mi piacciono gli orti")
    assert (sent.text or "").startswith("📨 Application sent for")
    application = await carla.next_reply()
    assert "Mi piacciono gli orti" in (application.text or "")
    assert "insta" not in (application.text or "")
    await tap(carla, "✅ Accept", message=application)
    await teo.next_reply()  # "You're in!"
    await write_to_participants(carla, card)
    await say(carla, "Sabato alle 10!")
    news = await teo.next_reply()
    await tap(teo, "↩️ Reply", message=news)
    held = await say(teo, "ok! il mio numero è 347-555 1234")
    assert "• a phone number" in (held.text or "")
    replied = await say(teo, "ok, ci sarò")
    assert (replied.text or "").startswith("✉️ Your message to the coordinators:")
    back = await carla.next_reply()
    assert (back.text or "").endswith("ok, ci sarò")
    # No adult wrote to a minor: the admin got only the staff invite's own messages.
    assert not any("Message held" in (m.text or "") for m in admin.messages)
    assert (await actions(bot)).count("contacts.held") == 2


async def test_a_decline_reason_with_an_e_mail_to_a_minor_is_held(bot: RunningBot) -> None:
    admin, carla = await coordinator_with_projects(bot)
    await publish(bot, carla, "Orti in Barriera")
    sara = await member(bot, "Sara", "05/2009", ("climate",))  # 16
    page = await say(sara, "/projects")
    ask = await tap(sara, "🙋 I'm interested", message=page)
    await tap(sara, "📨 Send without a message", message=ask)
    card = await carla.next_reply()
    await tap(carla, "✖️ Decline", message=card)
    held = await say(carla, "Siamo pieni, scrivimi a carla.rossi@gmail.com")
    assert "• an e-mail address" in (held.text or "")
    alert = await admin.next_reply()
    assert "carla.rossi@gmail.com" in (alert.text or "")
    done = await say(carla, "Siamo pieni, riprova a marzo")
    assert (done.text or "").startswith("👌 Done: application declined.")
    told = await sara.next_reply()
    assert "riprova a marzo" in (told.text or "")


async def test_between_adults_a_number_goes_through(bot: RunningBot) -> None:
    _, carla = await coordinator_with_projects(bot)
    card = await publish(bot, carla, "Orti in Barriera")
    piero = await participant(bot, carla, "Piero", "05/2004")  # 21
    await write_to_participants(carla, card)
    sent = await say(carla, "Piero, il furgone: chiama il 333 1234567")
    assert "✅ Sent now: 1 person." in (sent.text or "")
    assert "333 1234567" in ((await piero.next_reply()).text or "")


async def test_an_admin_without_a_staff_name_is_named_as_an_admin(bot: RunningBot) -> None:
    admin, carla = await coordinator_with_projects(bot)
    mara = await join(bot, await invited(bot, admin, "moderator"), "Mara")
    await publish(bot, carla, "Radio giovani")
    await participant(bot, carla, "Giulia", "05/2010")  # 15
    projects = await bot.services.projects.projects_of(carla.id)
    (project,) = [p for p in projects if p.status == "open"]
    with pytest.raises(ContactDetailsHeld) as held:
        await bot.services.project_threads.staff_message(ADMIN, project.id, "snap: ada_b")
    assert held.value.minors_addressed == 1
    alert = await mara.next_reply()
    assert "\nAn admin wrote in the project “Radio giovani”" in (alert.text or "")


async def test_the_cut_start_of_a_long_note_is_checked_too(bot: RunningBot) -> None:
    """A note over the limit sent cut by its button goes through the same check."""
    _admin, carla = await coordinator_with_projects(bot)
    await publish(bot, carla, "Radio giovani")
    giulia = await member(bot, "Giulia", "05/2010", ("climate",))
    page = await say(giulia, "/projects")
    await tap(giulia, "🙋 I'm interested", message=page)
    offer = await say(giulia, "scrivimi al 333 1234567 " + "ciao " * 80)
    held = await tap(giulia, "✂️ Keep the first 300 characters and send", message=offer)
    assert "333" not in (held.text or "")
    assert "phone number" in (held.text or "")
    assert await bot.services.db.fetch_all("SELECT * FROM applications") == []
    sent = await say(giulia, "Mi piace la radio!")
    assert (sent.text or "").startswith("📨")
