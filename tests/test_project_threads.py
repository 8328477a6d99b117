"""Reply to one person, as coordinators use it: a participant's question arrives with Reply to
them, the answer goes to that member alone (checked, logged, audited, its delivery told), the
member can answer back, and the project's other coordinators see both sides of every thread."""

from __future__ import annotations

import pytest
from telegram_test_server import FakeUser
from telegram_test_server.models import BotMessage

from tests.support.harness import RunningBot
from tests.test_contacts_relay import actions, participant, write_to_participants
from tests.test_onboarding_flow import say, tap
from tests.test_projects_flow import coordinator_with_projects, publish
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
    assert question.text == "↩️ Radio giovani — Giulia replies:\nPosso portare un'amica?"
    to_dario = await dario.next_reply()
    assert to_dario.button("↩️ Reply to Giulia") is not None

    asked = await tap(carla, "↩️ Reply to Giulia", message=question)
    assert (asked.text or "").startswith('✍️ Type your reply to Giulia ("Radio giovani").')
    answered = await say(carla, "Certo, portala pure!")
    assert answered.text == "↩️ Your reply to Giulia:\n✅ Sent now: 1 person."
    got = await giulia.next_reply()
    assert got.text == (
        "✉️ Radio giovani — a reply for you from the coordinators:\nCerto, portala pure!"
    )
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
    assert (await dario.next_reply()).text == "↩️ Radio giovani — Giulia replies:\nGrazie Carla!"

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
