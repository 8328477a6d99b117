"""Projects end to end: a coordinator joins, imports a spreadsheet and publishes; members see
their matches with reasons and apply; the coordinator accepts and writes; the replies come back;
moderators read the log. And the forged buttons that must do nothing."""

from __future__ import annotations

import pytest
from telegram_test_server import FakeUser
from telegram_test_server.models import BotMessage

from tests.support.harness import RunningBot
from tests.test_onboarding_flow import say, tap
from tests.test_staff import ADMIN, invited, join

pytestmark = pytest.mark.bot_settings(ADMIN_IDS=str(ADMIN))

SPREADSHEET = (
    "title;description;causes;skills;city;min_age;max_age;hours_per_week;days;places;deadline\r\n"
    "Orti in Barriera;Curiamo gli orti del quartiere.;clima|animali;manual;Torino;16;25;3;"
    "weekend;2;\r\n"
    "Doposcuola;Aiuto compiti per i più piccoli.;istruzione;tutoring;Torino;16;25;2;feriali;4;\r\n"
    "Radio giovani;Una web radio fatta da noi.;cultura|clima;music;remoto;13;15;2;sere;6;\r\n"
).encode("cp1252")


async def member(bot: RunningBot, name: str, born: str, causes: tuple[str, ...]) -> FakeUser:
    user = bot.server.add_user(name, language_code="en")
    await say(user, "/start")
    onboarding = bot.services.onboarding
    await onboarding.choose_language(user.id, "en")
    await onboarding.accept_notice(user.id)
    await onboarding.answer_birth_text(user.id, born)
    await onboarding.answer_name(user.id, name)
    await onboarding.answer_city(user.id, "Turin")
    for cause in causes:
        await onboarding.toggle_choice(user.id, "causes", cause)
    await onboarding.finish_choices(user.id, "causes")
    await onboarding.finish_choices(user.id, "skills")
    await onboarding.toggle_choice(user.id, "days", "weekends")
    await onboarding.finish_choices(user.id, "days")
    await onboarding.answer_hours(user.id, 5)
    await bot.services.consents.switch(user.id, "matching", True)
    await onboarding.finish_consents(user.id)
    await onboarding.confirm(user.id)
    return user


async def coordinator_with_projects(bot: RunningBot) -> tuple[FakeUser, FakeUser]:
    admin = bot.server.add_user("Ada", language_code="en", user_id=ADMIN)
    carla = await join(bot, await invited(bot, admin), "Carla")
    how = await say(carla, "/import")
    assert "Import projects from a spreadsheet" in (how.text or "")
    template = await carla.next_reply()
    assert template.document is not None
    assert template.document[0] == "projects-template.xlsx"
    words = await carla.next_reply()
    assert "The words I understand" in (words.text or "")
    await carla.upload("progetti.csv", SPREADSHEET, mime_type="text/csv")
    report = await carla.next_reply()
    assert (report.text or "").startswith("✅ I imported 3 projects as drafts")
    return admin, carla


async def publish(bot: RunningBot, carla: FakeUser, title: str) -> BotMessage:
    listing = await say(carla, "/myprojects")
    card = await tap(carla, f"{title} · draft", message=listing)
    await carla.press("🚀 Publish", message=card)
    await bot.server.wait_until(lambda _: card.edits == 1)
    assert "Status: open" in (card.text or "")
    return card


async def show_interest(user: FakeUser) -> BotMessage:
    """/projects, then "I'm interested" in the first project listed; returns the listing."""
    page = await say(user, "/projects")
    await tap(user, "🙋 I'm interested", message=page)
    return page


