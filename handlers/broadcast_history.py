"""/broadcasts: a staff member's announcements, newest first, a page at a time, each with its
day, first words, audience and what happened to its copies; one opened shows its report and
what may still change (stop it, cancel it, change its time, withdraw it), and the list of those
not reached as a CSV. The service authorizes every press when it runs."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated
from zoneinfo import ZoneInfo

from telegram import CallbackQuery, InlineKeyboardButton, InlineKeyboardMarkup, InputFile, Update

from bot.domain.not_reached import not_reached_csv
from bot.domain.when import parse_when
from bot.services.broadcast_history import Change, Line
from bot.services.pending import PendingInput
from handlers.broadcast_status import (
    Action,
    BroadcastPress,
    is_waiting,
    outcome_lines,
    shown_total,
    stop_button,
    waiting_words,
    what_line,
)
from handlers.common import reply, send
from handlers.event_screens import when_words
from handlers.kit.callback_data import CallbackData, Shape
from handlers.kit.context import BotContext
from handlers.kit.edits import redraw
from handlers.kit.guards import button, refuse_button
from handlers.kit.person import Person
from handlers.screens import Screen, Screens, pager
from storage.broadcasts import BroadcastState

PER_PAGE = 5  # two short lines each, and a button each: one phone screen
NEW_TIME = "broadcast-time"
STARTED_TAGS = frozenset(
    {BroadcastState.SENDING, BroadcastState.DONE, BroadcastState.CANCELLED}
)  # the question waiting for a new day and time
REASONS = frozenset(
    {
        "pending",
        "sending",
        "held",
        "blocked",
        "switched_off",
        "failed",
        "unknown",
        "gone",
        "cancelled",
    }
)


class HistoryPage(CallbackData, prefix="bhp"):
    page: Annotated[int, Shape(r"[0-9]{1,4}")]


async def list_broadcasts(update: Update, context: BotContext, person: Person) -> None:
    if not person.is_staff:
        await reply(context, person, await _refusal(context, person))
        return
    await send(context, person, await history_screen(context, person, 0))


async def _refusal(context: BotContext, person: Person) -> str:
    """/broadcasts is the staff's: one who was on it is told they no longer are (not that it
    is for some other role); anyone else, that it is the staff's."""
    former = person.id in await context.services.staff.names()
    return "broadcasts-no-longer-staff" if former else "staff-only"


@button(HistoryPage)
async def history_page(
    query: CallbackQuery, context: BotContext, person: Person, data: HistoryPage
) -> None:
    if not person.is_staff:
        key = await _refusal(context, person)
        await refuse_button(query, person, key, "of /broadcasts without a role")
        return
    await redraw(query, person, await history_screen(context, person, data.page))


