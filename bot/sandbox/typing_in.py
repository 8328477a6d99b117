"""Lines typed by the tester (or piped by a script), read without blocking the event loop."""

from __future__ import annotations

import asyncio
import threading
from typing import TextIO


class LineReader:
    """A reader thread hands each line to the loop; None marks the end (Ctrl-D, end of pipe).
    A thread works the same for a terminal, a pipe and a file, where the loop's pipe readers do
    not (they refuse regular files)."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream
        self._lines: asyncio.Queue[str | None] = asyncio.Queue()
        self._asked = threading.Event()

    @property
    def interactive(self) -> bool:
        """Someone types at a terminal (the terminal shows what they type)."""
        return self._stream.isatty()

    def start(self) -> None:
        loop = asyncio.get_running_loop()
        thread = threading.Thread(target=self._read, args=(loop,), daemon=True, name="sandbox-in")
        thread.start()

    def _read(self, loop: asyncio.AbstractEventLoop) -> None:
        while True:
            # One line at a time: the next is read only when asked for, so a script's lines
            # wait until the bot has answered the previous one.
            self._asked.wait()
            self._asked.clear()
            try:
                line: str | None = self._stream.readline()
            except (OSError, ValueError):
                line = None
            if not line:
                line = None
            try:
                loop.call_soon_threadsafe(self._lines.put_nowait, line)
            except RuntimeError:  # the loop is closed: the sandbox has stopped
                return
            if line is None:
                return

    async def next_line(self) -> str | None:
        """The next line without its newline, or None at the end of the input."""
        self._asked.set()
        line = await self._lines.get()
        return None if line is None else line.rstrip("\r\n")