async def test_from_spreadsheet_to_participant_and_back(bot: RunningBot) -> None:
    admin, carla = await coordinator_with_projects(bot)
    card = await publish(bot, carla, "Orti in Barriera")

    giulia = await member(bot, "Giulia", "05/2008", ("climate",))  # 17
    teo = await member(bot, "Teo", "06/2011", ("climate",))  # 14
    page = await say(giulia, "/projects")
    text = page.text or ""
    assert text.startswith("🔎 Projects for you (page 1 of 1)")
    assert "1. Orti in Barriera — 📍 Torino" in text
    assert "✨ you share: Climate · Torino · At weekends · your time fits · new" in text
    assert "Radio giovani" not in text  # a draft, and for 13–15
    teo_page = await say(teo, "/projects")
    assert "Orti in Barriera" not in (teo_page.text or "")

    ask = await tap(giulia, "🙋 I'm interested", message=page)
    assert "short message for the coordinators" in (ask.text or "")
    sent = await say(giulia, "Ciao! Adoro gli orti 🌱")
    assert (sent.text or "").startswith("📨 Application sent for")
    application = await carla.next_reply()
    assert (application.text or "").startswith('🙋 New application for "Orti in Barriera"')
    assert "Giulia · aged 16–17 · 📍 Torino" in (application.text or "")
    assert str(giulia.id) not in (application.text or "")
    assert "Ciao! Adoro gli orti 🌱" in (application.text or "")

    done = await tap(carla, "✅ Accept", message=application)
    assert done.text == (
        '✅ Accepted! "Orti in Barriera" has one place left.\n'
        "📬 The answer for Giulia:\n✅ Sent now: 1 person."
    )
    told = await giulia.next_reply()
    assert (told.text or "").startswith("🎉 You're in!")
    mine = await say(giulia, "/myapplications")
    assert "• Orti in Barriera — ✅ you're in" in (mine.text or "")

    await carla.press("✉️ Write to participants", message=card)
    prompt = await carla.next_reply()
    assert "the participant" in (prompt.text or "")
    delivered = await say(carla, "Sabato alle 10 al giardino di via Bologna!")
    assert delivered.text == (
        '✉️ Message to the participants of "Orti in Barriera":\n✅ Sent now: 1 person.'
    )
    news = await giulia.next_reply()
    assert "Sabato alle 10" in (news.text or "")
    await tap(giulia, "↩️ Reply", message=news)
    await say(giulia, "Ci sarò!")
    back = await carla.next_reply()
    assert (back.text or "").startswith("💬 Orti in Barriera — Giulia writes:")

    listing = await say(admin, "/projectlog")
    log = await tap(admin, "Orti in Barriera", message=listing)
    assert "🙋 Giulia · 1 message" in (log.text or "")  # the threads by person
    await admin.press("🕑 Everything, newest first", message=log)
    await bot.server.wait_until(lambda _: log.edits == 1)
    assert "🧑‍💼 Carla Rossi: Sabato alle 10" in (log.text or "")
    assert "🙋 Giulia: Ci sarò!" in (log.text or "")
    actions = [
        row["action"]
        for row in await bot.services.db.fetch_all("SELECT action FROM audit_log ORDER BY id")
    ]
    assert actions == [
        "staff.invited",
        "staff.joined",
        "projects.imported",
        "project.open",
        "application.sent",
        "application.accepted",
        "project.message_sent",
        "project.log_read",  # the threads
        "project.log_read",  # the whole log
    ]


async def test_forged_and_stale_buttons_do_nothing(bot: RunningBot) -> None:
    admin, carla = await coordinator_with_projects(bot)
    await publish(bot, carla, "Orti in Barriera")
    giulia = await member(bot, "Giulia", "05/2008", ("climate",))
    page = await show_interest(giulia)
    await tap(giulia, "📨 Send without a message")
    application = await carla.next_reply()

    # The member pressing Accept on her own application (a forged callback).
    await giulia.press("✅ Accept", message=application)
    await giulia.wait_until(lambda user: "isn't yours" in str(user.callback_answers))
    # Another coordinator acting on Carla's project.
    other = await join(bot, await invited(bot, admin), "Otto")
    await other.press("✅ Accept", message=application)
    await other.wait_until(lambda user: "isn't yours" in str(user.callback_answers))
    # Carla demoted: her old keyboard does nothing.
    menu = await say(admin, "/demote")
    await admin.press("✖️ Carla Rossi (coordinator)", message=menu)
    await bot.server.wait_until(lambda _: menu.edits == 1)
    await admin.press("✅ Yes, remove Carla Rossi", message=menu)  # asked first
    await bot.server.wait_until(lambda _: menu.edits == 2)
    await carla.press("✅ Accept", message=application)
    await carla.wait_until(lambda user: "no longer coordinate" in str(user.callback_answers))
    rows = await bot.services.db.fetch_all("SELECT status FROM applications")
    assert [row["status"] for row in rows] == ["applied"]
    # Applying twice.
    await giulia.press("🙋 I'm interested", message=page)
    await giulia.wait_until(lambda user: "already applied" in str(user.callback_answers))


