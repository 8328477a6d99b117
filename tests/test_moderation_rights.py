"""The member's rights around moderation: /mydata shows the reports they made (never those
about them), one word per kind of sanction, and /deleteme says honestly what stays."""

from __future__ import annotations

import json
from datetime import timedelta

from telegram_test_server import FakeGroup, FakeUser

from storage.reports import NewReport
from tests.support.appeals import sanctioned
from tests.support.harness import RunningBot
from tests.test_appeals import member_in_group
from tests.test_onboarding_flow import say

WORDS = "Someone keeps calling me names in the group"


async def muted(bot: RunningBot, group: FakeGroup, member: FakeUser, lasts: timedelta) -> None:
    """A mute found as the member's: under the keyed hash of their id, as the bot stores it."""
    number = await sanctioned(bot, group, member, lasts=lasts)
    await bot.services.db.execute(
        "UPDATE sanctions SET member_hash = ? WHERE id = ?",
        (bot.services.sanctions.hasher.of_id(member.id), number),
    )


async def reported(bot: RunningBot, user: FakeUser, words: str = WORDS) -> None:
    """/report in private: bullying, the words, Send."""
    choose = await say(user, "/report")
    await user.press("😞 Bullying, being made fun of", message=choose)
    await user.wait_until(lambda _: choose.edits == 1)
    check = await say(user, words)
    await user.press("✅ Send", message=check)
    await user.wait_until(lambda _: check.edits == 1)


async def test_mydata_shows_the_reports_she_made_never_those_about_her(bot: RunningBot) -> None:
    lia, group = await member_in_group(bot)
    await reported(bot, lia)
    # A report about her: hers to never see (it would tell her who reported her).
    await bot.services.reports.file(
        NewReport(
            reporter_id=4242,
            reporter_minor=True,
            category="harassment",
            reported_id=lia.id,
            text="Lia was rude to me",
        )
    )
    await muted(bot, group, lia, timedelta(days=1))
    summary = await say(lia, "/mydata")
    text = summary.text or ""
    assert (
        "📣 The reports you made (1)\n"
        f'• 15 January 2026, 😞 Bullying, being made fun of: "{WORDS}" '
        "(the safety leads are looking at it)"
    ) in text
    assert "• Mute, " in text
    assert "rude" not in text
    document = await lia.next_reply()
    assert document.document is not None
    exported = json.loads(document.document[1])
    sent = exported["reports_made"]["sent"]
    assert [(r["category"], r["words"], r["state"]) for r in sent] == [("bullying", WORDS, "open")]
    assert "rude" not in json.dumps(exported)


async def test_mydata_in_italian_calls_a_mute_a_silenzio(bot: RunningBot) -> None:
    lia, group = await member_in_group(bot)
    await bot.services.members.choose_language(lia.id, "it")
    await muted(bot, group, lia, timedelta(days=1))
    summary = await say(lia, "/mydata")
    assert "• Silenzio, " in (summary.text or "")
    assert "ilenziamento" not in (summary.text or "")


async def test_deleteme_says_what_stays_before_and_after(bot: RunningBot) -> None:
    lia, group = await member_in_group(bot)
    await reported(bot, lia)
    await muted(bot, group, lia, timedelta(days=1))
    stays = (
        "⚖️ Warnings, mutes and bans still running stay (under a code that doesn't say who "
        "you are), and so do the reports you made, without your name."
    )
    warning = await say(lia, "/deleteme")
    assert (warning.text or "").endswith(stays)
    await lia.press("🗑️ Yes, delete everything", message=warning)
    await lia.wait_until(lambda _: warning.edits == 1)
    assert (warning.text or "").startswith("🗑️ Done: I've deleted your profile and your data.")
    assert (warning.text or "").endswith(stays)


async def test_deleteme_with_nothing_kept_says_nothing_more(bot: RunningBot) -> None:
    lia, group = await member_in_group(bot)
    await muted(bot, group, lia, timedelta(hours=1))
    bot.clock.advance(hours=2)  # over: nothing of it stays under her code
    warning = await say(lia, "/deleteme")
    assert (warning.text or "").endswith("you start from zero with /start.")
    await lia.press("🗑️ Yes, delete everything", message=warning)
    await lia.wait_until(lambda _: warning.edits == 1)
    assert (warning.text or "").endswith("To come back, type /start.")
