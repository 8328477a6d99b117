"""An event as an iCalendar file (.ics), for "Add to calendar": phones open it in their calendar
app. Pure: no I/O. `icalendar` does the format (escaping, folding, line ends)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Protocol

from icalendar import Calendar
from icalendar import Event as CalendarEvent


class Event(Protocol):
    """What a calendar entry needs of an event."""

    @property
    def id(self) -> int: ...
    @property
    def revision(self) -> int: ...
    @property
    def starts_at(self) -> datetime: ...
    @property
    def duration_minutes(self) -> int: ...
    @property
    def title(self) -> str: ...
    @property
    def description(self) -> str | None: ...
    @property
    def link(self) -> str | None: ...
    @property
    def place(self) -> str | None: ...
    @property
    def status(self) -> str: ...


PRODUCT = "-//Generazione Changemaker//Gen C bot//IT"


def calendar_file(event: Event, now: datetime) -> bytes:
    """The event alone, in a file of its own."""
    calendar = Calendar()
    calendar.add("prodid", PRODUCT)
    calendar.add("version", "2.0")
    calendar.add_component(calendar_entry(event, now))
    return bytes(calendar.to_ical())


def calendar_entry(event: Event, now: datetime) -> CalendarEvent:
    """One VEVENT in UTC (every calendar app converts to its own zone). The UID and the
    revision as SEQUENCE let a calendar replace the event when it is sent again after a move."""
    starts = event.starts_at.astimezone(UTC)
    entry = CalendarEvent()
    entry.add("uid", f"event-{event.id}@genc-bot")
    # A cancellation does not raise the revision (nothing is planned again), but the calendar
    # must take the cancelled entry over the one it holds: one more.
    entry.add("sequence", event.revision + (1 if event.status == "cancelled" else 0))
    entry.add("dtstamp", now.astimezone(UTC))
    entry.add("dtstart", starts)
    entry.add("dtend", starts + timedelta(minutes=event.duration_minutes))
    for name, value in entry_content(event):
        entry.add(name, value)
    entry.add("status", "CANCELLED" if event.status == "cancelled" else "CONFIRMED")
    return entry


def entry_content(event: Event) -> tuple[tuple[str, str], ...]:
    """What an entry says besides its times: the title, the description, where (a link is the
    place of an online event)."""
    content = [("summary", event.title)]
    if event.description:
        content.append(("description", event.description))
    if event.link:
        content += [("location", event.link), ("url", event.link)]
    elif event.place:
        content.append(("location", event.place))
    return tuple(content)
