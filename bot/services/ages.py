"""How old a member is, read from their profile: the one owner of "who counts as a minor"."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from bot.core.clock import Clock
from bot.domain.age_gate import counts_as_minor
from bot.domain.birth_month import BirthMonth
from storage.profiles import ProfileRepository


class Declared(Protocol):
    """Anything that carries a declared birth month: a profile, an addressee."""

    @property
    def birth_year(self) -> int | None: ...
    @property
    def birth_month(self) -> int | None: ...


def born(who: Declared | None) -> BirthMonth | None:
    if who is None or who.birth_year is None or not who.birth_month:
        return None
    return BirthMonth(who.birth_year, who.birth_month)


@dataclass(kw_only=True, eq=False)
class Ages:
    profiles: ProfileRepository
    clock: Clock

    def age_of(self, who: Declared) -> int | None:
        """The youngest they can be today; None while the birth month is unknown."""
        birth = born(who)
        return None if birth is None else birth.youngest_age_on(self.clock.now().date())

    def counts_as_minor(self, who: Declared | None) -> bool:
        """Under 18, or of unknown age (the careful side)."""
        return counts_as_minor(born(who), self.clock.now().date())

    async def is_minor(self, member_id: int) -> bool:
        return self.counts_as_minor(await self.profiles.get(member_id))
