"""The sandbox's time: the computer's clock plus however far the tester moved it with /wait.

The bot and the test server read the same clock, so reminders fall due, quiet hours end and
message dates move together."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta


class MovableClock:
    """A `bot.core.clock.Clock` that runs like the system clock and only ever jumps forward."""

    def __init__(self, start: datetime | None = None) -> None:
        """`start`: the sandbox's time now, if not the computer's (a test's fixed morning)."""
        self._shift = start - datetime.now(UTC) if start is not None else timedelta()
        self._moved = timedelta()

    def now(self) -> datetime:
        return datetime.now(UTC) + self._shift + self._moved

    def unix(self) -> float:
        """The same instant in Unix seconds, as the test server counts time."""
        return self.now().timestamp()

    @property
    def moved(self) -> timedelta:
        """How far /wait moved the clock, in all."""
        return self._moved

    def advance(self, span: timedelta) -> datetime:
        if span <= timedelta():
            raise ValueError("the sandbox's clock only moves forward")
        self._moved += span
        return self.now()
