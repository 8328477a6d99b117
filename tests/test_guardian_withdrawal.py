"""After a guardian withdraws, or a moderator finds a consent void: the child's data goes back
to the rule-2 minimum at once, the erasure day the guardian was told holds whatever links the
child asks for, news held for quiet hours that is no longer true never arrives, and staff are
told truthfully when the child will hear."""

from __future__ import annotations

import json

import pytest
from telegram_test_server import FakeUser

from tests.support.harness import RunningBot
from tests.test_guardian import open_as_guardian, thirteen
from tests.test_guardian_checks import card_for, confirmed, consented, finish_profile
from tests.test_onboarding_flow import rows_about, say, tap, tick
from tests.test_projects_flow import coordinator_with_projects, publish
from tests.test_staff import ADMIN

YES_NOT_VALID = "✖️ Yes, not valid"  # a moderator's annulment is asked first

pytestmark = pytest.mark.bot_settings(ADMIN_IDS=str(ADMIN))


async def withdraw(bot: RunningBot, mum: FakeUser) -> str:
    listing = await say(mum, "/guardian")
    await mum.press("⚙️ Nina", message=listing)
    await bot.server.wait_until(lambda _: listing.edits == 1)
    await mum.press("↩️ Withdraw consent", message=listing)
    await bot.server.wait_until(lambda _: listing.edits == 2)
    await mum.press("↩️ Yes, withdraw consent", message=listing)
    await bot.server.wait_until(lambda _: listing.edits == 3)
    return listing.text or ""


async def consented_by_laura(bot: RunningBot) -> tuple[FakeUser, FakeUser]:
    """Nina (13), and her mum Laura who consented online (the admin gets the card)."""
    await say(bot.server.add_user("Ada", language_code="en", user_id=ADMIN), "/start")
    nina, _, invite = await thirteen(bot, "Nina")
    mum = bot.server.add_user("Laura", language_code="en")
    await consented(bot, mum, invite)
    return nina, mum


async def profile_row(bot: RunningBot, member_id: int) -> tuple[object, ...]:
    row = await bot.services.db.fetch_one(
        "SELECT first_name, city, causes, birth_year, birth_month FROM profiles"
        " WHERE member_id = ?",
        (member_id,),
    )
    assert row is not None
    return tuple(row)


async def test_a_withdrawal_keeps_only_the_minimum_and_the_erasure_day_holds(
    bot: RunningBot,
) -> None:
    nina, mum = await consented_by_laura(bot)
    await finish_profile(nina)
    assert (await profile_row(bot, nina.id))[:2] == ("Nina", "Torino")

    withdrawn = await withdraw(bot, mum)
    assert "only the minimum is left" in withdrawn
    assert "by 22 January 2026" in withdrawn, withdrawn
    told = await nina.next_reply()
    assert "I've kept only your birth month and year, language and the request" in (told.text or "")
    # What the texts say is kept is what is kept: at once, not on the erasure day.
    assert await profile_row(bot, nina.id) == (None, None, "[]", 2012, 10)
    for table in ("consents", "preferences", "applications", "rsvps", "tasks"):
        row = await bot.services.db.fetch_one(
            f"SELECT count(*) AS n FROM {table} WHERE member_id = ?", (nina.id,)
        )
        assert row is not None
        assert row["n"] == 0, table
    profile = await say(nina, "/profile")
    assert "Torino" not in (profile.text or "")

    # New links on days 3 and 6 do not move the day the guardian was told.
    for _ in range(2):
        bot.clock.advance(days=3)
        status = await say(nina, "/start")
        fresh = await tap(nina, "🔄 New link", message=status)
        while "start=guardian_" not in (fresh.text or ""):
            fresh = await nina.next_reply()
        assert "works until 22 January 2026" in (fresh.text or ""), fresh.text
    bot.clock.advance(days=1, seconds=1)
    assert await bot.services.guardians.erase_expired() == 1
    assert await rows_about(bot, nina.id) == []
    gone = await mum.next_reply()
    assert gone.text == (
        "🗑️ As we said when you withdrew your consent, we have deleted all of Nina's data."
    )


