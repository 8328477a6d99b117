"""The span of a mute or a ban, as a moderator types it (bot/domain/sanction_spans.py)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.domain.sanction_spans import (
    MAX_SPAN,
    MIN_SPAN,
    Span,
    SpanProblem,
    compact,
    largest_unit,
    parse_span,
    split_span,
)


@pytest.mark.parametrize(
    ("text", "length"),
    [
        ("10m", timedelta(minutes=10)),
        ("2h", timedelta(hours=2)),
        ("3d", timedelta(days=3)),
        ("1w", timedelta(weeks=1)),
        ("10 min", timedelta(minutes=10)),
        ("2 ore", timedelta(hours=2)),
        ("3 giorni", timedelta(days=3)),
        ("1 settimana", timedelta(weeks=1)),
        ("1d12h", timedelta(hours=36)),
        ("1 giorno e 12 ore", timedelta(hours=36)),
        ("2 Hours", timedelta(hours=2)),
        ("366d", MAX_SPAN),
    ],
)
def test_spans_people_type(text: str, length: timedelta) -> None:
    assert parse_span(text) == Span(length)


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("0m", SpanProblem.NOT_POSITIVE),
        ("-1h", SpanProblem.NOT_POSITIVE),
        ("99999d", SpanProblem.TOO_LONG),
        ("367d", SpanProblem.TOO_LONG),
        ("99999999999999999999w", SpanProblem.TOO_LONG),
        ("1x", SpanProblem.NOT_A_SPAN),
        ("", SpanProblem.NOT_A_SPAN),
        ("h", SpanProblem.NOT_A_SPAN),
        ("2", SpanProblem.NOT_A_SPAN),
        ("2h spam", SpanProblem.NOT_A_SPAN),
    ],
)
def test_what_is_not_a_usable_span_says_why(text: str, problem: SpanProblem) -> None:
    assert parse_span(text) is problem


@pytest.mark.parametrize(
    ("arguments", "span", "reason"),
    [
        ("2h spam in chat", Span(timedelta(hours=2)), "spam in chat"),
        ("2 ore spam", Span(timedelta(hours=2)), "spam"),
        ("1d 12h", Span(timedelta(hours=36)), ""),
        ("spam in chat", None, "spam in chat"),
        ("", None, ""),
        ("1x spam", SpanProblem.NOT_A_SPAN, "spam"),
        ("0m", SpanProblem.NOT_POSITIVE, ""),
        ("-1h insults", SpanProblem.NOT_POSITIVE, "insults"),
        ("99999d", SpanProblem.TOO_LONG, ""),
    ],
)
def test_a_command_splits_into_span_and_reason(
    arguments: str, span: Span | SpanProblem | None, reason: str
) -> None:
    assert split_span(arguments) == (span, reason)


def test_a_span_reads_as_its_largest_whole_unit() -> None:
    assert largest_unit(timedelta(hours=36)) == (36, "h")
    assert largest_unit(timedelta(days=14)) == (2, "w")
    assert largest_unit(timedelta(days=1)) == (1, "d")
    assert largest_unit(timedelta(minutes=90)) == (90, "m")


@given(st.text(max_size=40))
def test_any_text_gets_an_answer(text: str) -> None:
    answer = parse_span(text)
    assert isinstance(answer, Span | SpanProblem)
    if isinstance(answer, Span):
        assert MIN_SPAN <= answer.length <= MAX_SPAN


@given(st.text(max_size=60))
def test_any_arguments_split_without_losing_the_reason(text: str) -> None:
    span, reason = split_span(text)
    words = text.split()
    assert reason.split() == words[len(words) - len(reason.split()) :]
    assert span is None or isinstance(span, Span | SpanProblem)


@given(st.integers(min_value=1, max_value=366 * 24 * 60))
def test_compact_reads_back(minutes: int) -> None:
    length = timedelta(minutes=minutes)
    assert parse_span(compact(length)) == Span(length)


@given(st.integers(min_value=366 * 24 * 60 + 1, max_value=10**9))
def test_longer_than_telegram_allows_is_too_long(minutes: int) -> None:
    assert parse_span(f"{minutes}m") is SpanProblem.TOO_LONG
