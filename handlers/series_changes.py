"""/manageevents for a series: its dates (paged, a cancelled one marked), and on each date
Change / Cancel this date only (the single event's edit and cancellation) or Change / Cancel
from this date on (every open date from it, each person told once). The notice listing the
dates a member answered is drawn here too. Every press is checked again on the server."""

from __future__ import annotations

from typing import Literal

from telegram import CallbackQuery, InlineKeyboardButton, InlineKeyboardMarkup

from bot.core.i18n import Html
from bot.services.draft_flow import Busy
from bot.services.series_changes import SeriesResult
from bot.services.series_notices import SeriesNews, SeriesNotice
from bot.services.staff import Role
from bot.wiring import Services
from handlers.calendar_files import offering_calendar_update
from handlers.common import edit_screen, send
from handlers.delivery import delivery_lines
from handlers.event_screens import CardView, event_card, when_with_year
from handlers.events import local, notice_card, project_title
from handlers.kit.context import BotContext
from handlers.kit.edits import redraw
from handlers.kit.guards import button, requires
from handlers.kit.notifier import Renderer
from handlers.kit.person import Person
from handlers.manage_events import ManageEvent, cancel, edit
from handlers.new_event import draft_screen
from handlers.screens import Screen, Screens, pager
from handlers.series_buttons import SeriesDate, SeriesDates
from handlers.series_lists import moved_from
from handlers.series_screens import OtherDates, date_day, rule_words
from storage.events import Event

DATES_PER_PAGE = 8
DATES_IN_NOTICE = 6  # more are summed up: the notice fits one phone screen


def _when(context: BotContext, person: Person, event: Event) -> str:
    services = context.services
    return when_with_year(
        person.screens, event.starts_at, services.settings.zone, services.clock.now()
    )


