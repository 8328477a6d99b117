"""The Backups section: is there a recent daily backup, and who may read the folder."""

from __future__ import annotations

from datetime import datetime, timedelta

from bot.core.settings import Settings
from bot.ops.check.report import Finding, fix, good, note

# A daily backup older than this means the bot did not run, or the backup failed.
STALE = timedelta(hours=36)


def check_backups(settings: Settings, now: datetime) -> list[Finding]:
    folder = settings.backup_folder
    if settings.backup_keep == 0:
        return [
            note(
                "daily backups are off (BACKUP_KEEP=0): take your own with "
                "python -m bot backup PATH, or set BACKUP_KEEP=7"
            )
        ]
    keep = f"keeping the newest {settings.backup_keep}"
    if not folder.is_dir():
        return [note(f"no backups in {folder} yet: the bot makes one a day while it runs ({keep})")]
    found: list[Finding] = []
    if folder.stat().st_mode & 0o077:
        found.append(fix(f"other users can open {folder}: run  chmod 700 {folder}"))
    copies = sorted(folder.glob("*.sqlite3"), key=lambda file: file.stat().st_mtime)
    if not copies:
        found.append(note(f"{folder} holds no backup yet: the bot makes one a day ({keep})"))
        return found
    newest = copies[-1]
    age = now - datetime.fromtimestamp(newest.stat().st_mtime, now.tzinfo)
    line = f"newest backup {newest.name}, {_age(age)} old; {len(copies)} in {folder}, {keep}"
    if age > STALE:
        found.append(note(f"{line}: is the bot running? its log says why a backup failed"))
    else:
        found.append(good(line))
    return found


def _age(age: timedelta) -> str:
    hours = int(age.total_seconds() // 3600)
    if hours < 1:
        return "less than an hour"
    if hours < 48:
        return f"{hours} hour{'s' if hours != 1 else ''}"
    return f"{hours // 24} days"