async def history_screen(context: BotContext, person: Person, page: int) -> Screen:
    history = context.services.broadcast_history
    found = await history.page(person.id, page, PER_PAGE)
    pages = max(1, (found.total + PER_PAGE - 1) // PER_PAGE)
    if page >= pages:  # a list that shrank, or a forged page
        page = pages - 1
        found = await history.page(person.id, page, PER_PAGE)
    screens = person.screens
    if found.total == 0:
        return Screen(screens.text("broadcasts-empty"))
    zone, now = context.services.settings.zone, context.services.clock.now()
    # Each is called by its number, the one every notice about it carries ("n. 3").
    lines = [_line_text(screens, line, zone, now) for line in found.lines]
    heading = screens.text(
        "broadcasts-heading-all" if found.everyone else "broadcasts-heading",
        count=found.total,
        page=page + 1,
        pages=pages,
    )
    opens = [
        screens.button(
            "broadcasts-open", BroadcastPress("open", line.broadcast.id), number=line.broadcast.id
        )
        for line in found.lines
    ]
    rows = [opens]
    nav = pager(screens, HistoryPage, page, PER_PAGE, found.total)
    if nav:
        rows.append(nav)
    return Screen(heading + "\n\n" + "\n\n".join(lines), InlineKeyboardMarkup(rows))


def _line_text(screens: Screens, line: Line, zone: ZoneInfo, now: datetime) -> str:
    broadcast = line.broadcast
    day = broadcast.created_at.astimezone(zone).strftime("%d/%m")
    return screens.text(
        "broadcasts-line",
        number=broadcast.id,
        day=day,
        what=what_line(screens, broadcast, line.event_title),
        state=_state_words(screens, line, zone, now),
    )


def _state_words(screens: Screens, line: Line, zone: ZoneInfo, now: datetime) -> str:
    broadcast, counts = line.broadcast, line.counts
    args: dict[str, object] = {"sent": 0, "total": broadcast.recipients or 0, "held": 0}
    if counts is not None:
        if is_waiting(counts) and broadcast.state != BroadcastState.CANCELLED:
            return waiting_words(screens, counts, zone, now)
        args.update(sent=counts.sent, total=shown_total(broadcast, counts), held=counts.held)
    if broadcast.state == BroadcastState.CANCELLED and counts is None:
        return screens.text("broadcasts-state-unsent")
    if broadcast.state == BroadcastState.SCHEDULED and broadcast.send_at is not None:
        args["when"] = when_words(screens, broadcast.send_at, zone)
    elif broadcast.state == BroadcastState.SCHEDULED:
        args["when"] = "—"
    return screens.text(f"broadcasts-state-{broadcast.state}", **args)


# --- one broadcast ---------------------------------------------------------------------------


def _buttons(screens: Screens, line: Line) -> list[list[InlineKeyboardButton]]:
    broadcast_id, state = line.broadcast.id, line.broadcast.state
    rows: list[list[InlineKeyboardButton]] = []
    if state == BroadcastState.SENDING:
        rows.append([stop_button(screens, broadcast_id, line.counts)])
    elif state == BroadcastState.SCHEDULED:
        rows.append(
            [
                screens.button("button-broadcast-time", BroadcastPress("time", broadcast_id)),
                screens.button("button-broadcast-cancel", BroadcastPress("cancel", broadcast_id)),
            ]
        )
    elif state == BroadcastState.AWAITING_APPROVAL:
        rows.append(
            [
                screens.button("button-broadcast-time", BroadcastPress("time", broadcast_id)),
                screens.button(
                    "button-broadcast-withdraw", BroadcastPress("withdraw", broadcast_id)
                ),
            ]
        )
    counts = line.counts
    if counts is not None and counts.total - counts.sent > 0:
        rows.append([screens.button("button-broadcast-csv", BroadcastPress("csv", broadcast_id))])
    rows.append([screens.button("button-broadcasts-back", HistoryPage(0))])
    return rows


def detail_screen(screens: Screens, line: Line, zone: ZoneInfo, now: datetime) -> Screen:
    broadcast = line.broadcast
    # Once started, the report below says how it went: the heading only says where it stands.
    started = line.counts is not None
    if started and line.counts is not None and is_waiting(line.counts):
        state = waiting_words(screens, line.counts, zone, now)
    elif started and broadcast.state in STARTED_TAGS:
        state = screens.text(f"broadcasts-tag-{broadcast.state}")
    else:
        state = _state_words(screens, line, zone, now)
    heading = [
        screens.text("broadcasts-detail-heading", number=broadcast.id),
        screens.text(
            "broadcasts-detail-written", day=when_words(screens, broadcast.created_at, zone)
        ),
        _went_words(screens, line, zone),
        state,
    ]
    parts = [
        "\n".join(part for part in heading if part),
        what_line(screens, broadcast, line.event_title),
    ]
    if broadcast.state == BroadcastState.REJECTED and broadcast.reject_reason:
        parts.append(screens.text("broadcasts-rejected-why", reason=broadcast.reject_reason))
    if line.counts is not None:
        parts.append("\n".join(outcome_lines(screens, broadcast, line.counts, zone, now)))
    return Screen("\n\n".join(parts), InlineKeyboardMarkup(_buttons(screens, line)))


def _went_words(screens: Screens, line: Line, zone: ZoneInfo) -> str:
    """When it went out, or will: a line of its own, apart from when it was written."""
    broadcast = line.broadcast
    if broadcast.started_at is not None:
        return screens.text(
            "broadcasts-detail-went", when=when_words(screens, broadcast.started_at, zone)
        )
    if broadcast.send_at is not None and broadcast.state == BroadcastState.AWAITING_APPROVAL:
        return screens.text(
            "broadcasts-detail-goes", when=when_words(screens, broadcast.send_at, zone)
        )
    return ""


async def _detail(context: BotContext, person: Person, broadcast_id: int) -> Screen | None:
    services = context.services
    line = await services.broadcast_history.open(person.id, broadcast_id)
    if line is None:
        return None
    return detail_screen(person.screens, line, services.settings.zone, services.clock.now())


CONFIRMS = {"stop": "broadcasts-confirm-stop", "cancel": "broadcasts-confirm-cancel"}
YES: dict[str, Action] = {"stop": "stopok", "cancel": "cancelok"}


@button(BroadcastPress)
async def broadcast_press(
    query: CallbackQuery, context: BotContext, person: Person, data: BroadcastPress
) -> None:
    if not person.is_staff:  # demoted since the button was drawn
        key = await _refusal(context, person)
        await refuse_button(query, person, key, "of /broadcasts without a role")
        return
    screen = await _detail(context, person, data.broadcast)
    if screen is None:  # not theirs, or gone
        await refuse_button(query, person, "button-expired", f"for broadcast {data.broadcast}")
        return
    if data.action in CONFIRMS:
        await _ask_first(query, context, person, data)
    elif data.action in {"stopok", "cancelok", "withdraw"}:
        await _change(query, context, person, data)
    elif data.action == "csv":
        await _send_csv(query, context, person, data.broadcast)
    elif data.action == "time":
        await context.services.pending.expect(person.id, NEW_TIME, data.broadcast)
        await query.answer()
        await reply(context, person, "broadcasts-ask-time")
    else:
        await redraw(query, person, screen)


async def _ask_first(
    query: CallbackQuery, context: BotContext, person: Person, data: BroadcastPress
) -> None:
    """Nothing that cannot be undone happens on one tap. On the status message, which the
    progress keeps redrawing, the question comes as a message of its own."""
    keyboard = InlineKeyboardMarkup(
        [
            [
                person.screens.button(
                    f"button-{CONFIRMS[data.action]}",
                    BroadcastPress(YES[data.action], data.broadcast),
                )
            ],
            [
                person.screens.button(
                    "button-broadcasts-keep", BroadcastPress("open", data.broadcast)
                )
            ],
        ]
    )
    screen = Screen(person.text(CONFIRMS[data.action]), keyboard)
    if await _is_status_message(context, query, data.broadcast):
        await query.answer()
        await send(context, person, screen)
        return
    await redraw(query, person, screen)


async def _is_status_message(context: BotContext, query: CallbackQuery, broadcast_id: int) -> bool:
    broadcast = await context.services.broadcast_history.repository.get(broadcast_id)
    message = query.message
    return (
        broadcast is not None
        and message is not None
        and broadcast.status_message_id == message.message_id
    )


async def _change(
    query: CallbackQuery, context: BotContext, person: Person, data: BroadcastPress
) -> None:
    history = context.services.broadcast_history
    if data.action == "stopok":
        change = await history.stop(person.id, data.broadcast)
    else:
        change = await history.cancel(person.id, data.broadcast)
    if change is Change.NOT_ALLOWED:
        await refuse_button(
            query, person, "button-expired", f"to change broadcast {data.broadcast}"
        )
        return
    screen = await _detail(context, person, data.broadcast)
    key = f"broadcasts-{data.action}-done"
    hint = person.text(key)
    if change is Change.ALREADY:
        hint = await _already_words(context, person, data.broadcast)
    if screen is None:
        await query.answer(hint, show_alert=True)
        return
    await redraw(query, person, screen.with_hint(hint))


async def _already_words(context: BotContext, person: Person, broadcast_id: int) -> str:
    """What had happened to it meanwhile, in words (a second tap, or someone else's). A second
    tap on one's own stop still says what they did, and when."""
    services = context.services
    broadcast = await services.broadcast_history.repository.get(broadcast_id)
    state = broadcast.state if broadcast is not None else BroadcastState.CANCELLED
    if (
        broadcast is not None
        and state == BroadcastState.CANCELLED
        and broadcast.started_at is not None
        and broadcast.finished_at is not None
    ):
        # Stopped while it went out: "stopped", the one word the list and the detail use.
        time = broadcast.finished_at.astimezone(services.settings.zone).strftime("%H:%M")
        yours = broadcast.cancelled_by == person.id
        return person.text(f"broadcasts-stopok-{'yours' if yours else 'already'}", time=time)
    if state in {BroadcastState.CANCELLED, BroadcastState.SENDING, BroadcastState.DONE}:
        return person.text(f"broadcasts-already-{state}")
    return person.text("broadcasts-already-changed")


async def _send_csv(
    query: CallbackQuery, context: BotContext, person: Person, broadcast_id: int
) -> None:
    services = context.services
    rows = await services.broadcast_history.not_reached(person.id, broadcast_id)
    broadcast = await services.broadcast_history.repository.get(broadcast_id)
    if rows is None or broadcast is None:
        await refuse_button(query, person, "button-expired", f"for broadcast {broadcast_id}")
        return
    await query.answer()
    if not rows:
        await reply(context, person, "broadcasts-csv-nobody")
        return
    screens = person.screens
    header = (screens.label("broadcasts-csv-name"), screens.label("broadcasts-csv-reason"))
    content = not_reached_csv(header, [(name, _reason(screens, reason)) for name, reason in rows])
    day = broadcast.created_at.astimezone(services.settings.zone).strftime("%Y-%m-%d")
    await context.bot.send_document(
        person.chat_id,
        InputFile(content, filename=screens.label("broadcasts-csv-file", day=day)),
        caption=person.text("broadcasts-csv-caption", count=len(rows), number=broadcast_id),
    )


def _reason(screens: Screens, reason: str) -> str:
    return screens.label(
        f"broadcasts-reason-{reason}" if reason in REASONS else "broadcasts-reason-other"
    )


async def take_text(context: BotContext, person: Person, typed: str, pending: PendingInput) -> bool:
    """A new day and time for a scheduled broadcast, typed as for /newevent."""
    if pending.kind != NEW_TIME:
        return False
    services = context.services
    when = parse_when(typed, services.clock.now(), services.settings.zone)
    if when.problem is not None or when.at is None:
        problem = when.problem.value if when.problem is not None else "not-understood"
        await reply(context, person, f"newevent-problem-{problem}")
        return True
    change = await services.broadcast_history.reschedule(person.id, pending.ref, when.at)
    if change is Change.PAST:
        await reply(context, person, "newevent-problem-past")
        return True
    await services.pending.clear(person.id)
    if change is not Change.DONE:
        await reply(context, person, f"broadcasts-time-{change.value}")
        return True
    shown = when_words(person.screens, when.at, services.settings.zone)
    await reply(context, person, "broadcasts-time-done", when=shown)
    screen = await _detail(context, person, pending.ref)
    if screen is not None:
        await send(context, person, screen)
    return True
