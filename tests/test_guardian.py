"""Guardian consent for under-14s (safeguarding rule 2), end to end through the fake Telegram."""

from __future__ import annotations

import re

import pytest
from telegram_test_server import FakeUser
from telegram_test_server.models import BotMessage

from bot.domain.onboarding_steps import Step
from tests.support.harness import RunningBot
from tests.test_onboarding_flow import rows_about, say, tap, tick, to_birth

MODERATOR = 777


async def thirteen(bot: RunningBot, name: str) -> tuple[FakeUser, BotMessage, BotMessage]:
    """A 13-year-old up to the guardian request: (member, explanation, forwardable invite)."""
    member = bot.server.add_user(name, language_code="en")
    await to_birth(member, "en")
    await member.send("10/2012")  # 13 on the test clock (15 January 2026)
    explanation = await member.next_reply()
    invite = await member.next_reply()
    return member, explanation, invite


def token_in(invite: BotMessage) -> str:
    found = re.search(r"start=(guardian_[A-Za-z0-9_-]+)", invite.text or "")
    assert found, invite.text
    return found[1]


async def open_as_guardian(
    guardian: FakeUser, invite: BotMessage | str, name: str = "Laura Rossi"
) -> BotMessage:
    """Open the link (the forwarded invite, or its `guardian_…` argument), give a name and say
    parent: the consent card."""
    argument = invite if isinstance(invite, str) else token_in(invite)
    welcome = await say(guardian, f"/start {argument}")
    asked = await guardian.next_reply()
    assert "✍️" in (asked.text or ""), asked.text
    relationship = await say(guardian, name)
    parent = "👩 Sono un genitore" if guardian.profile.language_code == "it" else "👩 I'm a parent"
    assert welcome.text is not None
    intro = await tap(guardian, parent, message=relationship)
    assert intro.text is not None
    assert intro.text.startswith(("📋 Prima di decidere", "📋 Before you decide"))
    return await guardian.next_reply()  # the card, under what it covers


async def test_a_13_year_old_finishes_only_after_the_guardian_consents(bot: RunningBot) -> None:
    nina, explanation, invite = await thirteen(bot, "Nina")
    assert (explanation.text or "").startswith("👪 You're under 14")
    code = re.search(r"code: (\w{6})", explanation.text or "")
    assert code
    assert "Nina (born October 2012)" in (invite.text or "")
    assert "https://t.me/genc_test_bot?start=guardian_" in (invite.text or "")
    # Stuck until then: answers are not taken.
    waiting = await say(nina, "Nina")
    assert (waiting.text or "").startswith("⏳ Waiting for your parent's OK.")
    assert await bot.services.onboarding.step_of(nina.id) is Step.GUARDIAN

    mum = bot.server.add_user("Laura", language_code="it")
    card = await open_as_guardian(mum, invite)
    assert (card.text or "").startswith("👪 Nina (ottobre 2012) vuole fare volontariato")
    assert "/privacy" in (card.text or "")
    assert "la/lo" not in (card.text or "")
    intro = mum.all_messages[-2].text or ""
    assert "anche senza spuntare nulla permette a Nina di partecipare" in intro
    assert "i coordinatori non possono trovare né invitare Nina" in intro
    assert "Per vedere o far cancellare i dati di Nina" in intro
    await tick(mum, "⬜ Promemoria eventi", card)
    await mum.press("✅ Do il consenso", message=card)
    await bot.server.wait_until(lambda _: card.text is not None and "Grazie" in card.text)
    assert card.buttons == [["⚙️ Cambia le scelte"]]
    told = await nina.next_reply()
    assert told.text == "🎉 Your parent gave the OK! Type /start to go on."
    # The guardian is not a member: nothing about her beyond the request she answered.
    assert await bot.services.members.get(mum.id) is None

    stored = await bot.services.consents.granted(nina.id)
    assert stored == {"matching": False, "reminders": True, "announcements": False}
    resumed = await say(nina, "/start")
    assert "What's your name?" in (resumed.text or "")
    city = await tap(nina, "Use “Nina”", message=resumed)
    causes = await tap(nina, "Torino", message=city)
    await tick(nina, "🐾 Animals", causes)
    skills = await tap(nina, "✅ Done", message=causes)
    days = await tap(nina, "Skip ➡️", message=skills)
    await tick(nina, "At weekends", days)
    hours = await tap(nina, "✅ Done", message=days)
    summary = await tap(nina, "1–2 hours", message=hours)  # no consent question: mum chose
    assert (summary.text or "").startswith("👤 Nina")
    done = await tap(nina, "✅ All correct", message=summary)
    assert (done.text or "").startswith("🎉 Done, Nina!")
    rows = await bot.services.db.fetch_all(
        "SELECT given_by, method FROM consents WHERE member_id = ?", (nina.id,)
    )
    assert {tuple(row) for row in rows} == {("guardian", "bot")}

    # The link worked once.
    again = await say(bot.server.add_user("Eve", language_code="en"), f"/start {token_in(invite)}")
    assert (again.text or "").startswith("🤔 This link isn't valid")

    # The guardian's own /start is a guardian's, never the youth onboarding (which would
    # refuse her as too old and forget the consent she gave).
    greeted = await say(mum, "/start")
    assert (greeted.text or "").startswith("Ciao Laura! Sei qui come genitore o tutore")
    # Later the guardian withdraws: asked first, then the member is paused at once.
    listing = await say(mum, "/guardian")
    await mum.press("⚙️ Nina", message=listing)
    await bot.server.wait_until(lambda _: listing.edits == 1)
    await mum.press("↩️ Ritira il consenso", message=listing)
    await bot.server.wait_until(lambda _: listing.edits == 2)
    assert "entro 7 giorni" in (listing.text or "")
    await mum.press("↩️ Sì, ritiro il consenso", message=listing)
    await bot.server.wait_until(lambda _: listing.edits == 3)
    paused = await nina.next_reply()
    assert (paused.text or "").startswith("⏸️ Your parent withdrew their consent")
    assert "You had no answers to upcoming events." in (paused.text or "")
    assert await bot.services.consents.granted(nina.id) == {
        "matching": False,
        "reminders": False,
        "announcements": False,
    }
    status = await say(nina, "/start")
    assert (status.text or "").startswith("⏸️ Your parent withdrew their consent, so your profile")


