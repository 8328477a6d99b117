"""Retention (safeguarding rule 13), as one durable daily task.

- Inactive (no message, button, application or RSVP) for INACTIVE_AFTER: warned; erased
  ERASE_AFTER_WARNING later if still inactive (any activity clears the warning).
- Past MAX_AGE: told, and erased AGED_OUT_GRACE later.
- Guardian requests without consent: erased 7 days after their link (bot/guardians.py).
- Age checks (rule 23): purged 30 days after the age question (bot/services/age_checks.py).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from bot.core.clock import Clock
from bot.core.tasks import Nothing, TaskDispatcher, TaskKind
from bot.domain.age_gate import AgeDecision, AgePolicy
from bot.domain.birth_month import BirthMonth
from bot.services.age_checks import AgeChecks
from bot.services.guardians import GuardianService
from bot.services.members import MemberService
from bot.services.notifications import NotificationGate, Purpose, Text
from storage.members import MemberRepository
from storage.tasks import Task

logger = logging.getLogger(__name__)

RETENTION = TaskKind("retention", Nothing)
INACTIVE_AFTER = timedelta(days=365)
ERASE_AFTER_WARNING = timedelta(days=30)
AGED_OUT_GRACE = timedelta(days=60)
RUN_AT = time(3, 30)  # local time: a quiet hour, after the night's backups

FINISHED_TASKS_KEPT = timedelta(days=30)  # what ran, failed or was cut short, then forgotten


@dataclass(frozen=True)
class RetentionReport:
    warned: int = 0
    erased_inactive: int = 0
    told_aged_out: int = 0
    erased_aged_out: int = 0
    erased_guardian_requests: int = 0
    purged_tasks: int = 0
    purged_age_checks: int = 0


def next_run(now: datetime, zone: ZoneInfo, at: time = RUN_AT) -> datetime:
    """The next `at` in local time, strictly after `now`."""
    local = now.astimezone(zone)
    candidate = datetime.combine(local.date(), at, tzinfo=zone)
    if candidate <= local:
        candidate = datetime.combine(local.date() + timedelta(days=1), at, tzinfo=zone)
    return candidate


@dataclass(kw_only=True, eq=False)
class RetentionService:
    members: MemberService
    repository: MemberRepository
    guardians: GuardianService
    tasks: TaskDispatcher
    notifications: NotificationGate
    policy: AgePolicy
    clock: Clock
    zone: ZoneInfo
    age_checks: AgeChecks

    async def schedule_next(self) -> None:
        """Idempotent: one task per day, whatever the number of restarts."""
        due = next_run(self.clock.now(), self.zone)
        await self.tasks.schedule(
            RETENTION, Nothing(), due_at=due, dedupe_key=f"retention:{due.date()}"
        )

    async def run_task(self, task: Task, _: Nothing) -> None:
        report = await self.run()
        logger.info("retention: %s", report)
        await self.schedule_next()

    async def run(self) -> RetentionReport:
        now = self.clock.now()
        erased_inactive = 0
        for member_id in await self.repository.warned_before(now - ERASE_AFTER_WARNING):
            erased_inactive += await self.members.erase(member_id)
        warned = 0
        for member_id in await self.repository.inactive_unwarned(now - INACTIVE_AFTER):
            await self.notifications.deliver(
                member_id, Text("retention-inactive-warning"), Purpose.CONSEQUENCE
            )
            await self.repository.mark_warned(member_id, now)
            warned += 1
        erased_aged_out = 0
        for member_id in await self.repository.aged_out_before(now - AGED_OUT_GRACE):
            erased_aged_out += await self.members.erase(member_id)
        told = 0
        today = now.astimezone(self.zone).date()
        for member_id, year, month in await self.repository.born_before(
            today.year - self.policy.max_age - 1
        ):
            if self.policy.decide(BirthMonth(year, month), today) is AgeDecision.TOO_OLD:
                await self.notifications.deliver(
                    member_id,
                    Text("retention-aged-out", {"max": self.policy.max_age}),
                    Purpose.CONSEQUENCE,
                )
                await self.repository.mark_aged_out(member_id, now)
                told += 1
        return RetentionReport(
            warned=warned,
            erased_inactive=erased_inactive,
            told_aged_out=told,
            erased_aged_out=erased_aged_out,
            erased_guardian_requests=await self.guardians.erase_expired(),
            purged_tasks=await self.tasks.purge_finished(FINISHED_TASKS_KEPT),
            purged_age_checks=await self.age_checks.purge(),
        )
