"""The Database section: the file, who may read it, its integrity and its migrations."""

from __future__ import annotations

import os
import shlex
import sqlite3
from datetime import datetime
from pathlib import Path

from bot.core.keyed_hash import key_file_beside
from bot.core.settings import Settings
from bot.ops.check.leftovers import beside_database
from bot.ops.check.report import Finding, fix, good, note
from bot.ops.restore import unfinished_restore
from storage.inspection import DatabaseState, inspect_database


def check_database(settings: Settings, now: datetime) -> list[Finding]:
    path = settings.database_path
    if not path.exists():
        # A restore stopped between setting the database aside and putting the backup in place.
        if unfinished := _unfinished(path):
            return [*unfinished, *_folder(path), *beside_database(path, now)]
        return [
            note(f"no database at {path} yet: it will be created at the first start"),
            *_folder(path),
            *beside_database(path, now),
        ]
    found = [good(f"the file exists ({_size(path)})"), *_folder(path), *_unfinished(path)]
    found.extend(_permissions(_private_files(settings)))
    found.extend(_hash_key(settings))
    try:
        state = inspect_database(path)
    except sqlite3.Error as error:
        found.append(
            fix(f"cannot read {path} as a database ({error}): restore a backup or fix the path")
        )
        return [*found, *beside_database(path, now)]
    found.append(_integrity(state))
    found.append(_migrations(state))
    return [*found, *beside_database(path, now)]


def _unfinished(path: Path) -> list[Finding]:
    unfinished = unfinished_restore(path)
    if unfinished is None:
        return []
    # Until then the database may hold members who asked to be erased, and the bot refuses it.
    return [fix(f"{unfinished}; the bot will not start until it completes")]


def _size(path: Path) -> str:
    """With its -wal file: while the bot runs, recent changes are there, not yet in the file."""
    wal = Path(f"{path}-wal")
    size = path.stat().st_size + (wal.stat().st_size if wal.exists() else 0)
    if size < 1024:
        return f"{size} bytes"
    if size < 1024 * 1024:
        return f"{size / 1024:.0f} KB"
    return f"{size / (1024 * 1024):.1f} MB"


def _folder(path: Path) -> list[Finding]:
    folder = path.parent
    while not folder.exists():
        folder = folder.parent
    if os.access(folder, os.W_OK | os.X_OK):
        return []
    return [fix(f"the bot cannot write in {folder}: give the bot's user write access to it")]


def _private_files(settings: Settings) -> list[Path]:
    path = settings.database_path
    # The erasure ledger (who asked to be erased, as keyed hashes) lives beside the database.
    files = [path, Path(f"{path}-wal"), Path(f"{path}-shm"), Path(f"{path}.erasures")]
    if settings.hash_key is None:
        files.append(key_file_beside(path))
    return [file for file in files if file.exists()]


def _hash_key(settings: Settings) -> list[Finding]:
    key_file = key_file_beside(settings.database_path)
    if settings.hash_key is not None or key_file.exists():
        return []
    return [
        note(
            f"no hash key file ({key_file}): the bot makes a new one at the next start; if the "
            "bot ran here before, put the old file back first (or set HASH_KEY), or the keyed "
            "hashes it kept (age retries, sanctions, erasures) match nobody"
        )
    ]


def _permissions(files: list[Path]) -> list[Finding]:
    shared = [file for file in files if file.stat().st_mode & 0o077]
    if not shared:
        return [good("readable by its owner only")]
    names = " ".join(shlex.quote(str(file)) for file in shared)
    return [fix(f"other users can read {len(shared)} of its files: run  chmod 600 {names}")]


def _integrity(state: DatabaseState) -> Finding:
    if state.integrity == "ok":
        return good("integrity check passed")
    return fix(
        f"the integrity check failed ({state.integrity}): stop the bot and restore the "
        "newest backup (python -m bot restore PATH)"
    )


def _migrations(state: DatabaseState) -> Finding:
    if state.newer_than_code:
        return fix(
            "the database was used by a newer version of the bot "
            f"({_versions(state.newer_than_code)}): update the code before starting it"
        )
    if state.pending:
        # An upgrade's normal state: the bot applies them when it starts (README: Upgrades).
        return note(
            f"{len(state.applied)} of {state.known} migrations applied, "
            f"{_versions(state.pending)} will run when the bot starts: take a backup first "
            "(python -m bot backup PATH)"
        )
    return good(f"all {state.known} migrations applied")


def _versions(versions: list[int]) -> str:
    if len(versions) > 1 and versions == list(range(versions[0], versions[-1] + 1)):
        return f"{versions[0]:04d}–{versions[-1]:04d}"
    return ", ".join(f"{version:04d}" for version in versions)