@pytest.mark.bot_settings(ADMIN_IDS=str(MODERATOR))
async def test_a_moderator_records_the_paper_form(bot: RunningBot) -> None:
    leo, explanation, _ = await thirteen(bot, "Leo")
    code = re.search(r"code: (\w{6})", explanation.text or "")
    assert code
    moderator = bot.server.add_user("Marta", language_code="it", user_id=MODERATOR)
    listing = await say(moderator, "/pending")
    assert code[1] in (listing.text or "")
    assert "Leo, ottobre 2012 — in attesa" in (listing.text or "")
    card = await say(moderator, f"/consent {code[1].lower()}")  # as typed off the paper
    assert (card.text or "").startswith("📝 Modulo di carta per Leo")
    await tick(moderator, "⬜ Visibile ai progetti", card)
    await moderator.press("📄 Modulo di carta", message=card)
    form = await moderator.next_reply()
    assert form.document is not None
    assert form.document[1].startswith(b"%PDF")
    await moderator.press("📝 Registra il modulo firmato", message=card)
    asked = await moderator.next_reply()
    assert "Nome e cognome del genitore" in (asked.text or "")
    assert "Scrivi solo nome e cognome" in ((await say(moderator, "mamma 3331234567")).text or "")
    relationship = await say(moderator, "Laura  Bianchi")
    when = await tap(moderator, "⚖️ Tutore legale", message=relationship)
    assert "nel futuro" in ((await say(moderator, "03/02/2026")).text or "")
    confirm = await say(moderator, "10/01/2026")
    text = confirm.text or ""
    assert "Chi si iscrive: Leo, nascita ottobre 2012" in text, text
    assert "Laura Bianchi — ⚖️ Tutore legale" in text
    assert "Firmato il: 10/01/2026" in text
    assert when.text is not None
    recorded = await tap(moderator, "📝 Registra il modulo firmato", message=confirm)
    assert (recorded.text or "").startswith("✅ Modulo registrato per Leo")
    assert (await leo.next_reply()).text == "🎉 Your parent gave the OK! Type /start to go on."
    rows = await bot.services.db.fetch_all(
        "SELECT purpose, granted, given_by, method FROM consents WHERE member_id = ?", (leo.id,)
    )
    assert {tuple(row) for row in rows} == {
        ("matching", 1, "guardian", "paper"),
        ("reminders", 0, "guardian", "paper"),
        ("announcements", 0, "guardian", "paper"),
    }
    audit = await bot.services.db.fetch_all("SELECT action FROM audit_log ORDER BY id")
    assert [row["action"] for row in audit] == ["guardian_consent.paper"]
    pending = await say(moderator, "/pending")
    assert (pending.text or "").startswith("Niente da fare")
    request = await bot.services.guardians.request_of(leo.id)
    assert request is not None
    assert (request.guardian_name, request.relationship) == ("Laura Bianchi", "legal_guardian")
    assert request.verified_by == MODERATOR  # a paper form is checked by whoever records it
    history = await say(moderator, f"/consent {code[1]}")
    assert "Consensi di Leo" in (history.text or "")
    assert "confermato" in (history.text or "")
    assert "consenso dato — ha scelto: ✅ Visibile ai progetti" in (history.text or "")
    assert "📝 Modulo di carta firmato il 10 gennaio 2026" in (history.text or "")
    assert "confermato — Marta, su carta" in (history.text or "")
    resumed = await say(leo, "/start")
    assert "What's your name?" in (resumed.text or "")