async def test_a_bad_spreadsheet_imports_nothing_and_says_why(bot: RunningBot) -> None:
    admin = bot.server.add_user("Ada", language_code="en", user_id=ADMIN)
    carla = await join(bot, await invited(bot, admin), "Carla")
    bad = SPREADSHEET.replace(b";16;25;3;", b";16;99;3;")
    await carla.upload("progetti.csv", bad, mime_type="text/csv")
    report = await carla.next_reply()
    assert (report.text or "").startswith("⚠️ 2 projects of 3 are ready. Row 2 has problems")
    assert "• Row 2, max age: 99 is outside the bot's ages, 13 to 25." in (report.text or "")
    assert await bot.services.projects.projects_of(carla.id) == []
    # A member's document is just media.
    kid = bot.server.add_user("Kid", language_code="en")
    await kid.upload("progetti.csv", SPREADSHEET, mime_type="text/csv")
    assert "only understand commands and buttons" in ((await kid.next_reply()).text or "")


async def test_coordinators_get_one_reminder_after_three_days(bot: RunningBot) -> None:
    _, carla = await coordinator_with_projects(bot)
    await publish(bot, carla, "Orti in Barriera")
    await publish(bot, carla, "Doposcuola")
    giulia = await member(bot, "Giulia", "05/2008", ("climate", "education"))
    await show_interest(giulia)
    await tap(giulia, "📨 Send without a message")
    first = await carla.next_reply()
    await show_interest(giulia)
    await tap(giulia, "📨 Send without a message")
    await carla.next_reply()
    await tap(carla, "✅ Accept", message=first)  # answered: no reminder for this one

    seen = len(carla.messages)
    bot.clock.advance(days=2, hours=23)
    await bot.run_due_tasks()  # (the daily retention run too)
    assert len(carla.messages) == seen
    bot.clock.advance(hours=2)
    await bot.run_due_tasks()
    reminder = await carla.next_reply()
    assert (reminder.text or "").startswith("⏰ This application has been waiting")
    assert 'for "Doposcuola"' in (reminder.text or "")
    assert reminder.buttons == [["✅ Accept", "✖️ Decline"]]
    pointer = await carla.next_reply()  # the way to every application waiting
    assert "In all, 1 application is waiting" in (pointer.text or "")
    assert pointer.buttons == [["⏳ Open the list"]]
    bot.clock.advance(days=5)
    await bot.run_due_tasks()
    assert len(carla.messages) == seen + 2  # once only


async def test_candidates_and_invitations(bot: RunningBot) -> None:
    _, carla = await coordinator_with_projects(bot)
    await publish(bot, carla, "Orti in Barriera")
    giulia = await member(bot, "Giulia", "05/2008", ("climate",))  # 17: a minor
    piero = await member(bot, "Piero", "05/2003", ("animals",))  # 22
    await bot.services.consents.decide(
        (await member(bot, "Nina", "05/2004", ("climate",))).id, "matching", False
    )  # not visible to matching: never listed
    listing = await say(carla, "/candidates")
    found = await tap(carla, "Orti in Barriera", message=listing)
    text = found.text or ""
    assert "1. Giulia · aged 16–17 · 📍 Torino" in text
    assert "2. Piero · aged 22–25 · 📍 Torino" in text
    assert "Nina" not in text
    assert str(giulia.id) not in str(found.reply_markup)  # buttons name a rank, not a member

    bot.clock.set(bot.clock.now().replace(hour=22, minute=30))  # 23:30 in Turin: quiet hours
    assert found.labels == ["💌 Invite Giulia", "💌 Invite Piero"]
    await carla.press("💌 Invite Giulia", message=found)
    await bot.server.wait_until(lambda _: found.edits == 1)
    waiting = (
        "💌 Giulia is invited.\n🌙 Waiting until Friday 16 January, 08:00: 1 person under 18"
        " (we don't message minors at night)."
    )
    assert "text" not in carla.callback_answers[-1]  # said once, on the screen, where it stays
    assert (found.text or "").startswith(waiting)
    assert found.labels == ["💌 Invite Piero"]
    await carla.press("💌 Invite Piero", message=found)
    await bot.server.wait_until(lambda _: found.edits == 2)
    assert (found.text or "").startswith("💌 Piero is invited.\n✅ Sent now: 1 person.")
    await bot.run_due_tasks()
    invited = await piero.next_reply()  # an adult: at once
    assert (invited.text or "").startswith("💌 You're invited to join")
    assert len(giulia.messages) == 1  # a minor: not at night (only her /start reply so far)
    bot.clock.advance(hours=9)  # 08:30
    await bot.run_due_tasks()
    assert ((await giulia.next_reply()).text or "").startswith("💌 You're invited")

    mine = await say(giulia, "/myapplications")
    assert "• Orti in Barriera — invitation to answer" in (mine.text or "")
    joined = await tap(giulia, "✅ Accept: Orti in Barriera", message=mine)
    assert (joined.text or "").startswith('🎉 You\'re in "Orti in Barriera"!')
    told = await carla.next_reply()  # no card to accept a second time
    assert told.text == (
        '🎉 Giulia accepted your invitation to "Orti in Barriera": now 1 of 2.'
        " Nothing for you to confirm."
    )
    mine = await say(piero, "/myapplications")
    await piero.press("✖️ No, thanks", message=mine)
    await piero.wait_until(lambda user: len(user.messages) >= 4)
    rows = await bot.services.db.fetch_all(
        "SELECT member_id, status FROM applications ORDER BY member_id"
    )
    assert {(row["member_id"], row["status"]) for row in rows} == {
        (giulia.id, "accepted"),
        (piero.id, "invite_declined"),
    }


