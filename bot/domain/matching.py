"""Which projects suit a member, in what order, and why. Pure: no I/O, deterministic.

First eligibility (all must hold): the project is open, has places left and its deadline has not
passed; the member's age is in its range; the member consented to matching (rule 8: only what
they declared is used), has their guardian's consent if they need it, and has not already
applied to or been declined by it. Then a score, from the weights below, each one a reason the
member is shown ("you share: climate, graphic design · Torino · weekends").

Order: best score first; among equals the most recently published, then the lowest id. `top`
ranks on bitmasks; the plain reference it must equal (sets, a full sort) is
bench/reference.py's `rank`, and tests compare them on random data.
"""

from __future__ import annotations

import heapq
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from bot.domain.catalog import CAUSES, DAYS, SKILLS


@dataclass(frozen=True)
class Weights:
    """Every weight of the score, in one place."""

    shared_cause: int = 10  # per cause the member and the project share
    shared_skill: int = 4  # per skill the project wants and the member has
    same_city: int = 6  # the project is in the member's city
    remote: int = 4  # the project can be done from anywhere
    days_overlap: int = 3  # the member is free on at least one of the project's days
    hours_fit: int = 2  # the member's weekly hours cover the project's
    fresh: int = 2  # published in the last FRESH_DAYS days
    fresh_days: int = 14


WEIGHTS = Weights()


def mask(keys: Iterable[str], catalog: tuple[str, ...]) -> int:
    """A set of catalog keys as bits (unknown keys are dropped)."""
    bits = 0
    for key in keys:
        if key in catalog:
            bits |= 1 << catalog.index(key)
    return bits


def _set_masks(facts: MemberFacts | ProjectFacts) -> None:
    """The bitmask copies of causes, skills and days (frozen dataclasses: set once, here)."""
    object.__setattr__(facts, "causes_mask", mask(facts.causes, CAUSES))
    object.__setattr__(facts, "skills_mask", mask(facts.skills, SKILLS))
    object.__setattr__(facts, "days_mask", mask(facts.days, DAYS))


@dataclass(frozen=True, kw_only=True)
class _Masks:
    """The bitmask copies of causes, skills and days that `top` ranks on (see _set_masks)."""

    causes_mask: int = field(default=0, compare=False)
    skills_mask: int = field(default=0, compare=False)
    days_mask: int = field(default=0, compare=False)


@dataclass(frozen=True)
class MemberFacts(_Masks):
    age: int
    causes: frozenset[str]
    skills: frozenset[str]
    city: str | None  # None: remote only
    days: frozenset[str]
    hours_per_week: int | None
    consents_to_matching: bool
    guardian_cleared: bool  # True when no guardian consent is needed, or it was given
    excluded: frozenset[int] = frozenset()  # projects applied to, declined or left

    def __post_init__(self) -> None:
        _set_masks(self)


@dataclass(frozen=True)
class ProjectFacts(_Masks):
    id: int
    open: bool
    places_left: int
    deadline: date | None
    min_age: int
    max_age: int
    causes: frozenset[str]
    skills: frozenset[str]
    city: str | None  # None: remote
    days: frozenset[str]
    hours_per_week: int
    published_at: datetime

    def __post_init__(self) -> None:
        _set_masks(self)


@dataclass(frozen=True)
class Reasons:
    """Why a project was suggested, as the member will read it."""

    causes: tuple[str, ...] = ()  # shared, in catalog order
    skills: tuple[str, ...] = ()
    city: str | None = None  # the shared city
    remote: bool = False
    days: tuple[str, ...] = ()  # shared free days
    hours_fit: bool = False
    fresh: bool = False


@dataclass(frozen=True)
class Match:
    project: ProjectFacts
    score: int
    reasons: Reasons


def _is_fresh(project: ProjectFacts, now: datetime, weights: Weights) -> bool:
    # Published less than `fresh_days` whole days ago.
    return project.published_at > now - timedelta(days=weights.fresh_days)


