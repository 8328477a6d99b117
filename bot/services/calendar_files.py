"""Calendar files for members: an event or its whole series ("Add to calendar"), and one file
with everything a member said Going to (/myevents). Nothing is written: reading her own answers
is not staff reading members' data, so nothing is audited."""

from __future__ import annotations

from bot.core.clock import Clock
from bot.domain.calendar_file import calendar_file
from bot.domain.series_calendar import SeriesEntry, calendar_of, series_file
from storage.calendar_feed import CalendarFeed
from storage.events import Event


class CalendarFiles:
    def __init__(self, feed: CalendarFeed, clock: Clock) -> None:
        self._feed = feed
        self._clock = clock

    async def of_event(self, event: Event) -> bytes:
        """An occurrence brings its whole series, with the rule, so a calendar repeats it."""
        now = self._clock.now()
        if event.series_id is not None:
            found = await self._feed.series(event.series_id)
            if found is not None and found.occurrences:
                return series_file(SeriesEntry(found.series, found.occurrences), now)
        return calendar_file(event, now)

    async def of_member(self, member_id: int) -> bytes | None:
        """Exactly the dates she said Going to; None when there are none (no empty file)."""
        feed = await self._feed.going(member_id, self._clock.now())
        if not feed.singles and not feed.series:
            return None
        entries = [SeriesEntry(each.series, each.occurrences, feed.going) for each in feed.series]
        return calendar_of(feed.singles, entries, self._clock.now())
