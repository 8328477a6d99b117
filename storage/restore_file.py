"""The file side of a restore: a backup is copied beside the database and checked there (whole,
a Gen C database, not from a newer version), the current database is kept aside, and the copy
takes its place. Every file is readable by its owner only: each holds minors' data.

Between setting the database aside and replaying the erasures, the database is a backup that
may hold members who asked to be erased: a marker beside it says so, on the disk before anything
moves, so a restore stopped there (an error, Ctrl+C, a power cut) is never taken for a finished
one."""

from __future__ import annotations

import os
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from storage.db import from_db_time, to_db_time
from storage.migrations import available_migrations

OWNER_ONLY = 0o600
SIDE_FILES = ("-wal", "-shm")


class Unusable(Exception):
    """This backup cannot be restored; the message says why, in plain words."""


@dataclass(frozen=True)
class BackupFacts:
    taken_at: datetime
    version: int  # its newest migration
    members: int
    projects: int
    events: int


@dataclass(frozen=True)
class PendingRestore:
    """What the marker of an unfinished restore says."""

    backup: Path | None  # None: the marker could not be read
    started: datetime | None
    # Where the database from before the restore was set aside; None: there was none.
    aside: Path | None


def staging_beside(database: Path) -> Path:
    return database.with_name(database.name + ".restoring")


def stage(backup: Path, staging: Path) -> BackupFacts:
    """Copy `backup` to `staging` with SQLite's own backup (a whole, consistent file whatever
    state the backup's folder is in) and check the copy; Unusable if it will not do."""
    if not backup.is_file():
        raise Unusable(f"there is no file at {backup}")
    staging.unlink(missing_ok=True)  # left by a restore that stopped half-way
    staging.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    os.close(os.open(staging, os.O_CREAT | os.O_EXCL | os.O_WRONLY, OWNER_ONLY))
    # Without a stamp inside (a copy made otherwise), the file's own time.
    file_time = datetime.fromtimestamp(backup.stat().st_mtime, UTC)
    try:
        _copy(backup, staging)
        with closing(sqlite3.connect(staging)) as copy:
            facts = _check(copy, backup, file_time)
            _forget_stamp(copy)
    except sqlite3.Error as error:
        staging.unlink(missing_ok=True)
        raise Unusable(f"{backup} is damaged ({error})") from None
    except BaseException:
        staging.unlink(missing_ok=True)
        raise
    return facts


def _copy(backup: Path, staging: Path) -> None:
    try:
        with (
            closing(sqlite3.connect(f"file:{backup}?mode=ro", uri=True)) as source,
            closing(sqlite3.connect(staging)) as copy,
        ):
            source.backup(copy)
    except sqlite3.Error as error:
        if getattr(error, "sqlite_errorcode", None) == sqlite3.SQLITE_FULL:
            raise Unusable(
                f"there is no room beside {staging.parent} for a copy of {backup}: free some "
                "disk space"
            ) from None
        raise Unusable(f"{backup} cannot be read as a database ({error})") from None


