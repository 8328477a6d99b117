"""The daily backup, as one durable task: a consistent copy of the database at a quiet hour,
the BACKUP_KEEP newest copies kept, and the erasure ledger trimmed to what they need.

A failure (a full disk, a folder the bot cannot write) is logged and told to the admins, and
the next night tries again: the bot itself keeps running."""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path
from zoneinfo import ZoneInfo

from bot.core.clock import Clock
from bot.core.tasks import Nothing, TaskDispatcher, TaskKind
from bot.domain.backup_rotation import ledger_horizon
from bot.services.erasures import ErasureLedger
from bot.services.notifications import NotificationGate, Purpose, Text
from bot.services.retention import next_run
from bot.services.staff import StaffService
from storage.backup import BackupError, BackupMade
from storage.backup_folder import BackupFolder
from storage.tasks import Task

logger = logging.getLogger(__name__)

DAILY_BACKUP = TaskKind("daily_backup", Nothing)
# Local time: a quiet hour, before the retention purge at 03:30 (whose erasures the ledger
# then holds until the next copy).
RUN_AT = time(3, 0)


@dataclass(frozen=True)
class _Night:
    made: BackupMade | None  # None: today's copy was there already
    removed: list[str]
    kept: list[date]


@dataclass(kw_only=True, eq=False)
class DailyBackups:
    database: Path
    folder: BackupFolder
    keep: int  # 0: no daily backups
    ledger: ErasureLedger
    tasks: TaskDispatcher
    notifications: NotificationGate
    staff: StaffService
    clock: Clock
    zone: ZoneInfo

    async def schedule_next(self) -> None:
        """Idempotent: one task per day, whatever the number of restarts."""
        if self.keep == 0:
            return
        due = next_run(self.clock.now(), self.zone, RUN_AT)
        await self.tasks.schedule(
            DAILY_BACKUP, Nothing(), due_at=due, dedupe_key=f"backup:{due.date()}"
        )

    async def run_task(self, task: Task, _: Nothing) -> None:
        if self.keep == 0:  # switched off since this task was scheduled
            return
        await self.schedule_next()  # first: a failure must not end the daily chain
        now = self.clock.now()
        today = now.astimezone(self.zone).date()
        try:
            # In a thread: the copy of a large database takes seconds, the bot keeps answering.
            night = await asyncio.to_thread(self._copy, today, now)
        except (BackupError, OSError) as error:
            await self._failed(today, str(error))
            return
        horizon = ledger_horizon(night.kept, today, self.keep)
        forgotten = await self.ledger.forget_before(
            datetime.combine(horizon, time(0), tzinfo=self.zone)
        )
        made = night.made
        logger.info(
            "daily backup: %s; %d older removed, %d kept; %d erasure(s) older than %s forgotten",
            f"{made.path} ({made.size:,} bytes)" if made else "today's copy exists already",
            len(night.removed),
            len(night.kept),
            forgotten,
            horizon,
        )

    def _copy(self, today: date, now: datetime) -> _Night:
        made = self.folder.take(self.database, today, now)
        removed = self.folder.rotate(self.keep)
        return _Night(made, removed, self.folder.days())

    async def _failed(self, today: date, reason: str) -> None:
        logger.error(
            "daily backup of %s into %s failed: %s; the next try is tomorrow at %s",
            today,
            self.folder.path,
            reason,
            RUN_AT.strftime("%H:%M"),
        )
        note = Text(
            "backups-failed",
            {"day": today.isoformat(), "folder": str(self.folder.path), "reason": reason},
        )
        for admin in sorted(self.staff.admin_ids):
            await self.notifications.deliver(admin, note, Purpose.STAFF)
