"""/manageevents: the events a coordinator runs (an admin: all), each with how many answered,
Edit (back to the /newevent preview) and Cancel event (after a confirmation that says how many
people will be told)."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Literal

from telegram import CallbackQuery, InlineKeyboardButton, InlineKeyboardMarkup, Update

from bot.core.i18n import Html
from bot.services.attendance import event_end
from bot.services.conversations import Flow
from bot.services.draft_flow import Busy
from bot.services.events import ChangeResult
from bot.services.staff import Role
from handlers.attendance import ended_button
from handlers.common import edit_screen, send
from handlers.delivery import delivery_lines
from handlers.draft_steps import EditInstead, ask_which_to_keep
from handlers.event_screens import PER_PAGE, CardView, event_card, when_short, when_with_year
from handlers.events import local, project_title
from handlers.exports import answers_row
from handlers.kit.callback_data import CallbackData
from handlers.kit.context import BotContext
from handlers.kit.edits import redraw
from handlers.kit.guards import button, requires
from handlers.kit.person import Person
from handlers.new_event import draft_screen
from handlers.project_pages import button_title
from handlers.screens import Screen, Screens, pager
from handlers.series_buttons import SeriesDate, SeriesDates
from handlers.series_lists import moved_from
from handlers.series_screens import rule_words
from storage.attendance import Ended
from storage.events import Event

NAMES_PER_PAGE = 60  # first names of those Going, separated by commas: one phone screen


class ManageEvent(CallbackData, prefix="em"):
    """p a page (`number`), then for the event `number`: s show, w who's coming, e edit,
    x ask to cancel, y cancel for real."""

    action: Literal["p", "s", "w", "e", "x", "y"]
    number: int


class WhoPage(CallbackData, prefix="wg"):
    """A page of Who's coming."""

    event: int
    page: int


def _page(page: int) -> ManageEvent:
    return ManageEvent("p", page)


def _end(event: Ended) -> datetime:
    return event.starts_at + timedelta(minutes=event.duration_minutes)


async def _live_rows(context: BotContext, person: Person) -> list[list[InlineKeyboardButton]]:
    """Events in progress (started, not ended), on top: to Who's coming, to check people at
    the door."""
    services = context.services
    zone = services.settings.zone
    return [
        [
            ManageEvent("w", event.id).button(
                person.screens.label(
                    "manageevents-live-item",
                    title=button_title(event.title, 32),
                    until=f"{_end(event).astimezone(zone):%H:%M}",
                )
            )
        ]
        for event in await services.attendance.in_progress(person.id)
    ]


async def _list_screen(context: BotContext, person: Person, page: int) -> Screen:
    services = context.services
    screens = person.screens
    found = await services.events.organised(person.id, page, PER_PAGE)
    live = await _live_rows(context, person) if page == 0 else []  # on top, on page 1 only
    if not found.items and not live:
        ended = InlineKeyboardMarkup([[ended_button(screens)]])
        return Screen(screens.text("manageevents-none"), ended)
    zone, now = services.settings.zone, services.clock.now()
    rows = live + [
        [
            ManageEvent("s", event.id).button(
                screens.label(
                    "manageevents-item",
                    title=button_title(event.title, 32),
                    when=when_with_year(screens, event.starts_at, zone, now),
                )
            )
            if event.series_id is None
            else await series_row(context, person, event)
        ]
        for event in found.items
    ]
    nav = pager(screens, _page, page, PER_PAGE, found.total)
    if nav:
        rows.append(nav)
    rows.append([ended_button(screens)])
    lines = [screens.text("manageevents-heading", count=found.total)]
    if not found.items:
        lines = [screens.text("manageevents-none")]
    if live:
        # The heading counts what the list holds: those in progress on top, then the others.
        lines = [_live_heading(screens, len(live), found.total)]
        lines.append(screens.text("manageevents-live-heading"))
    return Screen("\n".join(lines), InlineKeyboardMarkup(rows))


