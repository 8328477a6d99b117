"""Every event screen at its longest, in both languages, fits a phone screen and Telegram's
limits (the same measure as the onboarding screens)."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest
from telegram import InlineKeyboardButton, InlineKeyboardMarkup
from telegram_test_server.html import parse_html

from bot.core.i18n import SUPPORTED_LANGUAGES, Html, Translator
from bot.services.event_answers import Page
from handlers.event_screens import (
    NOTICE_VIEW,
    CardView,
    Local,
    event_card,
    events_page,
    my_events_page,
    when_words,
)
from handlers.screens import Screen, Screens
from storage.events import Counts, Event, Rsvp

ROME = ZoneInfo("Europe/Rome")
NOW = datetime(2026, 1, 15, 9, tzinfo=UTC)
LONGEST = Event(
    title="W" * 80,
    description="D" * 1000,
    starts_at=datetime(2027, 9, 29, 16, 30, tzinfo=UTC),  # the longest weekday and month
    duration_minutes=24 * 60 * 7 - 1,
    place="P" * 120,
    link=None,
    capacity=10_000,
    project_id=1,
    min_age=13,
    max_age=25,
    reminder_minutes=(14 * 24 * 60, 23 * 60 + 59, 59),
    participants_only=True,
    id=999_999_999_999,
    seats_taken=1234,
)
ONLINE = Event(**{**vars(LONGEST), "place": None, "link": "https://" + "l" * 190})


def fits(screen: Screen, *, max_lines: int = 16, max_chars: int = 700) -> None:
    shown = parse_html(screen.text)  # also proves the HTML is valid for Telegram
    rows = screen.keyboard.inline_keyboard if screen.keyboard else ()
    assert len(shown) <= max_chars, shown
    assert shown.count("\n") + 1 + len(rows) <= max_lines, shown
    for row in rows:
        assert len(row) <= 4
        for button in row:
            assert len(str(button.callback_data).encode()) <= 64
            assert 1 <= len(button.text) <= 50, button.text


@pytest.mark.parametrize("language", SUPPORTED_LANGUAGES)
def test_event_screens_fit_a_phone_and_telegram(language: str) -> None:
    screens = Screens(Translator.load("it"), language)
    events = [LONGEST, ONLINE] * 2 + [LONGEST]
    page = Page(events, 10_000)
    answers = {LONGEST.id: "waitlist"}
    # Five events with three answer buttons each, and the pages: a line over the usual 16.
    fits(events_page(screens, page, answers, 3, Local(ROME, NOW)), max_lines=17)
    rsvp = Rsvp(LONGEST.id, 1, "offered", True, None)
    mine = Page([(event, rsvp) for event in events], 10_000)
    fits(my_events_page(screens, mine, 3, Local(ROME, NOW)), max_lines=17)
    for event in (LONGEST, ONLINE):
        # The organiser's card carries the whole description (up to 1000 characters).
        organiser = CardView(for_organiser=True, counts=Counts(10_000, 10_000, 10_000))
        card = event_card(screens, event, Local(ROME, NOW), "T" * 80, organiser)
        fits(Screen(card), max_chars=1700)  # a preview to proofread, sent once
        # What members get unasked, a reminder or a notice, is one phone screen.
        short = event_card(screens, event, Local(ROME, NOW), "T" * 80, NOTICE_VIEW)
        for key in ("event-reminder", "event-notice-moved", "event-notice-offer"):
            text = screens.text(key, left="x" * 20, card=Html(short), until="x" * 40)
            keyboard = InlineKeyboardMarkup([[InlineKeyboardButton("x", callback_data="x")]])
            fits(Screen(text, keyboard))
    assert when_words(screens, LONGEST.starts_at, ROME, year=True).endswith("2027, 18:30")
