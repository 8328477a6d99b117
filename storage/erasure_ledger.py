"""The erasure ledger: a file beside the database, not a table in it, because a restore
replaces the database and must not bring back who asked to be erased since the backup.

One line per erasure, appended and flushed to disk at the moment of the erasure:
`<UTC time> <keyed hash of the Telegram id>`. A `key` line says which hash key wrote it, so a
restore on a host with another key is refused instead of silently matching nobody."""

from __future__ import annotations

import os
import threading
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from storage.db import from_db_time, to_db_time

OWNER_ONLY = 0o600
HEADER = "# Gen C erasure ledger: erased Telegram ids as keyed hashes. Do not edit.\n"


def ledger_beside(database_path: Path) -> Path:
    return database_path.with_name(database_path.name + ".erasures")


@dataclass(frozen=True)
class Erasure:
    at: datetime
    hashed_id: str


@dataclass(frozen=True)
class LedgerContents:
    key_check: str | None  # None: no ledger yet
    erasures: tuple[Erasure, ...]


class LedgerFile:
    """Blocking file I/O: call it from a thread when the event loop must keep going."""

    def __init__(self, path: Path) -> None:
        self.path = path
        # An append between keep_since's read and its rename would go to the file the rename
        # replaces, and be lost: the two never overlap (one ledger per process; another
        # process writing it is refused by the bot's run lock).
        self._writing = threading.Lock()

    def append(self, erasure: Erasure, key_check: str) -> None:
        with self._writing:
            self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            new = not self.path.exists() or self.path.stat().st_size == 0
            text = (_header(key_check) if new else "") + _line(erasure)
            _write_flushed(self.path, os.O_APPEND, text)

    def read(self) -> LedgerContents:
        try:
            text = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return LedgerContents(None, ())
        key_check = None
        erasures = []
        for line in text.splitlines():
            first, _, rest = line.partition(" ")
            if first == "key":
                key_check = rest.strip()
            elif rest and not first.startswith("#"):
                try:
                    erasures.append(Erasure(from_db_time(first), rest.strip()))
                except ValueError:
                    continue  # a line cut short by a crash mid-write
        return LedgerContents(key_check, tuple(erasures))

    def keep_since(self, since: datetime) -> int:
        """Forget erasures before `since`; returns how many. The file is replaced whole
        (written beside, flushed, renamed): a crash leaves the old list or the new one."""
        with self._writing:
            return self._keep_since(since)

    def _keep_since(self, since: datetime) -> int:
        contents = self.read()
        if contents.key_check is None:
            return 0
        kept = [erasure for erasure in contents.erasures if erasure.at >= since]
        dropped = len(contents.erasures) - len(kept)
        if not dropped:
            return 0
        fresh = self.path.with_name(self.path.name + ".new")
        text = _header(contents.key_check) + "".join(_line(erasure) for erasure in kept)
        _write_flushed(fresh, os.O_TRUNC, text)
        os.replace(fresh, self.path)
        return dropped


def _write_flushed(path: Path, mode: int, text: str) -> None:
    """On the disk, not only in the page cache, when this returns."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | mode, OWNER_ONLY)
    try:
        os.write(fd, text.encode())
        os.fsync(fd)
    finally:
        os.close(fd)


def _header(key_check: str) -> str:
    return f"{HEADER}key {key_check}\n"


def _line(erasure: Erasure) -> str:
    return f"{to_db_time(erasure.at)} {erasure.hashed_id}\n"
