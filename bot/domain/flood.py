"""Flood control: more than `limit` messages within `window` from one member in one chat.
A sliding window per (chat, member), in memory: a restart forgets at most one window. Pure: the
time of each message is given."""

from __future__ import annotations

from collections import deque
from datetime import datetime, timedelta

# After this many messages counted, members silent for a whole window are forgotten.
_SWEEP_EVERY = 1000


class FloodCounter:
    def __init__(self, limit: int, window: timedelta) -> None:
        self._limit = limit
        self._window = window
        self._seen: dict[tuple[int, int], deque[datetime]] = {}
        self._counted = 0

    def over(self, chat_id: int, member_id: int, at: datetime) -> bool:
        """Count one message; True for the one that goes over the limit. The count then starts
        again, so one burst trips it once."""
        times = self._seen.setdefault((chat_id, member_id), deque())
        times.append(at)
        while times and times[0] <= at - self._window:
            times.popleft()
        self._counted += 1
        if self._counted % _SWEEP_EVERY == 0:
            self._sweep(at)
        if len(times) > self._limit:
            times.clear()
            return True
        return False

    def _sweep(self, now: datetime) -> None:
        quiet = [
            key for key, times in self._seen.items() if not times or times[-1] <= now - self._window
        ]
        for key in quiet:
            del self._seen[key]

    def __len__(self) -> int:
        """Members being watched now."""
        return len(self._seen)