def _check(copy: sqlite3.Connection, backup: Path, file_time: datetime) -> BackupFacts:
    (verdict,) = copy.execute("PRAGMA integrity_check").fetchone()
    if verdict != "ok":
        raise Unusable(f"{backup} is damaged: the integrity check says {verdict!r}")
    tables = {row[0] for row in copy.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    if not {"schema_migrations", "members", "projects", "events"} <= tables:
        raise Unusable(f"{backup} is a SQLite database, but not one of the Gen C bot")
    (version,) = copy.execute("SELECT coalesce(max(version), 0) FROM schema_migrations").fetchone()
    known = len(available_migrations())
    if version > known:
        raise Unusable(
            f"{backup} was made by a newer version of the bot (migration {version}; this one "
            f"knows up to {known}): update the bot first"
        )
    taken_at = file_time
    if "backup_taken" in tables:
        row = copy.execute("SELECT max(taken_at) FROM backup_taken").fetchone()
        taken_at = from_db_time(row[0]) if row[0] else taken_at
    return BackupFacts(
        taken_at=taken_at,
        version=version,
        members=_count(copy, "members"),
        projects=_count(copy, "projects"),
        events=_count(copy, "events"),
    )


def _count(copy: sqlite3.Connection, table: str) -> int:
    # Table names come from _check's constants, never from input.
    (count,) = copy.execute(f"SELECT count(*) FROM {table}").fetchone()
    return int(count)


def _forget_stamp(copy: sqlite3.Connection) -> None:
    """The restored database is the live one again, not a backup."""
    if copy.execute("SELECT 1 FROM sqlite_master WHERE name = 'backup_taken'").fetchone():
        with copy:
            copy.execute("DELETE FROM backup_taken")


def set_aside(database: Path, aside: Path) -> bool:
    """Move the current database (and its WAL, folded in first when it can be) to `aside`;
    False if there is none. A damaged database is moved as it is, with its side files."""
    if not database.exists():
        return False
    try:
        with closing(sqlite3.connect(database)) as current:
            current.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    except sqlite3.Error:
        pass  # kept exactly as found: its side files go with it below
    os.replace(database, aside)
    os.chmod(aside, OWNER_ONLY)
    for suffix in SIDE_FILES:
        # Never left beside the restored file: SQLite would read this old log into it.
        side = Path(f"{database}{suffix}")
        if side.exists():
            os.replace(side, Path(f"{aside}{suffix}"))
    return True


def put_in_place(staging: Path, database: Path, aside: Path | None) -> None:
    """The checked copy becomes the database; if that fails, the one set aside comes back."""
    os.chmod(staging, OWNER_ONLY)
    try:
        os.replace(staging, database)
    except OSError:
        if aside is not None:
            os.replace(aside, database)
        raise
    _sync_folder(database.parent)


def pending_beside(database: Path) -> Path:
    return database.with_name(database.name + ".restore-pending")


def mark_pending(marker: Path, pending: PendingRestore) -> None:
    """Written beside, flushed and renamed: the marker is whole, or there is none."""
    fresh = marker.with_name(marker.name + ".new")
    text = (
        "# Gen C bot: a restore did not finish, and the database may hold members who asked to\n"
        "# be erased. The bot will not start until the restore is run again and completes.\n"
        f"backup {pending.backup}\n"
        f"started {to_db_time(pending.started) if pending.started else '-'}\n"
        f"aside {pending.aside if pending.aside is not None else '-'}\n"
    )
    fd = os.open(fresh, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, OWNER_ONLY)
    try:
        os.fchmod(fd, OWNER_ONLY)  # it names the backup and the folder of minors' data
        os.write(fd, text.encode())
        os.fsync(fd)
    finally:
        os.close(fd)
    os.replace(fresh, marker)
    _sync_folder(marker.parent)


def read_pending(marker: Path) -> PendingRestore | None:
    """None when no restore is unfinished; a marker someone edited still counts as one."""
    try:
        text = marker.read_text(encoding="utf-8", errors="replace")
    except FileNotFoundError:
        return None
    fields: dict[str, str] = {}
    for line in text.splitlines():
        name, _, value = line.partition(" ")
        if not name.startswith("#"):
            fields[name] = value
    backup, started, aside = fields.get("backup"), fields.get("started"), fields.get("aside")
    try:
        when = from_db_time(started) if started and started != "-" else None
    except ValueError:
        when = None
    if not backup or aside is None:
        return PendingRestore(None, when, None)
    return PendingRestore(Path(backup), when, None if aside == "-" else Path(aside))


def clear_pending(marker: Path) -> None:
    marker.unlink(missing_ok=True)
    _sync_folder(marker.parent)


def discard_unfinished(database: Path, aside: Path | None) -> None:
    """Remove what an unfinished restore put in place: a copy of a backup that may hold members
    who asked to be erased. The database from before it is at `aside`, set aside already."""
    sides = [Path(f"{database}{suffix}") for suffix in SIDE_FILES]
    if database.exists():
        for file in (database, *sides):
            file.unlink(missing_ok=True)
    elif aside is not None:
        # Stopped inside set_aside, which moves the database before its side files.
        for side, suffix in zip(sides, SIDE_FILES, strict=True):
            if side.exists():
                os.replace(side, Path(f"{aside}{suffix}"))
    _sync_folder(database.parent)


def _sync_folder(folder: Path) -> None:
    directory = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(directory)  # a rename or a deletion survives a power cut only once this returns
    finally:
        os.close(directory)
