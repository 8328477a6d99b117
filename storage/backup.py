"""A consistent copy of the database while the bot runs: SQLite's online backup, which copies
pages under a read transaction, so a write in the middle of it never yields a torn copy. The
copy holds everything the database holds (minors' data): readable by its owner only."""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from storage.db import to_db_time

OWNER_ONLY = 0o600


class BackupError(Exception):
    """The copy could not be made; the message says why, in plain words."""


@dataclass(frozen=True)
class BackupMade:
    path: Path
    size: int  # bytes


def _copy_checked(database: Path, copy_path: Path, taken_at: datetime) -> None:
    try:
        source = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
        try:
            copy = sqlite3.connect(copy_path)
            try:
                source.backup(copy)
                # One self-contained file: opening it later leaves no -wal or -shm beside it.
                copy.execute("PRAGMA journal_mode = DELETE")
                _stamp(copy, taken_at)
                (verdict,) = copy.execute("PRAGMA integrity_check").fetchone()
            finally:
                copy.close()
        finally:
            source.close()
    except sqlite3.Error as error:
        raise BackupError(f"the copy failed: {error}") from None
    if verdict != "ok":
        raise BackupError(f"the copy did not pass the integrity check: {verdict}")


def _give_name(partial: Path, target: Path) -> None:
    try:
        os.link(partial, target)  # never over an existing file, unlike a rename
    except FileExistsError:
        raise BackupError(f"{target} exists already: choose a new file name") from None
    except OSError:  # a file system without hard links (some network shares)
        if target.exists():
            raise BackupError(f"{target} exists already: choose a new file name") from None
        os.rename(partial, target)


def _flush(path: Path) -> None:
    """On the disk, a file's pages or a folder's new entry, not only in the page cache."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def back_up(database: Path, target: Path, taken_at: datetime) -> BackupMade:
    """Copy `database` to `target` (a new file: an existing one is never overwritten), note in
    the copy when it was taken, and check the copy with `PRAGMA integrity_check`."""
    if not database.exists():
        raise BackupError(f"there is no database at {database}")
    if target.exists():
        raise BackupError(f"{target} exists already: choose a new file name")
    target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    # Written under another name and given its own only when whole and checked: a copy cut off
    # (a kill, a power cut) never passes for a backup, nor pushes a good one out of rotation.
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)  # ours, left by a copy that was cut off
    # Created owner-only before a single page is written into it.
    os.close(os.open(partial, os.O_CREAT | os.O_EXCL | os.O_WRONLY, OWNER_ONLY))
    try:
        _copy_checked(database, partial, taken_at)
        os.chmod(partial, OWNER_ONLY)
        _flush(partial)
        _give_name(partial, target)
        _flush(target.parent)
    finally:
        partial.unlink(missing_ok=True)
    return BackupMade(target, target.stat().st_size)


def _stamp(copy: sqlite3.Connection, taken_at: datetime) -> None:
    """Into the copy only: the restore says which moment it brings back."""
    known = copy.execute("SELECT 1 FROM sqlite_master WHERE name = 'backup_taken'").fetchone()
    if known is None:  # a database from before migration 34: the file's time will do
        return
    with copy:
        copy.execute("DELETE FROM backup_taken")
        copy.execute("INSERT INTO backup_taken (taken_at) VALUES (?)", (to_db_time(taken_at),))
