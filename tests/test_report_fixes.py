"""Reports after the first tries by real people, end to end through the fake Telegram: a
dismissal asks why (a minor's plea needs a reason), a sanction cites the group rule and never
the report, a sanction that changed nothing leaves the report open, the same message reported
twice is one report, words typed at the category menu are kept, the reporter hears which
report was looked at, a staff reporter is thanked in private and shown as staff."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from telegram_test_server import FakeGroup, FakeUser
from telegram_test_server.models import BotMessage

from tests.support.harness import RunningBot
from tests.test_onboarding_flow import say, to_birth
from tests.test_reports import (
    ADMIN,
    LEAD,
    OTHER_LEAD,
    SETTINGS,
    card_of,
    file_report,
    group_card,
    groups,
    member,
    pressed,
    scene,
    started,
)

pytestmark = pytest.mark.bot_settings(**SETTINGS)


async def asked(bot: RunningBot, chat: FakeUser | FakeGroup, words: str) -> BotMessage:
    """The newest message in a private chat or a group that contains `words`."""

    def found() -> list[BotMessage]:
        return [m for m in chat.messages if words in (m.text or "")]

    await bot.server.wait_until(lambda _: bool(found()))
    return found()[-1]


async def teen_plea(bot: RunningBot) -> tuple[FakeUser, FakeUser, BotMessage]:
    lead = await started(bot, "Lea", LEAD)
    await groups(bot, [])
    teen = bot.server.add_user("Sara", language_code="it")
    await to_birth(teen, "it")
    await say(teen, "03/2011")
    offer = await say(teen, "aiuto, mi prendono in giro nel gruppo")
    await pressed(teen, "📣 Segnala", offer, "Ecco cosa mando")
    await pressed(teen, "✅ Invia", offer, "Grazie")
    return lead, teen, await card_of(lead)


async def test_a_minors_plea_is_not_dismissed_without_a_reason(bot: RunningBot) -> None:
    lead, teen, card = await teen_plea(bot)
    await lead.press("🙈 Ignora", message=card)
    ask = await asked(bot, lead, "Vuoi ignorare la segnalazione n. 1?")
    assert "serve un motivo" in (ask.text or "")
    assert ask.buttons == [
        ["Non c'è niente di grave"],
        ["Già risolto in altro modo"],
        ["↩️ Lascia aperta"],
    ]
    assert card.buttons  # nothing happened yet
    await pressed(lead, "↩️ Lascia aperta", ask, "resta aperta")
    report = await bot.services.reports.get(1)
    assert report is not None
    assert report.is_open

    await lead.press("🙈 Ignora", message=card)
    ask = await asked(bot, lead, "Vuoi ignorare la segnalazione n. 1?")
    await lead.send("ho parlato con lei e con i genitori")
    await asked(bot, lead, "Fatto")
    await lead.wait_until(lambda _: not card.buttons)
    assert "🙈 Ignorata — da Lea" in (card.text or "")
    assert "Motivo: ho parlato con lei e con i genitori" in (card.text or "")
    looked = await asked(bot, teen, "hanno guardato")
    assert "la tua segnalazione del 15/01 su: 😞 Bullismo" in (looked.text or "")
    assert "genitori" not in (looked.text or "")


async def test_an_adults_report_can_be_dismissed_without_a_reason_after_a_confirmation(
    bot: RunningBot,
) -> None:
    lead = await started(bot, "Lea", LEAD)
    pia = await member(bot, "Pia")
    await groups(bot, [pia])
    await file_report(pia, "📢 Spam o pubblicità", "uno mi manda pubblicità")
    card = await card_of(lead)
    await lead.press("🙈 Ignora", message=card)
    ask = await asked(bot, lead, "Vuoi ignorare")
    assert ask.buttons[-2:] == [["🙈 Ignora senza motivo"], ["↩️ Lascia aperta"]]
    await pressed(lead, "🙈 Ignora senza motivo", ask, "Fatto")
    await lead.wait_until(lambda _: not card.buttons)
    assert "Motivo" not in (card.text or "")


async def test_a_sanction_that_changed_nothing_leaves_the_report_open(bot: RunningBot) -> None:
    lead, pia, ugo, community, moderators = await scene(bot)
    insult = await ugo.send("sei uno sfigato", chat=community)
    await pia.send("/report", chat=community, reply_to=insult)
    await card_of(lead)
    del community.members[ugo.id]  # he left the group before anyone looked
    admin = await started(bot, "Ada", ADMIN)
    card = group_card(moderators)
    await admin.press("🔇 Silenzia", message=card)
    ask = await asked(bot, moderators, "quale regola")
    assert ask.buttons[0] == ["Rispetto per tutti"]
    await pressed(admin, "Rispetto per tutti", ask, "non è cambiato niente")
    assert "non è più nel gruppo" in (ask.text or "")
    report = await bot.services.reports.get(1)
    assert report is not None
    assert report.is_open
    assert card.buttons
    assert "Silenziato" not in (card.text or "")
    await lead.send("/reports")
    listing = await asked(bot, lead, "aperta su")
    assert "1 aperta su 1" in (listing.text or "")
    assert not any("hanno guardato" in (m.text or "") for m in pia.messages)


async def test_a_sanction_from_a_card_tells_the_rule_never_the_report(bot: RunningBot) -> None:
    lead, pia, ugo, community, moderators = await scene(bot)
    # The admin started the bot: an adult asking for a number also alerts the admins.
    admin = await started(bot, "Ada", ADMIN)
    ask_number = await ugo.send("mi dai il tuo numero?", chat=community)
    await pia.send("/report", chat=community, reply_to=ask_number)
    card = await card_of(lead)
    assert "Molestie" in (card.text or "")  # guessed from the message, not "Altro"
    await admin.press("⚠️ Avverti", message=await asked(bot, moderators, "Segnalazione n. 1"))
    ask = await asked(bot, moderators, "quale regola")
    await pressed(admin, "Niente molestie o minacce", ask, "Fatto")
    notice = await asked(bot, ugo, "Niente molestie o minacce")
    assert "nessuno scritto" not in (notice.text or "")
    assert "segnal" not in (notice.text or "").lower()
    assert "Pia" not in (notice.text or "")


async def test_the_same_message_reported_twice_is_one_report(bot: RunningBot) -> None:
    lead, pia, ugo, community, _ = await scene(bot)
    eva = await member(bot, "Eva")
    community.members[eva.id] = community.members[pia.id]
    insult = await ugo.send("fai schifo", chat=community)
    await pia.send("/report", chat=community, reply_to=insult)
    card = await card_of(lead)
    await asked(bot, pia, "💛 Grazie")
    await pia.send("/report", chat=community, reply_to=insult)
    again = await asked(bot, pia, "Avevi già segnalato")
    assert again.text
    await eva.send("/report", chat=community, reply_to=insult)
    await asked(bot, eva, "💛 Grazie")
    await lead.wait_until(lambda _: "Segnalato da 2 persone" in (card.text or ""))
    assert await bot.services.reports.repository.count() == 1
    assert len([m for m in lead.messages if "Segnalazione n." in (m.text or "")]) == 1


async def test_words_typed_at_the_category_menu_are_kept(bot: RunningBot) -> None:
    lead = await started(bot, "Lea", LEAD)
    pia = await member(bot, "Pia")
    await groups(bot, [pia])
    await say(pia, "/report")
    kept = await say(pia, "uno del gruppo mi scrive cose brutte")
    assert (kept.text or "").startswith("✏️ Ho tenuto le tue parole")
    await pressed(pia, "🚫 Molestie o minacce", kept, "Ecco cosa mando")
    assert "uno del gruppo mi scrive cose brutte" in (kept.text or "")
    await pressed(pia, "✅ Invia", kept, "Grazie")
    assert "cose brutte" in ((await card_of(lead)).text or "")


async def test_a_staff_reporter_is_thanked_in_private_and_shown_as_staff(
    bot: RunningBot,
) -> None:
    lead, _, ugo, community, _ = await scene(bot)
    admin = await started(bot, "Ada", ADMIN)
    community.members[ADMIN] = community.members[ugo.id]
    spam = await ugo.send("compra follower qui", chat=community)
    await admin.send("/report", chat=community, reply_to=spam)
    card = await card_of(lead)
    assert "Ada (staff)" in (card.text or "")
    assert "Spam" in (card.text or "")
    await asked(bot, admin, "💛 Grazie")
    await bot.server.wait_until(lambda s: s.calls_to("deleteMessage"))
    assert not [m for m in community.messages if not m.deleted]


async def test_a_lead_who_is_not_staff_gets_her_own_start_and_help(bot: RunningBot) -> None:
    lead = bot.server.add_user("Lea", language_code="it", user_id=LEAD)
    hello = await say(lead, "/start")
    assert "sicurezza" in (hello.text or "")
    assert "Ti aiuto a trovare progetti" not in (hello.text or "")
    assert "/reports" in (hello.text or "")
    helped = await say(lead, "/help")
    assert "/reports" in (helped.text or "")
    assert "/projects" not in (helped.text or "")
    assert "moderatore" in (helped.text or "")


async def test_reports_is_in_a_moderators_help(bot: RunningBot) -> None:
    admin = await started(bot, "Ada", ADMIN)
    helped = await say(admin, "/help")
    while "/reports" not in (helped.text or ""):
        section = next(label for row in helped.buttons for label in row if "Moder" in label)
        await pressed(admin, section, helped, "/reports")
    assert "/reports" in (helped.text or "")


async def test_a_lead_writes_to_a_teen_who_reported_and_every_lead_sees_both_ways(
    bot: RunningBot,
) -> None:
    leo = await started(bot, "Leo", OTHER_LEAD)
    lead, teen, card = await teen_plea(bot)
    await bot.server.wait_until(
        lambda _: any("Segnalazione n. 1" in (m.text or "") for m in leo.messages)
    )
    assert card.buttons[-1] == ["✉️ Scrivi a Sara"]
    bot.clock.advance(hours=13)  # 23:00 in Turin: quiet hours do not hold it back
    await lead.press("✉️ Scrivi a Sara", message=card)
    await asked(bot, lead, "Scrivi qui il messaggio per Sara")
    await lead.send("scrivimi al 333 1234567")
    await asked(bot, lead, "Niente numeri")
    await lead.send("Ciao Sara, siamo qui. Chi ti prende in giro?")
    await asked(bot, lead, "Inviato")
    message = await asked(bot, teen, "Un messaggio dai responsabili")
    assert "Chi ti prende in giro?" in (message.text or "")
    assert "333" not in (message.text or "")
    assert message.buttons == [["💬 Rispondi"]]
    copy = await asked(bot, leo, "Lea ha scritto a Sara")
    assert "Chi ti prende in giro?" in (copy.text or "")

    await pressed(teen, "💬 Rispondi", message, "Chi ti prende in giro?")
    await asked(bot, teen, "Scrivi qui la tua risposta")
    await teen.send("due ragazzi del gruppo del sabato")
    await asked(bot, teen, "Inviato ai responsabili")
    for reader in (lead, leo):
        reply = await asked(bot, reader, "Sara ha risposto")
        assert "due ragazzi del gruppo del sabato" in (reply.text or "")
    kept = await bot.services.report_thread.messages(1)
    assert [m.from_reporter for m in kept] == [False, True]
    audited = await bot.services.db.fetch_all(
        "SELECT action FROM audit_log WHERE action LIKE 'report.%' ORDER BY id"
    )
    assert [row["action"] for row in audited][-2:] == ["report.message", "report.reply"]

    await lead.send("/reports")
    listing = await asked(bot, lead, "aperta su")
    await lead.press("Apri n. 1", message=listing)
    opened = await asked(bot, lead, "💬 Sara: «due ragazzi")
    assert "✉️ Lea: «Ciao Sara" in (opened.text or "")


async def test_a_reply_that_speaks_of_bullying_reaches_the_leads_not_a_new_help_offer(
    bot: RunningBot,
) -> None:
    lead, teen, card = await teen_plea(bot)
    await lead.press("✉️ Scrivi a Sara", message=card)
    await asked(bot, lead, "Scrivi qui il messaggio")
    await lead.send("Chi è stato?")
    message = await asked(bot, teen, "Un messaggio dai responsabili")
    await teen.press("💬 Rispondi", message=message)
    await asked(bot, teen, "Scrivi qui la tua risposta")
    await teen.send("mi prendono in giro sempre gli stessi due")
    await asked(bot, teen, "Inviato ai responsabili")
    await asked(bot, lead, "sempre gli stessi due")


async def test_a_report_handled_at_night_tells_the_teen_in_the_morning(bot: RunningBot) -> None:
    rome = ZoneInfo("Europe/Rome")
    bot.clock.set(datetime(2026, 12, 3, 23, 0, tzinfo=rome))
    lead, teen, card = await teen_plea(bot)
    await lead.press("✅ Gestita", message=card)
    await lead.wait_until(lambda _: not card.buttons)
    assert not any("qualcosa è andato storto" in (m.text or "") for m in lead.all_messages)
    assert not any("hanno guardato" in (m.text or "") for m in teen.messages)
    bot.clock.set(datetime(2026, 12, 4, 8, 1, tzinfo=rome))
    assert await bot.run_due_tasks() >= 1
    told = await asked(bot, teen, "hanno guardato")
    assert "del 03/12" in (told.text or "")


async def test_a_sanctions_rule_is_named_in_the_sanctioned_members_language(
    bot: RunningBot,
) -> None:
    """The moderator presses the rule in Italian; the member who reads it writes in English."""
    lead, pia, ugo, community, moderators = await scene(bot)
    await bot.services.members.choose_language(ugo.id, "en")
    admin = await started(bot, "Ada", ADMIN)
    insult = await ugo.send("sei uno sfigato", chat=community)
    await pia.send("/report", chat=community, reply_to=insult)
    await card_of(lead)
    await admin.press("⚠️ Avverti", message=await asked(bot, moderators, "Segnalazione n. 1"))
    ask = await asked(bot, moderators, "quale regola")
    await pressed(admin, "Rispetto per tutti", ask, "Fatto")
    notice = await asked(bot, ugo, "Respect for everyone")
    assert "Rispetto" not in (notice.text or "")


async def test_a_sanctioned_message_leaves_the_group_and_stays_on_the_card(
    bot: RunningBot,
) -> None:
    lead, pia, ugo, community, moderators = await scene(bot)
    admin = await started(bot, "Ada", ADMIN)
    insult = await ugo.send("sei uno sfigato", chat=community)
    await pia.send("/report", chat=community, reply_to=insult)
    card = await card_of(lead)
    await admin.press("⚠️ Avverti", message=await asked(bot, moderators, "Segnalazione n. 1"))
    ask = await asked(bot, moderators, "quale regola")
    await pressed(admin, "Rispetto per tutti", ask, "Fatto")
    await lead.wait_until(
        lambda _: (community.id, insult["message_id"]) in bot.server.state.deleted
    )
    assert "sei uno sfigato" in (card.text or "")
