"""The pace of broadcast copies: Telegram takes about 30 messages a second from a bot and about
one a second in one chat, and answers 429 above that.

The pacer sees every message the bot sends (the request layer notes each one), and lets a
broadcast copy go only when fewer than `rate` messages left in the last second and its chat got
nothing in the last second. People's own answers are never held back here: they are counted,
so a broadcast uses only the capacity they leave. After a 429 nothing is paced through until
`retry_after` has passed. A rate of 0 means no pacing (benchmarks only).
"""

from __future__ import annotations

import asyncio
import math
import time
from collections import OrderedDict, deque
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

Sleep = Callable[[float], Awaitable[None]]

# Messages are counted from when Telegram's answer came back: Telegram counted each somewhere
# between the moment it left and then, so a copy that leaves a full second after the answer to
# the `rate`-th message before it can never make `rate + 1` in any second Telegram measures,
# however long each request took. The few milliseconds more absorb rounding.
WINDOW = 1.005
# The share of the rate a broadcast leaves for answers to people even when nobody is writing.
KEPT_FOR_PEOPLE = 0.1
# The longest single wait, so a stopping bot or a cancelled broadcast is noticed soon.
LONGEST_NAP = 0.5
# How often to look again while the places are held by messages waiting for Telegram's answer.
ANSWER_NAP = 0.005


@dataclass(eq=False)
class Pacer:
    rate: float
    monotonic: Callable[[], float] = time.monotonic
    sleep: Sleep = asyncio.sleep
    window: float = WINDOW
    _sent: deque[float] = field(default_factory=deque, init=False)
    _people: deque[float] = field(default_factory=deque, init=False)  # answers, not copies
    _chats: OrderedDict[int, float] = field(default_factory=OrderedDict, init=False)
    _flying: dict[int, int] = field(default_factory=dict, init=False)  # copies per chat
    _in_flight: int = field(default=0, init=False)
    _paused_until: float = field(default=0.0, init=False)

    @property
    def paces(self) -> bool:
        return self.rate > 0

    @property
    def _room(self) -> int:
        """Places for answered copies in the window: the rate, less the messages in flight and
        the places kept for people's answers: as many as went in the last second, and never
        fewer than a tenth of the rate (someone may write at any moment)."""
        rate = max(1, int(self.rate))
        kept = min(max(len(self._people), math.ceil(self.rate * KEPT_FOR_PEOPLE)), rate - 1)
        return rate - self._in_flight - kept

    def begin(self, chat_id: int | None) -> None:
        """One of the bot's own messages (an answer, an edit) leaves now: it holds a place
        until Telegram answers (`done`). Never held back."""
        self._in_flight += 1
        if chat_id is not None:
            self._flying[chat_id] = self._flying.get(chat_id, 0) + 1

    def _count(self, chat_id: int | None) -> None:
        now = self.monotonic()
        self._forget(now)
        self._sent.append(now)
        if chat_id is not None:
            self._chats[chat_id] = now
            self._chats.move_to_end(chat_id)

    def pause(self, seconds: float) -> None:
        """Telegram said 429: no copy leaves before `seconds` have passed."""
        self._paused_until = max(self._paused_until, self.monotonic() + max(seconds, 0.0))

    def paused_for(self) -> float:
        return max(0.0, self._paused_until - self.monotonic())

    def free(self) -> int:
        """How many copies could leave now, were their chats free (at least 0)."""
        if not self.paces:
            return 1_000_000
        if self.paused_for() > 0:
            return 0
        self._forget(self.monotonic())
        return max(0, self._room - len(self._sent))

    def wait_for(self, chat_id: int | None) -> float:
        """Seconds before a copy to this chat (None: any chat) may leave; 0: now. A copy in
        flight holds its place until its answer comes (then a second more)."""
        paused = self.paused_for()
        if not self.paces:
            return paused
        now = self.monotonic()
        self._forget(now)
        waits = [paused]
        if chat_id is not None and self._flying.get(chat_id):
            waits.append(ANSWER_NAP)
        last = self._chats.get(chat_id) if chat_id is not None else None
        if last is not None:
            waits.append(last + self.window - now)
        room = self._room
        if room <= 0:
            waits.append(ANSWER_NAP)  # for an answer to come back
        elif len(self._sent) >= room:
            waits.append(self._sent[-room] + self.window - now)
        return max(0.0, *waits)

    async def acquire(self, chat_id: int, keep_going: Callable[[], bool] = lambda: True) -> bool:
        """Wait until a copy to this chat may leave, and hold its place; False if `keep_going`
        said stop first. Call `done` when Telegram answered (or it never left)."""
        while True:
            wait = self.wait_for(chat_id)
            if wait <= 0:
                self.begin(chat_id)
                return True
            if not keep_going():
                return False
            await self.sleep(min(wait, LONGEST_NAP))

    def done(self, chat_id: int | None, *, answer: bool = False) -> None:
        """A message that left was answered by Telegram: it counts from now. People's answers
        come unannounced: as many as went in the last second are kept free for the next ones,
        so a broadcast never fills the second an answer needs."""
        self._in_flight = max(0, self._in_flight - 1)
        if chat_id is not None:
            left = self._flying.get(chat_id, 0) - 1
            if left > 0:
                self._flying[chat_id] = left
            else:
                self._flying.pop(chat_id, None)
        if not self.paces:
            return
        self._count(chat_id)
        if answer:
            self._people.append(self.monotonic())

    def _forget(self, now: float) -> None:
        horizon = now - self.window
        while self._sent and self._sent[0] <= horizon:
            self._sent.popleft()
        while self._people and self._people[0] <= horizon:
            self._people.popleft()
        while self._chats:
            chat, at = next(iter(self._chats.items()))
            if at > horizon:
                break
            del self._chats[chat]
