"""What a Bot API failure means for a message the bot sends on its own."""

from __future__ import annotations

from datetime import timedelta

import httpx
import pytest
from telegram.error import BadRequest, NetworkError, RetryAfter, TimedOut

from bot.core.tasks import MaybeSent, NotSent, Refused, RetryLater
from handlers.kit.notifier import failure


def caused_by(error: NetworkError, cause: Exception) -> NetworkError:
    error.__cause__ = cause
    return error


@pytest.mark.parametrize(
    "cause",
    [httpx.ConnectError("refused"), httpx.ConnectTimeout("slow"), httpx.PoolTimeout("busy")],
)
def test_a_request_that_never_left_may_be_sent_again(cause: Exception) -> None:
    assert isinstance(failure(caused_by(NetworkError("httpx"), cause)), NotSent)


@pytest.mark.parametrize(
    "error",
    [
        caused_by(TimedOut("read"), httpx.ReadTimeout("read")),
        caused_by(NetworkError("httpx"), httpx.RemoteProtocolError("dropped")),
        NetworkError("Bad Gateway"),
    ],
)
def test_a_request_that_may_have_arrived_is_never_repeated(error: NetworkError) -> None:
    assert isinstance(failure(error), MaybeSent)


def test_flood_control_waits_without_counting_a_failure() -> None:
    held = failure(RetryAfter(timedelta(seconds=7)))
    assert isinstance(held, RetryLater)
    assert (held.delay, held.counted) == (timedelta(seconds=7), False)


def test_a_refused_message_is_a_plain_failure() -> None:
    assert isinstance(failure(BadRequest("can't parse entities")), Refused)
