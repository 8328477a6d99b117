"""Reply to one person, as coordinators use it: a participant's question arrives with Reply to
them, the answer goes to that member alone (checked, logged, audited, its delivery told), the
member can answer back, and the project's other coordinators see both sides of every thread."""

from __future__ import annotations

from datetime import timedelta

import pytest
from telegram import InlineKeyboardMarkup
from telegram_test_server import FakeUser
from telegram_test_server.models import BotMessage

from handlers.my_threads import MyThread, OpenMyThreads
from handlers.project_messages import ReplyToOne
from handlers.reviews import Review
from tests.support.harness import RunningBot
from tests.test_appeals import forge
from tests.test_contacts_relay import actions, participant, write_to_participants
from tests.test_onboarding_flow import say, tap
from tests.test_projects_flow import coordinator_with_projects, member, publish, show_interest
from tests.test_staff import ADMIN, invited, join

pytestmark = pytest.mark.bot_settings(ADMIN_IDS=str(ADMIN))


async def radio_with_two_coordinators(
    bot: RunningBot,
) -> tuple[FakeUser, FakeUser, FakeUser, BotMessage]:
    """The admin, Carla with "Radio giovani" (13–15) published, Dario her co-coordinator,
    and the project's card."""
    admin, carla = await coordinator_with_projects(bot)
    dario = await join(bot, await invited(bot, admin, invitee="Dario Rossi"), "Dario")
    card = await publish(bot, carla, "Radio giovani")
    projects = await bot.services.projects.projects_of(carla.id)
    (project,) = [p for p in projects if p.status == "open"]
    await bot.services.projects.repository.add_coordinators(project.id, [dario.id])
    return admin, carla, dario, card


async def asks(bot: RunningBot, member: FakeUser, question: str) -> BotMessage:
    """The member answers the coordinators' last message: what they get back."""
    news = member.messages[-1]
    await tap(member, "↩️ Reply", message=news)
    return await say(member, question)


async def test_a_question_is_answered_to_that_member_alone(bot: RunningBot) -> None:
    _, carla, dario, card = await radio_with_two_coordinators(bot)
    giulia = await participant(bot, carla, "Giulia", "05/2010")  # 15
    pietro = await participant(bot, carla, "Pietro", "05/2011")  # 14
    for _ in range(2):
        assert "New application" in ((await dario.next_reply()).text or "")
    seen = len(dario.messages)

    await write_to_participants(carla, card)
    await say(carla, "Sabato alle 10 in radio!")
    copy = await dario.next_reply()
    assert copy.text == (
        "📋 Radio giovani — Carla Rossi → all participants:\nSabato alle 10 in radio!"
    )
    assert not copy.buttons
    await giulia.next_reply()
    await pietro.next_reply()
    pietro_seen = len(pietro.messages)

    sent = await asks(bot, giulia, "Posso portare un'amica?")
    assert sent.text == "✉️ Your message to the coordinators:\n✅ Sent now: 2 people."
    question = await carla.next_reply()
    assert question.text == "💬 Radio giovani — Giulia writes:\nPosso portare un'amica?"
    to_dario = await dario.next_reply()
    assert to_dario.button("↩️ Reply to Giulia") is not None

    asked = await tap(carla, "↩️ Reply to Giulia", message=question)
    assert (asked.text or "").startswith('✍️ Type your reply to Giulia ("Radio giovani"). Only')
    assert "also sees a copy, as the project's other coordinator." in (asked.text or "")  # Dario
    answered = await say(carla, "Certo, portala pure!")
    assert answered.text == "↩️ Your reply to Giulia:\n✅ Sent now: 1 person."
    got = await giulia.next_reply()
    assert got.text == ("✉️ Radio giovani — Carla replied to you:\nCerto, portala pure!")
    assert got.button("↩️ Reply") is not None  # the conversation goes on
    assert len(pietro.messages) == pietro_seen  # to her alone
    mirrored = await dario.next_reply()
    assert mirrored.text == "📋 Radio giovani — Carla Rossi → Giulia:\nCerto, portala pure!"
    assert mirrored.button("↩️ Reply to Giulia") is not None
    assert len(dario.messages) == seen + 3  # the copy, her question, the reply

    # Dario answers her too, from Carla's copy: Carla sees his side.
    await tap(dario, "↩️ Reply to Giulia", message=mirrored)
    await say(dario, "Ci vediamo sabato!")
    assert (await carla.next_reply()).text == (
        "📋 Radio giovani — Dario Rossi → Giulia:\nCi vediamo sabato!"
    )
    thanks = await asks(bot, giulia, "Grazie Carla!")
    assert thanks.text is not None
    assert (await dario.next_reply()).text == "💬 Radio giovani — Giulia writes:\nGrazie Carla!"

    rows = await bot.services.db.fetch_all(
        "SELECT member_id, staff_id, to_member_id, text FROM project_messages ORDER BY id"
    )
    assert [tuple(row) for row in rows] == [
        (None, carla.id, None, "Sabato alle 10 in radio!"),
        (giulia.id, None, None, "Posso portare un'amica?"),
        (None, carla.id, giulia.id, "Certo, portala pure!"),
        (None, dario.id, giulia.id, "Ci vediamo sabato!"),
        (giulia.id, None, None, "Grazie Carla!"),
    ]
    assert (await actions(bot)).count("project.reply_sent") == 2


