"""Co-coordinators see what their colleagues see and do: told when added (and free to step down,
never the last one), every copy of an application card redrawn with who decided, a card held by
someone taken off the project, and the events of shared projects in /manageevents."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest
from telegram_test_server import FakeUser
from telegram_test_server.models import BotMessage

from bot.services.cocoordination import StepDown
from bot.services.events import ChangeResult
from tests.support.events import open_event
from tests.support.harness import RunningBot
from tests.test_coordinator_fixes import applied
from tests.test_onboarding_flow import say, tap
from tests.test_projects_flow import coordinator_with_projects, publish
from tests.test_staff import ADMIN, invited, join

pytestmark = pytest.mark.bot_settings(ADMIN_IDS=str(ADMIN))

TITLE = "Orti in Barriera"


async def toggle_coordinator(bot: RunningBot, carla: FakeUser, card: BotMessage, name: str) -> None:
    """Carla edits the project's coordinators from its card: `name` in or out, then saved."""
    preview = await tap(carla, "✏️ Edit", message=card)
    helpers = await tap(carla, "✏️ Coordinators", message=preview)
    ticked = helpers.button(f"✅ {name}") is not None
    await carla.press(f"✅ {name}" if ticked else name, message=helpers)
    await bot.server.wait_until(lambda _: (helpers.button(f"✅ {name}") is None) == ticked)
    back = await tap(carla, "✅ Done", message=helpers)
    saved = await tap(carla, "💾 Save changes", message=back)
    assert saved.text == "✅ Changes saved."


async def shared_project(bot: RunningBot) -> tuple[FakeUser, FakeUser, BotMessage, BotMessage]:
    """Carla publishes the project and adds Marco: Carla, Marco, Carla's card, Marco's news."""
    admin, carla = await coordinator_with_projects(bot)
    card = await publish(bot, carla, TITLE)
    marco = await join(bot, await invited(bot, admin, invitee="Marco Rossi"), "Marco")
    await toggle_coordinator(bot, carla, card, "Marco Rossi")
    return carla, marco, card, await marco.next_reply()


async def project_id(bot: RunningBot, carla: FakeUser) -> int:
    (found,) = [p for p in await bot.services.projects.projects_of(carla.id) if p.title == TITLE]
    return found.id


async def audit_actions(bot: RunningBot) -> list[str]:
    rows = await bot.services.db.fetch_all("SELECT action FROM audit_log ORDER BY id")
    return [row["action"] for row in rows]


async def test_a_co_coordinator_is_told_and_may_step_down(bot: RunningBot) -> None:
    carla, marco, _, added = await shared_project(bot)
    assert added.text == (
        '🤝 Carla Rossi added you as a co-coordinator of "Orti in Barriera". From now on you get'
        " the project's applications and the participants' messages too, and see its events in"
        " /manageevents.\n👥 You run it with Carla Rossi."
    )
    await marco.press("🙅 Step down", message=added)  # asked in place, once more
    await bot.server.wait_until(lambda _: (added.text or "").startswith('Leave "Orti in'))
    await marco.press("No, I'll stay", message=added)
    await bot.server.wait_until(lambda _: (added.text or "").startswith("👍 You stay"))
    assert not added.inline_keyboard
    project = await project_id(bot, carla)
    assert marco.id in await bot.services.projects.coordinators(project)

    outcome, _ = await bot.services.cocoordination.step_down(marco.id, project)
    assert outcome is StepDown.DONE
    told = await carla.next_reply()
    assert told.text == '👋 Marco Rossi stepped down as coordinator of "Orti in Barriera".'
    assert await bot.services.projects.coordinators(project) == [carla.id]
    actions = await audit_actions(bot)
    assert "project.cocoordinator_added" in actions
    assert actions[-1] == "project.stepped_down"

    # Whoever stepped down no longer gets the project's cards.
    _, card = await applied(bot, carla, "Giulia")
    assert card.chat_id == carla.id
    copies = await bot.services.applications.card_copies(card_application(card))
    assert [copy.coordinator_id for copy in copies] == [carla.id]


