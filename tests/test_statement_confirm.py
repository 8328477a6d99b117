"""The statement for school's "is this right?" step: the name shown as it will be printed, ✅
makes it (once), ✏️ goes back to the first name, ✖️ makes and keeps nothing; the surname waits
for the press in memory only, and a restart asks for it again."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

import pytest
from telegram_test_server import FakeTelegram, FakeUser
from telegram_test_server.models import BotMessage

from bot.core.clock import FakeClock
from bot.core.settings import Settings
from handlers.statement_confirm import StatementConfirm
from tests.support.harness import RunningBot, running_bot
from tests.test_appeals import forge
from tests.test_hours import ASK, MAKE, code_in, first_asked, luca_with_hours, pdf_text
from tests.test_onboarding_flow import say, tap
from tests.test_projects_flow import member
from tests.test_staff import ADMIN, popup

pytestmark = pytest.mark.bot_settings(ADMIN_IDS=str(ADMIN))

CHANGE = "✏️ Change the name"
CANCEL = "✖️ Cancel"
ASK_AGAIN = (
    "⌛ Sorry, I don't have your surname any more: I only keep it for a few minutes and never"
    " save it anywhere. Type it again below and I'll show you the statement again before I"
    " make it."
)


async def surname_asked(luca: FakeUser) -> BotMessage:
    """/hours, the statement in English, the profile's first name: the surname's question."""
    first = await first_asked(luca, await say(luca, "/hours"))
    asked = await tap(luca, "✅ Luca", message=first)
    assert asked.text == ASK
    return asked


async def pressed_for_popup(user: FakeUser, message: BotMessage, label: str) -> str:
    """Press `label` on `message`: the pop-up the press is answered with."""
    before = len(user.callback_answers)
    await user.press(label, message=message)
    await user.wait_until(lambda u: len(u.callback_answers) > before)
    return popup(user)


def token_of(preview: BotMessage) -> str:
    """The token a preview's buttons carry (what a forged press would copy)."""
    data = StatementConfirm.decode(preview.inline_keyboard[0][0]["callback_data"])
    assert isinstance(data, StatementConfirm)
    return data.token


async def statements(bot: RunningBot) -> int:
    return len(await bot.services.db.fetch_all("SELECT 1 FROM hour_statements"))


async def the_pdf(luca: FakeUser) -> str:
    """The statement's PDF once it has come, as one line of text."""
    await luca.wait_until(lambda u: any(m.document for m in u.messages))
    await luca.wait_until(lambda u: (u.messages[-1].text or "").startswith("✅ Here's"))
    _, text = pdf_text(next(m for m in luca.messages if m.document).document)
    return " ".join(text.split())


async def test_a_name_typed_twice_is_pointed_out_and_changed_before_it_is_printed(
    bot: RunningBot,
) -> None:
    luca = await luca_with_hours(bot)
    await surname_asked(luca)
    # His whole name, in small letters, where the surname goes.
    preview = await say(luca, "luca rossi")
    assert preview.text == (
        "📄 Check it before I make it\nThe statement will say:\nLuca Luca Rossi\n"
        "School year 2025/26 · 2 events · 4 h 30 min\n\n"
        "🔠 I've added capitals, the way a name is written. If your school wants it written"
        ' another way, tap "Change the name".\n\n'
        '⚠️ "Luca" is in both the first name and the surname, so it would be printed twice.'
        ' If that\'s a mistake, tap "Change the name".\n\n'
        "Is this right? The name stays on the statement exactly like this."
    )
    assert preview.buttons == [[MAKE["en"]], [CHANGE], [CANCEL]]
    again = await tap(luca, CHANGE, message=preview)
    assert preview.buttons == []
    assert (again.text or "").startswith("📄 I'll make the statement of your hours")
    assert again.buttons == [["✅ Luca"]]  # the first name in one tap, as the first time
    assert (await tap(luca, "✅ Luca", message=again)).text == ASK
    corrected = await say(luca, "Rossi")
    assert corrected.text == (
        "📄 Check it before I make it\nThe statement will say:\nLuca Rossi\n"
        "School year 2025/26 · 2 events · 4 h 30 min\n\n"
        "Is this right? The name stays on the statement exactly like this."
    )
    assert await statements(bot) == 0  # nothing made before ✅
    await luca.press(MAKE["en"], message=corrected)
    flat = await the_pdf(luca)
    assert "This is to certify that Luca Rossi volunteered" in flat
    assert "Luca Luca" not in flat
    assert await statements(bot) == 1


