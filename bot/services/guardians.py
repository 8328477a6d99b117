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
from datetime import timedelta
from enum import Enum

from bot.core.audit import AuditLog
from bot.core.clock import Clock
from bot.domain.catalog import PURPOSES
from bot.services.consents import ConsentService
from bot.services.members import MemberService
from bot.services.notifications import NotificationGate, Purpose, Text
from bot.services.onboarding import OnboardingService
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


@dataclass(frozen=True)
class Opened:
    problem: OpenProblem | None
    request: GuardianRequest | None = None


class GuardianService:
    def __init__(
        self,
        repository: GuardianRepository,
        members: MemberService,
        onboarding: OnboardingService,
        consents: ConsentService,
        audit: AuditLog,
        notifications: NotificationGate,
        clock: Clock,
    ) -> None:
        self._repository = repository
        self._members = members
        self._onboarding = onboarding
        self._consents = consents
        self._audit = audit
        self._notifications = notifications
        self._clock = clock

    async def cleared(self, member_id: int) -> bool:
        """Not waiting for a guardian: old enough, or their guardian consented."""
        if not await self._onboarding.under_guardian(member_id):
            return True
        request = await self._repository.of_member(member_id)
        return request is not None and request.status == "consented"

    async def request_of(self, member_id: int) -> GuardianRequest | None:
        return await self._repository.of_member(member_id)

    async def by_code(self, text: str) -> GuardianRequest | None:
        return await self._repository.by_code(normalize_code(text))

    async def start_request(
        self, member_id: int, telegram_name: str
    ) -> tuple[GuardianRequest, str]:
        """The member's request with a fresh link (created on first use). Returns the token:
        it is shown once, here, and stored only as a hash."""
        token = secrets.token_urlsafe(18)
        now = self._clock.now()
        expires = now + LINK_VALIDITY
        existing = await self._repository.of_member(member_id)
        if existing is not None:
            await self._repository.new_link(member_id, _hash(token), expires)
        else:
            while not await self._repository.create(
                member_id, _new_code(), _hash(token), telegram_name[:64], now, expires
            ):
                pass  # a code already in use: draw again
        request = await self._repository.of_member(member_id)
        assert request is not None
        return request, token

    async def open(self, token: str, guardian_id: int) -> Opened:
        request = await self._repository.by_token_hash(_hash(token))
        if request is None or request.status not in {"pending", "opened"}:
            return Opened(OpenProblem.UNKNOWN)
        if request.member_id == guardian_id:
            return Opened(OpenProblem.OWN, request)
        if request.link_expires_at <= self._clock.now():
            return Opened(OpenProblem.EXPIRED, request)
        if request.guardian_id not in {None, guardian_id}:
            return Opened(OpenProblem.TAKEN, request)
        await self._repository.opened_by(request.member_id, guardian_id)
        return Opened(None, await self._repository.of_member(request.member_id))

    async def for_guardian(self, code: str, guardian_id: int) -> GuardianRequest | None:
        """The request this guardian opened and may still decide on."""
        request = await self._repository.by_code(code)
        if request is None or request.guardian_id != guardian_id:
            return None
        if request.status != "opened" or request.link_expires_at <= self._clock.now():
            return None
        return request

    async def undecided(self, code: str) -> GuardianRequest | None:
        """A request still waiting for consent, for a moderator with a paper form."""
        request = await self._repository.by_code(normalize_code(code))
        if request is None or request.status not in {"pending", "opened", "withdrawn"}:
            return None
        return request

    async def toggle(self, request: GuardianRequest, purpose: str) -> tuple[str, ...]:
        if purpose not in PURPOSES:
            raise ValueError(f"unknown purpose {purpose!r}")
        chosen = set(request.purposes) ^ {purpose}
        purposes = tuple(p for p in PURPOSES if p in chosen)
        await self._repository.set_purposes(request.member_id, purposes)
        return purposes

    async def consent(self, request: GuardianRequest, method: str, actor_id: int) -> None:
        """Record the consent and each purpose's answer, then let the member go on."""
        for purpose in PURPOSES:
            await self._consents.decide(
                request.member_id,
                purpose,
                purpose in request.purposes,
                given_by="guardian",
                method=method,
            )
        await self._repository.decide(request.member_id, "consented", method, self._clock.now())
        action = "guardian_consent.paper" if method == "paper" else "guardian_consent.given"
        await self._audit.record(actor_id, action, request.member_id)
        await self._onboarding.guardian_consented(request.member_id)
        await self._tell(request.member_id, "guardian-member-consented")

    async def decline(self, request: GuardianRequest) -> None:
        """The guardian says no: the member's pending data goes at once (nothing to keep)."""
        # Told now, even in quiet hours: the pending data goes at once, so it cannot wait.
        await self._notifications.deliver(
            request.member_id,
            Text("guardian-member-declined"),
            Purpose.CONSEQUENCE,
            deadline=self._clock.now(),
        )
        await self._members.erase(request.member_id)

    async def withdraw(self, code: str, guardian_id: int) -> GuardianRequest | None:
        request = await self._repository.by_code(code)
        if request is None or request.guardian_id != guardian_id:
            return None
        if request.status != "consented":
            return None
        for purpose in PURPOSES:
            await self._consents.decide(
                request.member_id, purpose, False, given_by="guardian", method="bot"
            )
        await self._repository.decide(request.member_id, "withdrawn", None, self._clock.now())
        await self._audit.record(guardian_id, "guardian_consent.withdrawn", request.member_id)
        await self._onboarding.guardian_withdrew(request.member_id)
        await self._tell(request.member_id, "guardian-member-withdrawn")
        return request

    async def _tell(self, member_id: int, key: str) -> None:
        await self._notifications.deliver(member_id, Text(key), Purpose.CONSEQUENCE)

    async def consented_by(self, guardian_id: int) -> list[GuardianRequest]:
        return await self._repository.of_guardian(guardian_id)

    async def waiting(self, page: int, per_page: int) -> tuple[list[GuardianRequest], int]:
        return await self._repository.waiting(per_page, page * per_page)

    async def erase_expired(self) -> int:
        """Requests whose link expired without consent: the member's data goes (rule 2)."""
        erased = 0
        now = self._clock.now()
        stale = await self._repository.expired_without_consent(now, now - LINK_VALIDITY)
        for member_id in stale:
            if await self._members.erase(member_id):
                erased += 1
        return erased


def _new_code() -> str:
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
