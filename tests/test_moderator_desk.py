"""The moderators' desk (safeguarding rules 2, 3 and 23), end to end through the fake Telegram:
/pending as a to-do list, cards that open again from it, annulling asked first, a paper form
that can be corrected or cancelled, and a consent history a tired volunteer can read."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st
from telegram_test_server import FakeUser
from telegram_test_server.models import BotMessage

from bot.core.i18n import Translator
from bot.domain.relative_days import WORDS, days_ago
from bot.services.notifications import Delivery, Outcome
from handlers.screens import Screens
from handlers.told import told_words
from tests.support.harness import RunningBot
from tests.test_age_checks import FIFTEEN, refused_at_twelve, retry
from tests.test_guardian import MODERATOR, open_as_guardian, thirteen
from tests.test_guardian_checks import card_for
from tests.test_onboarding_flow import say, tap, tick

pytestmark = pytest.mark.bot_settings(ADMIN_IDS=str(MODERATOR))


async def mara(bot: RunningBot) -> FakeUser:
    moderator = bot.server.add_user("Mara", language_code="it", user_id=MODERATOR)
    await say(moderator, "/start")
    return moderator


async def latest(user: FakeUser, command: str, words: str) -> BotMessage:
    """The answer to `command` that holds `words` (pushed cards may arrive in between)."""
    before = len(user.all_messages)
    await user.send(command)
    await user.wait_until(lambda u: any(words in (m.text or "") for m in u.all_messages[before:]))
    return next(m for m in reversed(user.all_messages) if words in (m.text or ""))


async def opened(user: FakeUser, label: str, message: BotMessage, words: str) -> BotMessage:
    before = len(user.all_messages)
    await user.press(label, message=message)
    await user.wait_until(lambda u: any(words in (m.text or "") for m in u.all_messages[before:]))
    return next(m for m in reversed(user.all_messages) if words in (m.text or ""))


async def online_consent(bot: RunningBot, name: str, parent: str) -> str:
    """A child whose parent consented online (to verify): the child's reference code."""
    _, explanation, invite = await thirteen(bot, name)
    guardian = bot.server.add_user(parent, language_code="it", username=parent.lower())
    card = await open_as_guardian(guardian, invite, f"{parent} Rossi")
    await guardian.press("✅ Do il consenso", message=card)
    await bot.server.wait_until(lambda _: "Grazie" in (card.text or ""))
    code = re.search(r"code: (\w{6})", explanation.text or "")
    assert code
    return code[1]


async def test_pending_lists_what_waits_for_a_moderator_and_opens_each_card(
    bot: RunningBot,
) -> None:
    moderator = await mara(bot)
    nina = await online_consent(bot, "Nina", "Laura")
    await online_consent(bot, "Teo", "Paola")
    ugo = await refused_at_twelve(bot, "Ugo")
    assert (await retry(ugo, FIFTEEN)).startswith("🔎 Checking")
    listing = await latest(moderator, "/pending", "📋 Da fare")
    text = listing.text or ""
    assert text.startswith("📋 Da fare: 3")
    assert "Consenso da controllare per Nina" in text
    assert "Consenso da controllare per Teo" in text
    assert "Controllo dell'età n. 1" in text
    assert listing.buttons == [["👪 Apri: Nina"], ["👪 Apri: Teo"], ["🎂 Apri controllo n. 1"]]

    card = await opened(moderator, "👪 Apri: Nina", listing, "per Nina")
    assert f"per Nina (codice {nina})" in (card.text or "")
    assert "Nome dato: Laura Rossi — 👩 Genitore" in (card.text or "")
    assert "Account Telegram: Laura (@laura)" in (card.text or "")
    assert card.buttons == [["✅ Confermo", "✖️ Non vale"]]
    age = await opened(moderator, "🎂 Apri controllo n. 1", listing, "🎂")
    assert (age.text or "").startswith("🎂 Controllo dell'età")
    assert age.buttons == [["✅ Vale la nuova data"], ["↩️ Vale la prima data"]]

    again = await latest(moderator, f"/consent {nina}", "Consenso da controllare per Nina")
    assert again.buttons == [["✅ Confermo", "✖️ Non vale"]]
    await moderator.press("✅ Confermo", message=again)
    await bot.server.wait_until(lambda _: (again.text or "").startswith("✅ Consenso di Nina"))
    listing = await latest(moderator, "/pending", "📋")
    assert (listing.text or "").startswith("📋 Da fare: 2")


