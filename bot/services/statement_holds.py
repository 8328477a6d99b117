"""The statement of hours a member is looking at before it is made: the name it prints, held
between the preview and her "make it" press, in this process's memory only.

The surname is kept nowhere (not in the database, the conversation's row, the task queue or the
log), so it cannot wait for her press where everything else waits: it waits here, for a quarter
of an hour at most, one per member, and goes as soon as it is used, cancelled or replaced. After
a restart there is nothing here, and she is asked to type it again."""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta

from bot.core.clock import Clock

HOLD_FOR = timedelta(minutes=15)


@dataclass(frozen=True)
class HeldStatement:
    """What the preview showed: the statement of `year` in `language`, for that name."""

    token: str  # on the preview's buttons: a press of an older preview is not this one
    year: int
    language: str
    first_name: str
    surname: str = field(repr=False)  # never in a log line, should one print this
    held_at: datetime
    message_id: int | None = None  # the preview's, once sent: its buttons go when replaced


@dataclass(kw_only=True, eq=False)
class StatementHolds:
    clock: Clock
    _held: dict[int, HeldStatement] = field(default_factory=dict, repr=False)
    # The token of the statement last made from a preview: a second press of its button is
    # told it has been sent, and makes nothing.
    _made: dict[int, tuple[str, datetime]] = field(default_factory=dict, repr=False)

    def hold(
        self, member_id: int, year: int, language: str, first_name: str, surname: str
    ) -> HeldStatement:
        """Holds the name in place of any held before (its token is on the preview's buttons)."""
        self._forget_old()
        held = HeldStatement(
            secrets.token_urlsafe(6), year, language, first_name, surname, self.clock.now()
        )
        self._held[member_id] = held
        return held

    def shown(self, member_id: int, token: str, message_id: int) -> None:
        """The preview of the name held under `token` is that message."""
        held = self._held.get(member_id)
        if held is not None and held.token == token:
            self._held[member_id] = replace(held, message_id=message_id)

    def preview_of(self, member_id: int) -> int | None:
        """The message of the preview waiting for her press, if any."""
        self._forget_old()
        held = self._held.get(member_id)
        return held.message_id if held is not None else None

    def take(self, member_id: int, token: str) -> HeldStatement | None:
        """The name held under `token`, no longer held (taken once: a double press gets None),
        and marked as made."""
        self._forget_old()
        held = self._held.get(member_id)
        if held is None or held.token != token:
            return None
        del self._held[member_id]
        self._made[member_id] = (token, self.clock.now())
        return held

    def give_back(self, member_id: int, held: HeldStatement) -> None:
        """A statement that could not be made after all: its preview's button works again."""
        self._made.pop(member_id, None)
        self._held.setdefault(member_id, held)

    def holds_another(self, member_id: int, token: str) -> bool:
        """Whether a newer preview than `token`'s is waiting for her."""
        self._forget_old()
        held = self._held.get(member_id)
        return held is not None and held.token != token

    def made(self, member_id: int, token: str) -> bool:
        self._forget_old()
        return self._made.get(member_id, ("", None))[0] == token

    def drop(self, member_id: int) -> None:
        self._held.pop(member_id, None)

    def _forget_old(self) -> None:
        # Whoever never pressed anything is not held longer than a quarter of an hour.
        since = self.clock.now() - HOLD_FOR
        for member_id in [m for m, held in self._held.items() if held.held_at < since]:
            del self._held[member_id]
        for member_id in [m for m, (_, at) in self._made.items() if at < since]:
            del self._made[member_id]
