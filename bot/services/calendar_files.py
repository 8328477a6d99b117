"""Calendar files for members: an event or its whole series ("Add to calendar"), and one file
with everything a member said Going to (/myevents). Nothing is written: reading her own answers
is not staff reading members' data, so nothing is audited."""

from __future__ import annotations

from bot.core.clock import Clock
from bot.domain.calendar_file import calendar_file
from bot.domain.series_calendar import SeriesEntry, calendar_of, series_file
from bot.services.event_series import SeriesService
from storage.calendar_feed import CalendarFeed
from storage.events import Event


class CalendarFiles:
    def __init__(self, feed: CalendarFeed, series: SeriesService, clock: Clock) -> None:
        self._feed = feed
        self._series = series
        self._clock = clock

    async def of_event(self, event: Event) -> bytes:
        """An occurrence brings its whole series, with the rule, so a calendar repeats it."""
        now = self._clock.now()
        entry = None if event.series_id is None else await self._entry(event.series_id)
        return calendar_file(event, now) if entry is None else series_file(entry, now)

    async def has_file(self, member_id: int) -> bool:
        """Whether /myevents offers her file: she is going to something ahead."""
        return await self._feed.any_going(member_id, self._clock.now())

    async def of_member(self, member_id: int) -> bytes | None:
        """Exactly the dates she said Going to; None when there are none (no empty file)."""
        feed = await self._feed.going(member_id, self._clock.now())
        entries = [await self._entry(series_id, feed.going) for series_id in feed.series_ids]
        found = [entry for entry in entries if entry is not None]
        if not feed.singles and not found:
            return None
        return calendar_of(feed.singles, found, self._clock.now())

    async def _entry(
        self, series_id: int, shown: frozenset[int] | None = None
    ) -> SeriesEntry | None:
        series = await self._series.get(series_id)
        occurrences = await self._series.occurrences(series_id)
        if series is None or not occurrences:
            return None
        # Her own dates (shown): her file's UID and SEQUENCE, never those of the series' file.
        return SeriesEntry(series, occurrences, shown, personal=shown is not None)
