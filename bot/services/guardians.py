"""Guardian consent for members under GUARDIAN_CONSENT_BELOW (safeguarding rule 2).

The member gets a one-time link (`/start guardian_<token>`, valid LINK_VALIDITY) to forward to a
parent or guardian, and a short reference code for the paper form. The guardian opens the link
in their own Telegram account, sees who is asking, reads the notice, chooses the consents per
purpose and confirms; or a moderator records a signed paper form by its code. Only a hash of
the token is stored; a new link replaces the old one.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import Enum

from bot.core.audit import AuditLog
from bot.core.clock import Clock
from bot.domain.catalog import PURPOSES
from bot.domain.guardian_identity import RELATIONSHIPS
from bot.services.ages import Ages
from bot.services.consents import ConsentService
from bot.services.members import MemberService
from bot.services.notifications import Delivery, Note, NotificationGate, Purpose, Text
from bot.services.onboarding import OnboardingService
from bot.services.staff import StaffService
from storage.consent_history import ConsentEvent, ConsentHistory
from storage.guardians import GuardianRepository, GuardianRequest

LINK_VALIDITY = timedelta(days=7)
LINK_PREFIX = "guardian_"
# No 0/O, 1/I/L: a code is read off paper and typed by hand.
CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
CODE_LENGTH = 6


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def normalize_code(text: str) -> str:
    return "".join(c for c in text.upper() if c.isalnum())[: CODE_LENGTH * 2]


class OpenProblem(Enum):
    UNKNOWN = "unknown"  # never issued, guessed, replaced by a newer link, or already used
    EXPIRED = "expired"
    OWN = "own"  # the member opened their own link
    TAKEN = "taken"  # another account opened it first
    MINOR = "minor"  # the account of a member under 18: a guardian is an adult


@dataclass(frozen=True)
class Opened:
    problem: OpenProblem | None
    request: GuardianRequest | None = None


@dataclass(frozen=True)
class ConsentToVerify(Note):
    """To moderators: an online consent, with what the guardian stated, to verify or revoke."""

    code: str
    child_name: str
    guardian_name: str
    relationship: str
    display_name: str  # the guardian's account as Telegram shows it
    at: datetime


@dataclass(frozen=True)
class PauseNotice(Note):
    """To a paused child: why (`key`), what became of their event answers and applications,
    and the day their data goes unless a new OK arrives."""

    key: str
    answers: int
    applications: int
    erase_at: str  # ISO instant: a held note is kept as JSON


@dataclass(frozen=True)
class Checked:
    """A moderator's verification or revocation: done now, or already decided by someone."""

    request: GuardianRequest | None  # None: no consent with that code waits
    done: bool
    earlier: ConsentEvent | None = None  # who decided first, and how
    guardian_told: Delivery | None = None  # a revocation: what became of the guardian's notice


