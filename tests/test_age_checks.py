"""Age retries (safeguarding rule 23), what the bot says it keeps (rules 1 and 2), and /language
mid-sign-up, end to end through the fake Telegram. The test clock says 15 January 2026."""

from __future__ import annotations

import os
import stat
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import pytest
from pydantic import ValidationError
from telegram_test_server import FakeUser

from bot.core.keyed_hash import KeyedHash, key_file_beside, load_or_create_key
from bot.core.settings import Settings, describe_errors
from bot.domain.age_gate import AgeDecision, needs_a_check
from bot.domain.onboarding_steps import Step
from tests.support.harness import RunningBot
from tests.support.onboarding_steps import reach, reach_summary
from tests.test_onboarding_flow import rows_about, say, tap, to_birth

MODERATOR = 777
TWELVE = "06/2013"  # 12 until the end of June 2026
THIRTEEN = "10/2012"
FIFTEEN = "05/2010"


async def table(bot: RunningBot, name: str) -> list[tuple[object, ...]]:
    return [tuple(row) for row in await bot.services.db.fetch_all(f"SELECT * FROM {name}")]


async def refused_at_twelve(bot: RunningBot, name: str) -> FakeUser:
    child = bot.server.add_user(name, language_code="en")
    await to_birth(child, "en")
    refusal = await say(child, TWELVE)
    assert "for 30 days I remember only" in (refusal.text or "")
    assert await rows_about(bot, child.id) == []
    return child


async def moderator_of(bot: RunningBot) -> FakeUser:
    """A moderator who has started the bot (it never writes first, rule 14)."""
    moderator = bot.server.add_user("Marta", language_code="it", user_id=MODERATOR)
    await say(moderator, "/start")
    return moderator


async def delete_everything(bot: RunningBot, user: FakeUser) -> str:
    """/deleteme, confirmed: what the bot then says."""
    warning = await say(user, "/deleteme")
    await user.press("🗑️ Yes, delete everything", message=warning)
    await bot.server.wait_until(lambda _: warning.edits == 1)
    return warning.text or ""


async def editing_birth_at_13(bot: RunningBot, name: str) -> FakeUser:
    """A member of 13 whose guardian consented, at the birth question from /profile."""
    member = bot.server.add_user(name, language_code="en")
    onboarding = bot.services.onboarding
    await reach(bot, member, Step.BIRTH)
    await onboarding.answer_birth_text(member.id, THIRTEEN)
    await onboarding.guardian_consented(member.id)
    await onboarding.answer_name(member.id, name)
    await reach_summary(bot, member)
    await onboarding.confirm(member.id)
    card = await say(member, "/profile")
    await tap(member, "✏️ Birth", message=card)
    return member


async def retry(child: FakeUser, date: str) -> str:
    await to_birth(child, "en")
    return (await say(child, date)).text or ""


@pytest.mark.bot_settings(ADMIN_IDS=str(MODERATOR))
async def test_a_child_refused_at_12_who_says_13_a_minute_later_waits_for_a_moderator(
    bot: RunningBot,
) -> None:
    moderator = await moderator_of(bot)
    lia = await refused_at_twelve(bot, "Lia")
    # What is kept: a keyed hash, the outcome, the month/year and when. Never the id.
    [(_, subject, outcome, year, month, _)] = await table(bot, "age_checks")
    assert (outcome, year, month) == ("too-young", 2013, 6)
    assert str(lia.id) not in str(subject)

    waiting = await retry(lia, THIRTEEN)
    assert waiting.startswith("🔎 Checking")
    assert "within 48 hours" in waiting
    assert await bot.services.onboarding.step_of(lia.id) is Step.AGE_CHECK
    # Only her language, the date she typed and where she is: rules 1-2.
    assert {name for name, _ in await rows_about(bot, lia.id)} == {
        "members",
        "conversations",
        "age_retries",
    }
    notice = await moderator.next_reply()
    assert notice.text == (
        "🎂 Controllo dell'età\n"
        "Qualcuno ha risposto alla domanda sull'età con giugno 2013 (troppo giovane) e ora "
        "scrive ottobre 2012 (serve l'ok di un genitore).\n"
        "Non vedi chi è: solo le due date. Quale vale?\n"
        "⏱️ Tra le due risposte: meno di un'ora.\n"
        "✅ Nuova data: serve ancora l'ok di un genitore.\n"
        "↩️ Prima data: riceve un rifiuto gentile (troppo giovane) e i suoi dati si cancellano.\n"
        "Nel dubbio, tieni la prima: un moderatore può sempre sentire la famiglia."
    )
    # Whatever she types meanwhile, she is told she is waiting; /privacy still answers.
    assert (await say(lia, "12/2012")).text == waiting
    assert "🔒" in ((await say(lia, "/privacy")).text or "")

    await moderator.press("✅ Vale la nuova data", message=notice)
    await bot.server.wait_until(lambda _: notice.edits == 1)
    assert notice.text == "✅ Deciso: vale la nuova data. Gliel'ho detto."
    told = await lia.next_reply()
    assert (told.text or "").startswith("👪 A moderator checked your date: you're under 14")
    status = await say(lia, "/start")
    assert "parent" in (status.text or "")
    assert await bot.services.onboarding.step_of(lia.id) is Step.GUARDIAN
    audit = await bot.services.db.fetch_all("SELECT action FROM audit_log")
    assert [row["action"] for row in audit] == ["age_check.accepted"]
    # The outcome that counts now is remembered.
    [(_, _, outcome, year, month, _)] = await table(bot, "age_checks")
    assert (outcome, year, month) == ("needs-guardian", 2012, 10)