def _live_heading(screens: Screens, live: int, upcoming: int) -> str:
    return screens.text(
        "seriesfix-manageevents-heading", count=live + upcoming, live=live, upcoming=upcoming
    )


async def series_row(context: BotContext, person: Person, event: Event) -> InlineKeyboardButton:
    """A series once, at its next date, with its rule and how many dates are left: to them."""
    assert event.series_id is not None
    services = context.services
    view = await services.event_series.view(event.series_id, person.id)
    rule = rule_words(person.screens, view.phrase) if view is not None else ""
    when = when_short(person.screens, event.starts_at, local(services))
    if moved_from(event, services.settings.zone):
        # Its next date was moved alone: the row's day is not the rule's. Said beside the day,
        # not at the end a phone cuts off.
        when = person.screens.text("seriesfix-manage-moved", when=when)
    label = person.screens.label(
        "manageseries-item",
        title=button_title(event.title, 24),
        when=when,
        rule=rule,
        dates=view.dates.upcoming if view is not None else 0,
    )
    return SeriesDates(event.id, 0).button(label)


async def manage_events(update: Update, context: BotContext, person: Person) -> None:
    await send(context, person, await _list_screen(context, person, 0))


@button(ManageEvent)
@requires(Role.COORDINATOR, quietly=True)
async def manage_button(
    query: CallbackQuery, context: BotContext, person: Person, data: ManageEvent
) -> None:
    services = context.services
    if data.action == "p":
        await redraw(query, person, await _list_screen(context, person, data.number))
        return
    event = await services.events.managed(person.id, data.number)
    refusal = _refusal(event, data.action, services.clock.now())
    if refusal is not None or event is None:
        await query.answer(person.text(refusal or "manageevents-not-yours"), show_alert=True)
        return
    if data.action == "e":
        await _edit(query, context, person, event)
        return
    if data.action == "y":
        await _cancel(query, context, person, event)
        return
    draw = {"s": _event_screen, "w": _who_screen, "x": _cancel_screen}[data.action]
    await redraw(query, person, await draw(context, person, event))


def _refusal(event: Event | None, action: str, now: datetime) -> str | None:
    """Why the press may not go on, as a message's key; None if it may. Once started an event
    can no longer be changed, but Who's coming stays open until it ends (read only)."""
    if event is None:
        return "manageevents-not-yours"
    if event.status != "open":
        return "manageevents-was-cancelled"
    if event_end(event) <= now:
        return "manageevents-ended"
    if event.starts_at <= now and action != "w":
        return "manageevents-started"
    return None


async def _event_screen(context: BotContext, person: Person, event: Event) -> Screen:
    services = context.services
    view = CardView(for_organiser=True, counts=await services.events.counts(event.id))
    title = await project_title(services, event)
    card = event_card(person.screens, event, local(services), title, view)
    keyboard = InlineKeyboardMarkup(
        [
            [
                ManageEvent("e", event.id).button(person.text("manageevents-edit")),
                ManageEvent("x", event.id).button(person.text("manageevents-cancel")),
            ],
            [
                ManageEvent("w", event.id).button(person.text("manageevents-who")),
                _page(0).button(person.text("manageevents-back")),
            ],
            answers_row(person.screens, event.id),
        ]
    )
    return Screen(card, keyboard)


async def _who_screen(context: BotContext, person: Person, event: Event) -> Screen:
    return await who_screen(context, person, event.id, 0)


