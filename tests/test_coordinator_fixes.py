"""What a coordinator trips on late at night: the free places on every project screen, a decline
cut short by a command, application cards after a decision, role refusals, /help for staff,
ages typed as people type them and the candidates list."""

from __future__ import annotations

import pytest
from telegram_test_server import FakeUser
from telegram_test_server.models import BotMessage

from tests.support.harness import RunningBot
from tests.test_onboarding_flow import say, tap
from tests.test_projects_flow import coordinator_with_projects, member, publish
from tests.test_staff import ADMIN, invited, join

pytestmark = pytest.mark.bot_settings(ADMIN_IDS=str(ADMIN))


async def applied(bot: RunningBot, carla: FakeUser, name: str) -> tuple[FakeUser, BotMessage]:
    """A member applies to the first project listed; returns them and the coordinator's card."""
    user = await member(bot, name, "05/2003", ("climate",))
    page = await say(user, "/projects")
    await tap(user, "🙋 I'm interested", message=page)
    await say(user, "Ciao!")
    return user, await carla.next_reply()


async def test_the_edit_screen_counts_free_places_like_the_card(bot: RunningBot) -> None:
    _, carla = await coordinator_with_projects(bot)
    card = await publish(bot, carla, "Orti in Barriera")  # 2 places
    _, application = await applied(bot, carla, "Giulia")
    await tap(carla, "✅ Accept", message=application)
    listing = await say(carla, "/myprojects")
    card = await tap(carla, "Orti in Barriera · open", message=listing)
    assert "places left: 1" in (card.text or "")
    preview = await tap(carla, "✏️ Edit", message=card)
    assert "places left: 1" in (preview.text or "")
    question = await tap(carla, "✏️ Places", message=preview)
    assert question.text is not None
    back = await say(carla, "5")
    assert "places left: 4" in (back.text or "")


async def test_a_command_during_a_decline_says_it_was_not_sent(bot: RunningBot) -> None:
    _, carla = await coordinator_with_projects(bot)
    await publish(bot, carla, "Orti in Barriera")
    giulia, application = await applied(bot, carla, "Giulia")
    ask = await tap(carla, "✖️ Decline", message=application)
    assert "Want to explain briefly why?" in (ask.text or "")
    warning = await say(carla, "/myprojects")
    assert warning.text == (
        '⚠️ The decline for Giulia ("Orti in Barriera") was not sent: the application is still'
        " waiting. Choose below whenever you like."
    )
    listing = await carla.next_reply()
    assert (listing.text or "").startswith("📋 Your projects")
    reason = await tap(carla, "✖️ Decline", message=warning)
    assert "Want to explain briefly why?" in (reason.text or "")
    done = await say(carla, "Posti finiti, scusa!")
    assert (done.text or "").startswith("👌 Done: application declined.")
    told = await giulia.next_reply()
    assert "Posti finiti, scusa!" in (told.text or "")


async def test_an_answered_card_says_what_was_decided_and_loses_its_buttons(
    bot: RunningBot,
) -> None:
    _, carla = await coordinator_with_projects(bot)
    await publish(bot, carla, "Orti in Barriera")
    bot.clock.set(bot.clock.now().replace(hour=22))  # 23:00 in Turin
    _, card = await applied(bot, carla, "Teo")
    done = await tap(carla, "✅ Accept", message=card)
    assert "📬 The answer for Teo:" in (done.text or "")
    await bot.server.wait_until(lambda _: card.edits == 1)
    assert (card.text or "").endswith("✅ Accepted by you · 23:00")
    assert '🙋 New application for "Orti in Barriera"' in (card.text or "")
    assert not card.reply_markup or not card.reply_markup.get("inline_keyboard")

    _, second = await applied(bot, carla, "Sara")
    ask = await tap(carla, "✖️ Decline", message=second)
    assert (second.text or "").endswith('tap "Decline without a reason".')
    done = await tap(carla, "Decline without a reason", message=ask)
    assert (done.text or "").startswith("👌 Done: application declined.")
    assert "📬 The answer for Sara:" in (done.text or "")
    await bot.server.wait_until(lambda _: ask.edits == 1)
    assert (ask.text or "").endswith("✖️ Declined by you · 23:00")


