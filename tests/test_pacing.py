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


def note(paced: Pacer, chat: int) -> None:
    """An answer to someone, answered at once by Telegram."""
    paced.begin(chat)
    paced.done(chat, answer=True)


async def send(paced: Pacer, chat: int) -> bool:
    """A copy that Telegram answers at once."""
    if not await paced.acquire(chat):
        return False
    paced.done(chat)
    return True


async def test_copies_go_at_the_rate_less_a_tenth_kept_for_people() -> None:
    time = Time()
    paced = pacer(10, time)
    sent = []
    for chat in range(30):
        assert await send(paced, chat)
        sent.append(time.now)
    assert sent[:9] == [100.0] * 9  # a second's worth at once, one place kept for an answer
    for index in range(9, 30):  # then each waits for the one nine before it to be a second old
        assert sent[index] - sent[index - 9] >= 1.0


async def test_answers_to_people_use_the_capacity_first_and_keep_room_for_more() -> None:
    time = Time()
    paced = pacer(10, time)
    for chat in (1, 2):
        note(paced, chat)  # two answers went out just now
    # Their two places, and two more kept for the next answers, as many as went.
    assert paced.free() == 6
    for chat in range(10, 16):
        assert await send(paced, chat)
    assert time.now == 100.0
    assert paced.free() == 0
    assert paced.wait_for(20) == 1.0
    time.now += 1.0  # a quiet second: the rate again, less the tenth always kept
    assert paced.free() == 9


async def test_a_chat_gets_at_most_one_message_a_second() -> None:
    time = Time()
    paced = pacer(30, time)
    note(paced, 42)  # the bot answered their /help
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
    paced = pacer(10, time)
    for chat in range(9):
        assert await paced.acquire(chat)
    assert paced.free() == 0
    time.now += 5  # slow answers: still counted as in flight
    assert paced.free() == 0
    for chat in range(9):
        paced.done(chat)
    assert paced.wait_for(20) == 1.0  # a second from the answers, not from the departures


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
            note(paced, chat)  # someone's answer: never held back
        else:
            assert await send(paced, chat)
        sent.append((time.now, chat))
    for index, (at, chat) in enumerate(sent):
        window = [(t, c) for t, c in sent[: index + 1] if at - 1.0 < t]
        if chat != 6:
            assert len(window) <= rate
            assert sum(1 for _, c in window if c == chat) == 1