@pytest.mark.bot_settings(ADMIN_IDS=str(MODERATOR))
async def test_the_moderator_keeps_the_first_date_and_the_child_is_refused_kindly(
    bot: RunningBot,
) -> None:
    moderator = await moderator_of(bot)
    ugo = await refused_at_twelve(bot, "Ugo")
    assert (await retry(ugo, FIFTEEN)).startswith("🔎 Checking")
    notice = await moderator.next_reply()
    assert "(può iscriversi)" in (notice.text or "")
    buttons = notice.reply_markup
    await moderator.press("↩️ Vale la prima data", message=notice)
    await bot.server.wait_until(lambda _: notice.edits == 1)
    told = await ugo.next_reply()
    assert (told.text or "").startswith("💛 A moderator checked your date")
    assert "aged 13 and up" in (told.text or "")
    assert await rows_about(bot, ugo.id) == []
    assert len(await table(bot, "age_checks")) == 1
    # Another tap on the same card (two moderators, or a double tap): nothing changes.
    notice.reply_markup = buttons
    await moderator.press("✅ Vale la nuova data", message=notice)
    await bot.server.wait_until(lambda _: notice.edits == 2)
    assert (notice.text or "").startswith("Questo controllo è già stato deciso")
    # One answer per press: the card says it, with no popup on top.
    assert not moderator.callback_answers[-1].get("text")
    audit = await bot.services.db.fetch_all("SELECT action FROM audit_log")
    assert [row["action"] for row in audit] == ["age_check.kept_first"]


@pytest.mark.bot_settings(ADMIN_IDS=str(MODERATOR))
async def test_a_13_year_old_who_deletes_and_starts_again_meets_the_guardian_step(
    bot: RunningBot,
) -> None:
    moderator = await moderator_of(bot)
    nina = bot.server.add_user("Nina", language_code="en")
    await to_birth(nina, "en")
    explanation = await say(nina, THIRTEEN)
    assert explanation.text is not None
    assert explanation.text.startswith("👪 You're under 14")
    await nina.next_reply()  # the invite to forward
    done = await delete_everything(bot, nina)
    assert done.startswith("🗑️ Done: I've deleted all your data. For 30 days")
    assert await rows_about(bot, nina.id) == []
    assert len(await table(bot, "age_checks")) == 1

    # The same answer again: the guardian step, at once.
    again = await retry(nina, THIRTEEN)
    assert again.startswith("👪 You're under 14")
    await nina.next_reply()
    # An older one: a moderator checks it first.
    await delete_everything(bot, nina)
    older = await retry(nina, FIFTEEN)
    assert older.startswith("🔎 Checking")
    assert "(può iscriversi)" in ((await moderator.next_reply()).text or "")


