"""`python -m bot` as its own process against the fake server, for tests that stop it with
signals (SIGTERM, SIGKILL) and read its log."""

from __future__ import annotations

import asyncio
import signal
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from telegram_test_server import FakeTelegram

ROOT = Path(__file__).resolve().parents[1]


class BotProcess:
    """One `python -m bot` process; its whole log (stdout and stderr) goes to one file."""

    def __init__(self, env: dict[str, str], log_path: Path) -> None:
        self.env = env
        self.log_path = log_path
        self.process: asyncio.subprocess.Process | None = None
        self._offset = 0

    async def start(self, *args: str) -> None:
        self._offset = self.log_path.stat().st_size if self.log_path.exists() else 0
        with self.log_path.open("ab") as log:
            self.process = await asyncio.create_subprocess_exec(
                sys.executable, "-m", "bot", *args,
                cwd=ROOT, env=self.env, stdout=log, stderr=log,
            )  # fmt: skip

    def log(self) -> str:
        return self.log_path.read_text(encoding="utf-8", errors="replace")

    def this_run(self) -> str:
        return self.log()[self._offset :]

    async def wait_for_log(self, needle: str, timeout: float = 20.0) -> None:
        deadline = time.monotonic() + timeout
        while needle not in self.this_run():
            assert self.process is not None
            if self.process.returncode is not None:
                pytest.fail(f"the bot exited ({self.process.returncode}):\n{self.this_run()}")
            if time.monotonic() > deadline:
                pytest.fail(f"no {needle!r} in the log after {timeout}s:\n{self.this_run()}")
            await asyncio.sleep(0.05)

    async def kill(self) -> None:
        assert self.process is not None
        self.process.send_signal(signal.SIGKILL)
        await self.process.wait()

    async def stop(self, signum: int = signal.SIGTERM) -> tuple[int, float]:
        assert self.process is not None
        began = time.monotonic()
        self.process.send_signal(signum)
        code = await asyncio.wait_for(self.process.wait(), timeout=15)
        return code, time.monotonic() - began


async def wait_at_server(
    server: FakeTelegram,
    bot_process: BotProcess,
    predicate: Callable[[FakeTelegram], bool],
    what: str,
    timeout: float = 45.0,
) -> None:
    """Wait for a condition at the fake server, failing at once if the bot died."""
    deadline = time.monotonic() + timeout
    while not predicate(server):
        assert bot_process.process is not None
        if bot_process.process.returncode is not None:
            pytest.fail(f"the bot exited while waiting for {what}:\n{bot_process.this_run()}")
        if time.monotonic() > deadline:
            pytest.fail(f"no {what} after {timeout}s:\n{bot_process.this_run()}")
        try:
            await server.wait_until(predicate, timeout=0.5)
        except TimeoutError:
            continue


async def run_to_exit(env: dict[str, str], cwd: Path, *args: str) -> tuple[int, str]:
    """`python -m bot ARGS` run to its end: (exit status, stdout and stderr as text)."""
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", *args, cwd=cwd, env=env,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )  # fmt: skip
    out, err = await process.communicate()
    assert process.returncode is not None
    return process.returncode, (out + err).decode()
