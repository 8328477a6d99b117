"""A button that draws its screen again with nothing new is answered "nothing has changed"
(Telegram refuses the identical edit with 400 "message is not modified"); one that changes the
screen is answered quietly."""

from __future__ import annotations

from telegram_test_server import FakeUser
from telegram_test_server.models import BotMessage

from tests.support.harness import RunningBot
from tests.test_guardian import thirteen, token_in
from tests.test_onboarding_flow import say

UNCHANGED = "👌 Already up to date: nothing has changed."
PRIVACY_WHO = "👥 Who holds the data, and why"


async def press(user: FakeUser, label: str, message: BotMessage) -> str:
    """Press a button; what its answer popped up ("" for a quiet one)."""
    before = len(user.callback_answers)
    await user.press(label, message=message)
    await user.wait_until(lambda u: len(u.callback_answers) > before)
    return str(user.callback_answers[-1].get("text") or "")


async def test_checking_a_guardian_request_with_no_news_says_so(bot: RunningBot) -> None:
    nina, _, invite = await thirteen(bot, "Nina")
    status = await say(nina, "/start")
    before = status.text
    assert (before or "").startswith("⏳ Waiting for your parent's OK.")
    assert "2026" in (before or "")  # the link's last day, with its year

    assert await press(nina, "🔍 Any news?", status) == UNCHANGED
    assert status.text == before
    assert status.buttons == [["🔄 New link", "🔍 Any news?"], ["📄 Paper form"]]

    # The parent opens the link: now the same button brings the news, quietly.
    mum = bot.server.add_user("Laura", language_code="it")
    await say(mum, f"/start {token_in(invite)}")
    assert await press(nina, "🔍 Any news?", status) == ""
    assert (status.text or "").startswith("👀 Your parent opened the link")
    # And again, with nothing new since.
    assert await press(nina, "🔍 Any news?", status) == UNCHANGED


async def test_a_double_tap_is_answered_not_failed(bot: RunningBot) -> None:
    ugo = bot.server.add_user("Ugo", language_code="en")
    notice = await say(ugo, "/privacy")
    first = notice.buttons[0][0]
    # Both taps leave before the bot draws the section: the second finds it drawn already.
    await ugo.press(first, message=notice)
    await ugo.press(first, message=notice)
    await ugo.wait_until(lambda u: len(u.callback_answers) == 2)
    assert [a.get("text") for a in ugo.callback_answers] == [None, UNCHANGED]
    assert (notice.text or "").startswith(PRIVACY_WHO)


async def test_a_message_too_old_to_change_says_its_button_no_longer_works(
    bot: RunningBot,
) -> None:
    ugo = bot.server.add_user("Ugo", language_code="it")
    notice = await say(ugo, "/privacy")
    shown = notice.text
    bot.server.inject_error("editMessageText", 400, "Bad Request: message can't be edited")
    assert await press(ugo, notice.buttons[0][0], notice) == (
        "Questo pulsante non è più attivo. Riprova dal messaggio più recente."
    )
    assert notice.text == shown
