"""Safety of the project features under races, role changes, quiet hours and odd input."""

from __future__ import annotations

import asyncio
from datetime import date

import pytest

from bot.domain.project_import import parse_projects
from tests.support.harness import RunningBot
from tests.test_onboarding_flow import say, tap
from tests.test_projects_flow import coordinator_with_projects, member, publish, show_interest
from tests.test_staff import ADMIN, invited

pytestmark = pytest.mark.bot_settings(ADMIN_IDS=str(ADMIN))


async def applied(bot: RunningBot, name: str, born: str) -> int:
    user = await member(bot, name, born, ("climate",))
    await show_interest(user)
    await tap(user, "📨 Send without a message")
    rows = await bot.services.db.fetch_all(
        "SELECT id FROM applications WHERE member_id = ?", (user.id,)
    )
    return int(rows[0]["id"])


async def test_two_coordinators_accepting_at_once_never_overfill(bot: RunningBot) -> None:
    _, carla = await coordinator_with_projects(bot)
    await publish(bot, carla, "Orti in Barriera")  # 2 places
    projects = bot.services.projects
    (project,) = [p for p in await projects.projects_of(carla.id) if p.status == "open"]
    await bot.services.db.execute("UPDATE projects SET places = 1 WHERE id = ?", (project.id,))
    first = await applied(bot, "Giulia", "05/2006")
    second = await applied(bot, "Piero", "05/2005")
    results = await asyncio.gather(
        bot.services.applications.review(carla.id, first, accept=True, reason=None),
        bot.services.applications.review(ADMIN, second, accept=True, reason=None),
    )
    assert sum(result is not None for result in results) == 1
    refreshed = await projects.get(project.id)
    assert refreshed is not None
    assert (refreshed.taken, refreshed.places_left) == (1, 0)


async def test_a_demoted_coordinator_gets_no_more_member_data(bot: RunningBot) -> None:
    admin, carla = await coordinator_with_projects(bot)
    await publish(bot, carla, "Orti in Barriera")
    (project,) = [
        p for p in await bot.services.projects.projects_of(carla.id) if p.status == "open"
    ]
    menu = await say(admin, "/demote")
    await admin.press("✖️ Carla Rossi (coordinator)", message=menu)
    await bot.server.wait_until(lambda _: menu.edits == 1)
    await admin.press("✅ Yes, remove Carla Rossi", message=menu)  # asked first
    await bot.server.wait_until(lambda _: menu.edits == 2)
    assert await bot.services.projects.coordinators(project.id) == []
    seen = len(carla.messages)
    await applied(bot, "Giulia", "05/2006")
    assert len(carla.messages) == seen  # no application card reached her


async def test_a_minor_is_told_of_a_decision_after_quiet_hours(bot: RunningBot) -> None:
    _, carla = await coordinator_with_projects(bot)
    await publish(bot, carla, "Orti in Barriera")
    application = await applied(bot, "Giulia", "05/2009")  # 16
    row = await bot.services.db.fetch_one(
        "SELECT member_id FROM applications WHERE id = ?", (application,)
    )
    assert row is not None
    giulia_id = row["member_id"]
    card = await carla.next_reply()
    bot.clock.set(bot.clock.now().replace(hour=22, minute=30))  # 23:30 in Turin
    await tap(carla, "✅ Accept", message=card)
    giulia = next(u for u in bot.server.users if u.id == giulia_id)
    seen = len(giulia.messages)
    await bot.run_due_tasks()
    assert len(giulia.messages) == seen  # not at night
    bot.clock.advance(hours=9, minutes=31)  # 08:01
    await bot.run_due_tasks()
    await giulia.wait_until(lambda user: len(user.messages) == seen + 1)
    assert (giulia.messages[-1].text or "").startswith("🎉 You're in!")


async def test_a_lapsed_question_does_not_take_later_text(bot: RunningBot) -> None:
    _, carla = await coordinator_with_projects(bot)
    await publish(bot, carla, "Orti in Barriera")
    giulia = await member(bot, "Giulia", "05/2006", ("climate",))
    await show_interest(giulia)
    bot.clock.advance(minutes=31)
    later = await say(giulia, "ciao!")
    assert later.text == (
        "⌛ Some time has passed and that question has expired: the message was not sent."
        " Tap the button again to try again."
    )
    assert await bot.services.db.fetch_all("SELECT 1 FROM applications") == []
    again = await say(giulia, "ciao!")
    assert "commands and buttons" in (again.text or "")  # said once


async def test_another_command_ends_a_question(bot: RunningBot) -> None:
    _, carla = await coordinator_with_projects(bot)
    await publish(bot, carla, "Orti in Barriera")
    giulia = await member(bot, "Giulia", "05/2006", ("climate",))
    page = await say(giulia, "/projects")
    await tap(giulia, "🙋 I'm interested", message=page)
    await say(giulia, "/events")  # moved on
    later = await say(giulia, "a che ora finisce la pulizia?")
    assert "commands and buttons" in (later.text or "")
    assert await bot.services.db.fetch_all("SELECT 1 FROM applications") == []


async def test_a_youth_member_cannot_finish_joining_the_staff(bot: RunningBot) -> None:
    admin = bot.server.add_user("Ada", language_code="en", user_id=ADMIN)
    token = await invited(bot, admin)
    kid = bot.server.add_user("Kid", language_code="en")
    await say(kid, f"/start {token}")
    conduct = await say(kid, "Kid Name")
    # Meanwhile the same account starts the youth onboarding and gives a birth month.
    await say(kid, "/start")
    onboarding = bot.services.onboarding
    await onboarding.choose_language(kid.id, "en")
    await onboarding.accept_notice(kid.id)
    await onboarding.answer_birth_text(kid.id, "05/2010")
    await kid.press("✅ I accept the code of conduct", message=conduct)
    await kid.wait_until(lambda user: bool(user.callback_answers))
    assert not bot.services.staff.is_staff(kid.id)


def test_odd_numbers_and_dates_in_a_spreadsheet_are_problems_not_crashes() -> None:
    header = (
        "title;description;causes;skills;city;min_age;max_age;hours_per_week;days;places;deadline"
    )
    row = "Orti;D;clima;;Torino;16;25;²;weekend;" + "9" * 5000 + ";1/1/99999999999999999999"
    result = parse_projects(f"{header}\n{row}".encode(), date(2026, 1, 15), 13, 25, set())
    assert {p.column for p in result.problems} >= {"hours_per_week", "places", "deadline"}


async def test_a_coordinator_is_told_what_happened_to_each_copy(bot: RunningBot) -> None:
    _, carla = await coordinator_with_projects(bot)
    await publish(bot, carla, "Orti in Barriera")
    for name, born in (("Giulia", "05/2009"), ("Sara", "05/2004")):  # 16 and 21
        await applied(bot, name, born)
        card = await carla.next_reply()
        await tap(carla, "✅ Accept", message=card)
    sara = next(u for u in bot.server.users if u.first_name == "Sara")
    sara.blocked = True
    bot.clock.set(bot.clock.now().replace(hour=22, minute=30))  # 23:30 in Turin
    menu = await say(carla, "/myprojects")
    card = await tap(carla, "Orti in Barriera · open", message=menu)
    await carla.press("✉️ Write to participants", message=card)
    await carla.next_reply()
    told = await say(carla, "Domani si parte alle 9!")
    assert told.text == (
        '✉️ Message to the participants of "Orti in Barriera":\n'
        "🌙 Waiting until Friday 16 January, 08:00: 1 person under 18"
        " (we don't message minors at night).\n"
        "🚫 Can't be reached: 1 person (they blocked the bot or are gone)."
    )
