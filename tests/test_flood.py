"""The flood counter (bot/domain/flood.py): a sliding window per chat and member."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from bot.domain.flood import FloodCounter

START = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)
CHAT = -1001


def test_more_than_the_limit_within_the_window_trips_once() -> None:
    counter = FloodCounter(limit=3, window=timedelta(seconds=10))
    seen = [counter.over(CHAT, 1, START + timedelta(seconds=i)) for i in range(4)]
    assert seen == [False, False, False, True]
    # The count starts again after it trips.
    assert not counter.over(CHAT, 1, START + timedelta(seconds=5))


def test_messages_spread_over_time_never_trip() -> None:
    counter = FloodCounter(limit=3, window=timedelta(seconds=10))
    assert not any(counter.over(CHAT, 1, START + timedelta(seconds=4 * i)) for i in range(50))


def test_members_and_chats_are_counted_apart() -> None:
    counter = FloodCounter(limit=2, window=timedelta(seconds=10))
    for member, chat in ((1, CHAT), (2, CHAT), (1, -1002)):
        assert not counter.over(chat, member, START)
        assert not counter.over(chat, member, START)
    assert counter.over(CHAT, 1, START)


def test_quiet_members_are_forgotten() -> None:
    counter = FloodCounter(limit=5, window=timedelta(seconds=10))
    for member in range(999):
        counter.over(CHAT, member, START)
    assert len(counter) == 999
    counter.over(CHAT, 5000, START + timedelta(minutes=1))  # the 1000th: a sweep
    assert len(counter) == 1


@given(st.lists(st.integers(min_value=0, max_value=60_000), max_size=60))
def test_it_trips_only_when_the_window_holds_more_than_the_limit(gaps: list[int]) -> None:
    limit, window = 4, timedelta(seconds=10)
    counter = FloodCounter(limit=limit, window=window)
    at, since_trip = START, list[datetime]()
    for gap in gaps:
        at += timedelta(milliseconds=gap)
        since_trip = [t for t in since_trip if t > at - window] + [at]
        tripped = counter.over(CHAT, 1, at)
        assert tripped == (len(since_trip) > limit)
        if tripped:
            since_trip = []


def test_the_burst_that_trips_it_is_named_by_its_message_ids() -> None:
    counter = FloodCounter(limit=3, window=timedelta(seconds=10))
    early = counter.burst(CHAT, 1, START - timedelta(seconds=30), 1)
    assert early is None  # out of the window by the time the burst comes
    burst = [counter.burst(CHAT, 1, START + timedelta(seconds=i), 10 + i) for i in range(4)]
    assert burst == [None, None, None, (10, 11, 12, 13)]
