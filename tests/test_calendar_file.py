"""The .ics file of an event: what calendar apps read (pure)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

from icalendar import Calendar

from bot.domain.calendar_file import calendar_file
from storage.events import Event
from tests.support.events import open_event

DINNER = open_event(
    datetime(2026, 3, 29, 1, 30, tzinfo=UTC),  # the night the clocks go forward
    title="Cena sociale; e poi, musica",
    description="Porta qualcosa da condividere.\nAnche niente va bene!",
    duration_minutes=150,
    place="Via Bologna 1, Torino",
    reminder_minutes=(60,),
)
EVENT = Event(**vars(DINNER), id=42, revision=3)
NOW = datetime(2026, 3, 1, 12, tzinfo=UTC)


def test_a_calendar_app_reads_back_what_the_event_says() -> None:
    entry = Calendar.from_ical(calendar_file(EVENT, NOW)).walk("VEVENT")[0]
    assert str(entry["summary"]) == EVENT.title  # ; and , survive escaping
    assert str(entry["description"]) == EVENT.description
    assert str(entry["location"]) == EVENT.place
    assert entry.decoded("dtstart") == EVENT.starts_at
    assert entry.decoded("dtend") == datetime(2026, 3, 29, 4, 0, tzinfo=UTC)  # elapsed time
    assert str(entry["uid"]) == "event-42@genc-bot"
    assert entry.decoded("sequence") == 3  # a moved event replaces the old one
    assert str(entry["status"]) == "CONFIRMED"


def test_online_and_cancelled() -> None:
    online = replace(EVENT, place=None, link="https://meet.example.org/cena", status="cancelled")
    entry = Calendar.from_ical(calendar_file(online, NOW)).walk("VEVENT")[0]
    assert str(entry["location"]) == "https://meet.example.org/cena"
    assert str(entry["url"]) == "https://meet.example.org/cena"
    assert str(entry["status"]) == "CANCELLED"
