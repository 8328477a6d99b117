"""Finding a project by typed letters, and the file name made from its title."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from bot.domain.titles import ascii_slug, matching

TITLES = ["Radio giovani", "Orti in Barriera", "Città pulita", "Radio"]


def test_accents_and_case_do_not_matter() -> None:
    assert matching("CITTA", TITLES, str) == ["Città pulita"]
    assert matching("  orti  ", TITLES, str) == ["Orti in Barriera"]


def test_an_exact_title_wins_over_longer_ones() -> None:
    assert matching("radio", TITLES, str) == ["Radio"]
    assert matching("rad", TITLES, str) == ["Radio giovani", "Radio"]


def test_nothing_typed_matches_nothing() -> None:
    assert matching("   ", TITLES, str) == []
    assert matching("teatro", TITLES, str) == []


def test_the_slug_is_plain_ascii() -> None:
    assert ascii_slug("Città pulita & co. 🌱", "p") == "citta-pulita-co"
    assert ascii_slug("🌱🌱", "project-3") == "project-3"


@given(st.text(max_size=200))
def test_any_title_gives_a_safe_file_name(title: str) -> None:
    slug = ascii_slug(title, "project-1")
    assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", slug)
    assert len(slug) <= 40
