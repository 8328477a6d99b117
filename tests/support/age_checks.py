"""Age checks (rule 23) wired on a bare database, for services tested without the bot."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from bot.core.audit import AuditLog
from bot.core.clock import FakeClock
from bot.core.keyed_hash import KeyedHash
from bot.core.tasks import TaskDispatcher
from bot.domain.age_gate import AgePolicy
from bot.domain.quiet_hours import QuietHours
from bot.services.age_checks import AgeChecks
from bot.services.ages import Ages
from bot.services.members import MemberService
from bot.services.notifications import NotificationGate, Offline
from bot.services.staff import StaffService
from storage.age_checks import AgeCheckRepository
from storage.audit import AuditRepository
from storage.db import Database
from storage.guardians import GuardianRepository
from storage.profiles import ProfileRepository
from storage.staff import StaffRepository
from storage.tasks import TaskRepository

TEST_KEY = b"a test key, never a real one...."


def age_checks_on(
    db: Database, clock: FakeClock, members: MemberService, policy: AgePolicy
) -> AgeChecks:
    audit = AuditLog(AuditRepository(db), clock)
    staff = StaffService(
        repository=StaffRepository(db), audit=audit, clock=clock, admin_ids=frozenset()
    )
    gate = NotificationGate(
        members=members,
        staff=staff,
        guardians=GuardianRepository(db),
        ages=Ages(profiles=ProfileRepository(db), clock=clock),
        tasks=TaskDispatcher(TaskRepository(db), clock),
        clock=clock,
        quiet=QuietHours.parse("22:00-08:00"),
        zone=ZoneInfo("Europe/Rome"),
        sender=Offline(),
    )
    return AgeChecks(
        repository=AgeCheckRepository(db),
        hasher=KeyedHash(TEST_KEY),
        policy=policy,
        notifications=gate,
        staff=staff,
        audit=audit,
        clock=clock,
    )
