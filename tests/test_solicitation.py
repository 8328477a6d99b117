"""The words that try to take someone out of the group's sight, in Italian and English."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.domain.solicitation import Ask, find_asks

CONTACT, PRIVATE, SECRECY = Ask.CONTACT, Ask.PRIVATE, Ask.SECRECY


@pytest.mark.parametrize(
    ("text", "asks"),
    [
        (
            "@giuli_14 ciao Giulia, mi dai il tuo numero di telefono? ti scrivo su whatsapp",
            (CONTACT, PRIVATE),
        ),
        ("ti scrivo in privato, non dirlo a nessuno 😉", (PRIVATE, SECRECY)),
        ("Qual è il tuo insta?", (CONTACT,)),
        ("dammi il cell", (CONTACT,)),
        ("hai snap?", (CONTACT,)),
        ("scrivimi in privato", (PRIVATE,)),
        ("sentiamoci in pv", (PRIVATE,)),
        ("resta tra noi", (SECRECY,)),
        ("non dirlo ai tuoi", (SECRECY,)),
        ("dm me", (PRIVATE,)),
        ("add me on snap", (CONTACT,)),
        ("what's your number?", (CONTACT,)),
        ("can I have your insta", (CONTACT,)),
        ("don't tell your mom", (SECRECY,)),
        ("it's our little secret", (SECRECY,)),
        ("I'll text you", (PRIVATE,)),
        ("MI DAI IL TUO NUMERO", (CONTACT,)),
    ],
)
def test_asks_are_found(text: str, asks: tuple[Ask, ...]) -> None:
    assert find_asks(text) == asks


@pytest.mark.parametrize(
    "text",
    [
        "il numero dei partecipanti è 12",
        "scrivi /report in privato al bot",
        "ci vediamo sabato alle 15 in piazza",
        "mi dai una mano a portare le sedie?",
        "hai visto il messaggio di Luca?",
        "the group chat is fun",
        "what's your favourite project?",
        "send me the photos in the group",
        "tell everyone about saturday",
    ],
)
def test_ordinary_texts_pass(text: str) -> None:
    assert find_asks(text) == ()


_CHATTER = st.text(alphabet="abcdefghilmnoprstuvz ,.!?", max_size=40)


@given(
    _CHATTER, st.sampled_from(["mi dai il tuo numero", "dm me", "non dirlo a nessuno"]), _CHATTER
)
def test_an_ask_is_found_wherever_it_stands(before: str, ask: str, after: str) -> None:
    assert find_asks(f"{before} {ask} {after}")


@given(st.text(max_size=200))
def test_never_crashes_and_asks_come_in_order(text: str) -> None:
    asks = find_asks(text)
    assert list(asks) == sorted(asks, key=list(Ask).index)
