"""Flood control: more than `limit` messages within `window` from one member in one chat.
A sliding window per (chat, member), in memory: a restart forgets at most one window. Pure: the
time of each message is given, and its id, so the burst that tripped it can be deleted."""

from __future__ import annotations

from collections import deque
from datetime import datetime, timedelta

# After this many messages counted, members silent for a whole window are forgotten.
_SWEEP_EVERY = 1000


class FloodCounter:
    def __init__(self, limit: int, window: timedelta) -> None:
        self._limit = limit
        self._window = window
        self._seen: dict[tuple[int, int], deque[tuple[datetime, int]]] = {}
        self._counted = 0

    def over(self, chat_id: int, member_id: int, at: datetime) -> bool:
        return self.burst(chat_id, member_id, at) is not None

    def burst(
        self, chat_id: int, member_id: int, at: datetime, message_id: int = 0
    ) -> tuple[int, ...] | None:
        """Count one message; for the one that goes over the limit, the ids of the messages in
        the window (this one included), else None. The count then starts again, so one burst
        trips it once."""
        times = self._seen.setdefault((chat_id, member_id), deque())
        times.append((at, message_id))
        while times and times[0][0] <= at - self._window:
            times.popleft()
        self._counted += 1
        if self._counted % _SWEEP_EVERY == 0:
            self._sweep(at)
        if len(times) > self._limit:
            burst = tuple(seen for _, seen in times)
            times.clear()
            return burst
        return None

    def _sweep(self, now: datetime) -> None:
        since = now - self._window
        quiet = [key for key, times in self._seen.items() if not times or times[-1][0] <= since]
        for key in quiet:
            del self._seen[key]

    def __len__(self) -> int:
        """Members being watched now."""
        return len(self._seen)