@dataclass(kw_only=True, eq=False)
class GuardianService:
    repository: GuardianRepository
    history: ConsentHistory
    members: MemberService
    onboarding: OnboardingService
    consents: ConsentService
    ages: Ages
    staff: StaffService
    audit: AuditLog
    notifications: NotificationGate
    clock: Clock
    notice_version: str

    async def cleared(self, member_id: int) -> bool:
        """Not waiting for a guardian: old enough, or their guardian consented."""
        if not await self.onboarding.under_guardian(member_id):
            return True
        request = await self.repository.of_member(member_id)
        return request is not None and request.status == "consented"

    async def request_of(self, member_id: int) -> GuardianRequest | None:
        return await self.repository.of_member(member_id)

    async def by_code(self, text: str) -> GuardianRequest | None:
        return await self.repository.by_code(normalize_code(text))

    async def start_request(
        self, member_id: int, telegram_name: str
    ) -> tuple[GuardianRequest, str]:
        """The member's request with a fresh link (created on first use). Returns the token:
        it is shown once, here, and stored only as a hash."""
        token = secrets.token_urlsafe(18)
        now = self.clock.now()
        expires = now + LINK_VALIDITY
        existing = await self.repository.of_member(member_id)
        if existing is not None and existing.erase_at is not None:
            # After a withdrawal the data goes on the day the guardian was told: no link
            # outlives it.
            expires = min(expires, existing.erase_at)
        if existing is not None:
            await self.repository.new_link(member_id, _hash(token), expires)
        else:
            while not await self.repository.create(
                member_id, _new_code(), _hash(token), telegram_name[:64], now, expires
            ):
                pass  # a code already in use: draw again
        request = await self.repository.of_member(member_id)
        assert request is not None
        return request, token

    async def open(self, token: str, guardian_id: int, language: str | None = None) -> Opened:
        request = await self.repository.by_token_hash(_hash(token))
        if request is None or request.status not in {"pending", "opened"}:
            return Opened(OpenProblem.UNKNOWN)
        if request.member_id == guardian_id:
            return Opened(OpenProblem.OWN, request)
        if request.link_expires_at <= self.clock.now():
            return Opened(OpenProblem.EXPIRED, request)
        if request.guardian_id not in {None, guardian_id}:
            return Opened(OpenProblem.TAKEN, request)
        if await self._declared_minor(guardian_id):
            return Opened(OpenProblem.MINOR, request)
        await self.repository.opened_by(request.member_id, guardian_id, language)
        return Opened(None, await self.repository.of_member(request.member_id))

    async def for_guardian(self, code: str, guardian_id: int) -> GuardianRequest | None:
        """The request this guardian opened and may still decide on."""
        request = await self.repository.by_code(code)
        if request is None or request.guardian_id != guardian_id:
            return None
        if request.status != "opened" or request.link_expires_at <= self.clock.now():
            return None
        return request

    async def for_guardian_member(self, member_id: int, guardian_id: int) -> GuardianRequest | None:
        request = await self.repository.of_member(member_id)
        if request is None:
            return None
        return await self.for_guardian(request.reference_code, guardian_id)

    async def given_by(self, code: str, guardian_id: int) -> GuardianRequest | None:
        """A consent this guardian gave and has not withdrawn."""
        request = await self.repository.by_code(code)
        if request is None or request.guardian_id != guardian_id:
            return None
        return request if request.status == "consented" else None

    async def undecided_of(self, member_id: int) -> GuardianRequest | None:
        request = await self.repository.of_member(member_id)
        return await self.undecided(request.reference_code) if request is not None else None

    async def undecided(self, code: str) -> GuardianRequest | None:
        """A request still waiting for consent, for a moderator with a paper form."""
        request = await self.repository.by_code(normalize_code(code))
        if request is None or request.status not in {"pending", "opened", "withdrawn"}:
            return None
        return request

    async def toggle(self, request: GuardianRequest, purpose: str) -> tuple[str, ...]:
        if purpose not in PURPOSES:
            raise ValueError(f"unknown purpose {purpose!r}")
        chosen = set(request.purposes) ^ {purpose}
        purposes = tuple(p for p in PURPOSES if p in chosen)
        await self.repository.set_purposes(request.member_id, purposes)
        return purposes

    async def _declared_minor(self, telegram_id: int) -> bool:
        """A member whose declared birth month makes them under 18 today."""
        profile = await self.ages.profiles.get(telegram_id)
        age = self.ages.age_of(profile) if profile is not None else None
        return age is not None and age < 18

    async def state_name(self, request: GuardianRequest, name: str) -> None:
        await self.repository.state_identity(request.member_id, name, request.relationship)

    async def state_relationship(self, request: GuardianRequest, relationship: str) -> None:
        """The guardian (or a paper form) says parent or legal guardian; on the guardian's
        card pressing it is also their word that they are an adult with parental
        responsibility for this child."""
        if relationship not in RELATIONSHIPS or request.guardian_name is None:
            raise ValueError(f"relationship {relationship!r} without a name")
        await self.repository.state_identity(request.member_id, request.guardian_name, relationship)

    async def set_signed_on(self, request: GuardianRequest, signed: date) -> None:
        await self.repository.set_signed_on(request.member_id, signed)

    async def consent(
        self, request: GuardianRequest, method: str, actor_id: int, display_name: str = ""
    ) -> Delivery:
        """Record the consent and each purpose's answer, then let the member go on. Online, it
        waits for a moderator's check (moderators are asked); on paper the moderator recording
        it has checked it (admins are told)."""
        for purpose in PURPOSES:
            await self.consents.decide(
                request.member_id,
                purpose,
                purpose in request.purposes,
                given_by="guardian",
                method=method,
            )
        now = self.clock.now()
        await self.repository.decide(request.member_id, "consented", method, now)
        paper = method == "paper"
        await self._log(request.member_id, "given", actor_id, "guardian", method)
        action = "guardian_consent.paper" if paper else "guardian_consent.given"
        await self.audit.record(actor_id, action, request.member_id)
        if paper:
            await self.repository.verify(request.member_id, actor_id, now)
            await self._log(request.member_id, "verified", actor_id, "moderator", method)
        await self.onboarding.guardian_consented(request.member_id)
        told = await self._tell(request.member_id, "guardian-member-consented")
        # Staff last: the child's news does not wait on them.
        if paper:
            await self._tell_admins(request, actor_id)
        else:
            await self._ask_moderators(request, display_name, now)
        return told

    async def _ask_moderators(
        self, request: GuardianRequest, display_name: str, now: datetime
    ) -> None:
        stated = await self.repository.of_member(request.member_id)
        assert stated is not None
        assert stated.guardian_name is not None
        assert stated.relationship is not None
        note = ConsentToVerify(
            code=request.reference_code,
            child_name=request.telegram_name,
            guardian_name=stated.guardian_name,
            relationship=stated.relationship,
            display_name=display_name,
            at=now,
        )
        for moderator in self.staff.moderators():
            await self.notifications.deliver(moderator, note, Purpose.STAFF)

    async def _tell_admins(self, request: GuardianRequest, recorded_by: int) -> None:
        text = Text(
            "paper-admins-told",
            {"name": request.telegram_name, "code": request.reference_code},
        )
        for admin in sorted(self.staff.admin_ids - {recorded_by}):
            await self.notifications.deliver(admin, text, Purpose.STAFF)

    async def _checked(self, code: str, given_at: int) -> GuardianRequest | None:
        """The request whose consent a moderator's card shows: the card names the consent by
        when it was given, so an old card never decides a later consent."""
        request = await self.repository.by_code(normalize_code(code))
        if request is None or request.decided_at is None:
            return None
        return request if int(request.decided_at.timestamp()) == given_at else None

    async def verify(self, code: str, given_at: int, moderator_id: int) -> Checked:
        """A moderator vouches for an online consent: adults may reach the child from now."""
        request = await self._checked(code, given_at)
        if request is None:
            return Checked(None, done=False)
        if not await self.repository.verify(request.member_id, moderator_id, self.clock.now()):
            return Checked(request, False, await self.history.last_decision(request.member_id))
        await self._log(request.member_id, "verified", moderator_id, "moderator", "bot")
        await self.audit.record(moderator_id, "guardian_consent.verified", request.member_id)
        # Both were told it waits for this check: both hear that it is done.
        await self._tell(request.member_id, "guardian-member-verified")
        if request.guardian_id is not None:
            told = Text("guardian-verified", {"name": request.telegram_name})
            await self.notifications.deliver(request.guardian_id, told, Purpose.CONSEQUENCE)
        return Checked(request, done=True)

    async def revoke(self, code: str, given_at: int, moderator_id: int) -> Checked:
        """A moderator finds an online consent void: the child waits again as before it, and
        both the child and the guardian are told."""
        request = await self._checked(code, given_at)
        if request is None:
            return Checked(None, done=False)
        if not await self.repository.revoke(request.member_id, self.clock.now()):
            return Checked(request, False, await self.history.last_decision(request.member_id))
        # No per-purpose rows: the pause that follows drops every consent, and the "revoked"
        # event says who ended them (the moderator, not the guardian).
        erase_at = self.clock.now() + LINK_VALIDITY
        await self.repository.set_erasure(request.member_id, erase_at, None)
        await self._log(request.member_id, "revoked", moderator_id, "moderator", "bot")
        await self.audit.record(moderator_id, "guardian_consent.revoked", request.member_id)
        await self.onboarding.guardian_withdrew(request.member_id)
        if request.guardian_id is None:
            return Checked(request, done=True)
        # A date without words reads the same in both languages; the note is rendered later.
        until = erase_at.astimezone(self.notifications.zone).strftime("%d/%m/%Y")
        told = Text("guardian-revoked", {"name": request.telegram_name, "until": until})
        delivery = await self.notifications.deliver(request.guardian_id, told, Purpose.CONSEQUENCE)
        return Checked(request, done=True, guardian_told=delivery)

    async def change(self, code: str, guardian_id: int, purpose: str) -> GuardianRequest | None:
        """The guardian switches one consent on or off, from /guardian (effective at once)."""
        request = await self.repository.by_code(code)
        if request is None or request.guardian_id != guardian_id or purpose not in PURPOSES:
            return None
        if request.status != "consented":
            return None
        # From the state in force: the child may have switched it off herself since.
        on = not (await self.consents.granted(request.member_id))[purpose]
        chosen = (set(request.purposes) - {purpose}) | ({purpose} if on else set())
        purposes = tuple(p for p in PURPOSES if p in chosen)
        await self.repository.set_purposes(request.member_id, purposes)
        await self.consents.decide(
            request.member_id, purpose, on, given_by="guardian", method="bot"
        )
        await self.audit.record(guardian_id, "guardian_consent.changed", request.member_id)
        return await self.repository.of_member(request.member_id)

    async def history_of(self, member_id: int) -> list[ConsentEvent]:
        return await self.history.of_member(member_id)

    async def _log(
        self, member_id: int, event: str, actor_id: int | None, role: str, method: str
    ) -> None:
        # The guardian's account is theirs, not the child's: their role is kept, not their id.
        await self.history.append(
            member_id,
            ConsentEvent(
                event=event,
                purpose=None,
                granted=None,
                actor_id=None if role == "guardian" else actor_id,
                actor_role=role,
                method=method,
                notice_version=self.notice_version,
                at=self.clock.now(),
            ),
        )

    async def decline(self, request: GuardianRequest) -> None:
        """The guardian says no: the member's pending data goes at once (nothing to keep)."""
        # Told now, even in quiet hours: the pending data goes at once, so it cannot wait.
        await self.notifications.deliver(
            request.member_id,
            Text("guardian-member-declined"),
            Purpose.CONSEQUENCE,
            deadline=self.clock.now(),
        )
        await self.members.erase(request.member_id)

    async def withdraw(self, code: str, guardian_id: int) -> GuardianRequest | None:
        request = await self.repository.by_code(code)
        if request is None or request.guardian_id != guardian_id:
            return None
        if request.status != "consented":
            return None
        # As for a revocation: the "withdrawn" event is the record, the pause drops consents.
        now = self.clock.now()
        await self.repository.decide(request.member_id, "withdrawn", None, now)
        await self.repository.set_erasure(request.member_id, now + LINK_VALIDITY, guardian_id)
        await self._log(request.member_id, "withdrawn", guardian_id, "guardian", "bot")
        await self.audit.record(guardian_id, "guardian_consent.withdrawn", request.member_id)
        await self.onboarding.guardian_withdrew(request.member_id)
        return await self.repository.of_member(request.member_id)

    async def pause(self, member_id: int, revoked: bool, answers: int, left: int) -> Delivery:
        """Back to what waiting for a guardian allows (rule 2), at once; then the child hears
        why, and what became of their event answers (`answers`) and applications, invitations
        and places (`left`). Reducing first also drops news still held for quiet hours that
        is no longer true (the consent's "good news")."""
        await self.members.keep_only_age(member_id, keep_history=True)
        request = await self.repository.of_member(member_id)
        assert request is not None
        assert request.erase_at is not None
        key = "guardian-member-revoked" if revoked else "guardian-member-withdrawn"
        note = PauseNotice(key, answers, left, request.erase_at.isoformat())
        return await self.notifications.deliver(member_id, note, Purpose.CONSEQUENCE)

    async def _tell(self, member_id: int, key: str) -> Delivery:
        return await self.notifications.deliver(member_id, Text(key), Purpose.CONSEQUENCE)

    async def answered_any(self, telegram_id: int) -> bool:
        """Someone who opened a member's link as their guardian."""
        return await self.repository.guardian_language(telegram_id) is not None

    async def is_guardian_only(self, telegram_id: int) -> bool:
        """Someone who answered a request as a guardian and never began as a member."""
        if await self.members.get(telegram_id) is not None:
            return False
        return await self.answered_any(telegram_id)

    async def consented_by(self, guardian_id: int) -> list[GuardianRequest]:
        return await self.repository.of_guardian(guardian_id)

    async def paused_for(self, guardian_id: int) -> list[GuardianRequest]:
        """Children this guardian consented for whose consent ended (withdrawn or annulled)
        and whose data waits for its erasure day."""
        return [
            request
            for request in await self.repository.answered_by(guardian_id)
            if request.status == "withdrawn" and request.erase_at is not None
        ]

    async def erase_expired(self) -> int:
        """Requests whose link expired without consent, or whose erasure day after a
        withdrawal came: the member's data goes (rule 2), and a guardian who withdrew is
        told."""
        erased = 0
        for member_id, withdrawn_by in await self.repository.expired_without_consent(
            self.clock.now()
        ):
            request = await self.repository.of_member(member_id)
            if withdrawn_by is not None and request is not None:
                told = Text("guardian-data-erased", {"name": request.telegram_name})
                await self.notifications.deliver(withdrawn_by, told, Purpose.CONSEQUENCE)
            # Before erasing, while their language is still known; at once even in quiet
            # hours, since a note held for later would be erased with the rest.
            await self.notifications.deliver(
                member_id,
                Text("guardian-member-erased"),
                Purpose.CONSEQUENCE,
                deadline=self.clock.now(),
            )
            if await self.members.erase(member_id):
                erased += 1
        return erased


def _new_code() -> str:
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
