"""What the bot does when Telegram fails: it tries again, where trying again is safe.

Telegram, or the way to it, fails now and then: a refused connection, a 500, a 502/503/504 from
its front end. `TelegramRequest`, the HTTP layer of every Bot API call, retries such a failure a
few times with a short backoff before any error reaches a handler, so a person never hears of a
passing failure:

- the request never left (connection refused or timed out, no free connection): retried, for
  every method: nothing reached Telegram;
- Telegram answered 500, 502, 503 or 504: retried, for every method: it did not do it;
- the request left and no answer came (read or write timeout, connection dropped): retried only
  for methods that are safe to repeat (`get…`, `getUpdates`, `setMyCommands`, file downloads).
  A send, an edit or a callback answer may have arrived: it is never repeated here, the error
  goes up, and the durable task engine records it as uncertain (`bot/core/tasks.py`).

A 429 is left to PTB's `AIORateLimiter`; any other answer goes up as it came.

`keep_trying` is the start-up's patience: it runs one step (getMe, setMyCommands) until Telegram
answers, one log line per failed attempt, waiting 1 s, 2 s, 4 s… up to a minute in between, until
the bot is stopped.
"""

from __future__ import annotations

import asyncio
import contextvars
import enum
import logging
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import TypeVar

import httpx
from telegram._utils.types import ODVInput  # the type of PTB's timeout parameters
from telegram.error import BadRequest, NetworkError, RetryAfter, TelegramError
from telegram.request import HTTPXRequest, RequestData
from typing_extensions import override  # typing.override from Python 3.12

logger = logging.getLogger(__name__)

T = TypeVar("T")
Sleep = Callable[[float], Awaitable[None]]

# Answers that say Telegram did not do what was asked.
SERVER_ERRORS = frozenset({500, 502, 503, 504})
# Methods whose repetition changes nothing: retried even when the request may have arrived.
SAFE_TO_REPEAT = frozenset({"setMyCommands", "deleteMyCommands", "deleteWebhook"})

# During a start-up attempt each request is tried once: the attempt itself is what is repeated.
_SINGLE_ATTEMPT = contextvars.ContextVar("telegram_single_attempt", default=False)


class Failure(enum.Enum):
    NEVER_SENT = "never sent"
    SERVER_ERROR = "server error"
    UNCERTAIN = "may have arrived"


@dataclass(frozen=True)
class RetryPolicy:
    """How often, and how patiently, a failed call is tried again.

    `attempts` counts the first try (None: until it succeeds or is cancelled). The waits are
    `first_delay`, then doubled each time, at most `longest_delay`; no retry starts once
    `budget` seconds would be spent."""

    attempts: int | None = 5
    first_delay: float = 0.25
    longest_delay: float = 2.0
    budget: float | None = 10.0

    def delay(self, retry: int) -> float:
        """The wait before retry number `retry` (1 for the first retry)."""
        return float(min(self.first_delay * 2 ** (retry - 1), self.longest_delay))

    def allows(self, retry: int, spent: float) -> bool:
        if self.attempts is not None and retry >= self.attempts:
            return False
        return self.budget is None or spent + self.delay(retry) <= self.budget


#: Sends, edits, callback answers: 4 retries within 0.25 + 0.5 + 1 + 2 s, under 10 s in all.
REQUESTS = RetryPolicy()
#: getUpdates: repeated freely, until it is answered or polling stops.
POLLING = RetryPolicy(attempts=None, first_delay=0.5, longest_delay=30.0, budget=None)
#: Start-up steps: 1 s, 2 s, 4 s… up to a minute, until Telegram answers or the bot is stopped.
STARTUP = RetryPolicy(attempts=None, first_delay=1.0, longest_delay=60.0, budget=None)


@dataclass(frozen=True)
class TelegramRetries:
    """The three policies and the sleep they use (tests make them quick)."""

    requests: RetryPolicy = REQUESTS
    polling: RetryPolicy = POLLING
    startup: RetryPolicy = STARTUP
    sleep: Sleep = field(default=asyncio.sleep)


# Failures that prove the request never reached Telegram. A read timeout or a dropped answer
# proves nothing (the message may have arrived).
_NEVER_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)


def never_delivered(error: BaseException) -> bool:
    """The request never left: nothing was delivered, so trying again is safe."""
    return (
        isinstance(error, NetworkError)
        and not isinstance(error, BadRequest)
        and isinstance(error.__cause__, _NEVER_SENT)
    )


