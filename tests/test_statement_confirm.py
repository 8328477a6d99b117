"""The statement for school's "is this right?" step: the name shown as it will be printed, ✅
makes it (once), ✏️ goes back to the first name, ✖️ makes and keeps nothing; the surname waits
for the press in memory only, and a restart asks for it again."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest
from telegram_test_server import FakeTelegram, FakeUser
from telegram_test_server.models import BotMessage

from bot.core.clock import FakeClock
from bot.core.settings import Settings
from bot.services.statement_holds import Previewed, StatementHolds
from handlers.statement_confirm import StatementConfirm
from tests.support.credited_hours import credited
from tests.support.harness import RunningBot, running_bot
from tests.test_appeals import forge
from tests.test_hours import ASK, MAKE, code_in, first_asked, luca_with_hours, pdf_text
from tests.test_onboarding_flow import say, tap
from tests.test_projects_flow import member
from tests.test_staff import ADMIN, popup

pytestmark = pytest.mark.bot_settings(ADMIN_IDS=str(ADMIN))

CHANGE = "✏️ First name"
CHANGE_SURNAME = "✏️ Surname"
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


async def test_a_first_name_typed_in_the_surname_is_taken_out_of_it(bot: RunningBot) -> None:
    luca = await luca_with_hours(bot)
    await surname_asked(luca)
    # His whole name, in small letters, where the surname goes.
    preview = await say(luca, "luca rossi")
    assert preview.text == (
        "📄 Check it before I make it\nThe statement will say:\nLuca Rossi\n"
        "School year 2025/26 · 2 events · 4 h 30 min\n\n"
        '✂️ I took "Luca" out of the surname: it\'s the first name.\n\n'
        "🔠 I've added capitals, the way a name is written. If your school wants it written"
        " another way, tap ✏️ below.\n\n"
        "Is this right? The name stays on the statement exactly like this."
    )
    assert preview.buttons == [[MAKE["en"]], [CHANGE, CHANGE_SURNAME], [CANCEL]]
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


async def test_a_surname_typed_in_the_first_name_is_never_kept(bot: RunningBot) -> None:
    luca = await luca_with_hours(bot)
    await first_asked(luca, await say(luca, "/hours"))
    # A 14-year-old's walk: her whole name in the first name's box, then the surname.
    assert "in the name of Luca Rossi" not in ((await say(luca, "luca rossi")).text or "")
    preview = await say(luca, "rossi")
    lines = (preview.text or "").split("\n")
    assert lines[2] == "Luca Rossi"
    assert '✂️ I took "Rossi" out of the first name: it\'s the surname.' in lines
    await luca.press(MAKE["en"], message=preview)
    assert "This is to certify that Luca Rossi volunteered" in await the_pdf(luca)
    kept = await bot.services.db.fetch_all("SELECT first_name FROM hour_statements")
    assert [row[0] for row in kept] == ["Luca"]
    exported = str(await bot.services.privacy.export(luca.id))
    assert "rossi" not in exported.lower()


async def test_a_georgian_surname_is_printed_as_typed(bot: RunningBot) -> None:
    luca = await luca_with_hours(bot)
    await surname_asked(luca)
    preview = await say(luca, "ბერიძე")
    assert (preview.text or "").split("\n")[2] == "Luca ბერიძე"
    assert "🔠" not in (preview.text or "")
    await luca.press(MAKE["en"], message=preview)
    assert "Luca ბერიძე volunteered" in await the_pdf(luca)


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
    for action in ("ok", "first", "last", "no"):
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
    assert (await say(luca, "/cancel")).text == (
        "OK, no statement, and I've already forgotten the surname. Whenever you want it, it's"
        " in /hours 🙂"
    )
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


async def test_yes_typed_under_the_preview_is_no_surname(bot: RunningBot) -> None:
    luca = await luca_with_hours(bot)
    await surname_asked(luca)
    preview = await say(luca, "Verdolini")
    for typed in ("yes", "Sì!", "ok.", "va bene", "NO"):
        told = await say(luca, typed)
        assert told.text == (
            "👆 To make the statement tap ✅ in the message above, or ✏️ to change the name."
        ), typed
    assert preview.buttons == [[MAKE["en"]], [CHANGE, CHANGE_SURNAME], [CANCEL]]
    await luca.press(MAKE["en"], message=preview)
    assert "Luca Verdolini volunteered" in await the_pdf(luca)


async def test_change_the_surname_only_keeps_the_first_name(bot: RunningBot) -> None:
    luca = await luca_with_hours(bot)
    # A first name typed, then a surname with a typo.
    await first_asked(luca, await say(luca, "/hours"))
    await say(luca, "Gianluca")
    preview = await say(luca, "Rosi")
    token = token_of(preview)
    asked = await tap(luca, CHANGE_SURNAME, message=preview)
    assert preview.buttons == []
    assert (asked.text or "").startswith(
        "📄 I'll make the statement of your hours for the school year 2025/26, in the name of"
        " Gianluca."
    )
    again = await say(luca, "Rossi")
    assert (again.text or "").split("\n")[2] == "Gianluca Rossi"
    # A second tap of the same ✏️, sent before its buttons went: quietly nothing.
    assert await forge(luca, preview, StatementConfirm("last", 2025, "en", token)) == ""
    assert again.buttons == [[MAKE["en"]], [CHANGE, CHANGE_SURNAME], [CANCEL]]


async def test_a_double_tap_on_cancel_is_answered_quietly(bot: RunningBot) -> None:
    luca = await luca_with_hours(bot)
    await surname_asked(luca)
    preview = await say(luca, "Rossi")
    token = token_of(preview)
    await tap(luca, CANCEL, message=preview)
    # The second press of the same ✖️ (sent before the first took the buttons off).
    assert await forge(luca, preview, StatementConfirm("no", 2025, "en", token)) == ""
    assert await forge(luca, preview, StatementConfirm("first", 2025, "en", token)) == ""
    assert not any(m.document for m in luca.messages)


async def test_hours_changed_before_make_show_the_preview_again(bot: RunningBot) -> None:
    luca = await luca_with_hours(bot)
    await surname_asked(luca)
    preview = await say(luca, "Rossi")
    # An organiser marks him at one more event while the preview waits.
    await credited(bot, luca.id, "Mercatino", datetime(2026, 1, 11, 9, tzinfo=UTC), 60)
    again = await tap(luca, MAKE["en"], message=preview)
    assert (again.text or "").startswith(
        "📄 Check it before I make it\nThe statement will say:\nLuca Rossi\n"
        "School year 2025/26 · 3 events · 5 h 30 min\n\n"
        "🔄 Your hours have changed in the meantime: here are the numbers now."
    )
    assert preview.buttons == []
    assert await statements(bot) == 0
    await luca.press(MAKE["en"], message=again)
    assert "Total hours in the school year 2025/26: 5 h 30 min" in await the_pdf(luca)


async def test_a_new_statement_or_another_command_forgets_the_name(bot: RunningBot) -> None:
    luca = await luca_with_hours(bot)
    await surname_asked(luca)
    await say(luca, "Rossi")
    holds = bot.services.statement_holds
    assert holds.waiting(luca.id) is not None
    await first_asked(luca, await say(luca, "/hours"))
    assert holds.waiting(luca.id) is None
    await tap(luca, "✅ Luca", message=luca.messages[-1])
    await say(luca, "Rossi")
    assert holds.waiting(luca.id) is not None
    await say(luca, "/events")
    assert holds.waiting(luca.id) is None


def test_a_name_held_goes_when_its_quarter_of_an_hour_is_up() -> None:
    timers: list[tuple[float, Callable[[], None]]] = []

    class Timer:
        cancelled = False

        def cancel(self) -> None:
            self.cancelled = True

    def schedule(delay: float, callback: Callable[[], None]) -> Timer:
        timers.append((delay, callback))
        return Timer()

    clock = FakeClock(datetime(2026, 1, 12, 18, tzinfo=UTC))
    holds = StatementHolds(clock=clock, schedule=schedule)
    holds.hold(7, Previewed(2025, "it", "Luca", "Rossi", 2, 270))
    (delay, expire), *_ = timers
    assert delay == 15 * 60
    expire()  # nobody came back: nothing else runs, and the name goes all the same
    assert holds.waiting(7) is None
    # A newer hold is not dropped by the older one's timer.
    held = holds.hold(7, Previewed(2025, "it", "Luca", "Rossi", 2, 270))
    newer = holds.hold(7, Previewed(2025, "it", "Luca", "Bianchi", 2, 270))
    timers[1][1]()
    assert holds.waiting(7) == newer != held


async def test_a_replaced_preview_that_cannot_be_edited_shows_no_error(bot: RunningBot) -> None:
    luca = await luca_with_hours(bot)
    await surname_asked(luca)
    await say(luca, "Rosi")
    # Not a BadRequest, and not retried (a 5xx is, for a few seconds): any TelegramError.
    refused = ("editMessageReplyMarkup", 403, "Forbidden: not allowed now")
    bot.server.inject_error(*refused)
    newer = await say(luca, "Rossi")  # the older preview keeps its buttons: no error for her
    await bot.server.wait_until(
        lambda s: any(call.injected for call in s.calls_to("editMessageReplyMarkup"))
    )
    assert (newer.text or "").split("\n")[2] == "Luca Rossi"
    # Nor when the used preview's buttons cannot be taken off: the statement kept is sent.
    bot.server.inject_error(*refused)
    await luca.press(MAKE["en"], message=newer)
    assert "Luca Rossi volunteered" in await the_pdf(luca)
