"""/manageevents: the events a coordinator runs (an admin: all), each with how many answered,
Edit (back to the /newevent preview) and Cancel event (after a confirmation that says how many
people will be told)."""

from __future__ import annotations

from typing import Literal

from telegram import CallbackQuery, InlineKeyboardMarkup, Update

from bot.services.conversations import Flow
from bot.services.draft_flow import Busy
from bot.services.events import ChangeResult
from bot.services.staff import Role
from handlers.common import edit_screen, send
from handlers.delivery import delivery_lines
from handlers.draft_steps import EditInstead, ask_which_to_keep
from handlers.event_screens import PER_PAGE, CardView, event_card, when_with_year
from handlers.events import local, project_title
from handlers.kit.callback_data import CallbackData
from handlers.kit.context import BotContext
from handlers.kit.edits import redraw
from handlers.kit.guards import button, requires
from handlers.kit.person import Person
from handlers.new_event import draft_screen
from handlers.screens import Screen, pager
from storage.events import Event

GROUPS = (("going", ("going", "offered")), ("waiting", ("waitlist",)), ("maybe", ("maybe",)))
NAMES_SHOWN = 10  # a group per line, the whole list on one screen


class ManageEvent(CallbackData, prefix="em"):
    """p a page (`number`), then for the event `number`: s show, w who's coming, e edit,
    x ask to cancel, y cancel for real."""

    action: Literal["p", "s", "w", "e", "x", "y"]
    number: int


def _page(page: int) -> ManageEvent:
    return ManageEvent("p", page)


async def _list_screen(context: BotContext, person: Person, page: int) -> Screen:
    services = context.services
    screens = person.screens
    found = await services.events.organised(person.id, page, PER_PAGE)
    if not found.items:
        return Screen(screens.text("manageevents-none"))
    zone, now = services.settings.zone, services.clock.now()
    rows = [
        [
            ManageEvent("s", event.id).button(
                screens.label(
                    "manageevents-item",
                    title=event.title[:32],
                    when=when_with_year(screens, event.starts_at, zone, now),
                )
            )
        ]
        for event in found.items
    ]
    nav = pager(screens, _page, page, PER_PAGE, found.total)
    if nav:
        rows.append(nav)
    heading = screens.text("manageevents-heading", count=found.total)
    return Screen(heading, InlineKeyboardMarkup(rows))


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
    if event is None or event.status != "open" or event.starts_at <= services.clock.now():
        await query.answer(person.text("manageevents-gone"), show_alert=True)
        return
    if data.action == "e":
        await _edit(query, context, person, event)
        return
    if data.action == "y":
        await _cancel(query, context, person, event)
        return
    draw = {"s": _event_screen, "w": _who_screen, "x": _cancel_screen}[data.action]
    await redraw(query, person, await draw(context, person, event))


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
        ]
    )
    return Screen(card, keyboard)


async def _who_screen(context: BotContext, person: Person, event: Event) -> Screen:
    found = await context.services.events.attendees(person.id, event.id)
    lines = [person.text("manageevents-who-heading", title=event.title)]
    for group, answers in GROUPS:
        in_group = [name for answer, name in found or [] if answer in answers]
        named = [name[:16] for name in in_group if name is not None][:NAMES_SHOWN]
        # Those who keep their profile to themselves are counted, never named.
        others = len(in_group) - len(named)
        shown = ", ".join(named)
        if others:
            key = "manageevents-who-more" if named else "manageevents-who-only"
            shown += person.text(key, more=others)
        lines.append(
            person.text(f"manageevents-who-{group}", count=len(in_group), names=shown or "—")
        )
    back = ManageEvent("s", event.id).button(person.text("manageevents-back-event"))
    return Screen("\n".join(lines), InlineKeyboardMarkup([[back]]))


async def _cancel_screen(context: BotContext, person: Person, event: Event) -> Screen:
    told = len(await context.services.events.answerers(event.id))
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


async def _cancel(query: CallbackQuery, context: BotContext, person: Person, event: Event) -> None:
    services = context.services
    result, report = await services.events.cancel_event(person.id, event.id)
    if result is not ChangeResult.SAVED:
        await query.answer(person.text("manageevents-gone"), show_alert=True)
        return
    await services.event_announcements.withdraw(event.id, person.id)
    await query.answer()
    cancelled = person.text("manageevents-cancelled", title=event.title)
    told = delivery_lines(person.screens, report, services.settings.zone)
    await edit_screen(query, Screen(f"{cancelled}\n{told}"))