def card_application(card: BotMessage) -> int:
    """The application id an application card's Accept button carries."""
    (accept, _) = card.inline_keyboard[0]
    return int(str(accept["callback_data"]).rsplit(":", 1)[1])


async def test_stepping_down_from_the_message_and_the_last_coordinator_stays(
    bot: RunningBot,
) -> None:
    carla, marco, _, added = await shared_project(bot)
    await marco.press("🙅 Step down", message=added)
    await bot.server.wait_until(lambda _: added.button("Yes, step down") is not None)
    # Carla has lost her role meanwhile: Marco is the only one left to run the project.
    await bot.services.staff.demote(ADMIN, carla.id)
    await marco.press("Yes, step down", message=added)
    await bot.server.wait_until(lambda _: "only coordinator" in (added.text or ""))
    assert added.text == (
        'You are the only coordinator of "Orti in Barriera": a project always has at least one.'
        " To stop it, close it from /myprojects."
    )
    project = await project_id_of(bot, marco)
    assert marco.id in await bot.services.projects.coordinators(project)


async def project_id_of(bot: RunningBot, coordinator: FakeUser) -> int:
    (found,) = await bot.services.projects.projects_of(coordinator.id)
    return found.id


async def test_every_copy_of_a_card_says_who_decided(bot: RunningBot) -> None:
    carla, marco, _, _ = await shared_project(bot)
    bot.clock.set(bot.clock.now().replace(hour=17, minute=4))  # 18:04 in Turin
    giulia, carla_card = await applied(bot, carla, "Giulia")
    marco_card = await marco.next_reply()
    assert '🙋 New application for "Orti in Barriera"' in (marco_card.text or "")
    # Marco starts declining; Carla accepts meanwhile.
    ask = await tap(marco, "✖️ Decline", message=marco_card)
    done = await tap(carla, "✅ Accept", message=carla_card)
    assert (done.text or "").startswith("✅ Accepted!")
    await bot.server.wait_until(lambda _: "Accepted by Carla" in (marco_card.text or ""))
    assert (marco_card.text or "").endswith("✅ Accepted by Carla Rossi · 18:04")
    assert '🙋 New application for "Orti in Barriera"' in (marco_card.text or "")
    assert not marco_card.inline_keyboard
    assert (carla_card.text or "").endswith("✅ Accepted by you · 18:04")
    assert not carla_card.inline_keyboard
    assert carla_card.edits == 1  # drawn once, not stamped twice
    # Marco's late press says who decided.
    answers = len(marco.callback_answers)
    await marco.press("Decline without a reason", message=ask)
    await marco.wait_until(lambda user: len(user.callback_answers) > answers)
    assert marco.callback_answers[-1]["text"] == (
        "This application has already been accepted by Carla Rossi: nothing more to do."
    )
    project = await project_id(bot, carla)
    assert await bot.services.projects.deciders(marco.id, project) == {giulia.id: carla.id}
    assert "accepted" in ((await giulia.next_reply()).text or "").casefold()


async def test_a_co_coordinator_taken_off_while_holding_a_card(bot: RunningBot) -> None:
    carla, marco, card, _ = await shared_project(bot)
    _, carla_card = await applied(bot, carla, "Giulia")
    marco_card = await marco.next_reply()
    await toggle_coordinator(bot, carla, card, "Marco Rossi")
    told = await marco.next_reply()
    assert (told.text or "").startswith(
        'Carla Rossi took you off the coordinators of "Orti in Barriera"'
    )
    answers = len(marco.callback_answers)
    await marco.press("✅ Accept", message=marco_card)
    await marco.wait_until(lambda user: len(user.callback_answers) > answers)
    assert marco.callback_answers[-1]["text"] == (
        'You no longer coordinate "Orti in Barriera": the other coordinators handle this'
        " application now."
    )
    await bot.server.wait_until(lambda _: not marco_card.inline_keyboard)
    application = await bot.services.applications.with_project(card_application(carla_card))
    assert application is not None
    assert application[0].status == "applied"
    # Carla's own card still works, and Marco's old copy only loses its buttons.
    done = await tap(carla, "✅ Accept", message=carla_card)
    assert (done.text or "").startswith("✅ Accepted!")
    assert "Accepted by" not in (marco_card.text or "")


