"""A repeating event's card buttons: Going to all (one tap, every date ahead she may come to;
a full one puts her on its waitlist), None of them, and the other dates, paged, each opening as
its own card to answer just that one. Checked again when pressed, as every answer is."""

from __future__ import annotations

from telegram import CallbackQuery

from bot.services.event_answers import Refusal
from handlers.common import edit_screen, send
from handlers.events import _event_screen, local
from handlers.kit.context import BotContext
from handlers.kit.edits import redraw
from handlers.kit.guards import button
from handlers.kit.person import Person
from handlers.series_screens import (
    GoingToAll,
    NoneOfThem,
    OtherDates,
    SeriesButton,
    all_answered_text,
    dates_page,
)


@button(SeriesButton)
async def series_button(
    query: CallbackQuery, context: BotContext, person: Person, data: SeriesButton
) -> None:
    if isinstance(data, GoingToAll):
        await _going_to_all(query, context, person, data)
    elif isinstance(data, NoneOfThem):
        await _none_of_them(query, context, person, data)
    elif isinstance(data, OtherDates):
        await _other_dates(query, context, person, data)


async def _going_to_all(
    query: CallbackQuery, context: BotContext, person: Person, data: GoingToAll
) -> None:
    services = context.services
    done = await services.event_series.going_to_all(person.id, data.series)
    if done.refusal is not None:
        key = "event-refused-gone" if done.refusal is Refusal.GONE else None
        await query.answer(
            person.text(key or f"event-refused-{done.refusal.value}"), show_alert=True
        )
        return
    await query.answer()
    said = all_answered_text(person.screens, done, local(services))
    screen = await _event_screen(context, person, data.event, data.origin)
    await edit_screen(query, screen.with_hint(said))


async def _none_of_them(
    query: CallbackQuery, context: BotContext, person: Person, data: NoneOfThem
) -> None:
    await context.services.event_series.cannot_any(person.id, data.series)
    await query.answer()
    screen = await _event_screen(context, person, data.event, data.origin)
    await edit_screen(query, screen.with_hint(person.text("series-cannot-any")))


async def _other_dates(
    query: CallbackQuery, context: BotContext, person: Person, data: OtherDates
) -> None:
    services = context.services
    dates = []
    answers = {}
    for event in await services.event_series.upcoming(data.series):
        if await services.event_answers.refusal(person.id, event) is None:
            dates.append(event)
            rsvp = await services.event_answers.rsvp(person.id, event.id)
            if rsvp is not None:
                answers[event.id] = rsvp.answer
    if data.origin.startswith("n"):
        # From a notice: the notice stays (it says what changed); the dates come below it, and
        # from there on they behave as from /myevents.
        await query.answer()
        mine = OtherDates(data.series, data.event, "a0", data.page)
        await send(
            context, person, dates_page(person.screens, dates, answers, mine, local(services))
        )
        return
    await redraw(query, person, dates_page(person.screens, dates, answers, data, local(services)))
