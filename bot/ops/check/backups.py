"""The Backups section: can the bot write its daily backup, is there a recent one, who may read
the folder, and which other copies lie there. Only the bot's own daily files (named by their
day, bot/domain/backup_rotation.py) say whether the nightly backups still run."""

from __future__ import annotations

import os
from datetime import datetime, timedelta
from pathlib import Path

from bot.core.settings import Settings
from bot.domain.backup_rotation import day_of
from bot.ops.check.leftovers import file_age, in_backup_folder
from bot.ops.check.report import Finding, fix, good, note

# A daily backup older than this means the bot did not run, or the backup failed.
STALE = timedelta(hours=36)


def check_backups(settings: Settings, now: datetime) -> list[Finding]:
    folder = settings.backup_folder
    others = [] if _same(folder, settings.database_path.parent) else in_backup_folder(folder, now)
    if settings.backup_keep == 0:
        off = note(
            "daily backups are off (BACKUP_KEEP=0): take your own with "
            "python -m bot backup PATH, or set BACKUP_KEEP=7"
        )
        return [off, *others]
    if folder.exists() and not folder.is_dir():
        return [fix(f"{folder} is a file, not a folder: move it away, or set BACKUP_DIR")]
    keep = f"keeping the newest {settings.backup_keep}"
    found = _writable(folder)
    if not folder.is_dir():
        if not found:
            found.append(note(f"no backups yet: the bot makes one a day while it runs ({keep})"))
        return found
    if folder.stat().st_mode & 0o077:
        found.append(fix(f"other users can open {folder}: run  chmod 700 {folder}"))
    daily = sorted(file for file in folder.iterdir() if day_of(file.name) and file.is_file())
    if not daily:
        found.append(note(f"{folder} holds no daily backup yet: the bot makes one a day ({keep})"))
    else:
        found.append(_newest(daily[-1], len(daily), keep, now))
    return [*found, *others]


def _newest(newest: Path, count: int, keep: str, now: datetime) -> Finding:
    age = now - datetime.fromtimestamp(newest.stat().st_mtime, now.tzinfo)
    line = f"newest daily backup {newest.name}, {file_age(newest, now)} old; {count} kept, {keep}"
    if age > STALE:
        return note(f"{line}: is the bot running? its log says why a backup failed")
    return good(line)


def _writable(folder: Path) -> list[Finding]:
    """The bot makes the folder at its first backup: it must be able to, and then to write in
    it."""
    nearest = folder
    while not nearest.exists():
        nearest = nearest.parent
    if os.access(nearest, os.W_OK | os.X_OK):
        return []
    return [
        fix(
            f"the bot cannot write in {nearest}: the daily backup would fail; give the bot's "
            "user write access to it, or set BACKUP_DIR to a folder it can write in"
        )
    ]


def _same(folder: Path, other: Path) -> bool:
    return folder.exists() and other.exists() and folder.samefile(other)
