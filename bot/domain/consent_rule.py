"""The one rule for every switch of a consent, on every screen that shows one (safeguarding
rule 2): below GUARDIAN_CONSENT_BELOW only a guardian switches a consent on; the member may
always switch one off. At or above it the member decides. Pure: no I/O."""

from __future__ import annotations

from enum import StrEnum


class Decider(StrEnum):
    """Who switched a consent: stored as the consent's `given_by` (rule 3)."""

    MEMBER = "member"
    GUARDIAN = "guardian"


class Refusal(StrEnum):
    GUARDIAN_DECIDES = "guardian-decides"


def guardian_decides(age: int | None, guardian_consent_below: int) -> bool:
    """An unknown age counts as the youngest: the careful side."""
    return age is None or age < guardian_consent_below


def refusal(*, on: bool, by: Decider, guardian_decides: bool) -> Refusal | None:
    """Why this switch may not happen; None when it may. Withdrawing is never refused."""
    if on and by is Decider.MEMBER and guardian_decides:
        return Refusal.GUARDIAN_DECIDES
    return None