async def test_a_revoked_consent_s_held_good_news_never_arrives(bot: RunningBot) -> None:
    admin = bot.server.add_user("Ada", language_code="en", user_id=ADMIN)
    await say(admin, "/start")
    nina, _, invite = await thirteen(bot, "Nina")
    before = len(nina.all_messages)
    bot.clock.advance(hours=13)  # 23:00 in Rome: quiet hours for a 13-year-old
    mum = bot.server.add_user("Fake", language_code="en")
    await consented(bot, mum, invite)
    check = await card_for(admin, "Consent to check")
    await admin.press("✖️ Not valid", message=check)
    await bot.server.wait_until(lambda _: check.edits == 1)  # asked first
    await admin.press(YES_NOT_VALID, message=check)
    await bot.server.wait_until(lambda _: check.edits == 2)
    assert "Nina: I'll tell them at 08:00 (quiet hours)." in (check.text or ""), check.text
    assert "The parent: told now." in (check.text or "")
    told = await card_for(mum, "couldn't confirm the consent you gave for Nina")
    assert "if no new consent arrives by 22/01/2026, we delete Nina's data" in (told.text or "")
    assert len(nina.all_messages) == before

    bot.clock.advance(hours=9, minutes=5)  # 08:05
    await bot.run_due_tasks()
    await nina.wait_until(lambda u: len(u.all_messages) > before)
    await bot.run_due_tasks()
    news = [m.text or "" for m in nina.all_messages[before:]]
    assert len(news) == 1, news
    assert news[0].startswith("⏸️ A moderator couldn't confirm your parent's OK")


async def test_a_paper_form_recorded_in_quiet_hours_says_when_the_child_hears(
    bot: RunningBot,
) -> None:
    leo, _, _ = await thirteen(bot, "Leo")
    request = await bot.services.guardians.request_of(leo.id)
    assert request is not None
    moderator = bot.server.add_user("Marta", language_code="it", user_id=ADMIN)
    bot.clock.advance(hours=13)  # 23:00
    card = await say(moderator, f"/consent {request.reference_code}")
    await moderator.press("📝 Registra il modulo firmato", message=card)
    await moderator.next_reply()
    relationship = await say(moderator, "Laura Bianchi")
    await tap(moderator, "👩 Genitore", message=relationship)
    confirm = await say(moderator, "10/01/2026")
    recorded = await tap(moderator, "📝 Registra il modulo firmato", message=confirm)
    assert (recorded.text or "").endswith("A Leo: glielo dico alle 08:00 (ore di quiete)."), (
        recorded.text
    )


async def test_the_guardian_sees_and_switches_the_choice_in_force(bot: RunningBot) -> None:
    admin = bot.server.add_user("Ada", language_code="en", user_id=ADMIN)
    await say(admin, "/start")
    nina, _, invite = await thirteen(bot, "Nina")
    mum = bot.server.add_user("Laura", language_code="en")
    card = await open_as_guardian(mum, invite)
    await tick(mum, "⬜ Event reminders", card)
    await mum.press("✅ I give consent", message=card)
    await bot.server.wait_until(lambda _: "Thank you" in (card.text or ""))
    check = await card_for(admin, "Consent to check")
    await confirmed(bot, admin, check, mum)
    await finish_profile(nina)
    assert (await bot.services.consents.granted(nina.id))["reminders"] is True
    settings = await say(nina, "/settings")
    await nina.press("✅ Event reminders", message=settings)
    await nina.wait_until(lambda _: "🔒 Event reminders: off" in (settings.text or ""))
    assert (await bot.services.consents.granted(nina.id))["reminders"] is False

    listing = await say(mum, "/guardian")
    await mum.press("⚙️ Nina", message=listing)
    await bot.server.wait_until(lambda _: listing.edits == 1)
    assert "🔕 Event reminders: switched off by Nina." in (listing.text or ""), listing.text
    assert ["⬜ Event reminders"] in listing.buttons
    await mum.press("⬜ Event reminders", message=listing)  # one tap: on again
    await bot.server.wait_until(lambda _: listing.edits == 2)
    assert (await bot.services.consents.granted(nina.id))["reminders"] is True
    assert ["✅ Event reminders"] in listing.buttons
    assert "switched off by" not in (listing.text or "")


