"""Who a broadcast reaches: the members an audience picks among those an announcement may reach
now (rules 2, 12, 14), and how many of them are minors who are in quiet hours now (rule 15),
for the sender's preview (rule 27)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from bot.core.clock import Clock
from bot.core.i18n import resolve_language
from bot.domain.age_bands import AGE_BANDS, age_band
from bot.domain.audience import Audience, Condition, Field
from bot.domain.quiet_hours import QuietHours
from bot.services.ages import Ages
from storage.audience import AudienceRepository, Candidate


@dataclass(frozen=True)
class AudienceCount:
    total: int = 0
    minors: int = 0  # under 18, or of unknown age (the careful side)
    minors_in_quiet_now: int = 0  # of those, how many quiet hours hold back now
    quiet_until: datetime | None = None  # when those quiet hours end

    @property
    def nobody(self) -> bool:
        return self.total == 0


def _age_range(value: str) -> tuple[int, int] | None:
    low, _, high = value.partition("-")
    return (int(low), int(high)) if low.isdigit() and high.isdigit() else None


def band_values() -> tuple[str, ...]:
    """The age bands a condition may name, as age_band() writes them."""
    return tuple(age_band(low) for low, _ in AGE_BANDS)


@dataclass(kw_only=True, eq=False)
class Audiences:
    repository: AudienceRepository
    ages: Ages
    clock: Clock
    quiet: QuietHours
    zone: ZoneInfo
    default_language: str

    async def member_ids(self, audience: Audience) -> list[int]:
        return [candidate.telegram_id for candidate in await self._picked(audience)]

    async def count(self, audience: Audience, at: datetime | None = None) -> AudienceCount:
        """Who it reaches now; the quiet hours as they will be `at` the time it goes (a
        broadcast for 18:00 tomorrow holds nobody back, whatever the hour now)."""
        picked = await self._picked(audience)
        minors = sum(1 for candidate in picked if self.ages.counts_as_minor(candidate))
        now = max(at, self.clock.now()) if at is not None else self.clock.now()
        ends = self.quiet.next_allowed(now, self.zone)
        in_quiet = ends > now
        return AudienceCount(
            total=len(picked),
            minors=minors,
            minors_in_quiet_now=minors if in_quiet else 0,
            quiet_until=ends if in_quiet and minors else None,
        )

    async def _picked(self, audience: Audience) -> list[Candidate]:
        candidates = await self.repository.candidates(audience)
        rest = [c for c in audience.conditions if c.field in {Field.AGE, Field.AGE_BAND}]
        rest += [c for c in audience.conditions if c.field is Field.LANGUAGE]
        if not rest:
            return candidates
        return [c for c in candidates if all(self._meets(c, cond) for cond in rest)]

    def _meets(self, candidate: Candidate, condition: Condition) -> bool:
        met = self._matches(candidate, condition)
        return not met if condition.exclude else met

    def _matches(self, candidate: Candidate, condition: Condition) -> bool:
        if condition.field is Field.LANGUAGE:
            language = resolve_language(
                candidate.language, candidate.app_language, self.default_language
            )
            return language in condition.values
        age = self.ages.age_of(candidate)
        if age is None:
            return False  # an unknown age is in no band: only an exclusion lets them through
        if condition.field is Field.AGE_BAND:
            return age_band(age) in condition.values
        ranges = [found for found in map(_age_range, condition.values) if found is not None]
        return any(low <= age <= high for low, high in ranges)

    async def own_projects_only(self, coordinator_id: int, audience: Audience) -> bool:
        """Whether the audience keeps to the people of the coordinator's own projects: the
        participants of their projects, or the answers to their projects' events."""
        if not audience.only_through_projects():
            return False
        own = await self.repository.coordinated_projects(coordinator_id)
        events = await self.repository.projects_of_events(audience.event_ids())
        if len(events) != len(audience.event_ids()):
            return False
        return audience.project_ids() <= own and all(p in own for p in events.values())