def explain(
    member: MemberFacts, project: ProjectFacts, now: datetime, weights: Weights = WEIGHTS
) -> Match:
    """The score and its reasons (the reference: sets, no shortcuts)."""
    causes = tuple(key for key in CAUSES if key in member.causes and key in project.causes)
    skills = tuple(key for key in SKILLS if key in member.skills and key in project.skills)
    days = tuple(key for key in DAYS if key in member.days and key in project.days)
    same_city = project.city is not None and project.city == member.city
    remote = project.city is None
    hours_fit = (
        member.hours_per_week is not None and member.hours_per_week >= project.hours_per_week
    )
    fresh = _is_fresh(project, now, weights)
    score = (
        weights.shared_cause * len(causes)
        + weights.shared_skill * len(skills)
        + (weights.same_city if same_city else 0)
        + (weights.remote if remote else 0)
        + (weights.days_overlap if days else 0)
        + (weights.hours_fit if hours_fit else 0)
        + (weights.fresh if fresh else 0)
    )
    reasons = Reasons(
        causes=causes,
        skills=skills,
        city=project.city if same_city else None,
        remote=remote,
        days=days,
        hours_fit=hours_fit,
        fresh=fresh,
    )
    return Match(project, score, reasons)


_Kept = tuple[int, datetime, int, ProjectFacts]  # (score, published, -id, project)


def _keep(best: list[_Kept], item: _Kept, limit: int) -> int:
    """Keep `item` if it is among the best `limit` so far (`best` is a heap whose root is the
    worst kept); returns the score below which nothing can enter now (-1 while there is room)."""
    if len(best) < limit:
        heapq.heappush(best, item)
    elif item[:3] > best[0][:3]:
        heapq.heapreplace(best, item)
    return best[0][0] if len(best) == limit else -1


def top(
    member: MemberFacts,
    projects: Iterable[ProjectFacts],
    now: datetime,
    limit: int,
    weights: Weights = WEIGHTS,
) -> tuple[list[Match], int]:
    """The `limit` best eligible matches, in order, and how many are eligible in all,
    scored on bitmasks; reasons are built only for the ones returned.

    Only the best `limit` so far are kept (a heap whose root is the worst of them), so a call
    allocates next to nothing per project: thousands of short-lived objects per call would
    survive into the oldest generation and make the garbage collector's full passes, tens of
    milliseconds each, frequent."""
    if not (member.consents_to_matching and member.guardian_cleared):
        return [], 0
    today = now.date()
    fresh_after = now - timedelta(days=weights.fresh_days)
    age = member.age
    excluded = member.excluded
    m_causes, m_skills, m_days = member.causes_mask, member.skills_mask, member.days_mask
    m_city, m_hours = member.city, member.hours_per_week
    w_cause, w_skill = weights.shared_cause, weights.shared_skill
    w_city, w_remote, w_days, w_hours, w_fresh = (
        weights.same_city, weights.remote, weights.days_overlap, weights.hours_fit, weights.fresh
    )  # fmt: skip
    best: list[_Kept] = []
    # The root's score once `limit` are kept: anything below it is out at once.
    worst = -1 if limit > 0 else sys.maxsize
    eligible_count = 0
    for p in projects:
        if (
            not p.open
            or p.places_left <= 0
            or not p.min_age <= age <= p.max_age
            or (p.deadline is not None and p.deadline < today)
            or p.id in excluded
        ):
            continue
        eligible_count += 1
        score = (
            w_cause * (m_causes & p.causes_mask).bit_count()
            + w_skill * (m_skills & p.skills_mask).bit_count()
        )
        if p.city is None:
            score += w_remote
        elif p.city == m_city:
            score += w_city
        if m_days & p.days_mask:
            score += w_days
        if m_hours is not None and m_hours >= p.hours_per_week:
            score += w_hours
        if p.published_at > fresh_after:
            score += w_fresh
        if score >= worst:
            worst = _keep(best, (score, p.published_at, -p.id, p), limit)
    ranked = sorted(best, key=lambda item: item[:3], reverse=True)
    return [explain(member, item[3], now, weights) for item in ranked], eligible_count