async def test_cancel_makes_and_keeps_nothing(
    bot: RunningBot, db_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    luca = await luca_with_hours(bot)
    await surname_asked(luca)
    preview = await say(luca, "Verdolini")
    done = await tap(luca, CANCEL, message=preview)
    assert done.text == (
        "OK, no statement, and I've already forgotten the surname. Whenever you want it, it's"
        " in /hours 🙂"
    )
    assert preview.buttons == []
    assert await statements(bot) == 0
    assert await bot.services.db.fetch_all("SELECT 1 FROM audit_log WHERE action LIKE 'st%'") == []
    # The question is closed: the same word typed again is not a surname any more.
    later = await say(luca, "Verdolini")
    assert "Check it before I make it" not in (later.text or "")
    assert not any(m.document for m in luca.messages)
    await bot.services.db.checkpoint()
    assert b"verdolini" not in db_path.read_bytes().lower()
    assert "verdolini" not in caplog.text.lower()


async def test_a_double_tap_makes_one_statement(bot: RunningBot) -> None:
    luca = await luca_with_hours(bot)
    await surname_asked(luca)
    preview = await say(luca, "Rossi")
    await luca.press(MAKE["en"], message=preview)
    await luca.press(MAKE["en"], message=preview)  # before the first is answered
    await the_pdf(luca)
    sent = "I've already sent you the statement, just above 👆"
    await luca.wait_until(lambda u: sent in str(u.callback_answers))
    assert [answer.get("text") for answer in luca.callback_answers].count(sent) == 1
    assert sum(1 for m in luca.messages if m.document) == 1
    assert await statements(bot) == 1


async def test_make_after_a_restart_asks_for_the_surname_again(
    server: FakeTelegram,
    make_settings: Callable[..., Settings],
    clock: FakeClock,
    db_path: Path,
) -> None:
    settings = make_settings(TELEGRAM_API_URL=server.api_url, ADMIN_IDS=str(ADMIN))
    async with running_bot(server, settings, clock) as bot:
        luca = await luca_with_hours(bot)
        await surname_asked(luca)
        preview = await say(luca, "Bianchetti")
    # The surname lived in that process only: not in the database it leaves behind.
    assert b"bianchetti" not in db_path.read_bytes().lower()
    async with running_bot(server, settings, clock) as bot:
        told = await tap(luca, MAKE["en"], message=preview)
        assert told.text == ASK_AGAIN
        assert preview.buttons == []
        assert await statements(bot) == 0
        # Still at the surname's question: typed again, it is previewed and made.
        again = await say(luca, "Bianchetti")
        assert "Luca Bianchetti" in (again.text or "")
        await luca.press(MAKE["en"], message=again)
        assert "Luca Bianchetti volunteered" in await the_pdf(luca)


async def test_a_preview_left_a_quarter_of_an_hour_asks_again(bot: RunningBot) -> None:
    luca = await luca_with_hours(bot)
    await surname_asked(luca)
    preview = await say(luca, "Rossi")
    bot.clock.advance(minutes=16)
    assert (await tap(luca, MAKE["en"], message=preview)).text == ASK_AGAIN
    assert await statements(bot) == 0


async def test_only_the_newest_preview_and_only_hers(bot: RunningBot) -> None:
    luca = await luca_with_hours(bot)
    await surname_asked(luca)
    older = await say(luca, "Rosi")
    older_token = token_of(older)
    newer = await say(luca, "Rossi")  # a typo fixed by typing it again: a new preview
    await luca.wait_until(lambda _: not older.buttons)  # only the newest can be pressed
    # Pressed all the same (the edit did not reach her phone): it makes nothing.
    older_ok = StatementConfirm("ok", 2025, "en", older_token)
    assert await forge(luca, older, older_ok) == (
        "This button no longer works: use the ones on the newest message below."
    )
    assert await statements(bot) == 0
    # Someone else pressing a copy of his buttons: nothing of Luca's moves, nothing is made.
    sofia = await member(bot, "Sofia", "03/2011", ("climate",))
    token = token_of(newer)
    for action in ("ok", "edit", "no"):
        refused = await forge(
            sofia, await say(sofia, "/hours"), StatementConfirm(action, 2025, "en", token)
        )
        assert refused.startswith("This button no longer works"), refused
    assert await statements(bot) == 0
    assert not any(m.document for m in sofia.messages)
    # Luca's newest preview still makes his statement.
    await luca.press(MAKE["en"], message=newer)
    assert "Luca Rossi volunteered" in await the_pdf(luca)
    assert await statements(bot) == 1


async def test_cancel_command_forgets_the_name(bot: RunningBot) -> None:
    luca = await luca_with_hours(bot)
    await surname_asked(luca)
    preview = await say(luca, "Rossi")
    assert (await say(luca, "/cancel")).text == "OK, cancelled 👍"
    told = await pressed_for_popup(luca, preview, MAKE["en"])
    assert told.startswith("This button no longer works")
    assert await statements(bot) == 0
    assert not bot.services.statement_holds.holds_another(luca.id, "")


async def test_an_italian_statement_verifies_with_the_name_as_printed(bot: RunningBot) -> None:
    luca = await luca_with_hours(bot)
    assert await bot.services.members.choose_language(luca.id, "it")
    listing = await say(luca, "/hours")
    first = await tap(luca, "📄 Attestato per la scuola (PDF)", message=listing)
    await tap(luca, "✅ Luca", message=first)
    preview = await say(luca, "D'AMICO")
    assert "\nLuca D'Amico\n" in (preview.text or "")
    assert "🔠 Ho messo le maiuscole" in (preview.text or "")
    await luca.press(MAKE["it"], message=preview)
    await luca.wait_until(lambda u: (u.messages[-1].text or "").startswith("✅ Ecco"))
    _, text = pdf_text(next(m for m in luca.messages if m.document).document)
    flat = " ".join(text.split())
    assert "Si attesta che Luca D'Amico ha svolto" in flat
    found = await bot.services.hours.verify(code_in(flat), "d'amico", None)
    assert found.surname_matches is True


async def test_deleteme_forgets_a_name_waiting_for_its_press(bot: RunningBot) -> None:
    luca = await luca_with_hours(bot)
    await surname_asked(luca)
    preview = await say(luca, "Rossi")
    warning = await say(luca, "/deleteme")
    await luca.press("🗑️ Yes, delete everything", message=warning)
    await bot.server.wait_until(lambda _: warning.edits == 1)
    assert bot.services.statement_holds.preview_of(luca.id) is None
    told = await pressed_for_popup(luca, preview, MAKE["en"])
    assert told.startswith("This button no longer works")
    assert await statements(bot) == 0
