"""Staff roles (safeguarding rule 20): admins from ADMIN_IDS; moderators and coordinators by an
admin's one-time invite (72 hours), after giving a name and accepting the code of conduct.

Roles are read on every staff command and button, so they are kept in memory: the table is small
and this process is its only writer. Every change is audited.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import timedelta
from enum import Enum, StrEnum

from bot.core.audit import AuditLog
from bot.core.clock import Clock
from bot.domain.names import clean_name, name_problem
from bot.services.conversations import Conversations, Flow
from storage.staff import StaffMember, StaffRepository

INVITE_VALIDITY = timedelta(hours=72)
INVITE_PREFIX = "staff_"


class Role(StrEnum):
    ADMIN = "admin"
    MODERATOR = "moderator"
    COORDINATOR = "coordinator"


INVITABLE = (Role.COORDINATOR, Role.MODERATOR)


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


class JoinProblem(Enum):
    UNKNOWN = "unknown"  # never issued, guessed or already used
    EXPIRED = "expired"
    TAKEN = "taken"  # opened by another account
    MEMBER = "member"  # a youth member's account: staff join with an adult account
    ALREADY = "already"  # already staff


@dataclass(frozen=True)
class Joining:
    problem: JoinProblem | None
    role: Role | None = None


@dataclass(kw_only=True, eq=False)
class StaffService:
    repository: StaffRepository
    conversations: Conversations
    audit: AuditLog
    clock: Clock
    admin_ids: frozenset[int]

    def __post_init__(self) -> None:
        self._roles: dict[int, Role] = {}
        self._languages: dict[int, str] = {}

    async def load(self) -> None:
        members = await self.repository.all()
        self._roles = {member.telegram_id: Role(member.role) for member in members}
        self._languages = {m.telegram_id: m.language for m in members if m.language}

    def language_of(self, telegram_id: int) -> str | None:
        """The language a staff member's Telegram app had when they joined."""
        return self._languages.get(telegram_id)

    def role_of(self, telegram_id: int) -> Role | None:
        if telegram_id in self.admin_ids:
            return Role.ADMIN
        return self._roles.get(telegram_id)

    def is_staff(self, telegram_id: int) -> bool:
        return self.role_of(telegram_id) is not None

    def is_admin(self, telegram_id: int) -> bool:
        return self.role_of(telegram_id) is Role.ADMIN

    def is_moderator(self, telegram_id: int) -> bool:
        return self.role_of(telegram_id) in {Role.ADMIN, Role.MODERATOR}

    def is_coordinator(self, telegram_id: int) -> bool:
        return self.role_of(telegram_id) in {Role.ADMIN, Role.COORDINATOR}

    def moderators(self) -> list[int]:
        """Who handles safeguarding work: moderators and admins."""
        ids = self.admin_ids | {i for i, role in self._roles.items() if role is Role.MODERATOR}
        return sorted(ids)

    async def staff(self) -> list[StaffMember]:
        return await self.repository.all()

    async def invite(self, admin_id: int, role: Role) -> str:
        if not self.is_admin(admin_id):
            raise PermissionError("only admins invite staff")
        token = secrets.token_urlsafe(18)
        now = self.clock.now()
        await self.repository.create_invite(
            _hash(token), role, admin_id, now, now + INVITE_VALIDITY
        )
        await self.audit.record(admin_id, "staff.invited", None, role=role.value)
        return token

    async def open(self, token: str, telegram_id: int, is_member: bool) -> Joining:
        invite = await self.repository.invite(_hash(token))
        if invite is None or invite.used:
            return Joining(JoinProblem.UNKNOWN)
        if invite.expires_at <= self.clock.now():
            return Joining(JoinProblem.EXPIRED)
        if invite.opened_by not in {None, telegram_id}:
            return Joining(JoinProblem.TAKEN)
        if self.is_staff(telegram_id):
            return Joining(JoinProblem.ALREADY, self.role_of(telegram_id))
        if is_member:
            return Joining(JoinProblem.MEMBER)
        await self.repository.open_invite(invite.token_hash, telegram_id)
        # Opening a staff invitation is a choice: it takes over whatever they were doing.
        await self.conversations.begin(telegram_id, Flow.STAFF_JOIN, "name", replace=True)
        return Joining(None, Role(invite.role))

    async def joining(self, telegram_id: int) -> tuple[Role, str | None] | None:
        """The role this account is joining as, and the name given so far."""
        invite = await self.repository.open_invite_of(telegram_id, self.clock.now())
        if invite is None:
            return None
        return Role(invite.role), invite.name

    async def give_name(self, telegram_id: int, text: str) -> bool:
        invite = await self.repository.open_invite_of(telegram_id, self.clock.now())
        if invite is None or name_problem(text, 64) is not None:
            return False
        await self.repository.name_invite(invite.token_hash, clean_name(text))
        await self.conversations.save(telegram_id, Flow.STAFF_JOIN, "conduct", {})
        return True

    async def accept_conduct(
        self, telegram_id: int, language: str | None, is_member: bool
    ) -> Role | None:
        """`is_member`: checked again now, for someone who onboarded as a youth member since
        opening the invite."""
        now = self.clock.now()
        invite = await self.repository.open_invite_of(telegram_id, now)
        if invite is None or invite.name is None or is_member:
            return None
        await self.repository.add(telegram_id, invite.role, invite.name, language, now)
        await self.repository.use_invite(invite.token_hash, now)
        await self.conversations.end(telegram_id, Flow.STAFF_JOIN)
        role = Role(invite.role)
        self._roles[telegram_id] = role
        if language:
            self._languages[telegram_id] = language
        await self.audit.record(invite.created_by, "staff.joined", telegram_id, role=role.value)
        return role

    async def demote(self, admin_id: int, telegram_id: int) -> bool:
        if not self.is_admin(admin_id) or telegram_id in self.admin_ids:
            return False
        role = self._roles.pop(telegram_id, None)
        if role is None or not await self.repository.remove(telegram_id):
            return False
        await self.audit.record(admin_id, "staff.demoted", telegram_id, role=role.value)
        return True