@pytest.mark.bot_settings(ADMIN_IDS=str(MODERATOR))
async def test_links_and_codes_that_must_not_work(bot: RunningBot) -> None:
    ugo, explanation, invite = await thirteen(bot, "Ugo")
    token = token_in(invite)
    # The member opening their own link.
    own = await say(ugo, f"/start {token}")
    assert (own.text or "").startswith("🙂 This link is for your parent")
    # A guessed link.
    stranger = bot.server.add_user("Sly", language_code="en")
    guessed = await say(stranger, "/start guardian_AAAAAAAAAAAAAAAAAAAAAAAA")
    assert (guessed.text or "").startswith("🤔 This link isn't valid")
    # A new link: the old one stops working.
    await ugo.press("🔄 New link", message=await say(ugo, "hi"))
    await ugo.next_reply()
    fresh = await ugo.next_reply()
    old = await say(stranger, f"/start {token}")
    assert (old.text or "").startswith("🤔 This link isn't valid")
    # Opened by one account, then by another.
    dad = bot.server.add_user("Dad", language_code="en")
    await say(dad, f"/start {token_in(fresh)}")
    taken = await say(stranger, f"/start {token_in(fresh)}")
    assert (taken.text or "").startswith("This link was already opened by another account")
    # /consent by a non-moderator, with an unknown code, with none.
    refused = await say(stranger, "/consent ABCDEF")
    assert refused.text == "This command is for moderators and admins."
    moderator = bot.server.add_user("Mod", language_code="en", user_id=MODERATOR)
    assert "No waiting request has the code ZZZZZZ" in (
        (await say(moderator, "/consent ZZZZZZ")).text or ""
    )
    assert "/consent K7QX2M" in ((await say(moderator, "/consent")).text or "")
    # Nothing moved.
    assert await bot.services.onboarding.step_of(ugo.id) is Step.GUARDIAN
    assert explanation.text is not None


async def test_an_expired_link_and_the_7_day_erasure(bot: RunningBot) -> None:
    ada, _, invite = await thirteen(bot, "Ada")
    bot.clock.advance(days=7, seconds=1)
    late = await say(bot.server.add_user("Mum", language_code="en"), f"/start {token_in(invite)}")
    assert (late.text or "").startswith("⌛ This link has expired. Ask Ada")
    erased = await bot.services.guardians.erase_expired()
    assert erased == 1
    assert await rows_about(bot, ada.id) == []


async def test_a_guardian_who_says_no_leaves_nothing_behind(bot: RunningBot) -> None:
    bea, _, invite = await thirteen(bot, "Bea")
    dad = bot.server.add_user("Dad", language_code="en")
    card = await open_as_guardian(dad, invite, "Marco Verdi")
    await dad.press("✖️ I don't consent", message=card)
    await bot.server.wait_until(lambda _: card.edits == 1)
    assert "we delete all of Bea's data at once" in (card.text or "")
    assert await bot.services.members.get(bea.id) is not None  # asked first: nothing gone yet
    await dad.press("⬅️ No, go back", message=card)
    await bot.server.wait_until(lambda _: card.edits == 2)
    await dad.press("✖️ I don't consent", message=card)
    await bot.server.wait_until(lambda _: card.edits == 3)
    await dad.press("✖️ Yes, I don't consent", message=card)
    told = await bea.next_reply()
    assert (told.text or "").startswith("Your parent didn't give the OK")
    await bot.server.wait_until(lambda _: card.edits == 4)
    assert (card.text or "").startswith("All right: we've deleted Bea's data.")
    assert await rows_about(bot, bea.id) == []


async def test_a_member_waiting_for_a_guardian_is_told_so_not_to_make_a_profile(
    bot: RunningBot,
) -> None:
    leo, _, _ = await thirteen(bot, "Leo")
    told = await say(leo, "/projects")
    assert told.text == (
        "⏳ We're waiting for your parent's OK: then you can use everything. /start shows where"
        " the request is."
    )
