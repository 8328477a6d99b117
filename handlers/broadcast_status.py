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
    return _day_words(screens, "until", until, zone, now)


def at_words(screens: Screens, at: datetime, zone: ZoneInfo, now: datetime) -> str:
    """ "at 08:00", "tomorrow at 08:00", or the whole day when further."""
    return _day_words(screens, "at", at, zone, now)


def _day_words(screens: Screens, kind: str, at: datetime, zone: ZoneInfo, now: datetime) -> str:
    there, today = at.astimezone(zone), now.astimezone(zone).date()
    time = there.strftime("%H:%M")
    if there.date() == today:
        return screens.text(f"broadcast-progress-{kind}-today", time=time)
    if there.date() == today + timedelta(days=1):
        return screens.text(f"broadcast-progress-{kind}-tomorrow", time=time)
    return screens.text(f"broadcast-progress-{kind}-day", when=when_words(screens, there, zone))


def shown_total(broadcast: Broadcast, counts: BroadcastCounts) -> int:
    """The number the sender was shown in the preview, or the copies if more joined since."""
    return max(counts.total, broadcast.previewed or 0)


def lost_since_preview(broadcast: Broadcast, counts: BroadcastCounts) -> int:
    """Members counted in the preview who were unreachable when the copies were fixed (they
    blocked the bot or switched announcements off in between): named, never silently gone."""
    return shown_total(broadcast, counts) - counts.total


def is_waiting(counts: BroadcastCounts) -> bool:
    """Some copies went (or none), the rest only wait for quiet hours to end: nothing is being
    sent now, so no bar, no time left."""
    return counts.held > 0 and counts.pending + counts.sending == 0


def waiting_words(screens: Screens, counts: BroadcastCounts, zone: ZoneInfo, now: datetime) -> str:
    """The one wording of "some sent, the rest wait for quiet hours", in the status message,
    the list and the detail of /broadcasts."""
    at = at_words(screens, counts.held_until, zone, now) if counts.held_until else ""
    return screens.text("broadcast-waiting", sent=counts.sent, held=counts.held, at=at)


def outcome_lines(
    screens: Screens,
    broadcast: Broadcast,
    counts: BroadcastCounts,
    zone: ZoneInfo,
    now: datetime,
) -> list[str]:
    """One line for each outcome some copies had, the sent ones first; copies that wait are
    said apart when `is_waiting` (by `waiting_words`)."""
    total = shown_total(broadcast, counts)
    lines = [screens.text("broadcast-progress-sent-of", sent=counts.sent, total=total)]
    for outcome in OUTCOMES[1:]:
        count = getattr(counts, outcome)
        if not count or (outcome == "held" and is_waiting(counts)):
            continue
        until = ""
        if outcome == "held" and counts.held_until is not None:
            until = until_words(screens, counts.held_until, zone, now)
        lines.append(screens.text(f"broadcast-progress-{outcome}", count=count, until=until))
    lost = lost_since_preview(broadcast, counts)
    if lost > 0:
        lines.append(screens.text("broadcast-progress-lost", count=lost))
    return lines


def what_line(screens: Screens, broadcast: Broadcast, event_title: str | None = None) -> str:
    words = preview(broadcast.body)
    if broadcast.kind == BroadcastKind.EVENT and not words and event_title:
        return screens.text("broadcast-progress-what-event-card", title=event_title)
    if broadcast.kind == BroadcastKind.EVENT and not words:
        return screens.text("broadcast-progress-what-event-card-gone")
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


Phase = Literal["cancelled", "running", "waiting", "final"]


def phase(status: BroadcastStatus) -> Phase:
    counts = status.counts
    if status.broadcast.state == BroadcastState.CANCELLED or (status.final and counts.cancelled):
        return "cancelled"
    if is_waiting(counts):
        return "waiting"
    return "final" if status.final else "running"


def _title(screens: Screens, status: BroadcastStatus, shown: Phase) -> str:
    number, counts = status.broadcast.id, status.counts
    if shown == "final" and counts.sent == 0:
        return screens.text("broadcast-progress-title-nobody", number=number)
    return screens.text(f"broadcast-progress-title-{shown}", number=number)


def _bar_line(screens: Screens, counts: BroadcastCounts) -> str:
    """What was tried (sent or not): copies that wait are not done, they are named beside."""
    tried = counts.total - counts.pending - counts.sending - counts.held
    return screens.text(
        "broadcast-progress-bar",
        bar=progress_bar(tried, counts.total),
        percent=percent(tried, counts.total),
        held=counts.held,
    )


def report_text(screens: Screens, status: BroadcastStatus, zone: ZoneInfo) -> str:
    counts, now = status.counts, status.now or datetime.now(zone)
    shown = phase(status)
    parts = [
        _title(screens, status, shown),
        what_line(screens, status.broadcast, status.event_title),
    ]
    if shown == "running":
        parts.append(_bar_line(screens, counts))
    if shown == "waiting":
        parts.append(waiting_words(screens, counts, zone, now))
    parts.append("\n".join(outcome_lines(screens, status.broadcast, counts, zone, now)))
    if shown == "running":
        parts.append(_left_line(screens, status.left))
    return "\n\n".join(parts)


def not_reached_count(counts: BroadcastCounts) -> int:
    return counts.total - counts.sent


def stop_button(
    screens: Screens, broadcast_id: int, counts: BroadcastCounts | None
) -> InlineKeyboardButton:
    """Stop while it goes out; while the rest only waits, what the button does is said."""
    press = BroadcastPress("stop", broadcast_id)
    if counts is not None and is_waiting(counts):
        return screens.button("button-broadcast-stop-held", press, count=counts.held)
    return screens.button("button-broadcast-stop", press)


def status_screen(screens: Screens, status: BroadcastStatus, zone: ZoneInfo) -> Screen:
    broadcast_id = status.broadcast.id
    rows: list[list[InlineKeyboardButton]] = []
    if phase(status) == "running":
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
