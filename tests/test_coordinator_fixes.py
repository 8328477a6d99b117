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
from tests.test_staff import ADMIN

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
