"""What can go wrong on Telegram's side, on request: errors, latency and rate limits."""

from __future__ import annotations

import collections
import time

from .models import JSON, ApiError

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


class Faults:
    """The failures, delays and limits a FakeTelegram applies to the bot's requests."""

    def __init__(self) -> None:
        self.injected: dict[str, list[tuple[int, str, int | None]]] = {}
        self.latency: dict[str, float] = {}
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

    def failure(self, method: str) -> ApiError | None:
        """The injected answer this call gets instead of running, if any."""
        for key in (method.lower(), "*"):
            queue = self.injected.get(key)
            if queue:
                status, description, retry_after = queue.pop(0)
                return ApiError(status, description, retry_after=retry_after)
        return None

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
