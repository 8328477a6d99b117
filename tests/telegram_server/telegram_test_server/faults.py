"""What can go wrong on Telegram's side, on request: errors, outages, latency and rate limits.

Every injected failure is decided before the method runs, so a failed call had no effect: nothing
was delivered, nothing edited, no update confirmed. A client may retry it safely.
"""

from __future__ import annotations

import collections
import random
import time
from collections.abc import Iterable

from .models import JSON, ApiError

#: Telegram's descriptions of the server errors ``inject_failures`` answers with.
SERVER_ERRORS = {
    500: "Internal Server Error",
    502: "Bad Gateway",
    503: "Service Unavailable",
    504: "Gateway Timeout",
}
_RATE_LIMITED_EXCLUDED = frozenset({"sendChatAction"})


def _is_rate_limited(method: str) -> bool:
    return method.startswith(("send", "edit", "copy", "forward")) and (
        method not in _RATE_LIMITED_EXCLUDED
    )


def _key(method: str) -> str:
    return method if method == "*" else method.lower()


class _Window:
    """A sliding window allowing ``capacity`` events per ``seconds``."""

    def __init__(self, per_second: float) -> None:
        self.capacity = max(1, int(per_second))
        self.seconds = self.capacity / per_second
        self.events: collections.deque[float] = collections.deque()

    def full(self, now: float) -> bool:
        while self.events and self.events[0] <= now - self.seconds:
            self.events.popleft()
        return len(self.events) >= self.capacity


class _Share:
    """Fail a seeded-random share of the calls of some methods with one of some statuses.

    Each call draws by the seed, its method, the chat (or callback query) it is about, and how
    many such calls came before it: the calls about one chat meet the same failures in every run,
    whatever the other chats do, so a test with many users at once stays deterministic."""

    def __init__(
        self, share: float, statuses: tuple[int, ...], methods: frozenset[str] | None, seed: int
    ) -> None:
        self.share = share
        self.statuses = statuses
        self.methods = methods
        self.seed = seed
        self.calls: collections.Counter[str] = collections.Counter()

    def draw(self, method: str, raw: JSON) -> ApiError | None:
        if self.methods is not None and method.lower() not in self.methods:
            return None
        about = raw.get("chat_id", raw.get("callback_query_id", ""))
        key = f"{self.seed}:{method.lower()}:{about}"
        draw = random.Random(f"{key}:{self.calls[key]}")
        self.calls[key] += 1
        if draw.random() >= self.share:
            return None
        status = draw.choice(self.statuses)
        return ApiError(status, SERVER_ERRORS.get(status, "Internal Server Error"))


class Faults:
    """The failures, delays and limits a FakeTelegram applies to the bot's requests."""

    def __init__(self) -> None:
        self.injected: dict[str, list[tuple[int, str, int | None]]] = {}
        self.latency: dict[str, float] = {}
        self.share: _Share | None = None
        self.global_window: _Window | None = None
        self.per_chat_rate: float | None = None
        self.chat_windows: dict[str, _Window] = {}
        self.retry_after = 1

    # -- set-up ---------------------------------------------------------------------------------

    def inject_error(
        self, method: str, status: int, description: str, count: int, retry_after: int | None
    ) -> None:
        if status == 429 and retry_after is None:
            retry_after = self.retry_after
        queue = self.injected.setdefault(_key(method), [])
        queue.extend([(status, description, retry_after)] * count)

    def inject_failures(
        self, share: float, statuses: Iterable[int], methods: Iterable[str] | None, seed: int
    ) -> None:
        if not 0 <= share <= 1:
            raise ValueError(f"share must be between 0 and 1, not {share}")
        chosen = tuple(statuses)
        if not chosen or any(status < 500 for status in chosen):
            raise ValueError(f"statuses must be 5xx answers, not {chosen}")
        names = None if methods is None else frozenset(name.lower() for name in methods)
        self.share = _Share(share, chosen, names, seed) if share else None

    def set_latency(self, method: str, seconds: float) -> None:
        if seconds > 0:
            self.latency[_key(method)] = seconds
        else:
            self.latency.pop(_key(method), None)

    def set_rate_limit(
        self, per_second: float | None, per_chat_per_second: float | None, retry_after: int
    ) -> None:
        self.global_window = _Window(per_second) if per_second else None
        self.per_chat_rate = per_chat_per_second or None
        self.chat_windows.clear()
        self.retry_after = retry_after

    # -- per request ----------------------------------------------------------------------------

    def delay_of(self, method: str) -> float:
        return self.latency.get(method.lower(), self.latency.get("*", 0.0))

    def failure(self, method: str, raw: JSON) -> ApiError | None:
        """The injected answer this call gets instead of running, if any."""
        for key in (method.lower(), "*"):
            queue = self.injected.get(key)
            if queue:
                status, description, retry_after = queue.pop(0)
                return ApiError(status, description, retry_after=retry_after)
        return self.share.draw(method, raw) if self.share is not None else None

    def check_rate(self, method: str, raw: JSON) -> None:
        """Raise 429 above the configured rates for send*/edit* methods."""
        if not _is_rate_limited(method):
            return
        now = time.monotonic()
        windows: list[_Window] = []
        if self.global_window is not None:
            windows.append(self.global_window)
        if self.per_chat_rate is not None and "chat_id" in raw:
            key = str(raw["chat_id"])
            window = self.chat_windows.get(key)
            if window is None:
                window = self.chat_windows[key] = _Window(self.per_chat_rate)
            windows.append(window)
        if any(window.full(now) for window in windows):
            raise ApiError(
                429,
                f"Too Many Requests: retry after {self.retry_after}",
                retry_after=self.retry_after,
            )
        for window in windows:
            window.events.append(now)
