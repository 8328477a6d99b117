"""Reports and safeguarding escalation (rules 19 and 25), end to end through the fake Telegram:
help one message away in any state, /report in groups and in private, cards to the leads and
the moderators' chat and never to the reported person, the first decision wins, a demoted
moderator is refused, and open reports come back every day, across a restart."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import NamedTuple

import pytest
from telegram_test_server import FakeGroup, FakeTelegram, FakeUser, Member
from telegram_test_server.models import BotMessage

from bot.core.clock import FakeClock
from bot.core.settings import Settings
from storage.staff import Enrolment
from tests.support.harness import RunningBot, running_bot
from tests.support.onboarding_steps import onboard
from tests.test_onboarding_flow import say, to_birth

ADMIN = 777
LEAD, OTHER_LEAD = 901, 902
COMMUNITY = -1001000001017  # the first group the fake server makes in a test
MOD_CHAT = -1001000002017  # the second
SETTINGS = {
    "ADMIN_IDS": str(ADMIN),
    "SAFEGUARDING_IDS": f"{LEAD},{OTHER_LEAD}",
    "COMMUNITY_CHAT_IDS": str(COMMUNITY),
    "MOD_CHAT_ID": str(MOD_CHAT),
}
pytestmark = pytest.mark.bot_settings(**SETTINGS)


async def started(bot: RunningBot, name: str, user_id: int | None = None) -> FakeUser:
    user = bot.server.add_user(name, language_code="it", user_id=user_id)
    await say(user, "/start")
    return user


async def member(bot: RunningBot, name: str, user_id: int | None = None) -> FakeUser:
    user = await started(bot, name, user_id)
    await onboard(bot, user, name)
    await bot.services.members.choose_language(user.id, "it")
    return user


async def groups(bot: RunningBot, people: list[FakeUser]) -> tuple[FakeGroup, FakeGroup]:
    community = bot.server.add_group("Gen C Torino", members=people)
    moderators = bot.server.add_group("Moderatori")
    assert (community.id, moderators.id) == (COMMUNITY, MOD_CHAT)
    return community, moderators


class Scene(NamedTuple):
    """A lead, two members in the community group, and the moderators' chat."""

    lead: FakeUser
    pia: FakeUser
    ugo: FakeUser
    community: FakeGroup
    moderators: FakeGroup


async def scene(bot: RunningBot) -> Scene:
    lead = await started(bot, "Lea", LEAD)
    pia = await member(bot, "Pia")
    ugo = await member(bot, "Ugo")
    community, moderators = await groups(bot, [pia, ugo])
    return Scene(lead, pia, ugo, community, moderators)


async def card_of(user: FakeUser, number: int = 1) -> BotMessage:
    heading = f"Segnalazione n. {number}"
    await user.wait_until(lambda u: any(heading in (m.text or "") for m in u.messages))
    return next(m for m in user.messages if heading in (m.text or ""))


async def pressed(user: FakeUser, label: str, message: BotMessage, words: str) -> BotMessage:
    """Press a button on `message` and wait until the message, drawn over, shows `words`."""
    await user.press(label, message=message)
    await user.wait_until(lambda _: words in (message.text or ""))
    return message


async def file_report(user: FakeUser, category: str, words: str | None = None) -> None:
    """/report in private: a category, words or Skip, then Send."""
    screen = await say(user, "/report")
    await pressed(user, category, screen, "✏️")
    if words is None:
        await pressed(user, "⏭️ Salta", screen, "Ecco cosa mando")
    else:
        screen = await say(user, words)
    await pressed(user, "✅ Invia", screen, "Grazie")


def carded(group: FakeGroup) -> bool:
    return any("Segnalazione" in (m.text or "") for m in group.messages)


def group_card(group: FakeGroup, number: int = 1) -> BotMessage:
    heading = f"Segnalazione n. {number}"
    return next(m for m in group.messages if heading in (m.text or ""))