async def giulia_asked(bot: RunningBot) -> tuple[FakeUser, FakeUser, FakeUser, BotMessage]:
    """Carla and Dario run "Radio giovani"; Giulia (15) asked them something: Carla, Dario,
    Giulia, and the question as Carla got it."""
    _, carla, dario, card = await radio_with_two_coordinators(bot)
    giulia = await participant(bot, carla, "Giulia", "05/2010")
    await write_to_participants(carla, card)
    await say(carla, "Sabato alle 10 in radio!")
    await giulia.next_reply()
    await asks(bot, giulia, "Posso portare un'amica?")
    return carla, dario, giulia, await carla.next_reply()


async def refused(user: FakeUser, label: str, message: BotMessage) -> str:
    """The pop-up a press got."""
    answered = len(user.callback_answers)
    await user.press(label, message=message)
    await user.wait_until(lambda _: len(user.callback_answers) > answered)
    return str(user.callback_answers[-1].get("text"))


async def test_reply_to_someone_who_deleted_their_account_sends_nothing(
    bot: RunningBot,
) -> None:
    carla, _, giulia, question = await giulia_asked(bot)
    await tap(carla, "↩️ Reply to Giulia", message=question)
    await say(carla, "Certo, portala pure!")
    await giulia.next_reply()
    await tap(carla, "↩️ Reply to Giulia", message=question)  # she is typing another…
    warning = await say(giulia, "/deleteme")
    await giulia.press("🗑️ Yes, delete everything", message=warning)
    await bot.server.wait_until(lambda _: warning.edits == 1)
    seen = len(giulia.messages)
    left = await carla.next_reply()  # her place is free (without her name)
    assert (left.text or "").startswith('🚪 A participant left "Radio giovani"')

    typed = await say(carla, "Ah, e porta una borraccia!")
    assert typed.text == "This person is no longer in the community: nothing was sent."
    said = await refused(carla, "↩️ Reply to Giulia", question)
    assert said == "This person is no longer in the community: nothing was sent."
    await carla.wait_until(lambda _: question.button("↩️ Reply to Giulia") is None)
    assert len(giulia.messages) == seen
    # Her own messages went with her; what Carla wrote to her stays for moderators (rule 17),
    # no longer hers.
    rows = await bot.services.db.fetch_all(
        "SELECT text, member_id, to_member_id, to_former IS NOT NULL AS former"
        " FROM project_messages ORDER BY id"
    )
    assert [tuple(row) for row in rows] == [
        ("Sabato alle 10 in radio!", None, None, 0),
        ("Certo, portala pure!", None, None, 1),
    ]


async def test_reply_after_the_member_left_or_the_coordinator_lost_the_role(
    bot: RunningBot,
) -> None:
    carla, dario, giulia, question = await giulia_asked(bot)
    copy = dario.messages[-1]
    await bot.services.staff.demote(ADMIN, dario.id)
    said = await refused(dario, "↩️ Reply to Giulia", copy)
    assert said == "You no longer coordinate this project: nothing was sent."

    mine = await say(giulia, "/myapplications")
    await tap(giulia, "🚪 Leave", message=mine)
    seen = len(giulia.messages)
    said = await refused(carla, "↩️ Reply to Giulia", question)
    assert said == (
        "Giulia no longer takes part in this project, and the bot passes messages only to its"
        " participants: nothing was sent."
    )
    assert len(giulia.messages) == seen


