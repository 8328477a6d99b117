"""Consent per purpose (safeguarding rules 3 and 12): each answer is stored with its time, the
notice version, who gave it and how. Nothing counts as consent until it is given."""

from __future__ import annotations

from bot.core.clock import Clock
from bot.domain.catalog import PURPOSES
from storage.consents import Consent, ConsentRepository


class ConsentService:
    def __init__(self, repository: ConsentRepository, clock: Clock, notice_version: str) -> None:
        self._repository = repository
        self._clock = clock
        self._notice_version = notice_version
        # Members whose consents are known to match the notice in force (checked once each).
        self._current: set[int] = set()

    async def granted(self, member_id: int) -> dict[str, bool]:
        """Every purpose, True only where consent was given."""
        stored = await self._repository.of_member(member_id)
        return {purpose: purpose in stored and stored[purpose].granted for purpose in PURPOSES}

    async def decide(
        self,
        member_id: int,
        purpose: str,
        granted: bool,
        *,
        given_by: str = "member",
        method: str = "bot",
    ) -> None:
        if purpose not in PURPOSES:
            raise ValueError(f"unknown purpose {purpose!r}")
        await self._repository.record(
            member_id,
            Consent(
                purpose=purpose,
                granted=granted,
                notice_version=self._notice_version,
                given_by=given_by,
                method=method,
                decided_at=self._clock.now(),
            ),
        )

    async def toggle(self, member_id: int, purpose: str) -> dict[str, bool]:
        current = await self.granted(member_id)
        await self.decide(member_id, purpose, not current.get(purpose, False))
        return {**current, purpose: not current.get(purpose, False)}

    async def confirm_all(self, member_id: int) -> None:
        """At the end of the consent question every purpose gets an answer under the notice in
        force (those left off as refused), with its time and version."""
        granted = await self.granted(member_id)
        for purpose in PURPOSES:
            await self.decide(member_id, purpose, granted[purpose])
        self._current.add(member_id)

    async def outdated(self, member_id: int) -> bool:
        """Consents given under an older notice: to be asked again (rule 3)."""
        if member_id in self._current:
            return False
        stored = await self._repository.of_member(member_id)
        if any(c.notice_version != self._notice_version for c in stored.values()):
            return True
        self._current.add(member_id)
        return False