async def test_a_fifteen_year_old_asking_for_help_mid_onboarding_can_report_at_once(
    bot: RunningBot,
) -> None:
    lead = await started(bot, "Lea", LEAD)
    await groups(bot, [])
    teen = bot.server.add_user("Sara", language_code="it")
    await to_birth(teen, "it")
    name_question = await say(teen, "03/2011")
    help_offer = await say(teen, "aiuto, mi prendono in giro nel gruppo")
    text = help_offer.text or ""
    assert text.startswith("💛 Ti ho letto")
    assert "114" in text
    assert "19696" in text
    assert "112" in text
    assert "La domanda di prima aspetta ancora" in text
    assert help_offer.buttons == [["📣 Segnala"]]
    assert not any("Segnalazione" in (m.text or "") for m in lead.messages)  # not yet sent

    await teen.press("📣 Segnala", message=help_offer)  # drawn over the offer
    await teen.wait_until(lambda _: "Ecco cosa mando" in (help_offer.text or ""))
    assert "Bullismo" in (help_offer.text or "")
    assert "mi prendono in giro nel gruppo" in (help_offer.text or "")
    await teen.press("✅ Invia", message=help_offer)
    await teen.wait_until(lambda _: "Grazie" in (help_offer.text or ""))
    assert "114" in (help_offer.text or "")

    card = await card_of(lead)
    assert "Bullismo" in (card.text or "")
    assert "mi prendono in giro nel gruppo" in (card.text or "")
    assert "Sara (età 13–15)" in (card.text or "")
    assert card.buttons == [["🙈 Ignora", "✅ Gestita"], ["✉️ Scrivi a Sara"]]
    # The onboarding waited: the name question still takes her answer.
    assert name_question.text
    after = await say(teen, "Sara")
    assert "Sara" in (after.text or "") or after.buttons


async def test_a_group_report_reaches_the_leads_and_moderators_and_never_the_reported(
    bot: RunningBot,
) -> None:
    lead, pia, ugo, community, moderators = await scene(bot)
    insult = await ugo.send("sei proprio uno sfigato", chat=community)
    command = await pia.send("/report", chat=community, reply_to=insult)

    card = await card_of(lead)
    text = card.text or ""
    assert "Gen C Torino" in text
    assert "«sei proprio uno sfigato»" in text
    assert "Pia (età" in text
    assert "Ugo (età" in text
    assert card.buttons == [
        ["⚠️ Avverti", "🔇 Silenzia", "⛔ Banna"],
        ["🙈 Ignora", "✅ Gestita"],
        ["✉️ Scrivi a Pia"],
    ]
    await bot.server.wait_until(lambda _: carded(moderators))
    thanks = await pia.next_reply()
    assert (thanks.text or "").startswith("💛 Grazie")
    # The reporter's command is gone from the group; the bot said nothing there.
    await bot.server.wait_until(lambda s: s.calls_to("deleteMessage"))
    assert bot.server.calls_to("deleteMessage")[0].params["message_id"] == command["message_id"]
    assert not [m for m in community.messages if not m.deleted]
    # Ugo got nothing about it.
    assert not any("Segnalazion" in (m.text or "") for m in ugo.all_messages)


async def test_a_reported_message_deleted_later_is_still_on_the_card_and_can_be_acted_on(
    bot: RunningBot,
) -> None:
    lead, pia, ugo, community, moderators = await scene(bot)
    insult = await ugo.send("ti aspetto fuori", chat=community)
    await pia.send("/report mi fa paura", chat=community, reply_to=insult)
    card = await card_of(lead)
    bot.server.state.delete_message(community.id, insult["message_id"])

    # A lead who moderates no group cannot sanction there: the report stays open.
    await lead.press("⚠️ Avverti", message=card)
    await lead.wait_until(lambda u: bool(u.callback_answers))
    assert lead.callback_answers[0]["text"].startswith("Puoi avvertire")
    assert card.buttons
    # An admin, in the moderators' chat, warns Ugo in the group where he wrote.
    admin = await started(bot, "Ada", ADMIN)
    moderators.members[ADMIN] = Member(status="member")
    await admin.press("⚠️ Avverti", message=group_card(moderators))
    # First the rule Ugo broke, in one tap: the one matching the report's category first.
    await bot.server.wait_until(
        lambda _: any("quale regola" in (m.text or "") for m in moderators.messages)
    )
    ask = next(m for m in moderators.messages if "quale regola" in (m.text or ""))
    assert ask.buttons[0] == ["Niente molestie o minacce"]
    await admin.press("Niente molestie o minacce", message=ask)
    await lead.wait_until(lambda _: not card.buttons)
    assert "Motivo: Niente molestie o minacce" in (card.text or "")
    assert "«ti aspetto fuori»" in (card.text or "")
    assert "⚠️ Avvertimento — da Ada" in (card.text or "")
    assert "Parole di chi segnala: «mi fa paura»" in (card.text or "")
    await bot.server.wait_until(lambda _: not group_card(moderators).buttons)
    warned = await bot.services.db.fetch_all("SELECT kind, report_id, member_id FROM sanctions")
    assert [tuple(row) for row in warned] == [("warn", 1, ugo.id)]
    await pia.wait_until(lambda u: any("hanno guardato" in (m.text or "") for m in u.messages))
    # Ugo is told of his warning, never of the report nor who made it.
    await ugo.wait_until(lambda u: len(u.all_messages) > 1)
    assert not any("Segnalazion" in (m.text or "") for m in ugo.all_messages)
    assert not any("Pia" in (m.text or "") for m in ugo.all_messages)


