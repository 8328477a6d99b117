"""Staff roles (safeguarding rule 20): admins from ADMIN_IDS; moderators and coordinators by an
admin's invite that names them, once an admin confirms who opened it (`staff_invites`).

Roles are read on every staff command and button, so they are kept in memory: the table is small
and this process is its only writer. Every change is audited.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from bot.core.audit import AuditLog
from bot.core.clock import Clock
from storage.staff import Enrolment, StaffMember, StaffRepository


class Role(StrEnum):
    ADMIN = "admin"
    MODERATOR = "moderator"
    COORDINATOR = "coordinator"


INVITABLE = (Role.COORDINATOR, Role.MODERATOR)


@dataclass(kw_only=True, eq=False)
class StaffService:
    repository: StaffRepository
    audit: AuditLog
    clock: Clock
    admin_ids: frozenset[int]

    def __post_init__(self) -> None:
        self._roles: dict[int, Role] = {}
        self._languages: dict[int, str] = {}
        self._candidates: set[int] = set()

    async def load(self) -> None:
        members = await self.repository.all()
        self._roles = {member.telegram_id: Role(member.role) for member in members}
        self._languages = {m.telegram_id: m.language for m in members if m.language}

    def expect(self, telegram_id: int, language: str | None) -> None:
        """Someone opened an invite: the bot may tell them how it was decided."""
        self._candidates.add(telegram_id)
        if language and telegram_id not in self._roles:
            self._languages[telegram_id] = language

    def forget(self, telegram_id: int) -> None:
        """Their invite is decided and they were told."""
        self._candidates.discard(telegram_id)
        if telegram_id not in self._roles:
            self._languages.pop(telegram_id, None)

    def knows(self, telegram_id: int) -> bool:
        """Staff, or an adult waiting for an admin to decide on their invite: the bot may write
        to them about it although they are no member."""
        return self.is_staff(telegram_id) or telegram_id in self._candidates

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

    async def enrol(self, enrolment: Enrolment, now: datetime) -> Role:
        """A confirmed invite: the role starts now."""
        await self.repository.add(enrolment, now)
        role = Role(enrolment.role)
        self._roles[enrolment.telegram_id] = role
        if enrolment.language:
            self._languages[enrolment.telegram_id] = enrolment.language
        return role

    async def names(self) -> dict[int, str]:
        """Everyone who is or was on the staff, by the name an admin confirmed."""
        return await self.repository.names()

    async def demote(self, admin_id: int, telegram_id: int) -> bool:
        if not self.is_admin(admin_id) or telegram_id in self.admin_ids:
            return False
        role = self._roles.pop(telegram_id, None)
        self._languages.pop(telegram_id, None)
        if role is None or not await self.repository.remove(telegram_id, self.clock.now()):
            return False
        await self.audit.record(admin_id, "staff.demoted", telegram_id, role=role.value)
        return True
