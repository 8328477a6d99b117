"""A new event announced: the question asked when Publish is pressed (who hears of it, with how
many each choice reaches now), what the coordinator is told after, and the card each member's
copy shows, with Going / Maybe working as in /events (`AnswerEvent`, the same data)."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Coroutine, Sequence
from datetime import datetime
from typing import Any, Literal

from telegram import Bot, InlineKeyboardMarkup
from telegram.error import TelegramError

from bot.core.i18n import Html
from bot.core.log_lines import chat_ref
from bot.domain.event_audience import Reach
from bot.services.draft_flow import Draft
from bot.services.event_announcements import Announced, DeliveredCopy, Option
from bot.wiring import Services
from handlers.event_screens import CopyState, when_with_year, when_words
from handlers.events import announcement_screen, project_title
from handlers.kit.callback_data import CallbackData
from handlers.kit.context import BotContext
from handlers.kit.person import Person
from handlers.screens import Screen, Screens
from storage.broadcasts import BroadcastState
from storage.events import Event

logger = logging.getLogger(__name__)

EMOJI = {Reach.EVERYONE: "📣", Reach.PARTICIPANTS: "👥", Reach.NOBODY: "🔕"}

EventRender = Callable[[Screens, int, str], Awaitable[Screen | None]]
Spawn = Callable[[Coroutine[Any, Any, None]], object]


class Announce(CallbackData, prefix="bv"):
    """Who hears of the event being published, or back to its preview."""

    who: Literal["all", "project", "none", "back"]


def _count_words(screens: Screens, option: Option) -> str:
    count = option.count
    if count is None:
        return ""
    if count.total == 0:
        return screens.text("announce-reaches-nobody")
    if count.minors:
        words = screens.text("announce-reaches-minors", total=count.total, minors=count.minors)
    else:
        words = screens.text("announce-reaches", total=count.total)
    if option.needs_approval:
        words += " " + screens.text("announce-approval-first")
    return words


def choice_screen(
    screens: Screens,
    title: str,
    project: str | None,
    options: list[Option],
    chosen: str | None = None,
) -> Screen:
    """Publish pressed: who should hear of it, each choice with whom it reaches now (`chosen`:
    the one pressed before a restart cut the publishing short, marked)."""
    lines, rows = [], []
    for option in options:
        reach, count = option.reach, option.count
        words = _count_words(screens, option)
        lines.append(
            screens.text(f"announce-option-{reach.value}", project=project or "—", reaches=words)
        )
        total = 0 if count is None else count.total
        label = screens.label(f"announce-button-{reach.value}", total=total)
        mark = "• " if reach.value == chosen else ""
        rows.append([Announce(reach.value).button(f"{mark}{label}")])
    rows.append([screens.button("announce-button-back", Announce("back"))])
    text = screens.text("announce-question", title=title, options=Html("\n\n".join(lines)))
    return Screen(text, InlineKeyboardMarkup(rows))


async def announce_screen(context: BotContext, person: Person, draft: Draft) -> Screen:
    services = context.services
    event = services.event_drafts.event_of(draft)
    options = await services.event_announcements.options(person.id, event)
    project = await project_title(services, await services.event_drafts.preview(draft))
    chosen = draft.data.get("announce")
    return choice_screen(person.screens, event.title, project, options, chosen)


def announced_text(screens: Screens, announced: Announced, services: Services) -> str:
    """What happened to the announcement, in plain words (rule 27)."""
    count = announced.count
    if announced.state is None or count is None:
        key = "announce-told-nobody" if announced.reach is Reach.NOBODY else "announce-fits-nobody"
        return screens.text(key)
    if announced.state is BroadcastState.AWAITING_APPROVAL:
        key = "announce-waits-minors" if count.minors else "announce-waits"
        return screens.text(key, total=count.total, minors=count.minors)
    text = screens.text("announce-going", total=count.total)
    if count.minors_in_quiet_now and count.quiet_until is not None:
        until = when_words(screens, count.quiet_until, services.settings.zone)
        text += "\n" + screens.text("announce-quiet", minors=count.minors_in_quiet_now, until=until)
    return text


# --- the copies -------------------------------------------------------------------------------


def copy_renderer(services: Services) -> EventRender:
    """The event card of a broadcast's copy (of a series: its next open date); None when
    nothing is left to answer (gone, cancelled or started): that copy is not sent."""

    async def render(screens: Screens, event_id: int, body: str) -> Screen | None:
        event = await services.event_announcements.showing(event_id)
        if event is None:
            return None
        return await announcement_screen(services, screens, event, body, CopyState())

    return render


class TelegramCopyRedraws:
    """`CopyRedraws` over the Bot API: the copies edited one after the other in the
    background (the rate limiter paces them like any message), each in its reader's language
    with their answer marked; whatever Telegram refuses is left as it was."""

    def __init__(self, bot: Bot, services: Services, spawn: Spawn) -> None:
        self._bot = bot
        self._services = services
        self._spawn = spawn

    def redraw(self, event: Event, copies: Sequence[DeliveredCopy], was: datetime | None) -> None:
        self._spawn(self._edit_all(event, list(copies), was))

    async def _edit_all(
        self, event: Event, copies: list[DeliveredCopy], was: datetime | None
    ) -> None:
        services = self._services
        for copy in copies:
            screens = Screens(services.translate, copy.language)
            now = services.clock.now()
            was_words = when_with_year(screens, was, services.settings.zone, now) if was else None
            state = CopyState(answer=copy.answer, was=was_words)
            screen = await announcement_screen(services, screens, event, copy.body, state)
            try:
                await self._bot.edit_message_text(
                    screen.text,
                    chat_id=copy.chat_id,
                    message_id=copy.message_id,
                    reply_markup=screen.keyboard,
                )
            except TelegramError as error:
                # Blocked, too old, deleted, or already so: that copy stays as it is.
                logger.info(
                    "announcement copy in chat %s not redrawn: %s", chat_ref(copy.chat_id), error
                )