async def test_someone_who_never_started_the_bot_gets_a_neutral_note_in_the_group(
    bot: RunningBot,
) -> None:
    await started(bot, "Lea", LEAD)
    stranger = bot.server.add_user("Nico", language_code="it")
    ugo = await member(bot, "Ugo")
    community, _ = await groups(bot, [stranger, ugo])
    spam = await ugo.send("compra follower qui", chat=community)
    await stranger.send("/report", chat=community, reply_to=spam)
    await bot.server.wait_until(lambda _: [m for m in community.messages if not m.deleted])
    note = next(m for m in community.messages if not m.deleted)
    assert (note.text or "").startswith("💛 Segnalazione ricevuta")
    assert "Nico" not in (note.text or "")
    assert "Ugo" not in (note.text or "")
    assert note.payload["reply_markup"]["inline_keyboard"][0][0]["url"].endswith("?start=report")
    # The link opens the private chat straight at the report, before any onboarding.
    choose = await say(stranger, "/start report")
    assert (choose.text or "").startswith("📣 Cosa vuoi segnalare?")
    await pressed(stranger, "💬 Altro", choose, "✏️")
    confirm = await say(stranger, "lo fa sempre")
    await pressed(stranger, "✅ Invia", confirm, "114")


async def test_a_lead_who_is_reported_gets_no_copy(bot: RunningBot) -> None:
    lea, pia, _, community, moderators = await scene(bot)
    leo = await started(bot, "Leo", OTHER_LEAD)
    community.members[leo.id] = Member(status="member")
    rude = await leo.send("sta' zitta tu", chat=community)
    await pia.send("/report", chat=community, reply_to=rude)
    await card_of(lea)
    await bot.server.wait_until(lambda _: carded(moderators))
    assert not any("Segnalazion" in (m.text or "") for m in leo.all_messages)


async def test_report_without_a_reply_or_outside_the_community_points_to_the_private_chat(
    bot: RunningBot,
) -> None:
    pia = await member(bot, "Pia")
    community, _ = await groups(bot, [pia])
    await pia.send("/report", chat=community)
    await bot.server.wait_until(lambda _: community.messages)
    assert (community.messages[0].text or "").startswith("📣 Per segnalare un messaggio")
    assert bot.services.reports is not None
    assert await bot.services.reports.repository.count() == 0


@pytest.mark.bot_settings(**SETTINGS, HINT_SECONDS="0")
async def test_a_report_without_a_reply_leaves_no_trace_of_who_wanted_to_report(
    bot: RunningBot,
) -> None:
    pia = await member(bot, "Pia")
    community, _ = await groups(bot, [pia])
    command = await pia.send("/report", chat=community)
    deleted = bot.server.state.deleted
    await bot.server.wait_until(lambda _: (COMMUNITY, command["message_id"]) in deleted)
    posted = bot.server.state.bot_messages
    await bot.server.wait_until(lambda _: bool(posted.get(COMMUNITY)))
    [pointer] = posted[COMMUNITY]
    assert (pointer.text or "").startswith("📣 Per segnalare un messaggio")
    await bot.server.wait_until(lambda _: pointer.deleted)


