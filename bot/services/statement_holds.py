"""The statement of hours a member is looking at before it is made: the name it prints, held
between the preview and her "make it" press, in this process's memory only.

The surname is kept nowhere (not in the database, the conversation's row, the task queue or the
log), so it cannot wait for her press where everything else waits: it waits here, for a quarter
of an hour at most, one per member, and goes as soon as it is used, cancelled or replaced, or
when its quarter of an hour is up (a timer of its own, so it goes even if nobody comes back).
After a restart there is nothing here, and she is asked to type it again."""

from __future__ import annotations

import asyncio
import secrets
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from typing import Protocol

from bot.core.clock import Clock

HOLD_FOR = timedelta(minutes=15)


class Timer(Protocol):
    def cancel(self) -> None: ...


Schedule = Callable[[float, Callable[[], None]], Timer]


def later(delay: float, callback: Callable[[], None]) -> Timer:
    """`callback` after `delay` seconds, on the running event loop."""
    return asyncio.get_running_loop().call_later(delay, callback)


@dataclass(frozen=True)
class Previewed:
    """What a preview shows: the statement of `year` in `language` for that name, with the
    events and minutes it counted (a PDF made later with other numbers is shown again first)."""

    year: int
    language: str
    first_name: str
    surname: str = field(repr=False)  # never in a log line, should one print this
    count: int = 0
    minutes: int = 0


@dataclass(frozen=True)
class HeldStatement:
    """A preview waiting for her press."""

    token: str  # on the preview's buttons: a press of an older preview is not this one
    shows: Previewed
    held_at: datetime
    message_id: int | None = None  # the preview's, once sent: its buttons go when replaced


@dataclass(kw_only=True, eq=False)
class StatementHolds:
    clock: Clock
    schedule: Schedule = later
    _held: dict[int, HeldStatement] = field(default_factory=dict, repr=False)
    _timers: dict[int, Timer] = field(default_factory=dict, repr=False)
    # The token of the preview last made, or last cancelled or changed, by its own button: a
    # second press of it (a double tap) is answered quietly, and does nothing more.
    _made: dict[int, tuple[str, datetime]] = field(default_factory=dict, repr=False)
    _closed: dict[int, tuple[str, datetime]] = field(default_factory=dict, repr=False)

    def hold(self, member_id: int, shows: Previewed) -> HeldStatement:
        """Holds the name in place of any held before (its token is on the preview's buttons)."""
        self._forget_old()
        held = HeldStatement(secrets.token_urlsafe(6), shows, self.clock.now())
        self._keep(member_id, held)
        return held

    def _keep(self, member_id: int, held: HeldStatement) -> None:
        self._stop_timer(member_id)
        self._held[member_id] = held

        def expire() -> None:
            if self._held.get(member_id) is held:
                self.drop(member_id)

        self._timers[member_id] = self.schedule(HOLD_FOR.total_seconds(), expire)

    def shown(self, member_id: int, token: str, message_id: int) -> None:
        """The preview of the name held under `token` is that message."""
        held = self._held.get(member_id)
        if held is not None and held.token == token:
            self._held[member_id] = replace(held, message_id=message_id)

    def preview_of(self, member_id: int) -> int | None:
        """The message of the preview waiting for her press, if any."""
        held = self.waiting(member_id)
        return held.message_id if held is not None else None

    def waiting(self, member_id: int) -> HeldStatement | None:
        """The preview waiting for her press, if any."""
        self._forget_old()
        return self._held.get(member_id)

    def take(self, member_id: int, token: str) -> HeldStatement | None:
        """The name held under `token`, no longer held (taken once: a double press gets None),
        and marked as made."""
        self._forget_old()
        held = self._held.get(member_id)
        if held is None or held.token != token:
            return None
        self.drop(member_id)
        self._made[member_id] = (token, self.clock.now())
        return held

    def give_back(self, member_id: int, held: HeldStatement) -> None:
        """A statement that could not be made after all: its preview's button works again."""
        self._made.pop(member_id, None)
        if member_id not in self._held:
            self._keep(member_id, held)

    def holds_another(self, member_id: int, token: str) -> bool:
        """Whether a newer preview than `token`'s is waiting for her."""
        self._forget_old()
        held = self._held.get(member_id)
        return held is not None and held.token != token

    def made(self, member_id: int, token: str) -> bool:
        self._forget_old()
        return self._made.get(member_id, ("", None))[0] == token

    def closed(self, member_id: int, token: str) -> bool:
        """Whether `token`'s preview was cancelled or changed by one of its own buttons."""
        self._forget_old()
        return self._closed.get(member_id, ("", None))[0] == token

    def close(self, member_id: int, token: str) -> None:
        """Her ✖️ or ✏️ on `token`'s preview: the name forgotten, a second press answered
        quietly."""
        self.drop(member_id)
        self._closed[member_id] = (token, self.clock.now())

    def drop(self, member_id: int) -> None:
        self._held.pop(member_id, None)
        self._stop_timer(member_id)

    def _stop_timer(self, member_id: int) -> None:
        timer = self._timers.pop(member_id, None)
        if timer is not None:
            timer.cancel()

    def _forget_old(self) -> None:
        # The clock may be ahead of the timers (a process suspended, a test's clock): whoever
        # never pressed anything is not held longer than a quarter of an hour either way.
        since = self.clock.now() - HOLD_FOR
        for member_id in [m for m, held in self._held.items() if held.held_at < since]:
            self.drop(member_id)
        for kept in (self._made, self._closed):
            for member_id in [m for m, (_, at) in kept.items() if at < since]:
                del kept[member_id]