async def test_forged_reply_and_review_presses_are_refused_and_logged(
    bot: RunningBot, caplog: pytest.LogCaptureFixture
) -> None:
    """Rule 22: Reply on another project's message, or a card for an application that is not
    there, pressed by someone who never had a part in it, is refused with a warning; a former
    coordinator is still told the truth."""
    carla, dario, giulia, question = await giulia_asked(bot)
    row = await bot.services.db.fetch_one(
        "SELECT id FROM project_messages WHERE member_id = ?", (giulia.id,)
    )
    assert row is not None
    admin = bot.server.state.users[ADMIN]
    olga = await join(bot, await invited(bot, admin, invitee="Olga Rossi"), "Olga")
    mine = await say(olga, "/help")
    not_yours = "This project isn't yours, or you're no longer a coordinator."
    assert await forge(olga, mine, ReplyToOne(row["id"])) == not_yours
    assert await forge(giulia, giulia.messages[-1], Review("a", 999)) == not_yours
    assert sum("pressed a button" in r.getMessage() for r in caplog.records) == 2
    assert not any("Giulia" in (message.text or "") for message in olga.messages)

    await bot.services.staff.demote(ADMIN, dario.id)
    said = await forge(dario, dario.messages[-1], ReplyToOne(row["id"]))
    assert said == "You no longer coordinate this project: nothing was sent."
    gone = await forge(carla, question, Review("a", 999))
    assert gone.startswith("This application is no longer there")
    assert sum("pressed a button" in r.getMessage() for r in caplog.records) == 2


async def test_a_reply_too_long_with_a_number_or_left_for_a_command_is_not_sent(
    bot: RunningBot,
) -> None:
    carla, dario, giulia, question = await giulia_asked(bot)
    seen = len(giulia.messages), len(dario.messages)
    await tap(carla, "↩️ Reply to Giulia", message=question)
    too_long = await say(carla, "a" * 1001)
    assert (too_long.text or "").startswith("✂️ The message is 1,001 characters long")
    held = await say(carla, "Chiamami al 333 1234567")
    assert "• a phone number" in (held.text or "")
    assert "The member who would get it is under 18" in (held.text or "")
    assert (len(giulia.messages), len(dario.messages)) == seen

    moved_on = await say(carla, "/myprojects")
    assert moved_on.text == '↩️ Your reply was not sent. To answer, tap "Reply" again.'
    assert moved_on.button("↩️ Reply to Giulia") is not None  # no scrolling up for it
    await carla.next_reply()  # the projects
    stray = await say(carla, "Certo!")
    assert "Certo" not in str([m.text for m in giulia.messages])
    assert stray.text is not None
    kept = await bot.services.db.fetch_all(
        "SELECT held, to_member_id, text FROM project_messages WHERE staff_id IS NOT NULL"
        " ORDER BY id"
    )
    assert [tuple(row) for row in kept] == [
        (None, None, "Sabato alle 10 in radio!"),
        ("contacts", giulia.id, "Chiamami al 333 1234567"),  # in her thread, never delivered
    ]


async def test_moderators_read_the_log_by_person(bot: RunningBot) -> None:
    carla, _, giulia, question = await giulia_asked(bot)
    pietro = await participant(bot, carla, "Pietro", "05/2011")
    await tap(carla, "↩️ Reply to Giulia", message=question)
    await say(carla, "Certo, portala pure!")
    await giulia.next_reply()
    mine = await say(pietro, "/myapplications")
    await tap(pietro, "✉️ Write: Radio giovani", message=mine)
    await say(pietro, "A che ora finisce?")
    admin = bot.server.state.users[ADMIN]

    listing = await say(admin, "/projectlog Radio")
    text = listing.text or ""
    assert text.startswith('🗂️ Messages of "Radio giovani": 4 in 3 threads · page 1 of 1')
    assert "🙋 Pietro · 1 message · last 15/01 10:00" in text
    assert "🙋 Giulia · 2 messages · last 15/01 10:00" in text
    assert "👥 all participants · 1 message · last 15/01 10:00" in text

    await admin.press("🙋 Giulia (2)", message=listing)
    await bot.server.wait_until(lambda _: listing.edits == 1)
    thread = listing.text or ""
    assert thread.startswith('🗂️ "Radio giovani" · Giulia (2, oldest first) · page 1 of 1')
    assert thread.index("🙋 Giulia: Posso portare") < thread.index(
        "🧑‍💼 Carla Rossi → Giulia: Certo, portala pure!"
    )
    assert "Pietro" not in thread
    assert "Sabato" not in thread
    await admin.press("↩️ Threads by person", message=listing)
    await bot.server.wait_until(lambda _: listing.edits == 2)
    assert (listing.text or "").startswith('🗂️ Messages of "Radio giovani"')
    audited = await actions(bot)
    assert "project.thread_read" in audited
    assert "project.log_read" in audited


