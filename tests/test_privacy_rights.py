"""The member's privacy rights end to end: /privacy, /mydata, /deleteme, /settings, renewed
consents after a notice change, and retention on the test clock."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from telegram_test_server import FakeTelegram, FakeUser

from bot.core.clock import FakeClock
from bot.core.settings import Settings
from bot.domain.onboarding_steps import Step
from tests.support.harness import RunningBot, running_bot
from tests.support.onboarding_steps import onboard, reach
from tests.test_onboarding_flow import rows_about, say, tap, to_birth

DISTINCT_NAME = "Zephyrine"
DISTINCT_ID = 987_654_321_012  # above 2**32: stored in six bytes


async def member(bot: RunningBot, name: str = "Rita", user_id: int | None = None) -> FakeUser:
    user = bot.server.add_user(name, language_code="en", user_id=user_id)
    await say(user, "/start")
    await onboard(bot, user, name)
    return user


async def test_privacy_answers_before_during_and_after(bot: RunningBot) -> None:
    new = bot.server.add_user("Pia", language_code="it")
    home = await say(new, "/privacy")  # before anything
    assert (home.text or "").startswith("🔒 I tuoi dati, in breve")
    assert bot.services.onboarding is not None
    await new.press("✋ I tuoi diritti", message=home)
    await bot.server.wait_until(lambda _: home.edits == 1)
    assert "Garante" in (home.text or "")
    assert "/deleteme" in (home.text or "")
    await new.press("🗂️ Cosa e quanto", message=home)
    await bot.server.wait_until(lambda _: home.edits == 2)
    assert "12 mesi" in (home.text or "")
    await new.press("⬅️ Inizio", message=home)
    await bot.server.wait_until(lambda _: home.edits == 3)

    await to_birth(new, "en")
    during = await say(new, "/privacy")  # mid-conversation, in English now
    assert (during.text or "").startswith("🔒 Your data, in short")
    assert await bot.services.onboarding.step_of(new.id) is Step.BIRTH  # nothing moved
    await new.press("👥 Who and why", message=during)
    await bot.server.wait_until(lambda _: during.edits == 1)
    assert "Generazione Changemaker, which runs this bot" in (during.text or "")

    await say(new, "/cancel")
    warning = await say(new, "/deleteme")
    await new.press("🗑️ Yes, delete everything", message=warning)
    await bot.server.wait_until(lambda _: warning.edits == 1)
    after = await say(new, "/privacy")  # after deletion: Telegram's language again
    assert (after.text or "").startswith("🔒 I tuoi dati, in breve")


async def test_mydata_sends_a_summary_and_everything_as_json(bot: RunningBot) -> None:
    rita = await member(bot)
    summary = await say(rita, "/mydata")
    assert (summary.text or "").startswith("📦 Here's what we know about you\n👤 Rita")
    document = await rita.next_reply()
    assert document.document is not None
    filename, content = document.document
    assert filename.endswith(".json")
    data = json.loads(content)
    assert data["member"]["telegram_id"] == rita.id
    assert data["profile"]["first_name"] == "Rita"
    assert data["profile"]["causes"] == ["climate"]
    assert {c["purpose"] for c in data["consents"]} == {"matching", "reminders", "announcements"}
    assert all(c["notice_version"] == "1" and c["given_by"] == "member" for c in data["consents"])
    assert data["sanctions"] == []
    # Someone the bot never met, and someone with no profile yet.
    stranger = bot.server.add_user("Sam", language_code="en")
    assert (await say(stranger, "/mydata")).text == "I don't hold any data about you 🙂"
    await say(stranger, "/start")
    early = await say(stranger, "/mydata")
    assert "You don't have a profile yet" in (early.text or "")
    file = await stranger.next_reply()
    assert file.document is not None
    assert json.loads(file.document[1])["profile"] is None


async def test_deleteme_leaves_no_trace_in_the_database_bytes(
    bot: RunningBot, db_path: Path
) -> None:
    zephyrine = await member(bot, DISTINCT_NAME, user_id=DISTINCT_ID)
    await say(zephyrine, "/mydata")
    await zephyrine.next_reply()
    files = [db_path, *(db_path.with_name(db_path.name + s) for s in ("-wal", "-shm", "-journal"))]

    def holding(needle: bytes) -> list[str]:
        return [f.name for f in files if f.exists() and needle in f.read_bytes()]

    # Before: the name and id are on disk (otherwise the check below would prove nothing).
    assert holding(DISTINCT_NAME.encode())
    assert holding(DISTINCT_ID.to_bytes(6, "big"))
    warning = await say(zephyrine, "/deleteme")
    assert "can't be undone" in (warning.text or "")
    buttons = warning.reply_markup
    await zephyrine.press("🗑️ Yes, delete everything", message=warning)
    await bot.server.wait_until(lambda _: warning.edits == 1)
    assert (warning.text or "").startswith("🗑️ Done: I've deleted your profile and your data")
    assert await rows_about(bot, DISTINCT_ID) == []

    needles = {
        "name": DISTINCT_NAME.encode(),
        "id as text": str(DISTINCT_ID).encode(),
        "id as integer": DISTINCT_ID.to_bytes(6, "big"),
    }
    for what, needle in needles.items():
        assert holding(needle) == [], f"the {what} is still on disk"
    # The audit log keeps the action, not the person.
    rows = await bot.services.db.fetch_all(
        "SELECT a.action, p.telegram_id FROM audit_log a JOIN audit_parties p ON p.id = a.actor_id"
    )
    assert [tuple(row) for row in rows] == [("member.erased_self", None)]

    # Confirmed twice: nothing left to delete.
    warning.reply_markup = buttons  # a second tap that raced the edit
    await zephyrine.press("🗑️ Yes, delete everything", message=warning)
    await zephyrine.wait_until(lambda user: "nothing left" in str(user.callback_answers))


async def test_an_old_deleteme_button_never_erases_a_new_account(bot: RunningBot) -> None:
    rita = await member(bot)
    old_warning = await say(rita, "/deleteme")
    buttons = old_warning.reply_markup
    await rita.press("↩️ No, keep my profile", message=old_warning)
    await bot.server.wait_until(lambda _: old_warning.edits == 1)
    assert old_warning.text == "👍 Good, I haven't deleted anything."
    fresh = await say(rita, "/deleteme")
    await rita.press("🗑️ Yes, delete everything", message=fresh)
    await bot.server.wait_until(lambda _: fresh.edits == 1)
    bot.clock.advance(seconds=5)
    await say(rita, "/start")  # a new account
    old_warning.reply_markup = buttons  # a client that still shows the first warning
    await rita.press("🗑️ Yes, delete everything", message=old_warning)
    await rita.wait_until(lambda user: "nothing left" in str(user.callback_answers))
    assert await bot.services.members.get(rita.id) is not None


async def test_settings_take_effect_at_once(bot: RunningBot) -> None:
    rita = await member(bot)
    await bot.services.consents.decide(rita.id, "announcements", True)
    panel = await say(rita, "/settings")
    assert panel.buttons[0] == ["🇮🇹 Italiano", "✅ 🇬🇧 English"]
    await rita.press("✅ Announcements", message=panel)
    await bot.server.wait_until(lambda _: panel.button("⬜ Announcements") is not None)
    assert (await bot.services.consents.granted(rita.id))["announcements"] is False
    await rita.press('⬜ Reminders for "Maybe" too', message=panel)
    await bot.server.wait_until(lambda _: panel.button('✅ Reminders for "Maybe" too') is not None)
    assert (await bot.services.preferences.get(rita.id)).remind_maybe is True
    await rita.press("🇮🇹 Italiano", message=panel)
    await bot.server.wait_until(lambda _: panel.button("⬜ Annunci") is not None)
    assert await bot.services.members.language_for(rita.id, "en") == "it"
    row = await bot.services.db.fetch_one(
        "SELECT granted, given_by, notice_version FROM consents"
        " WHERE member_id = ? AND purpose = 'announcements'",
        (rita.id,),
    )
    assert row is not None
    assert tuple(row) == (0, "member", "1")


async def test_a_changed_notice_asks_for_consent_again(
    server: FakeTelegram, make_settings: Callable[..., Settings], clock: FakeClock
) -> None:
    first = make_settings(TELEGRAM_API_URL=server.api_url)
    async with running_bot(server, first, clock) as bot:
        rita = await member(bot)
        await bot.services.consents.decide(rita.id, "reminders", True)
    second = make_settings(TELEGRAM_API_URL=server.api_url, NOTICE_VERSION="2")
    async with running_bot(server, second, clock) as bot:
        privacy = await say(rita, "/privacy")  # rights first, always
        assert (privacy.text or "").startswith("🔒 Your data, in short")
        asked = await say(rita, "/profile")
        assert (asked.text or "").startswith("📝 We've updated the privacy notice")
        assert asked.button("✅ Event reminders") is not None  # what she had chose stays
        await rita.press("⬜ Announcements", message=asked)
        await server.wait_until(lambda _: asked.button("✅ Announcements") is not None)
        done = await tap(rita, "Continue ➡️", message=asked)
        assert (done.text or "").startswith("✅ Saved!")
        rows = await bot.services.db.fetch_all(
            "SELECT purpose, granted, notice_version FROM consents WHERE member_id = ?",
            (rita.id,),
        )
        assert {tuple(row) for row in rows} == {
            ("matching", 0, "2"),
            ("reminders", 1, "2"),
            ("announcements", 1, "2"),
        }
        card = await say(rita, "/profile")  # asked once, not again
        assert (card.text or "").startswith("👤 Rita")


async def test_retention_warns_then_erases_on_the_test_clock(bot: RunningBot) -> None:
    quiet = await member(bot, "Quinn")
    active = await member(bot, "Ada")
    bot.clock.advance(days=366)
    await say(active, "/profile")  # any activity counts
    report = await bot.services.retention.run()
    assert report.warned == 1
    warning = await quiet.next_reply()
    assert (warning.text or "").startswith("👋 We haven't seen you for a year!")
    bot.clock.advance(days=29)
    assert (await bot.services.retention.run()).erased_inactive == 0
    bot.clock.advance(days=2)
    assert (await bot.services.retention.run()).erased_inactive == 1
    assert await rows_about(bot, quiet.id) == []
    assert await bot.services.members.get(active.id) is not None


async def test_a_warned_member_who_comes_back_is_kept(bot: RunningBot) -> None:
    back = await member(bot, "Bea")
    bot.clock.advance(days=366)
    await bot.services.retention.run()
    await back.next_reply()
    await say(back, "/start")
    bot.clock.advance(days=31)
    assert (await bot.services.retention.run()).erased_inactive == 0
    assert await bot.services.members.get(back.id) is not None


async def test_members_past_max_age_are_told_then_erased(bot: RunningBot) -> None:
    older = await member(bot, "Olga")  # born March 2006 by the shortcut: 25 until March 2032
    bot.clock.set(bot.clock.now().replace(year=2032, month=4, day=1))
    await say(older, "/profile")  # active, so only the age rule applies
    report = await bot.services.retention.run()
    assert report.told_aged_out == 1
    told = await older.next_reply()
    assert (told.text or "").startswith("🎂 You're over 25 now")
    bot.clock.advance(days=61)
    await say(older, "/profile")
    assert (await bot.services.retention.run()).erased_aged_out == 1
    assert await rows_about(bot, older.id) == []


async def test_the_retention_task_is_scheduled_once_a_day(bot: RunningBot) -> None:
    rows = await bot.services.db.fetch_all(
        "SELECT due_at, dedupe_key FROM tasks WHERE kind = 'retention' AND state = 'pending'"
    )
    assert len(rows) == 1
    await bot.services.retention.schedule_next()  # a restart schedules nothing more
    again = await bot.services.db.fetch_all(
        "SELECT 1 FROM tasks WHERE kind = 'retention' AND state = 'pending'"
    )
    assert len(again) == 1
    bot.clock.advance(days=1)
    assert await bot.run_due_tasks() == 4  # the reports reminder, the backup, who came (sweep)
    tomorrow = await bot.services.db.fetch_all(
        "SELECT dedupe_key FROM tasks WHERE kind = 'retention' AND state = 'pending'"
    )
    assert len(tomorrow) == 1
    assert tomorrow[0]["dedupe_key"] != rows[0]["dedupe_key"]


async def test_under_14s_cannot_switch_consents_on_themselves(bot: RunningBot) -> None:
    kid = bot.server.add_user("Kim", language_code="en")
    await say(kid, "/start")
    await reach(bot, kid, Step.BIRTH)
    await bot.services.onboarding.answer_birth_text(kid.id, "10/2012")
    panel = await say(kid, "/settings")
    assert panel.button("⬜ Announcements") is None  # shown locked, not as a button that fails
    assert "🔒 Announcements: off" in (panel.text or "")
    assert (await bot.services.consents.granted(kid.id))["announcements"] is False


async def test_a_changed_notice_asks_the_guardian_again_for_an_under_14(
    server: FakeTelegram, make_settings: Callable[..., Settings], clock: FakeClock
) -> None:
    from tests.test_guardian import open_as_guardian, thirteen

    first = make_settings(TELEGRAM_API_URL=server.api_url)
    async with running_bot(server, first, clock) as bot:
        kid, _, invite = await thirteen(bot, "Kim")
        mum = bot.server.add_user("Mum", language_code="en")
        card = await open_as_guardian(mum, invite)
        await mum.press("⬜ Event reminders", message=card)
        await server.wait_until(lambda _: card.button("✅ Event reminders") is not None)
        await mum.press("✅ I give consent", message=card)
        await kid.next_reply()
    second = make_settings(TELEGRAM_API_URL=server.api_url, NOTICE_VERSION="2")
    async with running_bot(server, second, clock) as bot:
        told = await say(kid, "/start")
        assert (told.text or "").startswith("📝 We've updated the privacy notice")
        await kid.next_reply()  # how it works
        renewal = await kid.next_reply()
        resumed = await kid.next_reply()  # and /start still answers: nothing is blocked
        assert "What's your name?" in (resumed.text or "")
        assert (await bot.services.consents.granted(kid.id))["reminders"] is True
        clock.advance(days=8)  # the renewal link expires unanswered: the member stays
        assert await bot.services.guardians.erase_expired() == 0
        clock.advance(days=-8)
        card = await open_as_guardian(mum, renewal)  # a new consent: who they are, again
        await mum.press("✅ I give consent", message=card)
        await kid.next_reply()
        rows = await bot.services.db.fetch_all(
            "SELECT purpose, granted, notice_version, given_by FROM consents WHERE member_id = ?",
            (kid.id,),
        )
        assert {tuple(row) for row in rows} == {
            ("matching", 0, "2", "guardian"),
            ("reminders", 0, "2", "guardian"),
            ("announcements", 0, "2", "guardian"),
        }