async def test_an_annulled_consent_shows_its_history_with_who_and_when(bot: RunningBot) -> None:
    moderator = await mara(bot)
    code = await online_consent(bot, "Nina", "Laura")
    check = await card_for(moderator, "Consenso da controllare")
    await moderator.press("✖️ Non vale", message=check)
    await bot.server.wait_until(lambda _: check.edits == 1)
    assert (check.text or "").startswith("✖️ Confermi che non vale?")
    await moderator.press("✖️ Sì, non vale", message=check)
    await bot.server.wait_until(lambda _: check.edits == 2)

    history = await latest(moderator, f"/consent {code}", "🗂️")
    text = history.text or ""
    assert "annullato da un moderatore" in text
    assert "consenso dato — ha scelto: ⬜ Visibile ai progetti · ⬜ Promemoria eventi" in text
    assert "⬜" in text
    assert "cambiato" not in text
    assert "annullato — Mara, nel bot" in text
    assert re.search(r"\d{2}:\d{2}", text)
    assert history.buttons == [["📝 Registra un modulo di carta"]]
    listing = await latest(moderator, "/pending", "📋")
    assert "annullato da un moderatore" in (listing.text or "")
    assert "ritirato" not in (listing.text or "")
    # A new paper form from there: the annulment kept no choices, so it makes them afresh.
    form = await opened(moderator, "📝 Registra un modulo di carta", history, "📝 Modulo di carta")
    await opened(moderator, "📝 Registra il modulo firmato", form, "✍️")
    relationship = await latest(moderator, "Laura Rossi", "Laura Rossi per Nina")
    when = await opened(moderator, "👩 Genitore", relationship, "📅")
    check = await opened(moderator, "Oggi", when, "Controlla prima")
    await opened(moderator, "📝 Registra il modulo firmato", check, "✅ Modulo registrato")
    again = await latest(moderator, f"/consent {code}", "🗂️")
    assert (again.text or "").count("consenso dato — ha scelto:") == 2
    assert "— dal genitore, su carta" in (again.text or "")


async def test_a_paper_form_can_be_corrected_cancelled_and_starts_blank(bot: RunningBot) -> None:
    moderator = await mara(bot)
    leo, explanation, _ = await thirteen(bot, "Leo")
    code = re.search(r"code: (\w{6})", explanation.text or "")
    assert code
    card = await say(moderator, f"/consent {code[1]}")
    await tick(moderator, "⬜ Visibile ai progetti", card)
    await tick(moderator, "⬜ Promemoria eventi", card)
    await moderator.press("📝 Registra il modulo firmato", message=card)
    await moderator.next_reply()
    # /cancel in the middle stops it.
    await say(moderator, "Laura Bianchi")
    assert (await say(moderator, "/cancel")).text != "Non c'è niente da annullare."
    # A new /consent starts from a blank form.
    fresh = await say(moderator, f"/consent {code[1]}")
    assert "✅" not in str(fresh.buttons)
    await moderator.press("📝 Registra il modulo firmato", message=fresh)
    await moderator.next_reply()
    relationship = await say(moderator, "Laura Bianca")
    when = await tap(moderator, "👩 Genitore", message=relationship)
    assert "oggi" in (when.text or "")
    example = re.search(r"per esempio (\S+)", when.text or "")
    assert example
    assert example[1] == "15/01/2026"  # today on the test clock: a past date, in a form it reads
    check = await say(moderator, "ieri")
    assert "Firmato il: 14/01/2026" in (check.text or "")
    assert check.buttons == [["📝 Registra il modulo firmato"], ["✏️ Correggi", "✖️ Annulla"]]
    # A date typed on the check screen corrects the date, a name the name.
    redated = await say(moderator, "13/01/2026")
    assert "Firmato il: 13/01/2026" in (redated.text or "")
    # A name typed on the check screen corrects it.
    corrected = await say(moderator, "Laura Bianchi")
    assert "Laura Bianchi — 👩 Genitore" in (corrected.text or "")
    stopped = await tap(moderator, "✖️ Annulla", message=corrected)
    assert (stopped.text or "").startswith("✖️ Ok, non ho registrato niente")
    request = await bot.services.guardians.request_of(leo.id)
    assert request is not None
    assert request.status == "pending"


@given(st.sampled_from(sorted(WORDS)), st.sampled_from(["", " ", ".", "!"]), st.booleans())
def test_today_and_yesterday_are_understood_as_typed(word: str, end: str, upper: bool) -> None:
    typed = (word.upper() if upper else word) + end
    assert days_ago(typed) == WORDS[word]


@given(st.text(max_size=12))
def test_other_words_are_not_days(text: str) -> None:
    if text.strip().rstrip(".!").strip().casefold() not in WORDS:
        assert days_ago(text) is None


def test_a_decision_says_whether_the_person_was_told_now_later_or_not_at_all() -> None:
    screens = Screens(Translator.load("it"), "it")
    zone = ZoneInfo("Europe/Rome")
    held = Delivery(Outcome.HELD, datetime(2026, 1, 16, 7, 0, tzinfo=UTC))
    assert told_words(screens, held, zone, "desk-told").startswith(
        "Glielo dico venerdì 16 gennaio, 08:00"
    )
    assert told_words(screens, Delivery(Outcome.SENT), zone, "desk-told") == "Gliel'ho detto."
    assert "ha bloccato il bot" in told_words(
        screens, Delivery(Outcome.UNREACHABLE), zone, "desk-told"
    )
