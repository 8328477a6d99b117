"""/member: the card a moderator reads about one member (age band, city, language, roles,
consents and who gave them, sanctions, reports, projects, events), never an id, a username or a
contact, each view audited; several members of one name are chosen by buttons. /staff names the
safeguarding leads."""

from __future__ import annotations

from datetime import timedelta

import pytest
from telegram_test_server import FakeUser
from telegram_test_server.models import BotMessage

from storage.db import to_db_time
from tests.support.harness import RunningBot
from tests.support.moderation_rows import add_report, add_sanction
from tests.support.onboarding_steps import onboard
from tests.support.staff_members import enrolled
from tests.test_onboarding_flow import say, tap

ADMIN = 777
pytestmark = pytest.mark.bot_settings(ADMIN_IDS=str(ADMIN))


async def _giulia_with_a_history(bot: RunningBot, mara: FakeUser) -> FakeUser:
    giulia = bot.server.add_user("Giulia", language_code="en", username="giulia_t")
    await onboard(bot, giulia, "Giulia")
    db = bot.services.db
    now = bot.clock.now()
    await bot.services.consents.decide(giulia.id, "matching", True, given_by="member")
    await add_sanction(
        db, giulia.id, "warn", now - timedelta(days=3), reason="insults in the group", by_id=mara.id
    )
    await add_sanction(
        db,
        giulia.id,
        "mute",
        now - timedelta(days=1),
        until=now + timedelta(days=1),
        by_id=mara.id,
    )
    dario = await enrolled(bot, "Dario")
    await add_sanction(
        db,
        giulia.id,
        "ban",
        now - timedelta(days=20),
        lifted_at=now - timedelta(days=10),
        by_id=4242,  # one of the group's own administrators
        lifted_by=dario.id,
    )
    assert await bot.services.staff.demote(ADMIN, dario.id)  # his name stays on the record
    await add_sanction(
        db,
        giulia.id,
        "mute",
        now - timedelta(days=30),
        until=now - timedelta(days=30) + timedelta(minutes=10),
        source="flood",
    )
    await add_report(db, now - timedelta(hours=2), reporter_id=None, reported_id=giulia.id)
    await add_report(
        db,
        now - timedelta(days=5),
        reporter_id=giulia.id,
        reported_id=None,
        state="handled",
        outcome="warn",
        handled_name="Paola",
    )
    await db.execute(
        "INSERT INTO projects (title, description, causes, skills, city, min_age, max_age,"
        " hours_per_week, days, places, status, created_by, created_at)"
        " VALUES ('Radio giovani', 'Radio', '[]', '[]', 'Torino', 13, 25, 2, '[]', 5, 'open',"
        " 1, ?)",
        (to_db_time(now),),
    )
    await db.execute(
        "INSERT INTO applications (project_id, member_id, status, created_at)"
        " VALUES (1, ?, 'accepted', ?)",
        (giulia.id, to_db_time(now)),
    )
    return giulia


async def test_the_card_shows_what_safeguarding_needs_and_nothing_that_identifies(
    bot: RunningBot,
) -> None:
    mara = await enrolled(bot, "Mara")
    giulia = await _giulia_with_a_history(bot, mara)

    card = await say(mara, "/member giulia")
    text = card.text or ""
    assert text.startswith("🪪 Giulia · 18–21 · Torino")
    assert "Language: English · with us since 15/01/2026 · member" in text
    assert "• Visible to projects: ✅ yes — chosen by the member" in text
    assert "• Event reminders: ❌ no — chosen by the member" in text
    assert "⚠️ Warnings and sanctions: 4 (2 in force)" in text
    assert "🚩 Reports about Giulia: 1 open, 0 closed · made by Giulia: 1" in text
    assert "🧩 Projects: 1 · 📅 Events: 0" in text
    for hidden in (str(giulia.id), "giulia_t", "@"):
        assert hidden not in text, hidden
    viewed = await bot.services.db.fetch_all(
        "SELECT action FROM audit_log WHERE action = 'member.viewed'"
    )
    assert len(viewed) == 1

    sanctions = await tap_section(mara, card, "⚠️ Sanctions")
    assert "• muted · 14/01/2026 10:00 → 16/01/2026 10:00 · by Mara · in force" in sanctions
    assert (
        "• banned · 26/12/2025 10:00 · by a group admin · lifted by Dario on 05/01/2026 10:00"
        in sanctions
    )
    assert "• warning · 12/01/2026 10:00 · “insults in the group” · by Mara · in force" in sanctions
    assert (
        "• muted · 16/12/2025 10:00 → 16/12/2025 10:10 · by the bot, automatically:"
        " too many messages in a row · over" in sanctions
    )
    await mara.press("⬅️ Back to the card", message=card)
    await mara.wait_until(lambda _: card.edits == 2)
    reports = await tap_section(mara, card, "🚩 Reports")
    assert "About Giulia: 1 open, 0 closed · Made by Giulia: 0 open, 1 closed" in reports
    assert "• no. 1 · 15/01/2026 08:00 · about Giulia · bullying · open" in reports
    assert (
        "• no. 2 · 10/01/2026 10:00 · made by Giulia · bullying · dealt with by Paola: a warning"
        in reports
    )
    report_card = await tap(mara, "🚩 no. 1", message=card)
    assert "bullying" in (report_card.text or "").casefold()
    await mara.press("⬅️ Back to the card", message=card)
    await mara.wait_until(lambda _: card.edits == 4)
    projects = await tap_section(mara, card, "🧩 Projects")
    assert "• “Radio giovani” — taking part · 15/01/2026" in projects
    await mara.press("⬅️ Back to the card", message=card)
    await mara.wait_until(lambda _: card.edits == 6)

    log = await tap(mara, "📜 Log about Giulia", message=card)
    assert (log.text or "").count("Mara opened the card of Giulia") == 1  # one reading
    bot.clock.advance(minutes=11)
    await say(mara, "/member Giulia")
    viewed = await bot.services.db.fetch_all(
        "SELECT action FROM audit_log WHERE action = 'member.viewed'"
    )
    assert len(viewed) == 2


