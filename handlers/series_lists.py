"""A repeating event in the members' lists: the line under its next date in /events ("every
Thursday · 12 dates") and in /myevents ("you're going to 11 of 12"), and its card's rule and
buttons. Each series is read once per screen."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from bot.services.event_series import SeriesView
from bot.wiring import Services
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
    return {
        event.id: series_line(
            screens, views[event.series_id].phrase, views[event.series_id].dates.upcoming
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
            lines[event.id] = mine_line(screens, view.phrase, dates.going, dates.upcoming)
    return lines


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
    return with_series(screen, _card_line(screens, view, services.settings.zone), rows)


def _card_line(screens: Screens, view: SeriesView, zone: ZoneInfo) -> str:
    """ "Repeats every Thursday · 13 dates, until Thursday 4 March": how long it goes on."""
    rule = rule_words(screens, view.phrase)
    last = view.dates.last
    until = "" if last is None else date_day(screens, last, zone)
    return screens.text("series-card", rule=rule, count=view.dates.upcoming, until=until)


async def card_line(services: Services, screens: Screens, event: Event) -> str | None:
    """Under a date's card where no member is in view (an announcement's copies): the rule and
    how many dates are ahead; None for a single event."""
    if event.series_id is None:
        return None
    view = await services.event_series.view(event.series_id, 0)
    return None if view is None else _card_line(screens, view, services.settings.zone)
