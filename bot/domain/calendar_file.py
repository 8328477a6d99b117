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
    """One VEVENT in UTC (every calendar app converts to its own zone). The UID and the
    revision as SEQUENCE let a calendar replace the event when it is sent again after a move."""
    starts = event.starts_at.astimezone(UTC)
    entry = CalendarEvent()
    entry.add("uid", f"event-{event.id}@genc-bot")
    entry.add("sequence", event.revision)
    entry.add("dtstamp", now.astimezone(UTC))
    entry.add("dtstart", starts)
    entry.add("dtend", starts + timedelta(minutes=event.duration_minutes))
    entry.add("summary", event.title)
    if event.description:
        entry.add("description", event.description)
    if event.link:
        entry.add("location", event.link)
        entry.add("url", event.link)
    elif event.place:
        entry.add("location", event.place)
    entry.add("status", "CANCELLED" if event.status == "cancelled" else "CONFIRMED")
    calendar = Calendar()
    calendar.add("prodid", PRODUCT)
    calendar.add("version", "2.0")
    calendar.add_component(entry)
    return bytes(calendar.to_ical())
