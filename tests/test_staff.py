"""Staff roles: invites, joining with a name and the code of conduct, /staff, /demote."""

from __future__ import annotations

import re

import pytest
from telegram_test_server import FakeUser
from telegram_test_server.models import BotMessage

from bot.domain.onboarding_steps import Step
from bot.services.staff import Role
from tests.support.harness import RunningBot
from tests.support.onboarding_steps import reach
from tests.test_onboarding_flow import say, tap

ADMIN = 777
pytestmark = pytest.mark.bot_settings(ADMIN_IDS=str(ADMIN))


def invite_token(message: BotMessage) -> str:
    found = re.search(r"start=(staff_[A-Za-z0-9_-]+)", message.text or "")
    assert found, message.text
    return found[1]


async def invited(bot: RunningBot, admin: FakeUser, role: str = "coordinator") -> str:
    return invite_token(await say(admin, f"/invite {role}"))


async def join(bot: RunningBot, token: str, name: str, user_id: int | None = None) -> FakeUser:
    adult = bot.server.add_user(name, language_code="en", user_id=user_id)
    asked = await say(adult, f"/start {token}")
    assert (asked.text or "").startswith("👋 Welcome! You've been invited as")
    conduct = await say(adult, f"{name} Rossi")
    assert (conduct.text or "").startswith("📜 Staff code of conduct")
    await adult.press("✅ I accept the code of conduct", message=conduct)
    await bot.server.wait_until(lambda _: conduct.edits == 1)
    assert (conduct.text or "").startswith("🎉 Done: you're on the staff")
    return adult


async def test_an_admin_invites_a_coordinator_who_joins(bot: RunningBot) -> None:
    admin = bot.server.add_user("Ada", language_code="en", user_id=ADMIN)
    choose = await say(admin, "/invite")
    link = await tap(admin, "coordinator", message=choose)
    assert "valid 72 hours" in (link.text or "")
    carla = await join(bot, invite_token(link), "Carla")
    assert bot.services.staff.role_of(carla.id) is Role.COORDINATOR
    assert await bot.services.members.get(carla.id) is None  # not a member
    greeting = await say(carla, "/start")
    assert (greeting.text or "").startswith("Hi Carla! You're on the")
    listing = await say(admin, "/staff")
    assert "• Carla Rossi — coordinator" in (listing.text or "")
    actions = await bot.services.db.fetch_all("SELECT action FROM audit_log ORDER BY id")
    assert [row["action"] for row in actions] == ["staff.invited", "staff.joined"]

    # The same link again, by anyone: refused.
    again = await say(
        bot.server.add_user("Eve", language_code="en"), f"/start {invite_token(link)}"
    )
    assert (again.text or "").startswith("🤔 This invite isn't valid")

    # Demoted: the role goes at once.
    menu = await say(admin, "/demote")
    await admin.press("✖️ Carla Rossi (coordinator)", message=menu)
    await bot.server.wait_until(lambda _: menu.edits == 1)
    assert bot.services.staff.role_of(carla.id) is None
    assert (await say(carla, "/pending")).text == "This command is for staff."
    actions = await bot.services.db.fetch_all("SELECT action FROM audit_log ORDER BY id")
    assert [row["action"] for row in actions][-1] == "staff.demoted"


async def test_invites_that_must_not_work(bot: RunningBot) -> None:
    admin = bot.server.add_user("Ada", language_code="en", user_id=ADMIN)
    # Only admins invite, list or demote.
    stranger = bot.server.add_user("Sly", language_code="en")
    for command in ("/invite coordinator", "/staff", "/demote"):
        assert (await say(stranger, command)).text == "This command is for admins."
    # A youth member cannot be made staff.
    token = await invited(bot, admin)
    kid = bot.server.add_user("Kid", language_code="en")
    await say(kid, "/start")
    await reach(bot, kid, Step.NAME)
    refused = await say(kid, f"/start {token}")
    assert (refused.text or "").startswith("This account is registered as a young member")
    # Opened by one adult, then another.
    first = bot.server.add_user("Tom", language_code="en")
    await say(first, f"/start {token}")
    taken = await say(bot.server.add_user("Ann", language_code="en"), f"/start {token}")
    assert (taken.text or "").startswith("This invite was already opened by another account")
    # Expired after 72 hours.
    late_token = await invited(bot, admin, "moderator")
    bot.clock.advance(hours=72, seconds=1)
    late = await say(bot.server.add_user("Lou", language_code="en"), f"/start {late_token}")
    assert (late.text or "").startswith("⌛ This invite has expired")
    # A forged demote button from a non-admin.
    moderator_token = await invited(bot, admin, "moderator")
    await join(bot, moderator_token, "Mo")
    menu = await say(admin, "/demote")
    # A client replaying the admin's button data from another account.
    await stranger.press("✖️ Mo Rossi (moderator)", message=menu)
    await stranger.wait_until(lambda user: bool(user.callback_answers))
    assert "for admins" in str(stranger.callback_answers[-1])
    assert len(await bot.services.staff.staff()) == 1