async def test_newproject_step_by_step_with_preview(bot: RunningBot) -> None:
    admin = bot.server.add_user("Ada", language_code="en", user_id=ADMIN)
    carla = await join(bot, await invited(bot, admin), "Carla")
    otto = await join(bot, await invited(bot, admin), "Otto")
    title = await say(carla, "/newproject")
    assert (title.text or "").startswith("📝 New project (1/11)")
    short_title = await say(carla, "Hi")
    assert (short_title.text or "").startswith("✍️ The title needs 3 to 80")
    await say(carla, "Orti in Barriera")
    causes = await say(carla, "Curiamo gli orti del quartiere insieme.")
    hint = await say(carla, "climate")  # typed where buttons are expected
    assert (hint.text or "").startswith("👇 Use the buttons here.")
    await carla.press("🌍 Climate", message=causes)
    await bot.server.wait_until(lambda _: causes.button("✅ 🌍 Climate") is not None)
    skills = await tap(carla, "✅ Done", message=causes)
    place = await tap(carla, "Skip ➡️", message=skills)
    assert (place.text or "").startswith("📍 (5/11)")
    await say(carla, "Turin")
    wrong = await say(carla, "12-30")
    assert (wrong.text or "").startswith("🎂 Type two ages between 13 and 25")
    hours = await say(carla, "16 - 25")
    days = await tap(carla, "3–5 hours", message=hours)
    await carla.press("At weekends", message=days)
    await bot.server.wait_until(lambda _: days.button("✅ At weekends") is not None)
    await tap(carla, "✅ Done", message=days)
    deadline = await say(carla, "8")
    helpers = await tap(carla, "No deadline", message=deadline)
    await carla.press("Otto Rossi", message=helpers)
    await bot.server.wait_until(lambda _: helpers.button("✅ Otto Rossi") is not None)
    preview = await tap(carla, "✅ Done", message=helpers)
    text = preview.text or ""
    assert text.startswith("👀 Preview")
    assert "📍 Torino · 🎂 ages 16–25 · ⏱️ 3–5 hours a week · 🗓️ At weekends" in text
    assert "places left: 8" in text
    done = await tap(carla, "🚀 Publish", message=preview)
    assert (done.text or "").startswith("🚀 Published!")

    (project,) = await bot.services.projects.projects_of(carla.id)
    assert (project.status, project.city, project.places, project.deadline) == (
        "open",
        "Torino",
        8,
        None,
    )
    assert await bot.services.projects.coordinators(project.id) == sorted([carla.id, otto.id])
    giulia = await member(bot, "Giulia", "05/2008", ("climate",))
    assert "Orti in Barriera" in ((await say(giulia, "/projects")).text or "")


async def test_a_project_is_edited_field_by_field(bot: RunningBot) -> None:
    _, carla = await coordinator_with_projects(bot)
    card = await publish(bot, carla, "Orti in Barriera")
    preview = await tap(carla, "✏️ Edit", message=card)
    assert (preview.text or "").startswith("✏️ Edit: tap what to change")
    question = await tap(carla, "✏️ Places", message=preview)
    assert "How many places?" in (question.text or "")
    back = await say(carla, "12")
    assert (back.text or "").startswith("✏️ Edit")
    assert "places left: 12" in (back.text or "")
    title = await tap(carla, "✏️ Title", message=back)
    assert title.text is not None
    again = await say(carla, "Orti in Barriera e Aurora")
    saved = await tap(carla, "💾 Save changes", message=again)
    assert saved.text == "✅ Changes saved."
    (project,) = [p for p in await bot.services.projects.projects_of(carla.id) if p.places == 12]
    assert (project.title, project.status) == ("Orti in Barriera e Aurora", "open")
    actions = [
        row["action"] for row in await bot.services.db.fetch_all("SELECT action FROM audit_log")
    ]
    assert actions[-1] == "project.edited"


