"""A repeating event as iCalendar (RFC 5545), for "Add to calendar" on a series and for the one
file of /myevents. Pure: no I/O.

One master VEVENT carries the rule (RRULE) at the local wall time of the first occurrence
(DTSTART;TZID, with the zone's VTIMEZONE in the file), so a calendar keeps 18:30 across a clock
change. Dates the file must not show (cancelled, or not the member's) are EXDATEs; an occurrence
moved or changed on its own is an override VEVENT with the same UID and its RECURRENCE-ID. The
series' SEQUENCE tells a calendar that a file sent again replaces the one it has.

A member's own file (/myevents) holds only her dates, so it is not the series' file: its series
have their own UID (`series-7-mine@genc-bot`) and a SEQUENCE that rises with her answers too (see
`SeriesEntry.sequence`), so a calendar that goes by SEQUENCE never keeps an older one."""

from __future__ import annotations

from collections.abc import Collection, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Protocol
from zoneinfo import ZoneInfo

from icalendar import Calendar, vRecur
from icalendar import Event as CalendarEvent

from bot.domain.calendar_file import PRODUCT, Event, calendar_entry, entry_content
from bot.domain.recurrence import MAX_OCCURRENCES, rule_of_series, starts


class Series(Protocol):
    """What a calendar needs of a series' row (storage: event_series)."""

    @property
    def id(self) -> int: ...
    @property
    def frequency(self) -> str: ...  # weekly, fortnightly, monthly
    @property
    def week_of_month(self) -> int | None: ...  # monthly: 1..4, or -1 for the last
    @property
    def local_start(self) -> str: ...  # 'YYYY-MM-DDTHH:MM', wall time in time_zone
    @property
    def time_zone(self) -> str: ...
    @property
    def until_date(self) -> date | None: ...  # the last possible local date
    @property
    def occurrences(self) -> int | None: ...
    @property
    def sequence(self) -> int: ...


class Occurrence(Event, Protocol):
    """An event of the series, with the start its rule gave it (UTC)."""

    @property
    def occurrence_start(self) -> datetime | None: ...


# Where a personal file's SEQUENCE counts seconds from (so it fits 32 bits until 2093).
PERSONAL_EPOCH = datetime(2025, 1, 1, tzinfo=UTC)


@dataclass(frozen=True)
class SeriesEntry:
    """A series in a file; `shown` are the ids of the occurrences it shows (None: every one not
    cancelled). The other dates of its rule become EXDATEs. `personal`: in a member's own file,
    under its own UID."""

    series: Series
    occurrences: Sequence[Occurrence]
    shown: Collection[int] | None = None
    personal: bool = False

    @property
    def uid(self) -> str:
        mine = "-mine" if self.personal else ""
        return f"series-{self.series.id}{mine}@genc-bot"

    def sequence(self, now: datetime) -> int:
        """The series' SEQUENCE; in a member's own file, plus the seconds since PERSONAL_EPOCH
        at which the file is made: each file made later outranks the one before, whether the
        series changed or only her answers did. It only ever goes up (a count of her dates
        would not: a date changed away or deleted takes her answer with it)."""
        if not self.personal:
            return self.series.sequence
        seconds = int((now - PERSONAL_EPOCH).total_seconds())
        return self.series.sequence + max(seconds, 0)


def series_file(entry: SeriesEntry, now: datetime) -> bytes:
    """The series alone: "Add to calendar" on one of its occurrences."""
    return calendar_of((), (entry,), now)


def calendar_of(singles: Sequence[Event], series: Sequence[SeriesEntry], now: datetime) -> bytes:
    """One file with single events (in UTC, as calendar_file) and series (in local time)."""
    calendar = Calendar()
    calendar.add("prodid", PRODUCT)
    calendar.add("version", "2.0")
    for event in singles:
        calendar.add_component(calendar_entry(event, now))
    for entry in series:
        for component in _series_components(entry, now):
            calendar.add_component(component)
    # The zone's clock changes only around the series' dates, to keep the file small.
    dates = [start for entry in series for start in rule_starts(entry.series)]
    if dates:
        first, last = min(dates), max(dates)
        calendar.add_missing_timezones(date(first.year - 1, 1, 1), date(last.year + 2, 1, 1))
    return bytes(calendar.to_ical())


