"""The category guessed for a report made in a group (bot.domain.report_guess)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.domain.report_guess import guess_category

CATEGORIES = {"bullying", "harassment", "safety", "spam", "other"}


@pytest.mark.parametrize(
    ("words", "quoted", "expected"),
    [
        (None, "mi dai il tuo numero?", "harassment"),
        (None, "dove abiti? vediamoci da soli", "harassment"),
        (None, "send me your pic", "harassment"),
        (None, "scrivimi al 333 123 4567", "safety"),
        (None, "compra follower qui", "spam"),
        (None, "sei proprio uno sfigato, fai schifo", "bullying"),
        ("mi fa paura", "ti aspetto fuori", "safety"),
        (None, "ci vediamo sabato al parco?", "other"),
        (None, None, "other"),
    ],
)
def test_guesses(words: str | None, quoted: str | None, expected: str) -> None:
    assert guess_category(words, quoted) == expected


@given(st.text(max_size=300), st.one_of(st.none(), st.text(max_size=300)))
def test_any_text_gets_a_known_category(words: str, quoted: str | None) -> None:
    assert guess_category(words, quoted) in CATEGORIES