async def test_two_leads_pressing_the_same_card_the_first_wins(bot: RunningBot) -> None:
    lea = await started(bot, "Lea", LEAD)
    leo = await started(bot, "Leo", OTHER_LEAD)
    pia = await member(bot, "Pia")
    await groups(bot, [pia])
    await file_report(pia, "📢 Spam o pubblicità", "uno mi manda pubblicità")
    first, second = await card_of(lea), await card_of(leo)

    await asyncio.gather(
        lea.press("✅ Gestita", message=first), leo.press("✅ Gestita", message=second)
    )
    await bot.server.wait_until(lambda _: not first.buttons and not second.buttons)
    report = await bot.services.reports.get(1)
    assert report is not None
    assert report.state == "handled"
    loser = leo if report.handled_by == LEAD else lea
    await loser.wait_until(lambda u: bool(u.callback_answers))
    alerts = [a for a in loser.callback_answers if a.get("show_alert")]
    assert alerts
    assert alerts[0]["text"].startswith("Già gestita da")
    assert first.text == second.text
    looked = [m for m in pia.messages if "hanno guardato" in (m.text or "")]
    assert len(looked) == 1


async def test_a_moderator_demoted_after_the_card_came_is_refused(bot: RunningBot) -> None:
    services = bot.services
    await services.staff.enrol(
        Enrolment(
            telegram_id=555,
            role="moderator",
            name="Max",
            language="it",
            invited_by=ADMIN,
            invited_by_name=None,
            confirmed_by=ADMIN,
            confirmed_by_name=None,
        ),
        bot.clock.now(),
    )
    pia = await member(bot, "Pia")
    ugo = await member(bot, "Ugo")
    community, moderators = await groups(bot, [pia, ugo])
    max_ = bot.server.add_user("Max", user_id=555)
    moderators.members[555] = Member(status="member")
    insult = await ugo.send("sfigata", chat=community)
    await pia.send("/report", chat=community, reply_to=insult)
    await bot.server.wait_until(lambda _: carded(moderators))
    assert await services.staff.demote(ADMIN, 555)

    card = group_card(moderators)
    await max_.press("⛔ Banna", message=card)
    await max_.wait_until(lambda u: bool(u.callback_answers))
    assert max_.callback_answers[0]["text"].startswith("Solo i responsabili")
    report = await services.reports.get(1)
    assert report is not None
    assert report.is_open
    assert card.buttons


async def test_open_reports_come_back_every_day_across_a_restart(
    server: FakeTelegram, make_settings: Callable[..., Settings], clock: FakeClock
) -> None:
    settings = make_settings(TELEGRAM_API_URL=server.api_url, **SETTINGS)
    async with running_bot(server, settings, clock) as bot:
        lead = await started(bot, "Lea", LEAD)
        pia = await member(bot, "Pia")
        await groups(bot, [pia])
        await file_report(pia, "🆘 Sono preoccupato/a per qualcuno")
        await card_of(lead)
    clock.advance(days=1)
    async with running_bot(server, settings, clock) as bot:
        assert await bot.run_due_tasks() >= 1
        await lead.wait_until(lambda u: "ancora" in (u.messages[-1].text or ""))
        reminder = lead.messages[-1]
        assert "<b>1</b> segnalazione aperta" in (reminder.payload.get("text") or "") or (
            "1 segnalazione aperta" in (reminder.text or "")
        )
        await lead.press("📋 Apri l'elenco", message=reminder)
        await lead.wait_until(lambda _: "1 aperta su 1" in (reminder.text or ""))
        pending = await bot.services.db.fetch_all(
            "SELECT count(*) AS n FROM tasks WHERE kind = 'reports_daily' AND state = 'pending'"
        )
        assert pending[0]["n"] == 1
    async with running_bot(server, settings, clock) as bot:
        # A restart on the same day adds no second reminder.
        assert await bot.run_due_tasks() == 0


