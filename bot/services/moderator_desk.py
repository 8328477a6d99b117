"""The moderators' to-do list (rules 2 and 23): what waits for a moderator, in the order it
needs them, paged as one list: online consents to verify, age answers to check, then requests
still without a guardian's consent (nothing to do there but to know, or record a paper form)."""

from __future__ import annotations

from dataclasses import dataclass

from bot.services.age_checks import AgeChecks, AgeRetryNotice
from storage.guardians import GuardianRequest
from storage.moderator_desk import DeskRepository


@dataclass(frozen=True)
class DeskPage:
    to_verify: list[GuardianRequest]
    age_checks: list[AgeRetryNotice]
    waiting: list[GuardianRequest]
    total: int


@dataclass(kw_only=True, eq=False)
class ModeratorDesk:
    repository: DeskRepository
    age_checks: AgeChecks

    async def page(self, page: int, per_page: int) -> DeskPage:
        to_verify = await self.repository.to_verify()
        ages = await self.age_checks.open_notices()
        start = page * per_page
        consents = to_verify[start : start + per_page]
        age_start = max(0, start - len(to_verify))
        checks = ages[age_start : age_start + per_page - len(consents)]
        room = per_page - len(consents) - len(checks)
        waiting_start = max(0, start - len(to_verify) - len(ages))
        found = await self.repository.without_consent(room, waiting_start) if room else []
        total = len(to_verify) + len(ages) + await self.repository.count_without_consent()
        return DeskPage(consents, checks, found, total)