async def dates_screen(context: BotContext, person: Person, event_id: int, page: int) -> Screen:
    services = context.services
    found = await services.series_changes.dates(person.id, event_id)
    if found is None:
        return Screen(person.text("manageevents-gone"))
    now = services.clock.now()
    ahead = [event for event in found.dates if event.starts_at > now]
    pages = max(1, -(-len(ahead) // DATES_PER_PAGE))
    page = min(page, pages - 1)
    rows = []
    for event in ahead[page * DATES_PER_PAGE : (page + 1) * DATES_PER_PAGE]:
        key = "manageseries-date-cancelled" if event.status != "open" else "manageseries-date"
        when = _when(context, person, event)
        if moved_from(event, services.settings.zone):  # moved alone, off the rule's day
            when = person.screens.text("seriesfix-manage-moved", when=when)
        label = person.screens.label(key, when=when)
        rows.append([SeriesDate("o", event.id).button(label)])
    nav = pager(
        person.screens, lambda to: SeriesDates(event_id, to), page, DATES_PER_PAGE, len(ahead)
    )
    if nav:
        rows.append(nav)
    rows.append([_back_to_list(person)])
    view = await services.event_series.view(found.chosen.series_id or 0, person.id)
    text = person.text(
        "manageseries-dates-heading",
        title=found.chosen.title,
        rule=rule_words(person.screens, view.phrase) if view is not None else "",
        dates=sum(1 for event in ahead if event.status == "open"),
    )
    return Screen(text, InlineKeyboardMarkup(rows))


def _back_to_list(person: Person) -> InlineKeyboardButton:
    return ManageEvent("p", 0).button(person.text("manageevents-back"))


async def date_screen(context: BotContext, person: Person, event: Event) -> Screen:
    """One date's card, with what can be done to it alone or from it on."""
    services = context.services
    view = CardView(for_organiser=True, counts=await services.events.counts(event.id))
    title = await project_title(services, event)
    card = event_card(person.screens, event, local(services), title, view)

    def act(action: Literal["e", "x", "f", "c"], key: str) -> InlineKeyboardButton:
        return SeriesDate(action, event.id).button(person.text(key))

    keyboard = InlineKeyboardMarkup(
        [
            [act("e", "manageseries-change-one"), act("x", "manageseries-cancel-one")],
            [act("f", "manageseries-change-from"), act("c", "manageseries-cancel-from")],
            [
                ManageEvent("w", event.id).button(person.text("manageevents-who")),
                SeriesDates(event.id, 0).button(person.text("manageseries-back-dates")),
            ],
        ]
    )
    return Screen(card, keyboard)


@button(SeriesDates)
@requires(Role.COORDINATOR, quietly=True)
async def dates_page(
    query: CallbackQuery, context: BotContext, person: Person, data: SeriesDates
) -> None:
    await redraw(query, person, await dates_screen(context, person, data.event, data.page))


@button(SeriesDate)
@requires(Role.COORDINATOR, quietly=True)
async def date_pressed(
    query: CallbackQuery, context: BotContext, person: Person, data: SeriesDate
) -> None:
    services = context.services
    event = await services.events.managed(person.id, data.event)
    # Cancelling from a date that was cancelled meanwhile still means the later ones.
    refusal = _refusal(context, event, cancelled_too=data.action in ("c", "z"))
    if event is None or refusal is not None:
        await query.answer(person.text(refusal or "manageevents-gone"), show_alert=True)
        return
    if data.action == "e":
        await edit(query, context, person, event)  # this date alone: a single event's edit
    elif data.action == "f":
        await _edit_from_on(query, context, person, event)
    elif data.action == "y":
        await _cancel_one(query, context, person, event)
    elif data.action == "z":
        await _cancel_from(query, context, person, event)
    elif data.action == "c":
        await _ask_cancel_from(query, context, person, event)
    else:
        draw = {"o": date_screen, "x": _cancel_one_screen}[data.action]
        await redraw(query, person, await draw(context, person, event))


def _refusal(context: BotContext, event: Event | None, *, cancelled_too: bool) -> str | None:
    """Why nothing can be done to this date: gone, over, or cancelled (a stale button)."""
    if event is None:
        return "manageevents-gone"
    if event.starts_at <= context.services.clock.now():
        return "manageseries-past"
    if event.status != "open" and not cancelled_too:
        return "manageseries-already-cancelled"
    return None


async def _edit_from_on(
    query: CallbackQuery, context: BotContext, person: Person, event: Event
) -> None:
    """The /newevent preview of this date, whose changes go on every open date from it on."""
    drafts = context.services.event_drafts
    unfinished = await drafts.draft(person.id)
    if unfinished is not None and unfinished.data.get("editing") != event.id:
        await query.answer(person.text("manageevents-finish-first"), show_alert=True)
        return
    result, _ = await context.services.series_changes.from_on(person.id, event.id)
    if result is not SeriesResult.SAVED:
        await query.answer(person.text(_FROM_ON_REFUSAL[result]), show_alert=True)
        return
    draft = await drafts.edit_event(person.id, event.id, from_on=True)
    if draft is None or isinstance(draft, Busy):
        # Another conversation is half done: it is finished (or /cancel) first.
        await query.answer(person.text("manageevents-finish-first"), show_alert=True)
        return
    await query.answer()
    await send(context, person, await draft_screen(context, person, draft))


_FROM_ON_REFUSAL = {
    SeriesResult.NOT_YOURS: "manageevents-gone",
    SeriesResult.PAST: "manageseries-past",
    SeriesResult.GONE: "manageseries-already-cancelled",
    SeriesResult.NONE_LEFT: "manageseries-none-left",
    SeriesResult.CHANGED: "manageseries-dates-changed",
    SeriesResult.NEW_DAY: "newevent-not-saved-new-day",
    SeriesResult.REFUSED: "manageseries-not-saved",
}


async def _cancel_one_screen(context: BotContext, person: Person, event: Event) -> Screen:
    told = len(await context.services.events.everyone_who_answered(event.id))
    keyboard = InlineKeyboardMarkup(
        [
            [SeriesDate("y", event.id).button(person.text("manageseries-cancel-one-yes"))],
            [SeriesDate("o", event.id).button(person.text("manageseries-cancel-one-no"))],
        ]
    )
    day = date_day(person.screens, event.starts_at, context.services.settings.zone)
    text = person.text("manageseries-cancel-one-ask", title=event.title, day=day, people=told)
    return Screen(text, keyboard)


async def _cancel_one(
    query: CallbackQuery, context: BotContext, person: Person, event: Event
) -> None:
    told = await cancel(query, context, person, event)
    if told is None:
        return
    when = _when(context, person, event)
    done = person.text("manageseries-cancelled-one", title=event.title, when=when)
    keyboard = InlineKeyboardMarkup(
        [[SeriesDates(event.id, 0).button(person.text("manageseries-back-dates"))]]
    )
    await edit_screen(query, Screen(f"{done}\n{told}", keyboard))


async def _ask_cancel_from(
    query: CallbackQuery, context: BotContext, person: Person, event: Event
) -> None:
    """How many dates and people a cancellation from this date on takes, before it is done."""
    series = context.services.series_changes
    result, later = await series.from_on(person.id, event.id)
    if result is not SeriesResult.SAVED:
        await query.answer(person.text(_FROM_ON_REFUSAL[result]), show_alert=True)
        return
    people = len(await series.answerers_from(later))
    keyboard = InlineKeyboardMarkup(
        [
            [
                SeriesDate("z", event.id).button(
                    person.text("manageseries-cancel-from-yes", dates=len(later))
                )
            ],
            [SeriesDate("o", event.id).button(person.text("manageseries-cancel-from-no"))],
        ]
    )
    text = person.text(
        "manageseries-cancel-from-ask",
        title=event.title,
        when=_when(context, person, event),
        dates=len(later),
        people=people,
    )
    await redraw(query, person, Screen(text, keyboard))


async def _cancel_from(
    query: CallbackQuery, context: BotContext, person: Person, event: Event
) -> None:
    services = context.services
    # The date the series' announcement shows now: if it goes too, the announcement follows.
    shown = await services.event_announcements.showing(event.id)
    result, report, count = await services.series_changes.cancel_from(person.id, event.id)
    if result is not SeriesResult.SAVED:
        await query.answer(person.text(_FROM_ON_REFUSAL[result]), show_alert=True)
        return
    if shown is not None and shown.starts_at >= event.starts_at:
        # No open date left: it stops; otherwise its copies show the next one.
        await services.event_announcements.withdraw(shown.id, person.id)
    await query.answer()
    done = person.text(
        "manageseries-cancelled-from",
        title=event.title,
        when=_when(context, person, event),
        dates=count,
    )
    told = delivery_lines(person.screens, report, services.settings.zone)
    await edit_screen(
        query, Screen(f"{done}\n{told}", InlineKeyboardMarkup([[_back_to_list(person)]]))
    )


# --- sent by a durable task -----------------------------------------------------------------


def series_notice_renderer(services: Services) -> Renderer[SeriesNotice]:
    """The dates of a series a member answered that changed, or were cancelled, in one message."""

    async def render(screens: Screens, note: SeriesNotice) -> Screen:
        zone, now = services.settings.zone, services.clock.now()
        lines = []
        for date in note.dates[:DATES_IN_NOTICE]:
            when = when_with_year(screens, date.starts_at, zone, now)
            if date.was is not None:
                was = when_with_year(screens, date.was, zone, now)
                if date.was.astimezone(zone).date() == date.starts_at.astimezone(zone).date():
                    was = date.was.astimezone(zone).strftime("%H:%M")  # same day: the time says it
                lines.append(screens.text("manageseries-notice-date-moved", when=when, was=was))
            else:
                lines.append(screens.text("manageseries-notice-date", when=when))
        if len(note.dates) > DATES_IN_NOTICE:
            lines.append(
                screens.text("manageseries-notice-more", count=len(note.dates) - DATES_IN_NOTICE)
            )
        args: dict[str, object] = {
            "title": note.first.title,
            "count": len(note.dates),
            "dates": Html("\n".join(lines)),
        }
        if note.what is SeriesNews.CANCELLED:
            return Screen(screens.text("manageseries-notice-cancelled", **args))
        args["card"] = Html(await notice_card(services, screens, note.first))
        # Its dates, each with her answer, one tap from answering again: a new time may suit.
        dates = OtherDates(note.first.series_id or 0, note.first.id, "n0")
        keyboard = InlineKeyboardMarkup([[dates.button(screens.text("manageseries-see-dates"))]])
        return Screen(screens.text("manageseries-notice-changed", **args), keyboard)

    return offering_calendar_update(render, lambda note: note.first if note.going else None)