async def test_the_private_report_takes_words_cancel_and_a_double_tap(bot: RunningBot) -> None:
    lead = await started(bot, "Lea", LEAD)
    pia = await member(bot, "Pia")
    await groups(bot, [pia])
    dropped = await say(pia, "/report")
    await pressed(pia, "✖️ Lascia stare", dropped, "non ho mandato niente")
    choose = await say(pia, "/report")
    await pressed(pia, "😞 Bullismo, prese in giro", choose, "✏️")
    cancelled = await say(pia, "/cancel")
    assert "annullato" in (cancelled.text or "")
    nothing = await say(pia, "uno strano messaggio")
    assert "comandi" in (nothing.text or "")

    choose = await say(pia, "/report")
    await pressed(pia, "🚫 Molestie o minacce", choose, "✏️")
    confirm = await say(pia, "mi scrive di notte e mi fa paura")  # her words, not a new alarm
    assert (confirm.text or "").startswith("📣 Ecco cosa mando")
    await pia.press("✅ Invia", message=confirm)
    await pia.wait_until(lambda _: "Grazie" in (confirm.text or ""))
    card = await card_of(lead)
    assert "Molestie" in (card.text or "")
    assert await bot.services.reports.repository.count() == 1


async def test_erasing_keeps_an_open_report_without_the_people(bot: RunningBot) -> None:
    _, pia, ugo, community, _ = await scene(bot)
    insult = await ugo.send("sfigata", chat=community)
    await pia.send("/report", chat=community, reply_to=insult)
    await pia.next_reply()
    await bot.services.db.execute(
        "INSERT INTO report_messages (report_id, at, from_reporter, author_name, text)"
        " VALUES (1, '2026-01-15T10:00:00.000000Z', 1, 'Pia', 'erano in tre')"
    )
    await bot.services.members.erase(pia.id)
    await bot.services.members.erase(ugo.id)
    [kept] = await bot.services.db.fetch_all("SELECT author_name, text FROM report_messages")
    assert (kept["author_name"], kept["text"]) == (None, "erano in tre")
    report = await bot.services.reports.get(1)
    assert report is not None
    assert report.is_open
    assert report.reporter_id is None
    assert report.reporter_name is None
    assert report.reported_id is None
    assert report.reported_name is None
    assert report.reported_hash
    assert report.quoted == "sfigata"
    card = await bot.services.reports.card(report)
    assert (card.reporter, card.reported) == ("", "")


async def test_reports_list_is_for_the_leads_only(bot: RunningBot) -> None:
    lead = await started(bot, "Lea", LEAD)
    pia = await member(bot, "Pia")
    await groups(bot, [pia])
    refused = await say(pia, "/reports")
    assert (refused.text or "").startswith("Solo i responsabili")
    empty = await say(lead, "/reports")
    assert (empty.text or "").startswith("📋 Nessuna segnalazione")
    for _ in range(7):
        await file_report(pia, "💬 Altro")
    listing = await say(lead, "/reports")
    while not (listing.text or "").startswith("📋"):
        listing = await lead.next_reply()
    assert "7 aperte su 7 (pagina 1 di 2)" in (listing.text or "")
    assert listing.buttons[-1] == ["· 1/2 ·", "Avanti ➡️"]
    await lead.press("Apri n. 1", message=listing)
    await lead.wait_until(lambda u: (u.messages[-1].text or "").startswith("🚩"))
    opened = lead.messages[-1]
    assert (opened.text or "").startswith("🚩")
    await lead.press("✅ Gestita", message=opened)
    await lead.wait_until(lambda _: not opened.buttons)
    first = await card_of(lead, 1)
    assert not first.buttons  # the copy pushed earlier shows it too


async def test_help_comes_before_consents_asked_again(
    server: FakeTelegram, make_settings: Callable[..., Settings], clock: FakeClock
) -> None:
    async with running_bot(
        server, make_settings(TELEGRAM_API_URL=server.api_url, **SETTINGS), clock
    ) as bot:
        lead = await started(bot, "Lea", LEAD)
        pia = await member(bot, "Pia")
        await groups(bot, [pia])
    renewed = make_settings(TELEGRAM_API_URL=server.api_url, NOTICE_VERSION="2", **SETTINGS)
    async with running_bot(server, renewed, clock):
        offer = await say(pia, "mi minacciano su insta, ho paura")
        assert (offer.text or "").startswith("💛 Ti ho letto")
        await pressed(pia, "📣 Segnala", offer, "Ecco cosa mando")
        await pressed(pia, "✅ Invia", offer, "Grazie")
        assert "Molestie" in ((await card_of(lead)).text or "")
        asked = await say(pia, "/profile")  # then the renewed consents, as usual
        assert "privacy" in (asked.text or "").lower()
