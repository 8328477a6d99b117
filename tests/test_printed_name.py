"""How a name typed for a statement is printed (capitals given to one typed all in small letters
or all in capitals, none taken from one typed with its own), and the words typed twice."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.domain.hour_statement import surname_key, surname_problem
from bot.domain.printed_name import is_a_reply, name_on_statement, printed_name, twice_typed


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


@pytest.mark.parametrize(
    "typed",
    ["ბერიძე", "ბერიძე-კაპანაძე", "ᏣᎳᎩ"],  # Georgian and Cherokee: a name's capitals are not theirs
)
def test_only_latin_greek_cyrillic_and_armenian_get_capitals(typed: str) -> None:
    assert printed_name(typed) == typed


def test_armenian_and_cyrillic_get_capitals() -> None:
    assert printed_name("բաղդասարյան") == "Բաղդասարյան"
    assert printed_name("ИВАНОВ") == "Иванов"


@pytest.mark.parametrize(
    ("first", "surname", "printed", "moved", "moved_from"),
    [
        ("luca rossi", "rossi", ("Luca", "Rossi"), "Rossi", "first"),
        ("Rossi Luca", "Rossi", ("Luca", "Rossi"), "Rossi", "first"),
        ("Luca De Santìs", "de santis", ("Luca", "De Santis"), "De Santis", "first"),
        ("Giulia", "giulia rossi", ("Giulia", "Rossi"), "Giulia", "surname"),
        ("Anna Maria", "Rossi anna maria", ("Anna Maria", "Rossi"), "Anna Maria", "surname"),
        ("Luca", "Rossi", ("Luca", "Rossi"), "", ""),
        ("Giulia", "Giulia", ("Giulia", "Giulia"), "", ""),  # all of it: nothing left to take
    ],
)
def test_a_name_typed_in_both_boxes_is_taken_out_of_the_wrong_one(
    first: str, surname: str, printed: tuple[str, str], moved: str, moved_from: str
) -> None:
    name = name_on_statement(first, surname)
    assert (name.first_name, name.surname) == printed
    assert (name.moved, name.moved_from) == (moved, moved_from)


@given(NAMES, NAMES)
def test_the_first_name_kept_never_ends_or_starts_with_the_surname(first: str, last: str) -> None:
    name = name_on_statement(first, last)
    assert name.first_name
    assert name.surname
    words = name.first_name.split()
    if len(words) > 1:
        key = surname_key(name.surname)
        assert all(
            surname_key(" ".join(words[-n:])) != key and surname_key(" ".join(words[:n])) != key
            for n in range(1, len(words))
        )


@pytest.mark.parametrize("typed", ["yes", "Sì!", "si", "ok.", "OK", "Va bene", "no", "va bene!"])
def test_a_yes_or_a_no_is_no_surname(typed: str) -> None:
    assert is_a_reply(typed)


@pytest.mark.parametrize("typed", ["Rossi", "Okafor", "Nobile", "Sisto", "Bene"])
def test_a_surname_is_no_reply(typed: str) -> None:
    assert not is_a_reply(typed)