async def test_a_forged_card_press_is_refused_as_not_theirs(bot: RunningBot) -> None:
    carla, marco, card, _ = await shared_project(bot)
    _, carla_card = await applied(bot, carla, "Giulia")
    await marco.next_reply()
    await toggle_coordinator(bot, carla, card, "Marco Rossi")
    assert "took you off" in ((await marco.next_reply()).text or "")
    # Marco presses a copy he was never sent (Carla's): not his, whatever he once ran.
    await marco.press("✅ Accept", message=carla_card)
    await marco.wait_until(lambda user: "isn't yours" in str(user.callback_answers))
    assert "no longer coordinate" not in str(marco.callback_answers)


async def test_events_of_a_shared_project_are_run_by_its_team(bot: RunningBot) -> None:
    carla, marco, _, _ = await shared_project(bot)
    project = await project_id(bot, carla)
    starts = bot.clock.now() + timedelta(days=3)
    shared = await bot.services.events.create(carla.id, open_event(starts, project_id=project))
    solo = await bot.services.events.create(carla.id, open_event(starts, title="Solo di Carla"))
    assert await bot.services.events.managed(marco.id, solo) is None  # not of their project
    # Marco moves the shared one by an hour: Carla hears who did it.
    moved = replace(open_event(starts, project_id=project), starts_at=starts + timedelta(hours=1))
    result, _ = await bot.services.events.update(marco.id, shared, moved)
    assert result is ChangeResult.SAVED
    changed = await carla.next_reply()
    assert changed.text == (
        '✏️ Marco Rossi changed the event "Pulizia del parco". You\'ll find it in /manageevents.'
    )
    listing = await say(marco, "/manageevents")
    assert (listing.text or "").startswith("🗂️ Your upcoming events (1)")
    item = listing.buttons[0][0]
    assert item.startswith("Pulizia del parco · ")  # Carla's own event is not Marco's
    await marco.press(item, message=listing)
    await marco.wait_until(lambda _: listing.button("❌ Cancel event") is not None)
    await marco.press("❌ Cancel event", message=listing)
    await marco.wait_until(lambda _: listing.button("❌ Yes, cancel it") is not None)
    await marco.press("❌ Yes, cancel it", message=listing)
    await marco.wait_until(lambda _: "is cancelled" in (listing.text or ""))
    told = await carla.next_reply()
    assert told.text == (
        '🚫 Marco Rossi cancelled the event "Pulizia del parco": everyone who answered gets the'
        " notice."
    )
    assert (await audit_actions(bot))[-1] == "event.cancelled"


async def test_a_decision_by_an_admin_names_them_as_telegram_does(bot: RunningBot) -> None:
    carla, _, _, _ = await shared_project(bot)
    bot.clock.set(bot.clock.now().replace(hour=22, minute=0))  # 23:00 in Turin
    _, card = await applied(bot, carla, "Giulia")
    admin = bot.server.state.users[ADMIN]
    await admin.press("✅ Accept", message=card)  # admins may run any project
    await bot.server.wait_until(lambda _: card.edits == 1)
    # Ada is an admin by ADMIN_IDS, with no staff name: her Telegram first name.
    assert (card.text or "").endswith("✅ Accepted by Ada · 23:00")