async def test_coordinators_hear_the_parent_paused_the_participation(bot: RunningBot) -> None:
    admin, carla = await coordinator_with_projects(bot)
    await publish(bot, carla, "Radio giovani")  # 13–15, remote, culture
    nina, _, invite = await thirteen(bot, "Nina")
    mum = bot.server.add_user("Laura", language_code="en")
    await consented(bot, mum, invite)
    check = await card_for(admin, "Consent to check")
    await confirmed(bot, admin, check, mum)
    await finish_profile(nina)
    project = next(
        p for p in await bot.services.projects.projects_of(carla.id) if p.status == "open"
    )
    assert await bot.services.applications.apply(nina.id, project.id, None) is not None
    before = len(carla.all_messages)
    await withdraw(bot, mum)
    await carla.wait_until(lambda u: len(u.all_messages) > before)
    told = carla.all_messages[-1].text or ""
    assert told.startswith('⏸️ Nina\'s participation in "Radio giovani" is paused'), told
    assert "withdrew their application" not in told


async def test_after_a_paper_form_the_child_is_sent_to_a_moderator_not_to_guardian(
    bot: RunningBot,
) -> None:
    leo, _, _ = await thirteen(bot, "Leo")
    guardians = bot.services.guardians
    request = await guardians.request_of(leo.id)
    assert request is not None
    await guardians.state_name(request, "Laura Bianchi")
    stated = await guardians.request_of(leo.id)
    assert stated is not None
    await guardians.state_relationship(stated, "parent")
    await guardians.consent(stated, "paper", ADMIN)
    await leo.next_reply()  # the good news
    settings = await say(leo, "/settings")
    text = settings.text or ""
    assert "then ask a moderator to change them." in text, text
    assert "/guardian" not in text


async def test_a_parent_only_gets_a_guardian_s_help_and_start_also_after_withdrawing(
    bot: RunningBot,
) -> None:
    nina, mum = await consented_by_laura(bot)
    helped = (await say(mum, "/help")).text or ""
    listed = [line.split(" ")[0] for line in helped.splitlines() if line.startswith("/")]
    assert listed == [
        "/guardian",
        "/privacy",
        "/mydata",
        "/deleteme",
        "/language",
        "/about",
        "/help",
    ]
    await withdraw(bot, mum)
    await nina.next_reply()  # the good news
    await nina.next_reply()  # paused
    status = await say(nina, "/start")
    await tap(nina, "🔄 New link", message=status)  # the request forgets who opened it
    greeted = await say(mum, "/start")
    assert (greeted.text or "").startswith("Hi Laura! You're here as the parent or guardian")
    assert await bot.services.members.get(mum.id) is None


async def test_a_parent_sees_what_is_held_about_them_and_how_to_erase_it(
    bot: RunningBot,
) -> None:
    _, mum = await consented_by_laura(bot)
    summary = (await say(mum, "/mydata")).text or ""
    assert 'For Nina: the name you gave "Laura Rossi", 👩 Parent, consent given' in summary
    export = await mum.next_reply()
    assert export.document is not None
    held = json.loads(export.document[1])["as_guardian"]
    assert [(h["child"], h["name_given"], h["status"]) for h in held] == [
        ("Nina", "Laura Rossi", "consented")
    ]
    deleting = (await say(mum, "/deleteme")).text or ""
    assert "withdraw your consent with /guardian" in deleting
    assert "Laura Rossi" in deleting
    stranger = bot.server.add_user("Eve", language_code="en")
    assert (await say(stranger, "/mydata")).text == "I don't hold any data about you 🙂"