async def test_age_checks_are_purged_after_30_days(bot: RunningBot) -> None:
    ivo = await refused_at_twelve(bot, "Ivo")
    bot.clock.advance(timedelta(days=29))
    assert (await bot.services.retention.run()).purged_age_checks == 0
    bot.clock.advance(timedelta(days=2))
    assert (await bot.services.retention.run()).purged_age_checks == 1
    assert await table(bot, "age_checks") == []
    # Past the 30 days a new answer is taken as any first answer.
    assert (await retry(ivo, FIFTEEN)).startswith("😊")


async def test_cancel_while_waiting_offers_to_forget_and_says_what_stays(
    bot: RunningBot,
) -> None:
    eva = await refused_at_twelve(bot, "Eva")
    await retry(eva, THIRTEEN)
    paused = await say(eva, "/cancel")
    assert (paused.text or "").startswith("⏸️ OK. The check of your date goes on")
    await eva.press("🗑️ Delete my answers", message=paused)
    await bot.server.wait_until(lambda _: paused.edits == 1)
    assert (paused.text or "").startswith("🗑️ Done: I've deleted your data. For 30 days")
    assert await rows_about(bot, eva.id) == []
    assert await table(bot, "age_retries") == []


async def test_a_member_who_corrects_her_age_to_under_14_keeps_only_the_minimum(
    bot: RunningBot,
) -> None:
    """Point 6 of the issue: what the guardian step says is kept is all that is kept."""
    sara = bot.server.add_user("Sara", language_code="en")
    await reach(bot, sara, Step.NAME)
    await bot.services.onboarding.answer_name(sara.id, "Sara")
    await reach_summary(bot, sara)
    summary = await say(sara, "/start")
    birth = await tap(sara, "✏️ Birth", message=summary)
    assert "🎂" in (birth.text or "")
    explanation = await say(sara, THIRTEEN)
    assert "Until then I've kept only the minimum" in (explanation.text or "")
    await sara.next_reply()
    kept = {name for name, _ in await rows_about(bot, sara.id)}
    assert kept == {"members", "profiles", "conversations", "guardian_requests"}
    profile = await bot.services.onboarding.profile(sara.id)
    assert profile is not None
    assert (profile.birth_year, profile.birth_month) == (2012, 10)
    assert (profile.first_name, profile.city, profile.causes, profile.days) == (None, None, (), ())
    assert profile.hours_per_week is None
    assert profile.completed_at is None


async def test_language_mid_sign_up_asks_the_question_again_in_the_new_language(
    bot: RunningBot,
) -> None:
    pia = bot.server.add_user("Pia", language_code="it")
    await to_birth(pia, "it")
    await say(pia, "05/2006")  # the name question, in Italian
    prompt = await say(pia, "/language")
    await pia.press("🇬🇧 English", message=prompt)
    asked = await pia.next_reply()
    assert (asked.text or "").startswith("😊 What's your name?")
    assert await bot.services.onboarding.step_of(pia.id) is Step.NAME


def test_only_an_answer_that_lets_the_person_further_needs_a_check() -> None:
    young, guardian, welcome, old = (
        AgeDecision.TOO_YOUNG,
        AgeDecision.NEEDS_GUARDIAN,
        AgeDecision.WELCOME,
        AgeDecision.TOO_OLD,
    )
    held = {
        (first, new) for first in AgeDecision for new in AgeDecision if needs_a_check(first, new)
    }
    assert held == {
        (young, guardian),
        (young, welcome),
        (guardian, welcome),
        (old, guardian),
        (old, welcome),
    }


def test_keyed_hashes_depend_on_the_key(tmp_path: Path) -> None:
    path = key_file_beside(tmp_path / "data" / "genc.sqlite3")
    key = load_or_create_key(path)
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    assert load_or_create_key(path) == key  # made once, then kept
    same = KeyedHash(key)
    assert same.of_id(42) == KeyedHash(key).of_id(42) != same.of_id(43)
    assert KeyedHash(b"another key, just as secret!").of_id(42) != same.of_id(42)
    with pytest.raises(ValueError, match="16 bytes"):
        KeyedHash(b"short")


