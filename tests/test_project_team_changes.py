"""A project's team: removing a coordinator from the staff names the
projects left with nobody, tells the rest of each team and lets the admin take them on; the
coordinators list is honest (admins on it, the author removable, told by name); stepping down is
refused for the last one before asking, and possible later from the project's screen."""

from __future__ import annotations

import pytest
from telegram_test_server import FakeUser
from telegram_test_server.models import BotMessage

from tests.support.harness import RunningBot
from tests.test_cocoordination import audit_actions, project_id, shared_project
from tests.test_coordinator_fixes import applied
from tests.test_onboarding_flow import say, tap
from tests.test_projects_flow import coordinator_with_projects, publish
from tests.test_staff import ADMIN, invited, join

pytestmark = pytest.mark.bot_settings(ADMIN_IDS=str(ADMIN))


def last_with(user: FakeUser, words: str) -> BotMessage | None:
    found = [m for m in user.messages if words in (m.text or "")]
    return found[-1] if found else None


async def test_demote_names_projects_left_alone_tells_the_team_and_the_admin(
    bot: RunningBot,
) -> None:
    _, marco, _, _ = await shared_project(bot)  # Orti shared; two drafts Carla's alone
    admin = bot.server.state.users[ADMIN]
    menu = await say(admin, "/demote")
    await admin.press("✖️ Carla Rossi (coordinator)", message=menu)
    await admin.wait_until(lambda _: menu.edits == 1)
    assert (menu.text or "").endswith(
        "⚠️ These projects would be left with no coordinator:\n• Doposcuola\n• Radio giovani\n"
        "Their applications would go to the admins until someone takes them on."
    )
    assert "Orti in Barriera" not in (menu.text or "")  # Marco runs it too

    await admin.press("✅ Yes, remove Carla Rossi", message=menu)
    told = await marco.next_reply()
    assert told.text == (
        '👋 Carla Rossi is no longer staff: you now run "Orti in Barriera". The project\'s'
        " applications and messages come to you."
    )
    await admin.wait_until(lambda u: last_with(u, "have no coordinator left") is not None)
    left = last_with(admin, "have no coordinator left")
    assert left is not None
    assert left.text == (
        "⚠️ Without Carla Rossi, these projects have no coordinator left:\n• Doposcuola\n"
        "• Radio giovani\nTheir applications go to the admins. Take them on with the button:"
        " you'll then find them in /myprojects, where you can add a coordinator"
        " (✏️ Edit › ✏️ Coordinators) or close them."
    )
    drafts = {p.title: p.id for p in await bot.services.cocoordination.nobody_runs()}
    # Meanwhile an application to one of them reaches the admins, not nobody.
    assert await bot.services.projects.answering(drafts["Doposcuola"]) == [ADMIN]

    await admin.press("🙋 I'll take them on", message=left)
    await admin.wait_until(lambda _: (left.text or "").startswith("✅ You now run"))
    assert left.text == (
        "✅ You now run:\n• Doposcuola\n• Radio giovani\nYou'll find them in /myprojects: from"
        " there add a coordinator (✏️ Edit › ✏️ Coordinators) or close them."
    )
    assert await bot.services.projects.coordinators(drafts["Doposcuola"]) == [ADMIN]
    mine = {p.title for p in await bot.services.projects.projects_of(ADMIN)}
    assert {"Doposcuola", "Radio giovani"} <= mine
    actions = await audit_actions(bot)
    assert actions.count("project.taken_on") == 2
    assert "staff.demoted" in actions


async def test_demoting_the_last_of_a_team_of_two_with_nothing_alone(bot: RunningBot) -> None:
    """Marco runs only the shared project: the question names no project, Carla is told she
    now runs it alone, and the admin gets no list."""
    carla, _, _, _ = await shared_project(bot)
    admin = bot.server.state.users[ADMIN]
    menu = await say(admin, "/demote")
    await admin.press("✖️ Marco Rossi (coordinator)", message=menu)
    await admin.wait_until(lambda _: menu.edits == 1)
    assert "no coordinator" not in (menu.text or "")
    await admin.press("✅ Yes, remove Marco Rossi", message=menu)
    told = await carla.next_reply()
    assert (told.text or "").startswith(
        '👋 Marco Rossi is no longer staff: you now run "Orti in Barriera".'
    )
    await admin.wait_until(lambda _: menu.edits == 2)
    assert last_with(admin, "have no coordinator left") is None
    assert await bot.services.projects.coordinators(await project_id(bot, carla)) == [carla.id]


async def project_screen(bot: RunningBot, user: FakeUser) -> BotMessage:
    listing = await say(user, "/myprojects")
    return await tap(user, "Orti in Barriera · open", message=listing)


