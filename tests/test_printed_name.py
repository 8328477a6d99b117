"""How a name typed for a statement is printed (capitals given to one typed all in small letters
or all in capitals, none taken from one typed with its own), and the words typed twice."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.domain.hour_statement import surname_key, surname_problem
from bot.domain.printed_name import printed_name, twice_typed


@pytest.mark.parametrize(
    ("typed", "printed"),
    [
        ("de santis", "De Santis"),
        ("  de   santis ", "De Santis"),
        ("D'AMICO", "D'Amico"),
        ("d’amico", "D’Amico"),
        ("esposito-russo", "Esposito-Russo"),
        ("ROSSI", "Rossi"),
        ("giada maria", "Giada Maria"),
        ("nguyễn", "Nguyễn"),
        ("ΟΔΥΣΣΕΥΣ", "Οδυσσευς"),  # the Greek final sigma, as Greek writes it
        ("straße", "Straße"),  # a letter whose capital is two is left alone
        # Capitals of its own: as typed.
        ("de Santis", "de Santis"),
        ("McDonald", "McDonald"),
        ("Rossi", "Rossi"),
        ("van der berg", "Van Der Berg"),  # all small letters: a name's capitals
    ],
)
def test_a_name_is_printed_with_a_names_capitals(typed: str, printed: str) -> None:
    assert printed_name(typed) == printed


NAMES = st.text(
    alphabet=st.characters(categories=("Lu", "Ll", "Lo"), max_codepoint=0x2FF)
    | st.sampled_from(" '-"),
    min_size=1,
    max_size=30,
).filter(lambda name: surname_problem(name) is None)


@given(NAMES)
def test_the_capitals_never_change_what_verifies(typed: str) -> None:
    # A verifier's surname is compared folded: the statement verifies with what she typed.
    assert surname_key(printed_name(typed)) == surname_key(typed)


@given(NAMES)
def test_printing_twice_changes_nothing_more(typed: str) -> None:
    once = printed_name(typed)
    assert printed_name(once) == once
    assert surname_problem(once) is None


@pytest.mark.parametrize(
    ("first", "surname", "twice"),
    [
        ("Giulia", "giulia rossi", "Giulia"),
        ("Giulia", "Giulia", "Giulia"),
        ("Giulia Rossi", "Rossi", "Rossi"),
        ("Anna Maria", "Rossi Anna Maria", "Anna Maria"),
        ("Luca", "D'Amico", ""),
        ("Lucà", "luca bianchi", "Lucà"),  # accents aside, the same word
    ],
)
def test_a_word_typed_in_both_names_is_found(first: str, surname: str, twice: str) -> None:
    assert twice_typed(first, surname) == twice
