"""Who may join, by age. Pure: no I/O (safeguarding rules 1 and 2)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import Enum

from bot.domain.birth_month import BirthMonth

ADULT_AGE = 18


def counts_as_minor(born: BirthMonth | None, today: date) -> bool:
    """Under 18 by the youngest age they can be, or of unknown age: the careful side. The one
    rule for quiet hours and everything else that treats minors apart (rule 15)."""
    return born is None or born.youngest_age_on(today) < ADULT_AGE


class AgeDecision(Enum):
    WELCOME = "welcome"
    NEEDS_GUARDIAN = "needs-guardian"  # onboarding pauses until a guardian consents
    TOO_YOUNG = "too-young"
    TOO_OLD = "too-old"


@dataclass(frozen=True)
class AgePolicy:
    min_age: int
    max_age: int
    guardian_consent_below: int

    def birth_years(self, today: date) -> range:
        """The years someone in range may be born in, depending on the month; anyone born
        before or after certainly is not."""
        return range(today.year - self.max_age - 1, today.year - self.min_age + 1)

    def decide(self, born: BirthMonth, today: date) -> AgeDecision:
        """By the youngest age the person can be (as if born on the month's last day)."""
        age = born.youngest_age_on(today)
        if age < self.min_age:
            return AgeDecision.TOO_YOUNG
        if age > self.max_age:
            return AgeDecision.TOO_OLD
        if age < self.guardian_consent_below:
            return AgeDecision.NEEDS_GUARDIAN
        return AgeDecision.WELCOME


# Outcomes remembered for a while to stop an immediate retry (safeguarding rule 23).
REMEMBERED = frozenset({AgeDecision.TOO_YOUNG, AgeDecision.NEEDS_GUARDIAN, AgeDecision.TOO_OLD})
_LETS_IN = frozenset({AgeDecision.WELCOME, AgeDecision.NEEDS_GUARDIAN})


def needs_a_check(first: AgeDecision, new: AgeDecision) -> bool:
    """A new answer that would let the person further than their first one (too young or too
    old, now in range; needing a guardian, now not) waits for a moderator. A change towards a
    refusal or a guardian, or to the same outcome, is taken at once."""
    return first in REMEMBERED and new in _LETS_IN and new is not first