async def test_no_match_says_why_and_offers_wider_searches(bot: RunningBot) -> None:
    _, carla = await coordinator_with_projects(bot)
    await publish(bot, carla, "Radio giovani")  # remote, ages 13–15
    ugo = await member(bot, "Ugo", "05/2008", ("sport",))  # 17: the only open one is for 13–15
    none = await say(ugo, "/projects")
    assert (none.text or "").startswith("🔎 For now no open project fits")
    remote = await tap(ugo, "🌐 Remote projects", message=none)
    assert (remote.text or "").startswith("No open project for 🌐 Remote suits your age")
    teo = await member(bot, "Teo", "06/2011", ("sport",))  # 14
    await bot.services.consents.decide(teo.id, "matching", False)
    off = await say(teo, "/projects")
    assert (off.text or "").startswith('🔎 "Visible to projects" is off')
    causes = await tap(teo, "🧭 Browse by cause", message=off)
    listed = await tap(teo, "🎨 Arts and culture", message=causes)
    assert listed.buttons == [["Radio giovani"]]
    details = await tap(teo, "Radio giovani", message=listed)
    assert (details.text or "").startswith("🌱 Radio giovani")


async def test_invitations_switched_off_in_settings(bot: RunningBot) -> None:
    _, carla = await coordinator_with_projects(bot)
    await publish(bot, carla, "Orti in Barriera")
    giulia = await member(bot, "Giulia", "05/2008", ("climate",))
    projects = bot.services.projects
    project = next(p for p in await projects.projects_of(carla.id) if p.status == "open")
    found = await bot.services.matching.candidates(carla.id, project.id)
    assert found is not None
    assert [c.first_name for c in found] == ["Giulia"]
    settings = await say(giulia, "/settings")
    await giulia.press("✅ Invitations to projects", message=settings)
    await bot.server.wait_until(lambda _: settings.button("⬜ Invitations to projects") is not None)
    # No longer suggested to coordinators, and an old card cannot invite her.
    found = await bot.services.matching.candidates(carla.id, project.id)
    assert found == []
    invited = await bot.services.applications.invite(carla.id, project.id, giulia.id)
    assert invited.result.value == "not-wanted"


async def test_an_invitation_held_for_the_night_is_decided_again_in_the_morning(
    bot: RunningBot,
) -> None:
    _, carla = await coordinator_with_projects(bot)
    await publish(bot, carla, "Orti in Barriera")
    giulia = await member(bot, "Giulia", "05/2008", ("climate",))  # 17
    projects = bot.services.projects
    project = next(p for p in await projects.projects_of(carla.id) if p.status == "open")
    bot.clock.advance(hours=13)  # 23:00 in Rome
    invited = await bot.services.applications.invite(carla.id, project.id, giulia.id)
    assert invited.result.value == "sent"
    assert (invited.report.held, invited.report.sent) == (1, 0)
    seen = len(giulia.messages)
    await bot.run_due_tasks()
    assert len(giulia.messages) == seen  # not at night
    await bot.services.preferences.set_invitations(giulia.id, False)  # changed her mind
    bot.clock.advance(hours=9)  # 08:00
    await bot.run_due_tasks()
    assert len(giulia.messages) == seen  # so it never goes out


async def test_a_paused_member_s_pending_applications_close(bot: RunningBot) -> None:
    _, carla = await coordinator_with_projects(bot)
    await publish(bot, carla, "Orti in Barriera")
    await publish(bot, carla, "Doposcuola")
    giulia = await member(bot, "Giulia", "05/2008", ("climate",))
    projects, applications = bot.services.projects, bot.services.applications
    open_projects = [p for p in await projects.projects_of(carla.id) if p.status == "open"]
    applied = await applications.apply(giulia.id, open_projects[0].id, None)
    assert applied is not None
    invited = await applications.invite(carla.id, open_projects[1].id, giulia.id)
    assert invited.result.value == "sent"
    assert await applications.withdraw_pending(giulia.id) == 2  # what a guardian's withdrawal does
    statuses = sorted(
        a.status for a, _ in await bot.services.applications.applications_of(giulia.id)
    )
    assert statuses == ["invite_declined", "withdrawn"]
