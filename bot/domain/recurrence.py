"""When a repeating event happens. Pure: no I/O.

A rule is read in local wall-clock time (the community's TIMEZONE): a meeting at 18:30 stays at
18:30 when the clocks change, so its UTC start moves by an hour. The expansion is dateutil's
rrule; every start is then placed in the zone. A rule must end (a date or a number of times) and
give at most MAX_OCCURRENCES dates, so a series is always a short list of real rows.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from enum import Enum
from itertools import islice
from typing import Protocol
from zoneinfo import ZoneInfo

from dateutil.rrule import MONTHLY, WEEKLY, rrule, weekday

MAX_OCCURRENCES = 100
# How far past the 100th date a too-long rule is counted, to say how many it would be.
_COUNT_LIMIT = 10_000
LAST = -1  # monthly: the last such weekday of the month


class Frequency(Enum):
    WEEKLY = "weekly"
    FORTNIGHTLY = "fortnightly"
    MONTHLY = "monthly"


class RuleProblem(Enum):
    """Why a rule is refused (a locale key suffix)."""

    NO_END = "no-end"
    TOO_MANY = "too-many"
    END_BEFORE_START = "end-before-start"
    FIFTH_WEEKDAY = "fifth-weekday"  # monthly from the 29th-31st: many months have no fifth
    WRONG_WEEK = "wrong-week"  # monthly on a week of the month the first date is not in
    NO_SUCH_TIME = "no-such-time"  # one date falls in the hour the clocks skip


@dataclass(frozen=True)
class Rule:
    frequency: Frequency
    first: datetime  # the first start, local wall-clock time (naive)
    until: date | None = None  # the last possible local date
    count: int | None = None
    week_of_month: int | None = None  # monthly: 1..4, or LAST

    @property
    def week(self) -> int:
        """The week of the month a monthly rule repeats on: the one given, else its first
        date's."""
        return self.week_of_month if self.week_of_month is not None else week_of_month(self.first)


class StoredSeries(Protocol):
    """A series' rule as it is kept (storage: event_series)."""

    @property
    def frequency(self) -> str: ...  # weekly, fortnightly, monthly
    @property
    def week_of_month(self) -> int | None: ...
    @property
    def local_start(self) -> str: ...  # 'YYYY-MM-DDTHH:MM', wall time in its zone
    @property
    def until_date(self) -> date | None: ...
    @property
    def occurrences(self) -> int | None: ...


def rule_of_series(series: StoredSeries) -> Rule:
    """The rule a stored series was made by."""
    return Rule(
        Frequency(series.frequency),
        datetime.fromisoformat(series.local_start),
        until=series.until_date,
        count=series.occurrences,
        week_of_month=series.week_of_month,
    )


@dataclass(frozen=True)
class Refused:
    problem: RuleProblem
    would_be: int | None = None  # TOO_MANY: how many dates it would make (None: countless)
    last_fitting: date | None = None  # TOO_MANY: the last date that fits MAX_OCCURRENCES
    on: date | None = None  # NO_SUCH_TIME: the date without that time


@dataclass(frozen=True)
class Phrase:
    """How a rule reads ("every Thursday"): a locale key and its numbers; the handler words it."""

    key: str
    weekday: int  # 0 Monday .. 6 Sunday
    week_of_month: int | None = None


def week_of_month(day: date) -> int:
    """Which such weekday of its month `day` is: 1 for the first … 5 for a fifth."""
    return (day.day - 1) // 7 + 1


def is_last_of_month(day: date) -> bool:
    return (day + timedelta(days=7)).month != day.month


def monthly_week(day: date) -> int:
    """The week a monthly rule from `day` repeats on: its own (1-4), or LAST for a fifth one
    (the offer made when "every month on the fifth Friday" cannot be)."""
    nth = week_of_month(day)
    return nth if nth <= 4 else LAST


def _rrule(rule: Rule, count: int | None) -> rrule:
    until = None if rule.until is None else datetime.combine(rule.until, time.max)
    day = rule.first.weekday()
    if rule.frequency is Frequency.MONTHLY:
        return rrule(
            MONTHLY, dtstart=rule.first, byweekday=weekday(day, rule.week), until=until, count=count
        )
    interval = 2 if rule.frequency is Frequency.FORTNIGHTLY else 1
    return rrule(WEEKLY, interval=interval, dtstart=rule.first, until=until, count=count)


def local_starts(rule: Rule, limit: int = MAX_OCCURRENCES + 1) -> list[datetime]:
    """The local wall-clock starts, first to last, at most `limit` of them."""
    count = limit if rule.count is None else min(rule.count, limit)
    found = _rrule(rule, count if rule.until is None else None)
    return list(islice(found, count))


def to_utc(local: datetime, zone: ZoneInfo) -> datetime:
    """A local wall-clock time in UTC; in the hour the clocks repeat, the first of the two."""
    return local.replace(tzinfo=zone, fold=0).astimezone(UTC)


def exists(local: datetime, zone: ZoneInfo) -> bool:
    """Whether the clocks show this time that day (not in the hour skipped in spring)."""
    back = to_utc(local, zone).astimezone(zone).replace(tzinfo=None)
    return back == local


def starts(rule: Rule, zone: ZoneInfo) -> list[datetime]:
    """The UTC start of every occurrence; only for a rule `check` accepted."""
    return [to_utc(local, zone) for local in local_starts(rule)]


def check(rule: Rule, zone: ZoneInfo) -> Refused | None:
    """Why the rule cannot make a series, or None if it can."""
    if rule.until is None and rule.count is None:
        return Refused(RuleProblem.NO_END)
    if rule.until is not None and rule.until < rule.first.date():
        return Refused(RuleProblem.END_BEFORE_START)
    if rule.frequency is Frequency.MONTHLY:
        refused = _check_monthly(rule)
        if refused is not None:
            return refused
    found = local_starts(rule, _COUNT_LIMIT + 1)
    if len(found) > MAX_OCCURRENCES:
        would_be = None if len(found) > _COUNT_LIMIT else len(found)
        if rule.count is not None:
            would_be = rule.count
        return Refused(RuleProblem.TOO_MANY, would_be, found[MAX_OCCURRENCES - 1].date())
    for local in found:
        if not exists(local, zone):
            return Refused(RuleProblem.NO_SUCH_TIME, on=local.date())
    return None


def _check_monthly(rule: Rule) -> Refused | None:
    nth, wanted = week_of_month(rule.first), rule.week
    if wanted == LAST:
        return None if is_last_of_month(rule.first.date()) else Refused(RuleProblem.WRONG_WEEK)
    if nth > 4:
        return Refused(RuleProblem.FIFTH_WEEKDAY)
    return None if wanted == nth else Refused(RuleProblem.WRONG_WEEK)


def phrase(rule: Rule) -> Phrase:
    day = rule.first.weekday()
    if rule.frequency is Frequency.WEEKLY:
        return Phrase("series-rule-weekly", day)
    if rule.frequency is Frequency.FORTNIGHTLY:
        return Phrase("series-rule-fortnightly", day)
    if rule.week == LAST:
        return Phrase("series-rule-monthly-last", day, LAST)
    return Phrase("series-rule-monthly", day, rule.week)
