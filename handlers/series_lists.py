"""A repeating event in the members' lists: the line under its next date in /events ("every
Thursday · 12 dates") and in /myevents ("you're going to 11 of 12"), and its card's rule and
buttons. Each series is read once per screen."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from bot.services.event_series import SeriesView
from bot.services.series_changes import another_day
from bot.wiring import Services
from handlers.event_screens import when_with_year
from handlers.screens import Screen, Screens
from handlers.series_screens import (
    card_rows,
    date_day,
    mine_line,
    rule_words,
    series_line,
    with_series,
)
from storage.events import Event


async def _views(services: Services, member_id: int, events: list[Event]) -> dict[int, SeriesView]:
    views: dict[int, SeriesView] = {}
    for event in events:
        if event.series_id is not None and event.series_id not in views:
            view = await services.event_series.view(event.series_id, member_id)
            if view is not None:
                views[event.series_id] = view
    return views


async def upcoming_lines(
    services: Services, screens: Screens, member_id: int, events: list[Event]
) -> dict[int, str]:
    """/events: event id → its series' line, for the dates that stand for a series."""
    views = await _views(services, member_id, events)
    zone = services.settings.zone
    return {
        event.id: _with_moved(
            screens,
            event,
            zone,
            series_line(
                screens, views[event.series_id].phrase, views[event.series_id].dates.upcoming
            ),
        )
        for event in events
        if event.series_id in views
    }


async def mine_lines(
    services: Services, screens: Screens, member_id: int, events: list[Event]
) -> dict[int, str]:
    """/myevents: event id → how many of its series' dates she is going to."""
    lines = {}
    views = await _views(services, member_id, events)
    for event in events:
        view = views.get(event.series_id or 0)
        # A series with no date left ahead (cancelled from her date on) has no "going to 0 of 0".
        if view is not None and view.dates.upcoming:
            dates = view.dates
            line = mine_line(screens, view.phrase, dates.going, dates.upcoming)
            lines[event.id] = _with_moved(screens, event, services.settings.zone, line)
    return lines


def moved_from(event: Event, zone: ZoneInfo) -> bool:
    """Whether this date of a series was moved alone to another day than its rule gives it:
    "every Thursday" is then the series', not this date's."""
    start = event.occurrence_start
    return start is not None and another_day(event, start, zone)


def _with_moved(screens: Screens, event: Event, zone: ZoneInfo, line: str) -> str:
    """A list's series line, and which day a date moved alone was on (its line above says the
    new one)."""
    if not moved_from(event, zone):
        return line
    assert event.occurrence_start is not None
    day = date_day(screens, event.occurrence_start, zone)
    return f"{line} · {screens.text('seriesfix-list-moved', day=day)}"


async def with_its_series(
    services: Services, screens: Screens, member_id: int, event: Event, screen: Screen, origin: str
) -> Screen:
    """One date's page: its series' rule and buttons too, while it can be answered."""
    if event.series_id is None or event.status != "open":
        return screen
    view = await services.event_series.view(event.series_id, member_id)
    if view is None:
        return screen
    dates = view.dates
    every = dates.upcoming > 0 and dates.going == dates.upcoming
    rows = card_rows(event, origin, screens, going_to_all=every)
    line = _card_line(screens, view, services, event)
    return with_series(screen, line, rows)


def _card_line(screens: Screens, view: SeriesView, services: Services, event: Event) -> str:
    """ "Repeats every Thursday · 13 dates, until Thursday 4 March": how long it goes on; on a
    date moved alone to another day, that it is part of the series and where it moved."""
    zone = services.settings.zone
    rule = rule_words(screens, view.phrase)
    if moved_from(event, zone):
        when = when_with_year(screens, event.starts_at, zone, services.clock.now())
        return screens.text("seriesfix-card-moved", title=event.title, rule=rule, when=when)
    last = view.dates.last
    until = "" if last is None else date_day(screens, last, zone)
    return screens.text("series-card", rule=rule, count=view.dates.upcoming, until=until)


async def card_line(services: Services, screens: Screens, event: Event) -> str | None:
    """Under a date's card where no member is in view (an announcement's copies): the rule and
    how many dates are ahead; None for a single event."""
    if event.series_id is None:
        return None
    view = await services.event_series.view(event.series_id, 0)
    return None if view is None else _card_line(screens, view, services, event)
