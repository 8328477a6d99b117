"""The broadcast pacer, alone: a sliding second of every message the bot sends, one a second
per chat, and a pause after a 429 (bot/core/pacing.py), with a clock the test moves."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.core.pacing import Pacer


class Time:
    """A monotonic clock and a sleep that moves it."""

    def __init__(self) -> None:
        self.now = 100.0
        self.slept: list[float] = []

    def __call__(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.now += seconds


def pacer(rate: float, time: Time) -> Pacer:
    return Pacer(rate, monotonic=time, sleep=time.sleep, window=1.0)


async def send(paced: Pacer, chat: int) -> bool:
    """A copy that Telegram answers at once."""
    if not await paced.acquire(chat):
        return False
    paced.done(chat)
    return True


async def test_copies_go_at_the_rate_and_no_faster() -> None:
    time = Time()
    paced = pacer(5, time)
    sent = []
    for chat in range(12):
        assert await send(paced, chat)
        sent.append(time.now)
    assert sent[:5] == [100.0] * 5  # a full second's worth at once
    for index in range(5, 12):  # then each waits for the one five before it to be a second old
        assert sent[index] - sent[index - 5] >= 1.0


async def test_answers_to_people_use_the_capacity_first() -> None:
    time = Time()
    paced = pacer(3, time)
    for chat in (1, 2):
        paced.note(chat)  # two answers went out just now
    assert paced.free() == 1
    assert await send(paced, 10)
    assert paced.free() == 0
    assert paced.wait_for(11) == 1.0


async def test_a_chat_gets_at_most_one_message_a_second() -> None:
    time = Time()
    paced = pacer(30, time)
    paced.note(42)  # the bot answered their /help
    time.now += 0.4
    assert paced.wait_for(42) == pytest.approx(0.6)
    assert paced.wait_for(43) == 0.0
    assert await send(paced, 42)
    assert time.now == pytest.approx(101.0)


async def test_a_429_holds_every_copy_for_retry_after() -> None:
    time = Time()
    paced = pacer(30, time)
    paced.pause(7)
    assert paced.free() == 0
    assert paced.wait_for(1) == 7.0
    assert await send(paced, 1)
    assert time.now == 107.0
    assert max(time.slept) <= 0.5  # it looks up often enough to notice a stop


async def test_a_stopping_bot_is_noticed_while_waiting() -> None:
    time = Time()
    paced = pacer(30, time)
    paced.pause(60)
    assert not await paced.acquire(1, keep_going=lambda: time.now < 101)
    assert time.now < 102


async def test_a_copy_holds_its_place_until_telegram_answers() -> None:
    time = Time()
    paced = pacer(2, time)
    assert await paced.acquire(1)
    assert await paced.acquire(2)
    assert paced.free() == 0
    time.now += 5  # a slow answer: still counted as in flight
    assert paced.free() == 0
    paced.done(1)
    paced.done(2)
    assert paced.wait_for(3) == 1.0  # a second from the answers, not from the departures


async def test_no_pacing_at_rate_zero() -> None:
    time = Time()
    paced = pacer(0, time)
    for _ in range(1000):
        assert await send(paced, 1)
    assert time.slept == []


@given(
    rate=st.integers(min_value=1, max_value=40),
    gaps=st.lists(st.floats(min_value=0, max_value=0.3), min_size=1, max_size=120),
    chats=st.lists(st.integers(min_value=1, max_value=6), min_size=120, max_size=120),
)
async def test_never_more_than_the_rate_in_any_second(
    rate: int, gaps: list[float], chats: list[int]
) -> None:
    time = Time()
    paced = pacer(rate, time)
    sent: list[tuple[float, int]] = []
    for gap, chat in zip(gaps, chats, strict=False):
        time.now += gap
        if chat == 6:
            paced.note(chat)  # someone's answer: never held back
        else:
            assert await send(paced, chat)
        sent.append((time.now, chat))
    for at, chat in sent:
        window = [(t, c) for t, c in sent if at - 1.0 < t <= at]
        if chat != 6:
            assert len(window) <= rate
            assert sum(1 for _, c in window if c == chat) == 1
