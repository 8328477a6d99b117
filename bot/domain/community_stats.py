"""The community's figures for /stats, from plain facts: members by age band, city and cause,
growth by week, projects and applications, events and turnout. Pure: no I/O.

No bar may point at one young person: a city or a cause chosen by fewer than `SMALLEST_GROUP`
members is counted under `OTHER` (k-anonymity), and an age band with fewer is joined to its
neighbour ("13–17": no "13–15: 1" pointing at the one youngest member), and the chart says so.
Bands are joined rather than shown as "<5" because the total is shown: one hidden band would be
the total minus the others. Growth by week stays exact: the week someone joined says nothing
about their age, city or causes. There is no attendance
yet, so an event's turnout is its Going answers against its seats, and the chart says that too.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from bot.domain.age_bands import AGE_BANDS, age_band
from bot.domain.age_gate import ADULT_AGE

SMALLEST_GROUP = 5
OTHER = "other"
REMOTE = "remote"
WEEKS = 12
# The order statuses are drawn in: what is alive first.
PROJECT_STATUSES = ("open", "paused", "closed", "draft")
APPLICATION_STATUSES = (
    "applied", "invited", "accepted", "declined", "invite_declined", "withdrawn", "left",
)  # fmt: skip
CITIES_SHOWN = 7  # and OTHER: a bar chart a phone shows whole
EVENTS_SHOWN = 8


@dataclass(frozen=True)
class MemberFacts:
    age: int | None
    city: str | None  # None: remote only
    causes: tuple[str, ...]
    joined: date  # local date the profile was finished


@dataclass(frozen=True)
class EventFacts:
    title: str
    starts: datetime
    capacity: int | None  # None: no limit
    going: int
    cancelled: bool


@dataclass(frozen=True)
class CommunityFacts:
    members: tuple[MemberFacts, ...]
    projects: Mapping[str, int]  # status -> how many (drafts included)
    applications: Mapping[str, int]  # status -> how many
    events: tuple[EventFacts, ...]
    now: datetime  # local


@dataclass(frozen=True)
class Turnout:
    title: str
    starts: datetime
    going: int
    capacity: int | None


@dataclass(frozen=True)
class CommunityStats:
    members: int
    new_in_weeks: int  # joined in the last WEEKS weeks
    age_bands: tuple[tuple[str, int], ...]  # in order, zeros included; small ones joined
    cities: tuple[tuple[str, int], ...]  # largest first; OTHER last; REMOTE is a city here
    causes: tuple[tuple[str, int], ...]  # members per cause (one may choose several)
    growth: tuple[tuple[date, int], ...]  # each week's Monday, new members; oldest first
    projects: dict[str, int]  # status -> count
    applications: dict[str, int]  # status -> count
    past_events: int
    upcoming_events: int
    turnout: tuple[Turnout, ...]  # the latest past events, oldest first
    merged: bool  # some small city or cause was counted under OTHER

    @property
    def empty(self) -> bool:
        return self.members == 0


def community_stats(facts: CommunityFacts) -> CommunityStats:
    members = facts.members
    cities, small_cities = merge_small((m.city or REMOTE for m in members), CITIES_SHOWN)
    causes, small_causes = merge_small(cause for m in members for cause in m.causes)
    growth = weekly_growth((member.joined for member in members), facts.now.date())
    live = [event for event in facts.events if not event.cancelled]
    past = sorted((e for e in live if e.starts <= facts.now), key=lambda e: e.starts)
    return CommunityStats(
        members=len(members),
        new_in_weeks=sum(count for _, count in growth),
        age_bands=_age_bands(members),
        cities=cities,
        causes=causes,
        growth=growth,
        projects=_in_order(facts.projects, PROJECT_STATUSES),
        applications=_in_order(facts.applications, APPLICATION_STATUSES),
        past_events=len(past),
        upcoming_events=len(live) - len(past),
        turnout=tuple(
            Turnout(event.title, event.starts, event.going, event.capacity)
            for event in past[-EVENTS_SHOWN:]
        ),
        merged=small_cities or small_causes,
    )


def merge_small(
    values: Iterable[str], shown: int | None = None
) -> tuple[tuple[tuple[str, int], ...], bool]:
    """Counts largest first (ties by name); groups under SMALLEST_GROUP, and those past the
    first `shown`, go into OTHER, last. Also says whether a small group was merged."""
    counts = Counter(values)
    ranked = sorted(counts.items(), key=lambda pair: (-pair[1], pair[0]))
    kept = [(name, n) for name, n in ranked if n >= SMALLEST_GROUP and name != OTHER][:shown]
    merged = sum(counts.values()) - sum(n for _, n in kept)
    small = any(n < SMALLEST_GROUP for n in counts.values())
    return (*kept, *(((OTHER, merged),) if merged else ())), small


def monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


def weekly_growth(joined: Iterable[date], today: date) -> tuple[tuple[date, int], ...]:
    """New members in each of the last WEEKS weeks (Monday to Sunday), this one included, oldest
    first, each named by its Monday: a date reads the same in every language."""
    weeks = [monday(today) - timedelta(weeks=back) for back in range(WEEKS - 1, -1, -1)]
    counts = Counter(monday(day) for day in joined)
    return tuple((week, counts.get(week, 0)) for week in weeks)


def _in_order(counts: Mapping[str, int], order: tuple[str, ...]) -> dict[str, int]:
    """The statuses that have any, in `order`; one not in it (a newer status) goes last."""
    ranked = sorted(counts, key=lambda status: order.index(status) if status in order else 99)
    return {status: counts[status] for status in ranked if counts[status]}


def _age_bands(members: tuple[MemberFacts, ...]) -> tuple[tuple[str, int], ...]:
    counts = Counter(age_band(member.age) for member in members if member.age is not None)
    bands = [[low, high, counts.get(age_band(low), 0)] for low, high in AGE_BANDS]
    return tuple((f"{low}–{high}", count) for low, high, count in join_small_bands(bands))


def join_small_bands(bands: list[list[int]]) -> list[list[int]]:
    """Bands as [low, high, count], in order. While one holds 1 to 4 people, it is joined to a
    neighbour: one on its side of 18 first (minors stay apart from adults while they can), then
    the smaller (the larger bands keep their detail). A band of none points at no one and stays
    unless joined. Ends when every band holds none or at least SMALLEST_GROUP, or one band holds
    everyone."""
    bands = [list(band) for band in bands]
    while len(bands) > 1:
        small = [i for i, (_, _, n) in enumerate(bands) if 0 < n < SMALLEST_GROUP]
        if not small:
            break
        i = min(small, key=lambda index: bands[index][2])
        neighbours = [j for j in (i - 1, i + 1) if 0 <= j < len(bands)]
        j = min(
            neighbours, key=lambda index: (_crosses_adulthood(bands, i, index), bands[index][2])
        )
        first, second = sorted((i, j))
        bands[first] = [bands[first][0], bands[second][1], bands[first][2] + bands[second][2]]
        del bands[second]
    return bands


def _crosses_adulthood(bands: list[list[int]], one: int, other: int) -> bool:
    return (bands[one][0] < ADULT_AGE) != (bands[other][0] < ADULT_AGE)
