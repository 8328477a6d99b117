"""One process at a time owns the database: the running bot holds an exclusive lock on a file
beside it, so a second `python -m bot` (two consumers of one token take each other's updates)
and a restore (which replaces the file under the bot's feet) both refuse to start.

The kernel releases the lock when the process ends, however it ends: a crash or `kill -9`
leaves no stale lock behind."""

from __future__ import annotations

import fcntl
import os
from pathlib import Path
from types import TracebackType

OWNER_ONLY = 0o600


def lock_file_beside(database_path: Path) -> Path:
    return database_path.with_name(database_path.name + ".lock")


class HeldElsewhere(Exception):
    """Another process holds the lock; `pid` is the one it wrote, if readable."""

    def __init__(self, path: Path, pid: int | None) -> None:
        super().__init__(f"{path} is held by process {pid}")
        self.pid = pid


class RunLock:
    def __init__(self, path: Path, fd: int) -> None:
        self.path = path
        self._fd: int | None = fd

    @classmethod
    def take(cls, database_path: Path) -> RunLock:
        """The lock, held until `release` or the process ends; HeldElsewhere if taken."""
        path = lock_file_beside(database_path)
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd = os.open(path, os.O_RDWR | os.O_CREAT, OWNER_ONLY)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            raise HeldElsewhere(path, _pid_in(path)) from None
        # Who holds it, for the message of whoever is refused.
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
        return cls(path, fd)

    def release(self) -> None:
        if self._fd is not None:
            os.ftruncate(self._fd, 0)
            os.close(self._fd)  # closing the only descriptor releases the lock
            self._fd = None

    def __enter__(self) -> RunLock:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.release()


def _pid_in(path: Path) -> int | None:
    try:
        text = path.read_text().strip()
    except OSError:
        return None
    return int(text) if text.isdigit() else None
