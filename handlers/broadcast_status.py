"""The sender's status message of a broadcast, drawn from what bot/services/broadcast_progress.py
decided: while it goes out a bar, the counts and the time left, with a button to stop it; then
the final report, every outcome in plain words, with the list of those not reached as a CSV.
Also the same report when a broadcast is opened in /broadcasts."""

from __future__ import annotations

import logging
from datetime import datetime, timedelta
from typing import Literal
from zoneinfo import ZoneInfo

from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup
from telegram.error import BadRequest, Forbidden, TelegramError

from bot.core.i18n import Translator
from bot.domain.broadcast_progress import OUTCOMES, percent, preview, progress_bar, rough
from bot.services.broadcast_progress import BroadcastStatus, Edit
from handlers.event_screens import when_words
from handlers.kit.callback_data import CallbackData
from handlers.screens import Screen, Screens
from storage.broadcasts import Broadcast, BroadcastCounts, BroadcastKind, BroadcastState

logger = logging.getLogger(__name__)

_NOT_MODIFIED = "message is not modified"


Action = Literal["open", "stop", "stopok", "csv", "cancel", "cancelok", "time", "withdraw"]


class BroadcastPress(CallbackData, prefix="bh"):
    """A button about one broadcast: stop it, see who was not reached, cancel, change its time,
    withdraw it (each asks first where it cannot be undone)."""

    action: Action
    broadcast: int


def until_words(screens: Screens, until: datetime, zone: ZoneInfo, now: datetime) -> str:
    """ "until 08:00", "until tomorrow at 08:00", or the whole day when further."""
    there, today = until.astimezone(zone), now.astimezone(zone).date()
    time = there.strftime("%H:%M")
    if there.date() == today:
        return screens.text("broadcast-progress-until-today", time=time)
    if there.date() == today + timedelta(days=1):
        return screens.text("broadcast-progress-until-tomorrow", time=time)
    return screens.text("broadcast-progress-until-day", when=when_words(screens, there, zone))


def outcome_lines(
    screens: Screens, counts: BroadcastCounts, zone: ZoneInfo, now: datetime
) -> list[str]:
    """One line for each outcome some copies had, the sent ones first."""
    lines = [screens.text("broadcast-progress-sent-of", sent=counts.sent, total=counts.total)]
    for outcome in OUTCOMES[1:]:
        count = getattr(counts, outcome)
        if not count:
            continue
        until = ""
        if outcome == "held" and counts.held_until is not None:
            until = until_words(screens, counts.held_until, zone, now)
        lines.append(screens.text(f"broadcast-progress-{outcome}", count=count, until=until))
    return lines


def what_line(screens: Screens, broadcast: Broadcast) -> str:
    words = preview(broadcast.body)
    if broadcast.kind == BroadcastKind.EVENT and not words:
        return screens.text("broadcast-progress-what-event-card")
    if broadcast.kind == BroadcastKind.EVENT:
        return screens.text("broadcast-progress-what-event", preview=words)
    if not words and broadcast.media_kind:
        return screens.text(f"broadcast-progress-what-{broadcast.media_kind}")
    return screens.text("broadcast-progress-what", preview=words or "—")


def _left_line(screens: Screens, left: timedelta | None) -> str:
    if left is None:
        return screens.text("broadcast-progress-left-unknown")
    span = rough(left)
    return screens.text(f"broadcast-progress-left-{span.unit}", count=span.count)


def _title(screens: Screens, broadcast: Broadcast, counts: BroadcastCounts, final: bool) -> str:
    if broadcast.state == BroadcastState.CANCELLED or (final and counts.cancelled):
        return screens.text("broadcast-progress-title-cancelled")
    if not final:
        return screens.text("broadcast-progress-title-running")
    if counts.held:
        return screens.text("broadcast-progress-title-waiting")
    return screens.text("broadcast-progress-title-final")


def report_text(screens: Screens, status: BroadcastStatus, zone: ZoneInfo) -> str:
    counts, now = status.counts, status.now or datetime.now(zone)
    parts = [
        _title(screens, status.broadcast, counts, status.final),
        what_line(screens, status.broadcast),
    ]
    if not status.final:
        done = counts.total - counts.pending - counts.sending
        bar = progress_bar(done, counts.total)
        parts.append(
            screens.text("broadcast-progress-bar", bar=bar, percent=percent(done, counts.total))
        )
    parts.append("\n".join(outcome_lines(screens, counts, zone, now)))
    if not status.final:
        parts.append(_left_line(screens, status.left))
    return "\n\n".join(parts)


def not_reached_count(counts: BroadcastCounts) -> int:
    return counts.total - counts.sent


def status_screen(screens: Screens, status: BroadcastStatus, zone: ZoneInfo) -> Screen:
    broadcast_id = status.broadcast.id
    rows: list[list[InlineKeyboardButton]] = []
    if not status.final:
        rows.append([screens.button("button-broadcast-stop", BroadcastPress("stop", broadcast_id))])
    elif not_reached_count(status.counts):
        rows.append([screens.button("button-broadcast-csv", BroadcastPress("csv", broadcast_id))])
    return Screen(report_text(screens, status, zone), InlineKeyboardMarkup(rows) if rows else None)


class TelegramStatusBoard:
    """`StatusBoard` over the Bot API. The sender blocking the bot is no error: the broadcast
    goes on, and its report waits in /broadcasts."""

    def __init__(self, bot: Bot, translate: Translator, zone: ZoneInfo) -> None:
        self._bot = bot
        self._translate = translate
        self._zone = zone

    def _screen(self, language: str, status: BroadcastStatus) -> Screen:
        return status_screen(Screens(self._translate, language), status, self._zone)

    async def post(self, chat_id: int, language: str, status: BroadcastStatus) -> int | Edit:
        screen = self._screen(language, status)
        try:
            message = await self._bot.send_message(
                chat_id, screen.text, reply_markup=screen.keyboard
            )
        except TelegramError as error:
            return _failed(error, status.broadcast.id, editing=False)
        return message.message_id

    async def edit(
        self, chat_id: int, message_id: int, language: str, status: BroadcastStatus
    ) -> Edit:
        screen = self._screen(language, status)
        try:
            await self._bot.edit_message_text(
                screen.text, chat_id=chat_id, message_id=message_id, reply_markup=screen.keyboard
            )
        except TelegramError as error:
            return _failed(error, status.broadcast.id, editing=True)
        return Edit.DONE


def _failed(error: TelegramError, broadcast_id: int, *, editing: bool) -> Edit:
    """What Telegram's refusal means for the status message. A sender who blocked the bot is
    no error: the broadcast goes on without them watching."""
    if isinstance(error, Forbidden):
        logger.info("broadcast %d: its sender blocked the bot", broadcast_id)
        return Edit.UNREACHABLE
    if isinstance(error, BadRequest):
        if editing and _NOT_MODIFIED in error.message.casefold():
            return Edit.DONE  # it already read so
        logger.info("broadcast %d: status message not shown: %s", broadcast_id, error)
        return Edit.GONE if editing else Edit.UNREACHABLE
    logger.warning("broadcast %d: status message not shown now: %s", broadcast_id, error)
    return Edit.FAILED
