"""The demo's history decided a report through the services, which redraw no card: each copy
of its card would still offer live buttons. Pressing one of them again, as the moderator who
decided it, makes the bot redraw that copy as decided, as it does for any stale card."""

from __future__ import annotations

from telegram_test_server import BotMessage, FakeTelegram, FakeTelegramError

from bot.sandbox.demo_history import HANDLED_REPORT
from bot.sandbox.people import EVERYONE, MODERATOR

_HANDLED = "ya:"  # a report card's actions; any of them on a decided report redraws the card


def _handled_cards(server: FakeTelegram) -> list[BotMessage]:
    """Every copy of the handled report's card still showing its buttons."""
    reporter = next(p.first_name for p in EVERYONE if p.key == HANDLED_REPORT[0])
    words = HANDLED_REPORT[2][:40]
    return [
        message
        for chat in server.state.bot_messages.values()
        for message in chat
        if message.inline_keyboard
        and words in (message.text or "")
        and reporter in (message.text or "")
    ]


async def redraw_decided_cards(server: FakeTelegram) -> int:
    """Press a decision button of each stale copy as the moderator; how many were pressed."""
    marco = server.state.users[MODERATOR.user_id]
    pressed = 0
    for card in _handled_cards(server):
        row, column = _decision_button(card)
        try:
            await marco.press_at(card, row, column)
        except FakeTelegramError:
            continue
        pressed += 1
    return pressed


def _decision_button(card: BotMessage) -> tuple[int, int]:
    for y, row in enumerate(card.inline_keyboard):
        for x, button in enumerate(row):
            if str(button.get("callback_data", "")).startswith(_HANDLED):
                return y, x
    return 0, 0
