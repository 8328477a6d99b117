"""The folder of daily backups: today's copy in, the oldest of our own copies out. Files the
bot did not name itself are never touched: the folder may be shared with other backups."""

from __future__ import annotations

import os
from datetime import date, datetime
from pathlib import Path

from bot.domain.backup_rotation import beyond_keep, daily_name, day_of
from storage.backup import BackupError, BackupMade, back_up

OWNER_ONLY_FOLDER = 0o700


class BackupFolder:
    """Blocking file I/O: call it from a thread when the event loop must keep going."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def take(self, database: Path, day: date, taken_at: datetime) -> BackupMade | None:
        """Today's copy; None if there is one already (a restart, a restore on the same day)."""
        if not self.path.exists():
            self.path.mkdir(parents=True, mode=OWNER_ONLY_FOLDER)
            os.chmod(self.path, OWNER_ONLY_FOLDER)  # whatever the umask
        elif not self.path.is_dir():
            raise BackupError(f"{self.path} is a file, not a folder")
        target = self.path / daily_name(day)
        if target.exists():
            return None
        return back_up(database, target, taken_at)

    def days(self) -> list[date]:
        return sorted(day for name in self._names() if (day := day_of(name)) is not None)

    def rotate(self, keep: int) -> list[str]:
        """Remove our copies beyond the `keep` newest; returns their names."""
        removed = beyond_keep(self._names(), keep)
        for name in removed:
            (self.path / name).unlink(missing_ok=True)
        return removed

    def _names(self) -> list[str]:
        try:
            return [entry.name for entry in os.scandir(self.path) if entry.is_file()]
        except FileNotFoundError:
            return []