async def test_a_reply_to_a_minor_at_night_waits_and_says_until_when(bot: RunningBot) -> None:
    carla, _, giulia, question = await giulia_asked(bot)
    seen = len(giulia.messages)
    bot.clock.advance(timedelta(hours=13))  # 23:00 in Turin
    await tap(carla, "↩️ Reply to Giulia", message=question)
    answered = await say(carla, "Sì, certo!")
    assert answered.text == (
        "↩️ Your reply to Giulia:\n🌙 Waiting until Friday 16 January, 08:00: 1 person under 18"
        " (we don't message minors at night)."
    )
    assert len(giulia.messages) == seen
    admin = bot.server.state.users[ADMIN]
    listing = await say(admin, "/projectlog Radio")
    await admin.press("🙋 Giulia (2)", message=listing)
    await bot.server.wait_until(lambda _: listing.edits == 1)
    assert "Sì, certo!\n🌙 to members under 18 only from 16/01 08:00" in (listing.text or "")


async def messages_of(bot: RunningBot, user: FakeUser, project_id: int) -> BotMessage:
    """The "💬 Messages" button of a project's screen, as /myprojects would show it."""
    button = OpenMyThreads(project_id).button("💬 Messages")
    await bot.application.bot.send_message(
        user.id, "Radio giovani", reply_markup=InlineKeyboardMarkup([[button]])
    )
    await user.wait_until(lambda _: user.messages[-1].button("💬 Messages") is not None)
    return user.messages[-1]


async def test_coordinators_read_their_project_s_threads_without_what_was_held(
    bot: RunningBot,
) -> None:
    carla, dario, giulia, question = await giulia_asked(bot)
    await tap(carla, "↩️ Reply to Giulia", message=question)
    await say(carla, "Chiamami al 333 1234567")  # held: never delivered
    await say(carla, "Certo, portala pure!")
    await giulia.next_reply()
    (project,) = [
        p for p in await bot.services.projects.projects_of(carla.id) if p.status == "open"
    ]

    card = await messages_of(bot, dario, project.id)
    await dario.press("💬 Messages", message=card)
    await dario.wait_until(lambda _: (dario.messages[-1].text or "").startswith("🗂️"))
    threads = dario.messages[-1]
    assert (threads.text or "").startswith('🗂️ Messages of "Radio giovani": 3 in 2 threads')
    await dario.press("🙋 Giulia (2)", message=threads)
    await dario.wait_until(lambda _: threads.edits == 1)
    text = threads.text or ""
    assert "🙋 Giulia: Posso portare un'amica?" in text
    assert "🧑‍💼 Carla Rossi → Giulia: Certo, portala pure!" in text
    assert "333" not in text
    await dario.press("↩️ Reply to Giulia", message=threads)
    await dario.wait_until(
        lambda _: (dario.messages[-1].text or "").startswith("✍️ Type your reply to Giulia")
    )

    admin = bot.server.state.users[ADMIN]
    assert "Message held" in ((await admin.next_reply()).text or "")
    other = await join(bot, await invited(bot, admin, invitee="Olga Rossi"), "Olga")
    card = await messages_of(bot, other, project.id)
    answered = len(other.callback_answers)
    await other.press("💬 Messages", message=card)
    await other.wait_until(lambda _: len(other.callback_answers) > answered)
    assert other.callback_answers[-1]["text"] == (
        "This project isn't yours, or you're no longer a coordinator."
    )
    assert "project.thread_read" in await actions(bot)


async def test_a_forged_thread_button_names_no_member_outside_the_project(
    bot: RunningBot, caplog: pytest.LogCaptureFixture
) -> None:
    """Rules 16, 22: a coordinator who forges a thread button with any member's id learns
    nothing (not even her first name), and the press is logged."""
    _, carla = await coordinator_with_projects(bot)
    await publish(bot, carla, "Orti in Barriera")
    (project,) = [
        p for p in await bot.services.projects.projects_of(carla.id) if p.status == "open"
    ]
    marta = await member(bot, "Marta", "05/2009", ("climate",))  # never applied
    forged = MyThread(project.id, marta.id, 0).button("🙋 ?")
    await bot.application.bot.send_message(
        carla.id, "Orti", reply_markup=InlineKeyboardMarkup([[forged]])
    )
    await carla.wait_until(lambda _: carla.messages[-1].button("🙋 ?") is not None)
    card = carla.messages[-1]
    answered = len(carla.callback_answers)
    await carla.press("🙋 ?", message=card)
    await carla.wait_until(lambda _: len(carla.callback_answers) > answered)
    assert carla.callback_answers[-1]["text"] == (
        "This project isn't yours, or you're no longer a coordinator."
    )
    assert card.edits == 0
    assert not any("Marta" in (message.text or "") for message in carla.messages)
    assert any("outside the project" in record.getMessage() for record in caplog.records)
    assert "project.thread_read" not in await actions(bot)


