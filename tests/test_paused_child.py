"""A child paused after a consent ended: each screen says who ended it (the parent withdrew,
or a moderator annulled it) and the day the data goes, and the child hears when it went."""

from __future__ import annotations

import pytest
from telegram_test_server import FakeUser

from tests.support.harness import RunningBot
from tests.test_guardian import thirteen
from tests.test_guardian_checks import card_for, confirmed, consented
from tests.test_guardian_withdrawal import YES_NOT_VALID, consented_by_laura, withdraw
from tests.test_onboarding_flow import rows_about, say
from tests.test_staff import ADMIN

pytestmark = pytest.mark.bot_settings(ADMIN_IDS=str(ADMIN))


async def fresh_answer(user: FakeUser, text: str) -> str:
    """The bot's answer to `text`, past any news that came before it."""
    before = len(user.all_messages)
    await user.send(text)
    await user.wait_until(lambda u: len(u.all_messages) > before)
    return user.all_messages[before].text or ""


async def annulled(bot: RunningBot) -> tuple[FakeUser, FakeUser, str]:
    """Ugo (13), whose online consent the admin found void: (Ugo, the admin, their card)."""
    admin = bot.server.add_user("Ada", language_code="en", user_id=ADMIN)
    await say(admin, "/start")
    ugo, _, invite = await thirteen(bot, "Ugo")
    await consented(bot, bot.server.add_user("Fake", language_code="en"), invite)
    check = await card_for(admin, "Consent to check")
    await admin.press("✖️ Not valid", message=check)
    await bot.server.wait_until(lambda _: check.edits == 1)
    await admin.press(YES_NOT_VALID, message=check)
    await bot.server.wait_until(lambda _: check.edits == 2)
    return ugo, admin, check.text or ""


async def test_an_annulled_consent_is_called_annulled_with_its_erasure_day(
    bot: RunningBot,
) -> None:
    ugo, _, confirmation = await annulled(bot)
    assert "If no new consent arrives by 22 January 2026, Ugo's data is deleted." in confirmation
    told = await card_for(ugo, "A moderator couldn't confirm")
    assert "If no new OK arrives by 22 January 2026" in (told.text or ""), told.text

    status = await fresh_answer(ugo, "/start")
    assert status.startswith("⏸️ A moderator couldn't confirm your parent's OK"), status
    assert "withdrew" not in status
    assert "If no new OK arrives by 22 January 2026, we delete your data." in status

    exported = await bot.services.privacy.export(ugo.id)
    assert exported is not None
    assert exported["guardian_consent"]["status"] == "annulled"


async def test_a_withdrawal_is_called_a_withdrawal_with_its_erasure_day(
    bot: RunningBot,
) -> None:
    nina, mum = await consented_by_laura(bot)
    await withdraw(bot, mum)
    told = await card_for(nina, "Your parent withdrew")
    assert "If no new OK arrives by 22 January 2026, we delete those too." in (told.text or "")
    status = await fresh_answer(nina, "/start")
    assert status.startswith("⏸️ Your parent withdrew their consent"), status
    assert "If no new OK arrives by 22 January 2026, we delete your data." in status
    exported = await bot.services.privacy.export(nina.id)
    assert exported is not None
    assert exported["guardian_consent"]["status"] == "withdrawn"
    as_guardian = await bot.services.privacy.export_as_guardian(mum.id)
    assert [entry["status"] for entry in as_guardian] == ["withdrawn"]


async def test_the_child_hears_their_data_was_deleted_on_the_erasure_day(
    bot: RunningBot,
) -> None:
    ugo, _, _ = await annulled(bot)
    await card_for(ugo, "A moderator couldn't confirm")
    before = len(ugo.all_messages)
    bot.clock.advance(days=7, hours=13)  # the erasure day, in quiet hours: told all the same
    assert await bot.services.guardians.erase_expired() == 1
    await ugo.wait_until(lambda u: len(u.all_messages) > before)
    assert ugo.all_messages[-1].text == (
        "🗑️ Your parent's OK didn't arrive in time, so we deleted your data."
        " If you like, you can start again any time with /start."
    )
    assert await rows_about(bot, ugo.id) == []


async def test_the_paused_child_s_profile_and_data_say_what_is_held_and_why(
    bot: RunningBot,
) -> None:
    ugo, _, _ = await annulled(bot)
    await card_for(ugo, "A moderator couldn't confirm")
    profile = await fresh_answer(ugo, "/profile")
    assert profile == (
        "⏸️ Your profile is paused: a moderator couldn't confirm your parent's OK. If no new OK"
        " arrives by 22 January 2026, we delete your data. Type /start to ask for a new link"
        " or get the paper form."
    )
    summary = await fresh_answer(ugo, "/mydata")
    assert "October 2012" in summary, summary
    assert "consent cancelled by a moderator" in summary
    assert "the history of the consents" in summary
    assert "If no new OK arrives by 22 January 2026" in summary
    assert "only your Telegram id" not in summary


async def test_the_history_says_a_moderator_annulled_the_consent(
    bot: RunningBot,
) -> None:
    ugo, _, _ = await annulled(bot)
    events = await bot.services.guardians.history_of(ugo.id)
    rows = [(event.event, event.actor_role) for event in events]
    # After the consent, only the moderator's annulment: no rows in the guardian's name.
    assert rows[rows.index(("given", "guardian")) + 1 :] == [("revoked", "moderator")], rows


async def test_a_withdrawn_consent_keeps_its_check_and_one_history_row(bot: RunningBot) -> None:
    nina, mum = await consented_by_laura(bot)
    admin = next(user for user in bot.server.users if user.id == ADMIN)
    check = await card_for(admin, "Consent to check")
    await confirmed(bot, admin, check, mum)
    await withdraw(bot, mum)
    exported = await bot.services.privacy.export(nina.id)
    assert exported is not None
    assert exported["guardian_consent"]["verified_at"] is not None
    rows = [(row["event"], row["actor_role"]) for row in exported["consent_history"]]
    after = rows[rows.index(("given", "guardian")) + 1 :]
    assert after == [("verified", "moderator"), ("withdrawn", "guardian")], rows


async def test_the_parent_sees_the_paused_child_and_the_child_hears_old_links_stop(
    bot: RunningBot,
) -> None:
    nina, mum = await consented_by_laura(bot)
    await withdraw(bot, mum)
    listing = await fresh_answer(mum, "/guardian")
    assert "You haven't given consent for anyone" not in listing
    assert "• Nina: you withdrew your consent. If no new one arrives by 22 January 2026" in (
        listing
    ), listing
    await card_for(nina, "Your parent withdrew")
    status = await fresh_answer(nina, "/start")
    assert status.startswith("⏸️ Your parent withdrew")
    await nina.press("🔄 New link", message=nina.all_messages[-1])
    replaced = await card_for(nina, "The links I gave you before no longer work")
    assert replaced.text is not None