def failure_of(error: BaseException) -> Failure | None:
    """What a failure of PTB's HTTP layer says about the request (None: not a network failure)."""
    if not isinstance(error, NetworkError) or isinstance(error, BadRequest):
        return None
    if never_delivered(error):  # the notifier's test too: a task may run again
        return Failure.NEVER_SENT
    if isinstance(error.__cause__, httpx.HTTPError):
        return Failure.UNCERTAIN
    return None


def failure_of_status(status: int) -> Failure | None:
    return Failure.SERVER_ERROR if status in SERVER_ERRORS else None


def may_retry(failure: Failure, method: str, http_method: str = "POST") -> bool:
    """Whether a call that failed so may be made again."""
    if failure is not Failure.UNCERTAIN:
        return True
    return http_method == "GET" or method.startswith("get") or method in SAFE_TO_REPEAT


class TelegramRequest(HTTPXRequest):
    """PTB's HTTPX request with retries of Telegram's passing failures (see the module)."""

    def __init__(
        self,
        policy: RetryPolicy = REQUESTS,
        *,
        sleep: Sleep = asyncio.sleep,
        clock: Callable[[], float] = time.monotonic,
        connection_pool_size: int = 256,
    ) -> None:
        super().__init__(connection_pool_size=connection_pool_size)
        self.policy = policy
        self._sleep = sleep
        self._clock = clock

    @override  # the signature is BaseRequest.do_request's, not ours; mypy checks they match
    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: ODVInput[float] = HTTPXRequest.DEFAULT_NONE,
        write_timeout: ODVInput[float] = HTTPXRequest.DEFAULT_NONE,
        connect_timeout: ODVInput[float] = HTTPXRequest.DEFAULT_NONE,
        pool_timeout: ODVInput[float] = HTTPXRequest.DEFAULT_NONE,
    ) -> tuple[int, bytes]:
        name = url.rsplit("/", 1)[-1]
        started = self._clock()
        retry = 0
        while True:
            try:
                status, payload = await super().do_request(
                    url,
                    method,
                    request_data,
                    read_timeout,
                    write_timeout,
                    connect_timeout,
                    pool_timeout,
                )
            except NetworkError as error:
                failure = failure_of(error)
                if failure is None or not self._again(failure, name, method, retry, started):
                    raise
                reason = str(error)
            else:
                failure = failure_of_status(status)
                if failure is None or not self._again(failure, name, method, retry, started):
                    return status, payload
                reason = f"answer {status}"
            retry += 1
            delay = self.policy.delay(retry)
            logger.info(
                "Telegram: %s failed (%s, %s); trying again in %.2g s",
                name,
                reason,
                failure.value,
                delay,
            )
            await self._sleep(delay)

    def _again(self, failure: Failure, name: str, method: str, retry: int, started: float) -> bool:
        if _SINGLE_ATTEMPT.get() or not may_retry(failure, name, method):
            return False
        if self.policy.allows(retry + 1, self._clock() - started):
            return True
        logger.warning(
            "Telegram: %s failed %d times (%s); giving up", name, retry + 1, failure.value
        )
        return False


async def keep_trying(
    action: Callable[[], Awaitable[T]],
    what: str,
    policy: RetryPolicy = STARTUP,
    *,
    sleep: Sleep = asyncio.sleep,
) -> T:
    """Run `action` until Telegram answers it: after each failure one log line, then a wait.

    Each attempt makes its requests once (no retries inside). A network failure, a 5xx or a 429
    is waited out; anything else (a refused token, a bad request) and cancellation go up."""
    attempt = 1
    while True:
        single = _SINGLE_ATTEMPT.set(True)
        try:
            result = await action()
        except (NetworkError, RetryAfter) as error:
            if isinstance(error, BadRequest):
                raise
            delay = policy.delay(attempt)
            if isinstance(error, RetryAfter):
                delay = max(delay, _seconds(error))
            logger.warning(
                "Telegram did not answer %s (%s); trying again in %g s (attempt %d)",
                what,
                _reason(error),
                delay,
                attempt,
            )
        else:
            if attempt > 1:
                logger.info("Telegram answered %s at attempt %d", what, attempt)
            return result
        finally:
            _SINGLE_ATTEMPT.reset(single)
        await sleep(delay)
        attempt += 1


def _reason(error: TelegramError) -> str:
    cause = error.__cause__
    if isinstance(cause, httpx.HTTPError):
        return f"{type(cause).__name__}: {cause}" if str(cause) else type(cause).__name__
    return str(error)


def _seconds(error: RetryAfter) -> float:
    wait = error.retry_after
    return wait if isinstance(wait, int | float) else wait.total_seconds()
