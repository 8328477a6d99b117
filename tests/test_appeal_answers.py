"""Appeals as real people met them: words about bullying are the appeal (with help beside
them), the answer says it is the appeal's in both languages, and a moderator knows which
language the member reads. The test clock says 15 January 2026."""

from __future__ import annotations

import pytest
from telegram_test_server import BotMessage, FakeGroup, FakeUser

from tests.support.appeals import sanctioned
from tests.support.harness import RunningBot
from tests.support.onboarding_steps import onboard
from tests.test_appeals import LIFT, OLGA, decided, member_in_group, moderators
from tests.test_onboarding_flow import say

MARA, BRUNO = 777, 778
pytestmark = pytest.mark.bot_settings(ADMIN_IDS=f"{MARA},{BRUNO}")

GIULIA_SAYS = (
    "Marco mi prendeva in giro da giorni, ho risposto male ma ho chiesto scusa. "
    "L'ho anche segnalato."
)


async def giulia_in_group(bot: RunningBot, *, born: int = 2006) -> tuple[FakeUser, FakeGroup]:
    """Giulia reads the bot in Italian; `born` 2010 makes her 15."""
    giulia = bot.server.add_user("Giulia", language_code="it")
    await onboard(bot, giulia, "Giulia")
    await bot.services.members.choose_language(giulia.id, "it")
    await bot.services.db.execute(
        "UPDATE profiles SET birth_year = ? WHERE member_id = ?", (born, giulia.id)
    )
    await say(giulia, "/start")
    olga = bot.server.add_user("Olga", language_code="it", user_id=OLGA)
    group = bot.server.add_group("Gen C Torino", members=[giulia], admins=[olga])
    return giulia, group


async def why_typed(member: FakeUser, words: str) -> BotMessage:
    """/appeal, the first sanction, the words typed: the check screen."""
    listed = await say(member, "/appeal")
    await member.press(listed.buttons[0][0], message=listed)
    await member.next_reply()
    return await say(member, words)


async def test_words_about_bullying_are_the_appeal_with_help_beside(bot: RunningBot) -> None:
    mara, _ = await moderators(bot)
    giulia, group = await giulia_in_group(bot, born=2010)
    await sanctioned(bot, group, giulia)
    check = await why_typed(giulia, GIULIA_SAYS)
    assert (check.text or "").startswith("📨 Controlla prima di mandare")
    assert f"Le tue parole: «{GIULIA_SAYS}»" in (check.text or "")
    beside = await giulia.next_reply()
    assert beside.text == (
        "💛 Se qualcuno ti fa stare male, puoi anche segnalarlo qui sotto. "
        "📞 114 e 19696 sono gratis, a qualsiasi ora."
    )
    assert beside.buttons == [["📣 Segnala"]]
    # The report button starts from her words, and her appeal still waits to be sent.
    await giulia.press("📣 Segnala", message=beside)
    await giulia.wait_until(lambda _: beside.edits == 1)
    assert GIULIA_SAYS in (beside.text or "")
    await giulia.press("📨 Manda", message=check)
    await giulia.wait_until(lambda _: (check.text or "").startswith("✅ Mandato!"))
    card = await mara.next_reply()
    assert f"Le sue parole: «{GIULIA_SAYS}»" in (card.text or "")


async def test_dropping_the_report_beside_keeps_the_appeal(bot: RunningBot) -> None:
    mara, _ = await moderators(bot)
    giulia, group = await giulia_in_group(bot, born=2010)
    await sanctioned(bot, group, giulia)
    check = await why_typed(giulia, GIULIA_SAYS)
    beside = await giulia.next_reply()
    await giulia.press("📣 Segnala", message=beside)
    await giulia.wait_until(lambda _: beside.edits == 1)
    await giulia.press("✖️ Lascia stare", message=beside)
    await giulia.wait_until(lambda _: beside.edits == 2)
    await giulia.press("📨 Manda", message=check)
    await giulia.wait_until(lambda _: (check.text or "").startswith("✅ Mandato!"))
    assert f"«{GIULIA_SAYS}»" in ((await mara.next_reply()).text or "")


async def test_an_adult_s_appeal_words_get_the_emergency_number_beside(bot: RunningBot) -> None:
    await moderators(bot)
    giulia, group = await giulia_in_group(bot)
    await sanctioned(bot, group, giulia)
    check = await why_typed(giulia, GIULIA_SAYS)
    assert (check.text or "").startswith("📨 Controlla prima di mandare")
    beside = await giulia.next_reply()
    assert (beside.text or "").endswith("Se sei in pericolo adesso chiama il 112.")


async def test_a_moderator_s_reason_about_bullying_is_the_reason(bot: RunningBot) -> None:
    mara, _ = await moderators(bot)
    lia, group = await member_in_group(bot)
    await sanctioned(bot, group, lia)
    check = await why_typed(lia, "ok")
    await lia.press("📨 Send", message=check)
    card = await mara.next_reply()
    done = await decided(mara, card, "✅ Confermalo", "Hai preso in giro Marco: è bullismo")
    assert (done.text or "").startswith("✅ Confermato da Mara.")


async def test_the_lift_is_told_as_the_appeal_s_answer_once(bot: RunningBot) -> None:
    mara, _ = await moderators(bot)
    giulia, group = await giulia_in_group(bot)
    await sanctioned(bot, group, giulia)
    listed = await say(giulia, "/appeal")
    await giulia.press(listed.buttons[0][0], message=listed)
    asked = await giulia.next_reply()
    await giulia.press("⏭️ Salta", message=asked)
    await giulia.wait_until(lambda _: asked.edits == 1)
    await giulia.press("📨 Manda", message=asked)
    await giulia.wait_until(lambda _: (asked.text or "").startswith("✅ Mandato!"))
    card = await mara.next_reply()
    before = len(giulia.messages)
    await decided(mara, card, LIFT, "Hai ragione, è stato un malinteso")
    told = await giulia.next_reply()
    assert told.text == (
        "⚖️ La risposta alla tua richiesta\n"
        "Un moderatore ha riletto il tuo silenzio nel gruppo «Gen C Torino» e ha deciso di "
        "toglierlo 🔓 Puoi di nuovo scrivere lì.\n"
        "Perché: «Hai ragione, è stato un malinteso»"
    )
    await bot.server.wait_until(lambda _: group.status_of(giulia) == "member")
    assert len(giulia.messages) == before + 1  # not the lift's own notice as well


async def test_the_moderator_knows_which_language_the_member_reads(bot: RunningBot) -> None:
    mara, bruno = await moderators(bot)
    lia, group = await member_in_group(bot)  # Lia reads English
    await sanctioned(bot, group, lia)
    check = await why_typed(lia, "I don't understand Italian")
    await lia.press("📨 Send", message=check)
    card = await mara.next_reply()
    assert "Lia (18–21 anni, scrive in inglese) chiede di rivedere:" in (card.text or "")
    english = await bruno.next_reply()
    assert "Lia (aged 18–21, writes in English) asks us" in (english.text or "")
    await mara.press("✅ Confermalo", message=card)
    asked = await mara.next_reply()
    assert (asked.text or "").endswith(
        "🌍 Lia legge il bot in inglese: se puoi, scrivi il motivo in inglese."
    )
    await say(mara, "/cancel")
    await bruno.press("✅ Keep it", message=english)
    asked = await bruno.next_reply()
    assert "🌍" not in (asked.text or "")  # same language: nothing to add