async def tap_section(user: FakeUser, card: BotMessage, label: str) -> str:
    edits = card.edits
    await user.press(label, message=card)
    await user.wait_until(lambda _: card.edits == edits + 1)
    return card.text or ""


async def test_a_guardians_consent_says_who_gave_it_never_who_they_are(bot: RunningBot) -> None:
    mara = await enrolled(bot, "Mara")
    pietro = bot.server.add_user("Pietro", language_code="en")
    await onboard(bot, pietro, "Pietro")
    await bot.services.consents.decide(pietro.id, "matching", True, given_by="guardian")
    await bot.services.consents.decide(
        pietro.id, "reminders", True, given_by="guardian", method="paper"
    )
    card = await say(mara, "/member Pietro")
    text = card.text or ""
    assert "• Visible to projects: ✅ yes — given by a guardian, not checked yet" in text
    assert "• Event reminders: ✅ yes — given by a guardian on paper" in text


async def test_several_of_one_name_are_chosen_by_band_and_city(bot: RunningBot) -> None:
    mara = await enrolled(bot, "Mara")
    first = bot.server.add_user("Luca", language_code="en")
    second = bot.server.add_user("Luca", language_code="en")
    for user in (first, second):
        await onboard(bot, user, "Luca")
    await bot.services.db.execute(
        "UPDATE profiles SET city = NULL, remote_only = 1, birth_year = 2011 WHERE member_id = ?",
        (second.id,),
    )
    choose = await say(mara, "/member luca")
    assert choose.labels == ["Luca · 18–21 · Torino", "Luca · 13–15 · remote only"]
    card = await tap(mara, "Luca · 13–15 · remote only", message=choose)
    assert (card.text or "").startswith("🪪 Luca · 13–15 · remote only")

    how = await say(mara, "/member")
    assert "/member Giulia" in (how.text or "")
    nobody = await say(mara, "/member Zorro")
    assert (nobody.text or "").startswith("🤔 No member is called “Zorro”")
    refused = await say(first, "/member Luca")
    assert "moderators" in (refused.text or "")
    viewed = await bot.services.db.fetch_all(
        "SELECT action FROM audit_log WHERE action = 'member.viewed'"
    )
    assert len(viewed) == 1


@pytest.mark.bot_settings(ADMIN_IDS=str(ADMIN), SAFEGUARDING_IDS="5001,424242")
async def test_staff_names_the_safeguarding_leads_by_first_name(bot: RunningBot) -> None:
    admin = bot.server.add_user("Ada", language_code="en", user_id=ADMIN)
    await say(admin, "/start")
    mara = await enrolled(bot, "Mara", user_id=5001)
    listing = await say(mara, "/staff")
    text = listing.text or ""
    assert "• Ada — admin" in text
    assert "• Mara — moderator" in text
    leads = "🛡️ Safeguarding leads: Mara, a lead who has not started the bot yet."
    assert f"{leads} Reports go to these people: to tell them something, use /report." in text
    assert "424242" not in text


@pytest.mark.bot_settings(ADMIN_IDS=str(ADMIN), SAFEGUARDING_IDS="5002")
async def test_one_lead_is_this_person_and_reached_with_report(bot: RunningBot) -> None:
    await say(bot.server.add_user("Ada", language_code="it", user_id=ADMIN), "/start")
    paola = bot.server.add_user("Paola", language_code="it", user_id=5002)
    await say(paola, "/start")
    mara = await enrolled(bot, "Mara", language="it")
    text = (await say(mara, "/staff")).text or ""
    assert (
        "🛡️ Referente per la tutela: Paola. Le segnalazioni arrivano a questa persona:"
        " per farle sapere qualcosa, usa /report." in text
    )
    assert "a loro" not in text


async def test_staff_says_when_no_lead_is_set(bot: RunningBot) -> None:
    await say(bot.server.add_user("Ada", language_code="en", user_id=ADMIN), "/start")
    mara = await enrolled(bot, "Mara")
    listing = await say(mara, "/staff")
    assert "No safeguarding lead is set yet" in (listing.text or "")


async def test_a_long_history_is_counted_whole_and_listed_newest_first(bot: RunningBot) -> None:
    mara = await enrolled(bot, "Mara")
    luca = bot.server.add_user("Luca", language_code="en")
    await onboard(bot, luca, "Luca")
    for days in range(23):
        at = bot.clock.now() - timedelta(days=days + 1)
        await add_sanction(bot.services.db, luca.id, "warn", at, reason="x" * 300, lifted_at=at)
    card = await say(mara, "/member Luca")
    assert "⚠️ Warnings and sanctions: 23 (0 in force)" in (card.text or "")
    sanctions = await tap_section(mara, card, "⚠️ Sanctions")
    lines = sanctions.splitlines()
    assert lines[1].startswith("• warning · 14/01/2026 10:00 · “xxxx")
    assert lines[1].endswith("…” · by the bot · lifted by the bot on 14/01/2026 10:00")
    assert len(sanctions) < 4096
    assert len(lines) == 1 + 20 + 1
    assert lines[-1] == "…and 3 older: the card lists the newest 20."
