"""Consent per purpose (safeguarding rules 2, 3 and 12): each answer is stored with its time, the
notice version, who gave it and how. Nothing counts as consent until it is given.

Every switch of a consent goes through `switch`, which asks the one rule
(bot/domain/consent_rule.py) first: below GUARDIAN_CONSENT_BELOW only a guardian switches a
consent on, on every screen, now and later."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from bot.core.clock import Clock
from bot.domain.age_gate import AgePolicy
from bot.domain.catalog import PURPOSES
from bot.domain.consent_rule import Decider, Refusal, guardian_decides, refusal
from bot.services.ages import Ages
from storage.consents import Consent, ConsentRepository


@dataclass(frozen=True)
class Switched:
    purpose: str
    on: bool


@dataclass(frozen=True)
class Refused:
    purpose: str
    reason: Refusal


Switch = Switched | Refused


@dataclass(frozen=True)
class MemberConsents:
    """What a screen needs to draw a member's consents: each purpose on or off, who decided it
    (None: never answered), and whether a guardian decides what is switched on."""

    granted: Mapping[str, bool]
    given_by: Mapping[str, Decider | None]
    guardian_decides: bool
    # The guardian signed a paper form: they have no /guardian, a moderator changes it for them.
    by_paper: bool = False

    @property
    def locked(self) -> frozenset[str]:
        """The purposes the member may not switch on: shown with a 🔒, not as a button."""
        if not self.guardian_decides:
            return frozenset()
        return frozenset(purpose for purpose, on in self.granted.items() if not on)


@dataclass(kw_only=True, eq=False)
class ConsentService:
    repository: ConsentRepository
    ages: Ages
    policy: AgePolicy
    clock: Clock
    notice_version: str
    # Members whose consents are known to match the notice in force (checked once each).
    _current: set[int] = field(default_factory=set)

    async def granted(self, member_id: int) -> dict[str, bool]:
        """Every purpose, True only where consent was given."""
        stored = await self.repository.of_member(member_id)
        return {purpose: purpose in stored and stored[purpose].granted for purpose in PURPOSES}

    async def of(self, member_id: int) -> MemberConsents:
        stored = await self.repository.of_member(member_id)
        return MemberConsents(
            granted={p: p in stored and stored[p].granted for p in PURPOSES},
            given_by={p: Decider(stored[p].given_by) if p in stored else None for p in PURPOSES},
            guardian_decides=await self.guardian_decides(member_id),
            by_paper=any(c.given_by == "guardian" and c.method == "paper" for c in stored.values()),
        )

    async def guardian_decides(self, member_id: int) -> bool:
        """Below GUARDIAN_CONSENT_BELOW, or of unknown age: a guardian switches consents on."""
        profile = await self.ages.profiles.get(member_id)
        age = self.ages.age_of(profile) if profile is not None else None
        return guardian_decides(age, self.policy.guardian_consent_below)

    async def switch(
        self,
        member_id: int,
        purpose: str,
        on: bool,
        *,
        by: Decider = Decider.MEMBER,
        method: str = "bot",
    ) -> Switch:
        """The only way a consent changes. A member's switch to what is already stored under
        the notice in force writes nothing, so a guardian's answer keeps its provenance."""
        if purpose not in PURPOSES:
            raise ValueError(f"unknown purpose {purpose!r}")
        reason = refusal(on=on, by=by, guardian_decides=await self.guardian_decides(member_id))
        if reason is not None:
            return Refused(purpose, reason)
        stored = (await self.repository.of_member(member_id)).get(purpose)
        unchanged = (
            stored is not None
            and stored.granted == on
            and stored.notice_version == self.notice_version
        )
        if not (unchanged and by is Decider.MEMBER):
            await self._record(member_id, purpose, on, by, method)
        return Switched(purpose, on)

    async def decide(
        self,
        member_id: int,
        purpose: str,
        granted: bool,
        *,
        given_by: str = "member",
        method: str = "bot",
    ) -> Switch:
        """`switch` for callers that name the decider as stored (the guardian service)."""
        return await self.switch(member_id, purpose, granted, by=Decider(given_by), method=method)

    async def confirm_all(self, member_id: int) -> None:
        """At the end of the consent question every purpose gets an answer under the notice in
        force (those left off as refused), with its time and version. Where a guardian decides,
        the guardian's answers stand as they were given; only unanswered purposes are filled
        in, as off."""
        stored = await self.repository.of_member(member_id)
        guardian = await self.guardian_decides(member_id)
        for purpose in PURPOSES:
            if guardian and purpose in stored:
                continue
            await self.switch(member_id, purpose, purpose in stored and stored[purpose].granted)
        if not guardian:
            self._current.add(member_id)

    async def outdated(self, member_id: int) -> bool:
        """Consents given under an older notice: to be asked again (rule 3)."""
        if member_id in self._current:
            return False
        stored = await self.repository.of_member(member_id)
        if any(c.notice_version != self.notice_version for c in stored.values()):
            return True
        self._current.add(member_id)
        return False

    async def _record(
        self, member_id: int, purpose: str, on: bool, by: Decider, method: str
    ) -> None:
        consent = Consent(
            purpose=purpose,
            granted=on,
            notice_version=self.notice_version,
            given_by=by.value,
            method=method,
            decided_at=self.clock.now(),
        )
        await self.repository.record(member_id, consent)
