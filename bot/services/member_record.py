"""The member record for moderators (issue 13, point 7): finding a member by first name, and the
card of everything the community holds about them that safeguarding work needs. Never a
username, Telegram id, contact or the guardian's identity; each view is audited."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from bot.core.audit import AuditLog
from bot.core.clock import Clock
from bot.domain.age_bands import age_band
from bot.domain.catalog import PURPOSES
from bot.domain.titles import matching
from bot.services.ages import Ages
from bot.services.staff import StaffService
from storage.consents import ConsentRepository
from storage.guardians import GuardianRepository
from storage.member_record import (
    AnswerRow,
    ApplicationRow,
    MemberRecordRepository,
    Named,
    ReportCounts,
    SanctionRow,
    Totals,
)
from storage.profiles import ProfileRepository

VIEWED = "member.viewed"
SAME_READING = timedelta(minutes=10)


@dataclass(frozen=True)
class Match:
    """One member a typed first name found: what tells two of the same name apart."""

    member_id: int
    first_name: str
    band: str | None
    city: str | None
    remote_only: bool


@dataclass(frozen=True)
class ConsentLine:
    purpose: str
    granted: bool
    given_by: str | None  # "member", "guardian"; None: never answered
    on_paper: bool
    # For a guardian's consent given in the bot: whether a moderator checked it yet.
    checked: bool


@dataclass(frozen=True)
class MemberCard:
    member_id: int
    first_name: str
    band: str | None
    city: str | None
    remote_only: bool
    language: str | None
    since: datetime | None
    role: str  # a staff role, or "member"
    consents: tuple[ConsentLine, ...]
    sanctions: tuple[SanctionRow, ...]
    reports: ReportCounts
    applications: tuple[ApplicationRow, ...]
    answers: tuple[AnswerRow, ...]
    totals: Totals  # the lists above hold the newest rows only


@dataclass(kw_only=True, eq=False)
class MemberRecords:
    repository: MemberRecordRepository
    profiles: ProfileRepository
    consents: ConsentRepository
    guardians: GuardianRepository
    ages: Ages
    staff: StaffService
    audit: AuditLog
    clock: Clock

    def __post_init__(self) -> None:
        # When each moderator last read each card (in memory: a restart records anew).
        self._viewed: dict[tuple[int, int], datetime] = {}

    def _band(self, who: Named) -> str | None:
        age = self.ages.age_of(who)
        return None if age is None else age_band(age)

    async def find(self, typed: str) -> list[Match]:
        """Members whose first name holds what was typed (accents and case aside); an exact
        name wins over the rest."""
        found = matching(typed, await self.repository.named(), lambda named: named.first_name)
        return [
            Match(n.member_id, n.first_name, self._band(n), n.city, n.remote_only) for n in found
        ]

    async def match(self, member_id: int) -> Match | None:
        profile = await self.profiles.get(member_id)
        if profile is None or not profile.first_name:
            return None
        age = self.ages.age_of(profile)
        band = None if age is None else age_band(age)
        return Match(member_id, profile.first_name, band, profile.city, profile.remote_only)

    async def card(self, viewer_id: int, member_id: int) -> MemberCard | None:
        """The card, and an audit entry saying who read it; None if the member is gone."""
        found = await self.match(member_id)
        joined = await self.repository.joined(member_id)
        if found is None or joined is None:
            return None
        await self._audit_view(viewer_id, member_id)
        role = self.staff.role_of(member_id)
        return MemberCard(
            member_id=member_id,
            first_name=found.first_name,
            band=found.band,
            city=found.city,
            remote_only=found.remote_only,
            language=joined.language or joined.app_language,
            since=joined.created_at,
            role=role.value if role is not None else "member",
            consents=await self._consents(member_id),
            sanctions=tuple(await self.repository.sanctions(member_id)),
            reports=await self.repository.reports(member_id),
            applications=tuple(await self.repository.applications(member_id)),
            answers=tuple(await self.repository.answers(member_id)),
            totals=await self.repository.totals(member_id),
        )

    async def _audit_view(self, viewer_id: int, member_id: int) -> None:
        """One entry per reading: the presses that move between the card's sections in the
        minutes after it was opened are the same reading, not a new one each."""
        now = self.clock.now()
        last = self._viewed.get((viewer_id, member_id))
        self._viewed[(viewer_id, member_id)] = now
        if last is None or now - last > SAME_READING:
            await self.audit.record(viewer_id, VIEWED, member_id)

    async def _consents(self, member_id: int) -> tuple[ConsentLine, ...]:
        stored = await self.consents.of_member(member_id)
        request = await self.guardians.of_member(member_id)
        checked = request is not None and request.verified_at is not None
        lines = []
        for purpose in PURPOSES:
            consent = stored.get(purpose)
            if consent is None:
                lines.append(ConsentLine(purpose, False, None, False, False))
                continue
            on_paper = consent.method == "paper"
            lines.append(
                ConsentLine(
                    purpose,
                    consent.granted,
                    consent.given_by,
                    on_paper,
                    on_paper or (consent.given_by == "guardian" and checked),
                )
            )
        return tuple(lines)