async def test_a_decline_reason_is_in_the_thread_of_the_one_it_was_for(bot: RunningBot) -> None:
    _, carla = await coordinator_with_projects(bot)
    await publish(bot, carla, "Orti in Barriera")
    sara = await member(bot, "Sara", "05/2009", ("climate",))  # 16
    await show_interest(sara)
    await tap(sara, "📨 Send without a message")
    card = await carla.next_reply()
    await tap(carla, "✖️ Decline", message=card)
    await say(carla, "Siamo pieni, scrivimi a carla.rossi@gmail.com")  # held
    await say(carla, "Siamo pieni, riprova a marzo")
    rows = await bot.services.db.fetch_all(
        "SELECT held, to_member_id, text FROM project_messages ORDER BY id"
    )
    assert [tuple(row) for row in rows] == [
        ("contacts", sara.id, "Siamo pieni, scrivimi a carla.rossi@gmail.com"),
        (None, sara.id, "Siamo pieni, riprova a marzo"),
    ]


async def deletes_account(bot: RunningBot, user: FakeUser) -> None:
    warning = await say(user, "/deleteme")
    await user.press("🗑️ Yes, delete everything", message=warning)
    await bot.server.wait_until(lambda _: warning.edits == 1)


async def test_what_adults_wrote_to_a_member_who_left_stays_for_moderators(
    bot: RunningBot,
) -> None:
    """Rule 17: /deleteme takes the member's messages and name, not what adults wrote to her:
    that stays in /projectlog, to "a former member", in a thread of its own."""
    carla, _, giulia, question = await giulia_asked(bot)
    pietro = await participant(bot, carla, "Pietro", "05/2011")
    await tap(carla, "↩️ Reply to Giulia", message=question)
    await say(carla, "Certo, portala pure!")
    await giulia.next_reply()
    mine = await say(pietro, "/myapplications")
    await tap(pietro, "✉️ Write: Radio giovani", message=mine)
    await say(pietro, "A che ora finisce?")
    await tap(carla, "↩️ Reply to Pietro", message=await carla.next_reply())
    await say(carla, "Alle 12.")
    await pietro.next_reply()
    (project,) = [
        p for p in await bot.services.projects.projects_of(carla.id) if p.status == "open"
    ]
    for user in (giulia, pietro):  # both leave: two threads, never one
        await deletes_account(bot, user)
    admin = bot.server.state.users[ADMIN]

    listing = await say(admin, "/projectlog Radio")
    text = listing.text or ""
    assert text.startswith('🗂️ Messages of "Radio giovani": 3 in 3 threads · page 1 of 1')
    assert text.count("🚪 → a former member · 1 message · last 15/01 10:00") == 2
    assert "👥 all participants · 1 message" in text
    for gone in ("Giulia", "Pietro"):
        assert gone not in text
    await admin.press("🚪 → a former member (1)", message=listing)
    await bot.server.wait_until(lambda _: listing.edits == 1)
    thread = listing.text or ""
    assert thread.startswith('🗂️ "Radio giovani" · → a former member (1, oldest first)')
    said = ("🧑‍💼 Carla Rossi → a former member: Certo, portala pure!", "Alle 12.")
    assert (said[0] in thread) != (said[1] in thread)  # one of them: each thread its own
    for gone in ("Giulia", "Pietro", "Posso portare", "A che ora"):
        assert gone not in thread

    # The coordinators go on with the project: the threads of those who left are not theirs.
    card = await messages_of(bot, carla, project.id)
    await carla.press("💬 Messages", message=card)
    await carla.wait_until(lambda _: (carla.messages[-1].text or "").startswith("🗂️"))
    listed = carla.messages[-1].text or ""
    assert listed.startswith('🗂️ Messages of "Radio giovani": 1 in one thread')
    assert "former member" not in listed