async def test_a_colleague_takes_the_author_off_and_the_preview_shows_the_team(
    bot: RunningBot,
) -> None:
    carla, marco, _, _ = await shared_project(bot)
    card = await project_screen(bot, marco)
    preview = await tap(marco, "✏️ Edit", message=card)
    assert (preview.text or "").endswith("🤝 Other coordinators: Carla Rossi")
    helpers = await tap(marco, "✏️ Coordinators", message=preview)
    await marco.press("✅ Carla Rossi", message=helpers)
    await bot.server.wait_until(lambda _: helpers.button("Carla Rossi") is not None)
    back = await tap(marco, "✅ Done", message=helpers)
    assert (back.text or "").endswith("🤝 Other coordinators: none")
    saved = await tap(marco, "💾 Save changes", message=back)
    assert saved.text == "✅ Changes saved."
    told = await carla.next_reply()
    assert told.text == (
        'Marco Rossi took you off the coordinators of "Orti in Barriera": the applications and'
        ' messages of "Orti in Barriera" now go to the other coordinators. Thanks for your help!'
    )
    assert await bot.services.projects.coordinators(await project_id(bot, marco)) == [marco.id]
    assert "project.cocoordinator_removed" in await audit_actions(bot)


async def test_an_admin_on_the_team_is_listed_and_named_to_whoever_is_added(
    bot: RunningBot,
) -> None:
    carla, _, card, _ = await shared_project(bot)
    project = await project_id(bot, carla)
    await bot.services.projects.repository.add_coordinators(project, [ADMIN])
    admin = bot.server.state.users[ADMIN]
    await say(admin, "/start")
    luca = await join(bot, await invited(bot, admin, invitee="Luca Bianchi"), "Luca")
    preview = await tap(carla, "✏️ Edit", message=card)
    assert "Ada (admin)" in (preview.text or "")
    helpers = await tap(carla, "✏️ Coordinators", message=preview)
    assert helpers.button("✅ Ada (admin)") is not None  # ticked, and removable
    await carla.press("Luca Rossi", message=helpers)
    await bot.server.wait_until(lambda _: helpers.button("✅ Luca Rossi") is not None)
    back = await tap(carla, "✅ Done", message=helpers)
    await tap(carla, "💾 Save changes", message=back)
    added = await luca.next_reply()
    team = (added.text or "").splitlines()[-1]
    assert team.startswith("👥 You run it with ")
    assert {"Ada (admin)", "Carla Rossi", "Marco Rossi"} <= set(
        team.removeprefix("👥 You run it with ").rstrip(".").replace(" and ", ", ").split(", ")
    )


async def test_stepping_down_refused_before_asking_and_possible_later(bot: RunningBot) -> None:
    carla, marco, _, added = await shared_project(bot)
    await marco.press("🙅 Step down", message=added)
    await bot.server.wait_until(lambda _: added.button("No, I'll stay") is not None)
    await marco.press("No, I'll stay", message=added)
    await bot.server.wait_until(lambda _: (added.text or "").startswith("👍 You stay"))
    assert "tap 🙅 Leave the project" in (added.text or "")

    screen = await project_screen(bot, marco)
    await marco.press("🙅 Leave the project", message=screen)
    await bot.server.wait_until(lambda _: (screen.text or "").startswith('Leave "Orti'))
    await marco.press("Yes, step down", message=screen)
    await bot.server.wait_until(lambda _: (screen.text or "").startswith("👋 Done"))
    told = await carla.next_reply()
    assert told.text == '👋 Marco Rossi stepped down as coordinator of "Orti in Barriera".'

    # Carla is the last one now: told before any question, and her screen stays as it was.
    mine = await project_screen(bot, carla)
    before = mine.text
    answers = len(carla.callback_answers)
    await carla.press("🙅 Leave the project", message=mine)
    await carla.wait_until(lambda user: len(user.callback_answers) > answers)
    assert carla.callback_answers[-1]["text"] == (
        'You are the only coordinator of "Orti in Barriera": a project always has at least one.'
        " To stop it, close it from /myprojects."
    )
    assert mine.text == before
    assert await bot.services.projects.coordinators(await project_id(bot, carla)) == [carla.id]


async def test_an_application_to_a_project_nobody_runs_reaches_the_admins(
    bot: RunningBot,
) -> None:
    admin, carla = await coordinator_with_projects(bot)
    await publish(bot, carla, "Orti in Barriera")
    assert await bot.services.staff.demote(ADMIN, carla.id)
    _, card = await applied(bot, admin, "Giulia")
    assert (card.text or "").startswith('🙋 New application for "Orti in Barriera"')
    done = await tap(admin, "✅ Accept", message=card)
    assert (done.text or "").startswith("✅ Accepted!")