@pytest.mark.bot_settings(ADMIN_IDS=str(MODERATOR))
async def test_a_refusal_by_button_is_shown_to_moderators_as_the_button_said(
    bot: RunningBot,
) -> None:
    moderator = await moderator_of(bot)
    otto = bot.server.add_user("Otto", language_code="it")
    await to_birth(otto, "it")
    refusal = await tap(otto, "Prima del 2000")
    assert "Vol.To" in (refusal.text or "")
    await say(otto, "/start")
    await tap(otto, "🇮🇹 Italiano")
    await tap(otto, "👍 Ok, iniziamo")
    assert (await say(otto, "03/2004")).text is not None
    notice = await moderator.next_reply()
    assert "con prima del 2000 (troppo grande) e ora scrive marzo 2004" in (notice.text or "")


@pytest.mark.bot_settings(ADMIN_IDS=str(MODERATOR))
async def test_a_member_under_guardian_who_edits_her_age_up_keeps_the_old_one_until_checked(
    bot: RunningBot,
) -> None:
    moderator = await moderator_of(bot)
    bea = await editing_birth_at_13(bot, "Bea")
    onboarding = bot.services.onboarding
    held = await say(bea, FIFTEEN)
    assert (held.text or "").startswith("🔎 The new date is different")
    assert "Saved" not in (held.text or "")
    assert "🎂 October 2012" in (held.text or "")
    await moderator.press("✅ Vale la nuova data", message=await moderator.next_reply())
    told = await bea.next_reply()
    assert told.text == "✅ A moderator checked: the new birth date is saved in your profile."
    profile = await onboarding.profile(bea.id)
    assert profile is not None
    assert (profile.birth_year, profile.birth_month, profile.first_name) == (2010, 5, "Bea")
    assert await table(bot, "age_checks") == []  # let in by a moderator: nothing to hold back


def test_a_short_hash_key_stops_the_start_without_echoing_it(
    make_settings: Callable[..., Settings],
) -> None:
    assert make_settings(HASH_KEY="").hash_key is None  # copied empty from .env.example
    with pytest.raises(ValidationError) as caught:
        make_settings(HASH_KEY="tooshort")
    problems = describe_errors(caught.value)
    assert problems[0].startswith("HASH_KEY is too short: at least 16 random characters")
    assert "tooshort" not in str(problems)


@pytest.mark.bot_settings(ADMIN_IDS=str(MODERATOR))
async def test_a_card_about_an_older_answer_decides_nothing_and_mydata_shows_the_wait(
    bot: RunningBot,
) -> None:
    moderator = await moderator_of(bot)
    leo = await refused_at_twelve(bot, "Leo")
    await retry(leo, FIFTEEN)
    old_card = await moderator.next_reply()
    # He starts over (forgetting his answers) and gives yet another date.
    paused = await say(leo, "/cancel")
    await leo.press("🗑️ Delete my answers", message=paused)
    await bot.server.wait_until(lambda _: paused.edits == 1)
    await retry(leo, THIRTEEN)
    new_card = await moderator.next_reply()
    assert "ottobre 2012" in (new_card.text or "")
    summary = await say(leo, "/mydata")
    assert "the birth date a moderator is checking" in (summary.text or "")
    await leo.next_reply()  # the file
    exported = await bot.services.privacy.export(leo.id)
    assert exported is not None
    assert exported["age_check"]["waiting_for_a_moderator"]["birth_year"] == 2012
    assert exported["age_check"]["remembered"]["outcome"] == "too-young"

    await moderator.press("✅ Vale la nuova data", message=old_card)
    await bot.server.wait_until(lambda _: old_card.edits == 1)
    assert (old_card.text or "").startswith("Questo controllo è già stato deciso")
    assert await bot.services.onboarding.step_of(leo.id) is Step.AGE_CHECK
    await moderator.press("✅ Vale la nuova data", message=new_card)
    told = await leo.next_reply()
    assert (told.text or "").startswith("👪 A moderator checked your date")


async def test_a_member_under_guardian_who_fixes_her_birth_month_keeps_her_profile(
    bot: RunningBot,
) -> None:
    ada = await editing_birth_at_13(bot, "Ada")
    onboarding = bot.services.onboarding
    saved = await say(ada, "11/2012")  # still under 14: the guardian's OK stands
    assert (saved.text or "").startswith("✅ Saved!")
    profile = await onboarding.profile(ada.id)
    assert profile is not None
    assert (profile.birth_month, profile.first_name) == (11, "Ada")
    assert profile.completed_at is not None
