"""The contact-details checker (safeguarding rule 24), pure: numbers in every shape people write
them are found; ordinary texts with dates, times, prices and counts pass."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.domain.contact_details import ContactKind, find_contacts

PHONE, EMAIL, USERNAME, APP = (
    ContactKind.PHONE,
    ContactKind.EMAIL,
    ContactKind.USERNAME,
    ContactKind.APP,
)

separators = st.sampled_from(["", " ", "  ", "-", ".", "/", " - "])
digits = st.text(alphabet="0123456789", min_size=1, max_size=1)


@st.composite
def italian_mobiles(draw: st.DrawFn) -> str:
    """An Italian mobile (3xx and 7 digits), split and prefixed the ways people write it: the
    operator's three digits together, the rest cut anywhere."""
    number = "3" + "".join(draw(digits) for _ in range(9))
    cuts = sorted(draw(st.sets(st.integers(3, 9), max_size=3)))
    parts = [number[a:b] for a, b in zip([0, *cuts], [*cuts, 10], strict=True)]
    sep = draw(separators)
    prefix = draw(st.sampled_from(["", "+39 ", "+39", "0039 ", "+39-", "(+39) "]))
    return prefix + sep.join(parts)


@st.composite
def around(draw: st.DrawFn, inner: st.SearchStrategy[str]) -> str:
    before = draw(st.sampled_from(["", "scrivimi al ", "whatsapp ", "call me on ", "tel. ", "→ "]))
    after = draw(st.sampled_from(["", " grazie!", ", ciao", " (after 6pm)", "."]))
    return before + draw(inner) + after


@given(around(italian_mobiles()))
def test_italian_mobiles_are_found_however_they_are_written(text: str) -> None:
    assert PHONE in find_contacts(text)


@pytest.mark.parametrize(
    "text",
    [
        "whatsapp 333 1234567",
        "333 123 4567",
        "+39 333-1234567",
        "0039 333 1234567",
        "333.123.4567",
        "333/1234567",
        "chiamami allo 011 1234567",
        "011-123 4567",
        "+44 7700 900123",
        "+33 6 12 34 56 78",
        "tre tre tre uno due tre quattro cinque sei sette",
        "three three three 1 2 3 4 5 6 7",
        "３３３１２３４５６７",  # full-width digits
    ],
)
def test_phone_numbers(text: str) -> None:
    assert PHONE in find_contacts(text)


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("sofia.r@gmail.com", (EMAIL,)),
        ("scrivimi a sofia at gmail dot com", (EMAIL,)),
        ("sofia [at] libero punto it", (EMAIL,)),
        ("la mia mail è su gmail", (EMAIL,)),
        ("insta: sofia_r", (APP,)),
        ("ig @sofia", (USERNAME, APP)),
        ("cercami su @sofia_r", (USERNAME,)),
        ("aggiungimi su snap", (APP,)),
        ("wa.me/393331234567", (PHONE, APP)),
        ("t.me/sofia", (APP,)),
        ("https://discord.gg/abcd", (APP,)),
        ("ci sentiamo su WhatsApp", (APP,)),
        ("mandami un whats app", (APP,)),
        ("seguimi su TikTok", (APP,)),
        ("c'è il gruppo instagram", (APP,)),
        # An @handle with dots after a word or a number is a username, not an e-mail.
        ("347 123 4567 … @giulia.rossi_08", (PHONE, USERNAME)),
        ("su instagram @marco.real o al 3331234567", (PHONE, USERNAME, APP)),
        ("mario @ example.org", (EMAIL,)),
        ("mario.rossi@example.org e @giulia.x", (EMAIL, USERNAME)),
    ],
)
def test_emails_usernames_and_other_apps(text: str, kinds: tuple[ContactKind, ...]) -> None:
    assert find_contacts(text) == kinds


ORDINARY = [
    "Ci vediamo il 12/03/2027 alle 18:30 in via Roma 12.",
    "Sabato 12.03.2027 dalle 10 alle 12, poi pranzo.",
    "Dal 12 al 15 marzo 2027, 18.30-20.00, CAP 10121.",
    "Costa 5 € oppure 10,50 euro a testa.",
    "Servono 3-5 ore a settimana, ci sono 10 posti.",
    "Ho 16 anni e faccio la 3B al Pacinotti.",
    "Telefono Azzurro 19696, emergenza infanzia 114.",
    "We meet on 2027-03-12 at 6:30pm, bring 2 friends.",
    "via Garibaldi 333, Torino 10122",
    "Corso Francia 123/B, scala 2, piano 3",
    "Il progetto dura 12 settimane, dal 2026 al 2027.",
    "Siamo in 25, età 16-25, ore 9.30.",
    "Porta la tessera n. 4521 e 2 euro.",
    "Le ragazze della 2A e della 3C vengono alle 15:00.",
    "Sabato alle 10:00 12 03 2027 in piazza.",
    "Ci vediamo @ piazza Castello, 1° piano, citofono 3.",
]


@pytest.mark.parametrize("text", ORDINARY)
def test_ordinary_texts_pass(text: str) -> None:
    assert find_contacts(text) == ()


@st.composite
def ordinary_sentences(draw: st.DrawFn) -> str:
    """Dates, times, years, ages, prices, counts, street numbers and classes, in any order."""
    day, month = draw(st.integers(1, 28)), draw(st.integers(1, 12))
    year = draw(st.integers(2020, 2030))
    pieces = [
        f"il {day:02d}/{month:02d}/{year}",
        f"il {day}.{month}.{year}",
        f"alle {draw(st.integers(0, 23))}:{draw(st.integers(0, 59)):02d}",
        f"dalle {draw(st.integers(8, 12))}.30 alle {draw(st.integers(13, 20))}.00",
        f"nel {year}",
        f"ho {draw(st.integers(13, 25))} anni",
        f"{draw(st.integers(1, 99))} €",
        f"{draw(st.integers(1, 99))},{draw(st.integers(0, 99)):02d} euro",
        f"{draw(st.integers(1, 5))}-{draw(st.integers(6, 12))} ore",
        f"{draw(st.integers(1, 500))} posti",
        f"via Roma {draw(st.integers(1, 400))}",
        f"classe {draw(st.integers(1, 5))}{draw(st.sampled_from('ABCDEF'))}",
        f"età {draw(st.integers(13, 18))}-{draw(st.integers(19, 25))}",
    ]
    chosen = draw(st.lists(st.sampled_from(pieces), min_size=1, max_size=5))
    return ", ".join(chosen) + "."


@given(ordinary_sentences())
def test_ordinary_numbers_are_not_contacts(text: str) -> None:
    assert find_contacts(text) == ()


@given(st.text(max_size=200))
def test_never_crashes_and_kinds_come_in_order(text: str) -> None:
    found = find_contacts(text)
    assert list(found) == sorted(set(found), key=list(ContactKind).index)