def rule_starts(series: Series) -> list[datetime]:
    """The UTC starts the series' rule gives (bot.domain.recurrence, as the series was made):
    the same local wall time each date, whatever the clock change in between."""
    return starts(rule_of_series(series), ZoneInfo(series.time_zone))[:MAX_OCCURRENCES]


def _last_rule_start(series: Series) -> datetime | None:
    """UNTIL is the last date itself, not the end date typed: a calendar that shows "until"
    names the last meeting ("until 4 March"), not the day she picked ("3 months": 9 March)."""
    if series.until_date is None:
        return None
    given = rule_starts(series)
    return given[-1] if given else None


def _rule(series: Series, first: datetime) -> vRecur:
    """The RRULE: UNTIL in UTC, as RFC 5545 asks when DTSTART has a TZID."""
    rule = vRecur(freq="MONTHLY" if series.frequency == "monthly" else "WEEKLY")
    if series.frequency == "fortnightly":
        rule["interval"] = 2
    days = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
    if series.frequency == "monthly":
        rule["byday"] = f"{rule_of_series(series).week}{days[first.weekday()]}"
    until = _last_rule_start(series)
    if until is not None:
        rule["until"] = until.astimezone(UTC)
    else:
        rule["count"] = series.occurrences
    return rule


def _series_components(entry: SeriesEntry, now: datetime) -> Iterator[CalendarEvent]:
    series = entry.series
    zone = ZoneInfo(series.time_zone)
    by_start = {
        occurrence.occurrence_start.astimezone(UTC): occurrence
        for occurrence in entry.occurrences
        if occurrence.occurrence_start is not None
    }
    if not by_start:
        return
    first = by_start[min(by_start)]  # the master reads as the first, whatever its status
    rule_dates = set(rule_starts(series))
    local_start = datetime.fromisoformat(series.local_start)
    # The whole series called off: calendars mark (or drop) every date at once.
    called_off = all(event.status == "cancelled" for event in by_start.values())
    master = _entry(entry, first, local_start, zone, now, called_off)
    master.add("rrule", _rule(series, local_start))
    if called_off:
        yield master
        return
    hidden = sorted(start for start in rule_dates if not _shown(by_start.get(start), entry.shown))
    if hidden:
        master.add("exdate", [start.astimezone(zone) for start in hidden])
    yield master
    for start, occurrence in sorted(by_start.items()):
        if not _shown(occurrence, entry.shown):
            continue
        if start not in rule_dates:
            # A row the rule does not give (the rule was changed under it): an event of its own,
            # as calendars disagree on extra dates (RDATE) beside excluded ones.
            yield calendar_entry(occurrence, now)
        elif _differs(occurrence, first, start):
            yield _override(entry, occurrence, start, zone, now)


def _override(
    entry: SeriesEntry, occurrence: Occurrence, start: datetime, zone: ZoneInfo, now: datetime
) -> CalendarEvent:
    """One date of the series as it reads now, named by the start the rule gave it."""
    override = _entry(entry, occurrence, occurrence.starts_at.astimezone(zone), zone, now)
    override.add("recurrence-id", start.astimezone(zone))
    return override


def _shown(occurrence: Occurrence | None, shown: Collection[int] | None) -> bool:
    """A date of the rule the file shows: an open occurrence, the member's if she is named."""
    if occurrence is None or occurrence.status == "cancelled":
        return False
    return shown is None or occurrence.id in shown


def _differs(occurrence: Occurrence, first: Occurrence, start: datetime) -> bool:
    """Whether the occurrence reads otherwise than the master says for its date."""
    return (
        occurrence.starts_at.astimezone(UTC) != start
        or occurrence.duration_minutes != first.duration_minutes
        or entry_content(occurrence) != entry_content(first)
    )


def _entry(
    source: SeriesEntry,
    content: Event,
    at: datetime,
    zone: ZoneInfo,
    now: datetime,
    called_off: bool = False,
) -> CalendarEvent:
    entry = CalendarEvent()
    entry.add("uid", source.uid)
    entry.add("sequence", source.sequence(now))
    entry.add("dtstamp", now.astimezone(UTC))
    entry.add("dtstart", at.replace(tzinfo=zone) if at.tzinfo is None else at)
    entry.add("duration", timedelta(minutes=content.duration_minutes))
    for name, value in entry_content(content):
        entry.add(name, value)
    entry.add("status", "CANCELLED" if called_off else "CONFIRMED")
    return entry