async def who_screen(context: BotContext, person: Person, event_id: int, page: int) -> Screen:
    """The first names of everyone Going (rule 16), a page of them at a time, and how many
    said Maybe or wait for a seat; each reading audited."""
    found = await context.services.rosters.coming(person.id, event_id)
    if found is None:
        return Screen(person.text("manageevents-gone"))
    event, coming = found
    pages = max(1, -(-len(coming.going) // NAMES_PER_PAGE))
    page = min(page, pages - 1)
    names = coming.going[page * NAMES_PER_PAGE : (page + 1) * NAMES_PER_PAGE]
    lines = [
        person.text("who-heading", title=event.title, page=page + 1, pages=pages),
        person.text(
            "who-going", count=len(coming.going) + coming.unnamed, names=", ".join(names) or "—"
        ),
    ]
    if coming.unnamed:
        lines.append(person.text("who-unnamed", count=coming.unnamed))
    if coming.offered:
        lines.append(person.text("who-offered", count=coming.offered))
    lines.append(person.text("who-others", maybe=coming.maybe, waiting=coming.waiting))
    rows = [
        pager(
            person.screens,
            lambda to: WhoPage(event_id, to),
            page,
            NAMES_PER_PAGE,
            len(coming.going),
        )
    ]
    if event.starts_at <= context.services.clock.now():  # in progress: only the list is left
        rows.append([_page(0).button(person.text("manageevents-back"))])
    else:
        back = ManageEvent("s", event_id) if event.series_id is None else SeriesDate("o", event_id)
        rows.append([back.button(person.text("manageevents-back-event"))])
    return Screen("\n".join(lines), InlineKeyboardMarkup([row for row in rows if row]))


@button(WhoPage)
@requires(Role.COORDINATOR, quietly=True)
async def who_page(
    query: CallbackQuery, context: BotContext, person: Person, data: WhoPage
) -> None:
    await redraw(query, person, await who_screen(context, person, data.event, data.page))


async def _cancel_screen(context: BotContext, person: Person, event: Event) -> Screen:
    told = len(await context.services.events.everyone_who_answered(event.id))
    keyboard = InlineKeyboardMarkup(
        [
            [
                ManageEvent("y", event.id).button(person.text("manageevents-cancel-yes")),
                ManageEvent("s", event.id).button(person.text("manageevents-cancel-no")),
            ]
        ]
    )
    text = person.text("manageevents-cancel-ask", title=event.title, people=told)
    return Screen(text, keyboard)


async def edit(query: CallbackQuery, context: BotContext, person: Person, event: Event) -> None:
    """The /newevent preview holding the event (or one date of a series) to change."""
    await _edit(query, context, person, event)


async def _edit(query: CallbackQuery, context: BotContext, person: Person, event: Event) -> None:
    services = context.services
    unfinished = await services.event_drafts.draft(person.id)
    if unfinished is not None and unfinished.data.get("editing") != event.id:
        # One event at a time: what they were writing is never overwritten.
        await query.answer(person.text("manageevents-finish-first"), show_alert=True)
        return
    draft = await services.event_drafts.edit_event(person.id, event.id)
    if draft is None:
        await query.answer(person.text("manageevents-gone"), show_alert=True)
        return
    await query.answer()
    if isinstance(draft, Busy):
        instead = EditInstead("e", event.id)
        await ask_which_to_keep(context, person, draft.flow, Flow.EVENT_DRAFT, instead)
        return
    await send(context, person, await draft_screen(context, person, draft))


async def cancel(
    query: CallbackQuery, context: BotContext, person: Person, event: Event
) -> Html | None:
    """Cancel the event (or one date of a series) and stop its announcement: what happened to
    the notices, or None when it could not be (the press answered)."""
    services = context.services
    result, report = await services.events.cancel_event(person.id, event.id)
    if result is not ChangeResult.SAVED:
        await query.answer(person.text("manageevents-gone"), show_alert=True)
        return None
    await services.event_announcements.withdraw(event.id, person.id)
    await query.answer()
    return delivery_lines(person.screens, report, services.settings.zone)


async def _cancel(query: CallbackQuery, context: BotContext, person: Person, event: Event) -> None:
    told = await cancel(query, context, person, event)
    if told is None:
        return
    cancelled = person.text("manageevents-cancelled", title=event.title)
    await edit_screen(query, Screen(f"{cancelled}\n{told}"))
