"""Calendar files sent to a member: 📆 Add to calendar on an event (a series' occurrence brings
the whole series), and 📅 All my events in one file under /myevents. A file is only ever made of
the presser's own answers or of an event she may see: checked when the button is pressed."""

from __future__ import annotations

from collections.abc import Callable

from telegram import CallbackQuery, InlineKeyboardMarkup, InputFile

from bot.domain.titles import ascii_slug
from handlers.event_screens import CalendarFile
from handlers.kit.callback_data import CallbackData
from handlers.kit.context import BotContext
from handlers.kit.guards import button
from handlers.kit.notifier import N, Renderer
from handlers.kit.person import Person
from handlers.screens import Screen, Screens
from storage.events import Event


class MyCalendarFile(CallbackData, prefix="mc"):
    """/myevents: one .ics with everything the presser said Going to."""


def with_my_calendar_button(screens: Screens, screen: Screen) -> Screen:
    """/myevents with its 📅 button under the list (when she is going to something)."""
    drawn = screen.keyboard.inline_keyboard if screen.keyboard else ()
    rows = [list(row) for row in drawn]
    rows.append([MyCalendarFile().button(screens.label("calendar-mine-button"))])
    return Screen(screen.text, InlineKeyboardMarkup(rows))


def offering_calendar_update(
    render: Renderer[N], outdated: Callable[[N], Event | None]
) -> Renderer[N]:
    """A notice of a change drawn by `render`, with 📆 Update my calendar under it when
    `outdated` names an event her calendar may hold as it was: the file the 📆 of that event's
    card sends (a series' whole file), its SEQUENCE raised by the change, so her calendar app
    replaces what it holds. Checked again when pressed, as that 📆 is."""

    async def drawn(screens: Screens, note: N) -> Screen:
        screen = await render(screens, note)
        event = outdated(note)
        if event is None:
            return screen
        rows = [list(row) for row in screen.keyboard.inline_keyboard] if screen.keyboard else []
        rows.append([CalendarFile(event.id).button(screens.label("seriesfix-calendar-update"))])
        return Screen(screen.text, InlineKeyboardMarkup(rows))

    return drawn


async def send_event_file(context: BotContext, person: Person, event: Event) -> None:
    """The event's file, named after it ("riunione-settimanale.ics")."""
    content = await context.services.calendar_files.of_event(event)
    fallback = person.screens.label("calendar-event-file")
    caption = (
        person.text("calendar-series-caption", title=event.title)
        if event.series_id is not None
        else person.text("event-calendar-caption", title=event.title)
    )
    await context.bot.send_document(
        person.chat_id,
        InputFile(content, filename=f"{ascii_slug(event.title, fallback)}.ics"),
        caption=caption,
    )


@button(MyCalendarFile)
async def my_calendar_pressed(
    query: CallbackQuery, context: BotContext, person: Person, data: MyCalendarFile
) -> None:
    content = await context.services.calendar_files.of_member(person.id)
    if content is None:  # never an empty file: she is told why instead
        await query.answer(person.text("calendar-mine-none"), show_alert=True)
        return
    await query.answer()
    await context.bot.send_document(
        person.chat_id,
        InputFile(content, filename=person.screens.label("calendar-mine-file")),
        caption=person.text("calendar-mine-caption"),
    )