async def test_a_late_press_says_what_was_decided(bot: RunningBot) -> None:
    _, carla = await coordinator_with_projects(bot)
    await publish(bot, carla, "Orti in Barriera")
    _, card = await applied(bot, carla, "Sara")
    ask = await tap(carla, "✖️ Decline", message=card)
    warning = await say(carla, "/myprojects")  # moved on: the card's buttons come again
    await carla.next_reply()
    done = await tap(carla, "Decline without a reason", message=ask)
    assert (done.text or "").startswith("👌 Done")
    answers = len(carla.callback_answers)
    await carla.press("✅ Accept", message=warning)
    await carla.wait_until(lambda user: len(user.callback_answers) > answers)
    assert carla.callback_answers[-1]["text"] == (
        "This application has already been declined: nothing more to do."
    )
    # The pressed copy no longer offers a decision that was made.
    await bot.server.wait_until(lambda _: warning.edits == 1)
    assert (warning.text or "").endswith("already been declined: nothing more to do.")
    assert not warning.inline_keyboard


async def test_a_refusal_names_the_role_needed(bot: RunningBot) -> None:
    _, carla = await coordinator_with_projects(bot)
    refused = await say(carla, "/projectlog")
    assert refused.text == "This command is for moderators and admins."


async def test_staff_help_for_everyone_lists_only_what_works_for_staff(bot: RunningBot) -> None:
    _, carla = await coordinator_with_projects(bot)
    shown = await say(carla, "/help")
    await carla.press("👤 For everyone", message=shown)
    await bot.server.wait_until(lambda _: shown.edits == 1)
    text = shown.text or ""
    assert text.startswith("👤 For everyone")
    for works in ("/settings", "/privacy", "/mydata", "/about", "/help"):
        assert works in text
    for member_only in ("/projects", "/myapplications", "/events", "/myevents", "/profile"):
        assert f"{member_only} " not in text
    member = await member_with_help(bot)
    for member_only in ("/projects", "/myapplications", "/events", "/myevents", "/profile"):
        assert member_only in member


async def member_with_help(bot: RunningBot) -> str:
    giulia = await member(bot, "Giulia", "05/2003", ("climate",))
    return (await say(giulia, "/help")).text or ""


async def test_ages_typed_in_words_are_taken(bot: RunningBot) -> None:
    _, carla = await coordinator_with_projects(bot)
    card = await publish(bot, carla, "Orti in Barriera")
    preview = await tap(carla, "✏️ Edit", message=card)
    await tap(carla, "✏️ Ages", message=preview)
    back = await say(carla, "da 13 a 17 anni")
    assert "🎂 ages 13–17" in (back.text or "")


async def test_candidates_speak_to_the_coordinator(bot: RunningBot) -> None:
    _, carla = await coordinator_with_projects(bot)
    await publish(bot, carla, "Orti in Barriera")
    await member(bot, "Sara", "05/2003", ("climate",))
    listing = await say(carla, "/candidates")
    found = await tap(carla, "Orti in Barriera", message=listing)
    text = found.text or ""
    assert "time: fits the project" in text
    assert "your time" not in text
    assert " · new" not in text
    assert found.labels == ["💌 Invite Sara"]


async def test_with_no_other_coordinators_the_step_says_tap_done(bot: RunningBot) -> None:
    admin = bot.server.add_user("Ada", language_code="en", user_id=ADMIN)
    carla = await join(bot, await invited(bot, admin), "Carla")
    await say(carla, "/newproject")
    await say(carla, "Orti in Barriera")
    causes = await say(carla, "Curiamo gli orti del quartiere insieme.")
    await carla.press("🌍 Climate", message=causes)
    await bot.server.wait_until(lambda _: causes.button("✅ 🌍 Climate") is not None)
    skills = await tap(carla, "✅ Done", message=causes)
    await tap(carla, "Skip ➡️", message=skills)
    await say(carla, "Turin")
    hours = await say(carla, "16 - 25 anni")
    days = await tap(carla, "3–5 hours", message=hours)
    await carla.press("At weekends", message=days)
    await bot.server.wait_until(lambda _: days.button("✅ At weekends") is not None)
    await tap(carla, "✅ Done", message=days)
    deadline = await say(carla, "8")
    helpers = await tap(carla, "No deadline", message=deadline)
    assert "There are no other coordinators yet: tap Done." in (helpers.text or "")
    assert "tap names" not in (helpers.text or "")