async def test_a_stale_copy_pressed_late_is_drawn_as_decided(bot: RunningBot) -> None:
    carla, marco, _, _ = await shared_project(bot)
    bot.clock.set(bot.clock.now().replace(hour=8, minute=30))  # 09:30 in Turin
    _, carla_card = await applied(bot, carla, "Giulia")
    marco_card = await marco.next_reply()
    # The redraw did not reach Marco's copy (Telegram refused the edit, say).
    redraw = bot.services.applications.redraw_cards

    async def nothing(application_id: int) -> None:
        return None

    bot.services.applications.redraw_cards = nothing
    await tap(carla, "✅ Accept", message=carla_card)
    bot.services.applications.redraw_cards = redraw
    assert marco_card.inline_keyboard
    answers = len(marco.callback_answers)
    await marco.press("✖️ Decline", message=marco_card)
    await marco.wait_until(lambda user: len(user.callback_answers) > answers)
    assert "already been accepted by Carla Rossi" in marco.callback_answers[-1]["text"]
    await bot.server.wait_until(lambda _: not marco_card.inline_keyboard)
    assert (marco_card.text or "").endswith("✅ Accepted by Carla Rossi · 09:30")


async def test_an_admin_with_no_name_to_show_is_called_an_admin(bot: RunningBot) -> None:
    translate = bot.services.translate
    words = {"who": "admin", "name": "", "title": "Pulizia del parco"}
    assert translate("en", "cocoord-event-cancelled", **words).startswith(
        '🚫 An admin cancelled the event "Pulizia del parco"'
    )
    assert translate("it", "cocoord-event-cancelled", **words).startswith(
        "🚫 Un amministratore ha annullato l'evento «Pulizia del parco»"
    )


async def test_an_admin_on_the_team_stays_when_a_colleague_is_added(bot: RunningBot) -> None:
    """An admin runs the project too but has no button among the coordinators to tick:
    ticking someone else keeps them, and nobody is told they were taken off."""
    admin, carla = await coordinator_with_projects(bot)
    card = await publish(bot, carla, TITLE)
    project = await project_id(bot, carla)
    await bot.services.projects.repository.add_coordinators(project, [ADMIN])
    marco = await join(bot, await invited(bot, admin, invitee="Marco Rossi"), "Marco")
    seen = len(admin.messages)
    await toggle_coordinator(bot, carla, card, "Marco Rossi")
    assert "added you" in ((await marco.next_reply()).text or "")
    assert sorted(await bot.services.projects.coordinators(project)) == sorted(
        [carla.id, marco.id, ADMIN]
    )
    assert not any("took you off" in (m.text or "") for m in admin.messages[seen:])


async def test_a_withdrawn_application_leaves_no_card_to_press(bot: RunningBot) -> None:
    carla, marco, _, _ = await shared_project(bot)
    giulia, card = await applied(bot, carla, "Giulia")
    marco_card = await marco.next_reply()
    application = card_application(card)
    moved = await bot.services.applications.member_moves(giulia.id, application, "withdrawn")
    assert moved is not None
    for copy in (card, marco_card):
        await bot.server.wait_until(lambda _: not card.inline_keyboard)
        await bot.server.wait_until(lambda _: not marco_card.inline_keyboard)
        assert "↩️ Withdrawn by the applicant · " in (copy.text or "")


async def test_a_status_change_is_told_to_colleagues_and_a_stale_press_redraws(
    bot: RunningBot,
) -> None:
    carla, marco, card, _ = await shared_project(bot)
    marco_card = await tap(marco, f"{TITLE} · open", message=await say(marco, "/myprojects"))
    await carla.press("⏸️ Pause", message=card)
    told = await marco.next_reply()
    assert told.text == '⏸️ Carla Rossi paused "Orti in Barriera".'
    # Marco's screen still offers Pause: his press shows the project as it is now.
    await marco.press("⏸️ Pause", message=marco_card)
    await marco.wait_until(lambda _: "Status: paused" in (marco_card.text or ""))
    assert marco_card.buttons[0] == ["▶️ Reopen", "🔒 Close", "✏️ Edit"]
    assert "changed meanwhile" in str(marco.callback_answers)
    await marco.press("▶️ Reopen", message=marco_card)
    reopened = await carla.next_reply()
    assert reopened.text == '▶️ Marco Rossi reopened "Orti in Barriera".'
    assert (await audit_actions(bot)).count("project.paused") == 1
