"""The demo's history decided applications and a report through the services, which redraw
no card: each copy of their cards would still offer live buttons. Pressing one of a stale
card's buttons, as the person the card went to, makes the bot redraw it as decided, as it does
for any late press; so the tester never finds a live button on something already decided."""

from __future__ import annotations

from telegram_test_server import BotMessage, FakeTelegram, FakeTelegramError

from bot.sandbox.demo_history import HANDLED_REPORT
from bot.sandbox.demo_projects import APPLICATIONS
from bot.sandbox.demo_staff import STAFF
from bot.sandbox.people import EVERYONE, MODERATOR

# The buttons a late press redraws the card on: a report card's actions, Accept on an
# application, Confirm on a staff invitation (the demo confirmed every one).
_REPORT_ACTION = "ya:"
_ACCEPT = "rv:a:"
_CONFIRM_STAFF = "sv:ok:"


def _first_name(key: str) -> str:
    return next(p.first_name for p in EVERYONE if p.key == key)


def _decided(message: BotMessage) -> tuple[int, int] | None:
    """The button to press on a card the demo decided, if `message` is one."""
    text = message.text or ""
    report = HANDLED_REPORT[2][:40] in text and _first_name(HANDLED_REPORT[0]) in text
    for y, row in enumerate(message.inline_keyboard):
        for x, button in enumerate(row):
            data = str(button.get("callback_data", ""))
            if report and data.startswith(_REPORT_ACTION):
                return y, x
            if data.startswith(_ACCEPT) and _accepted_card(text):
                return y, x
            if data.startswith(_CONFIRM_STAFF) and any(name in text for _, _, name in STAFF):
                return y, x
    return None


def _accepted_card(text: str) -> bool:
    return any(
        f"👤 {_first_name(member)} ·" in text and (note is None or note in text)
        for member, _, note, accepted in APPLICATIONS
        if accepted
    )


async def redraw_decided_cards(server: FakeTelegram) -> int:
    """Press a button of each stale card as the person (the moderator, in a group) it went to;
    how many were pressed."""
    pressed = 0
    users = server.state.users
    for chat_id, messages in list(server.state.bot_messages.items()):
        presser = users.get(chat_id) or users[MODERATOR.user_id]
        for message in list(messages):
            where = _decided(message) if message.inline_keyboard else None
            if where is None:
                continue
            try:
                await presser.press_at(message, *where)
            except FakeTelegramError:
                continue
            pressed += 1
    return pressed
