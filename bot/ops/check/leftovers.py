"""Copies of members' data the bot will never delete: the database set aside by a restore, a
backup taken by hand. Each is worth knowing: a member who asked to be deleted after it was made
is still in it, and nothing but the operator removes it."""

from __future__ import annotations

import shlex
from datetime import datetime, timedelta
from pathlib import Path

from bot.domain.backup_rotation import day_of
from bot.ops.check.report import Finding, fix, note

SQLITE_HEADER = b"SQLite format 3\x00"
STILL_IN_IT = "it holds members' data, including anyone who asked to be deleted after it was made"


def beside_database(database: Path, now: datetime) -> list[Finding]:
    """What `restore` set aside, and other copies of the database in its folder."""
    found: list[Finding] = []
    for file in _files(database.parent):
        if file.name.startswith(f"{database.name}.before-restore-"):
            found.append(
                note(
                    f"{file} ({file_age(file, now)} old) is the database as it was before a "
                    f"restore: {STILL_IN_IT}; delete it when you are sure the restore is good"
                )
            )
        elif _foreign(file, database) and _is_database(file):
            found.append(_hand_made(file, now))
        else:
            continue
        found.extend(_shared(file))
    return found


def in_backup_folder(folder: Path, now: datetime) -> list[Finding]:
    """Files in the backup folder that are not the bot's daily backups (it rotates only those)."""
    found: list[Finding] = []
    for file in _files(folder):
        if day_of(file.name) is not None:
            continue
        if _is_database(file):
            found.append(_hand_made(file, now))
            found.extend(_shared(file))
        else:
            found.append(
                note(
                    f"{file} is not one of the bot's daily backups and the bot never deletes it: "
                    "if it holds a copy of the database, it holds members' data"
                )
            )
    return found


def _foreign(file: Path, database: Path) -> bool:
    """Neither the database, nor one of the files the bot keeps beside it (its -wal, its hash
    key, a restore's staging copy), nor a daily backup (BACKUP_DIR may be this folder)."""
    return not file.name.startswith(database.name) and day_of(file.name) is None


def _hand_made(file: Path, now: datetime) -> Finding:
    return note(
        f"{file} ({file_age(file, now)} old) is a copy of the database the bot did not make and "
        f"never deletes: {STILL_IN_IT}; delete it when you no longer need it"
    )


def _shared(file: Path) -> list[Finding]:
    if file.stat().st_mode & 0o077:
        return [fix(f"other users can read {file}: run  chmod 600 {shlex.quote(str(file))}")]
    return []


def _files(folder: Path) -> list[Path]:
    if not folder.is_dir():
        return []
    return sorted(file for file in folder.iterdir() if file.is_file())


def _is_database(file: Path) -> bool:
    with file.open("rb") as opened:
        return opened.read(len(SQLITE_HEADER)) == SQLITE_HEADER


def file_age(file: Path, now: datetime) -> str:
    return age_text(now - datetime.fromtimestamp(file.stat().st_mtime, now.tzinfo))


def age_text(age: timedelta) -> str:
    hours = int(age.total_seconds() // 3600)
    if hours < 1:
        return "less than an hour"
    if hours < 48:
        return f"{hours} hour{'s' if hours != 1 else ''}"
    return f"{hours // 24} days"
