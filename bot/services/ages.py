"""How old a member is, read from their profile: the one owner of "who counts as a minor"."""

from __future__ import annotations

from bot.core.clock import Clock
from bot.domain.age_gate import counts_as_minor
from bot.domain.birth_month import BirthMonth
from storage.profiles import Profile, ProfileRepository


def born(profile: Profile | None) -> BirthMonth | None:
    if profile is None or profile.birth_year is None or not profile.birth_month:
        return None
    return BirthMonth(profile.birth_year, profile.birth_month)


class Ages:
    def __init__(self, *, profiles: ProfileRepository, clock: Clock) -> None:
        self._profiles = profiles
        self._clock = clock

    def age_of(self, profile: Profile) -> int | None:
        """The youngest they can be today; None while the birth month is unknown."""
        birth = born(profile)
        return None if birth is None else birth.youngest_age_on(self._clock.now().date())

    def profile_is_minor(self, profile: Profile | None) -> bool:
        return counts_as_minor(born(profile), self._clock.now().date())

    async def is_minor(self, member_id: int) -> bool:
        """Under 18, or of unknown age (the careful side)."""
        return self.profile_is_minor(await self._profiles.get(member_id))
