"""What a statement of volunteering hours needs checked: the surname typed for it, the key a
verifier's surname is compared by, and its verification code. Pure: no I/O."""

from __future__ import annotations

import re
import unicodedata
from enum import Enum

from bot.domain.names import clean_name

MAX_SURNAME = 60
# No 0/O or 1/I: a code read aloud or copied off paper has one spelling.
CODE_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"
CODE_PREFIX = "GC"
CODE_GROUP = 4
CODE_LENGTH = 2 * CODE_GROUP
_APOSTROPHES = "'’ʼ`´"
_JOINERS = frozenset(_APOSTROPHES + "-‐– ")
_LINK = re.compile(r"(https?:|www\.|t\.me|\.[a-z]{2,4}\b|/)", re.IGNORECASE)


class SurnameProblem(Enum):
    EMPTY = "empty"
    TOO_LONG = "too-long"
    DIGIT = "digit"
    LINK = "link"
    MENTION = "mention"
    SYMBOLS = "symbols"


def clean_surname(text: str) -> str:
    """Trimmed, inner spaces collapsed, accents composed ("e" + "́" is "é")."""
    return clean_name(text)


def surname_problem(text: str) -> SurnameProblem | None:
    """Letters of any script with their accents, spaces, apostrophes and hyphens, 1–60
    characters ("D'Amico", "De Luca-Rossi", "Nguyễn"); anything else is named, so the person
    is told what to change. A first name typed for a statement is checked the same way."""
    surname = clean_surname(text)
    if not surname:
        return SurnameProblem.EMPTY
    if len(surname) > MAX_SURNAME:
        return SurnameProblem.TOO_LONG
    if "@" in surname:
        return SurnameProblem.MENTION
    if _LINK.search(surname):
        return SurnameProblem.LINK
    if any(char.isdigit() for char in surname):
        return SurnameProblem.DIGIT
    if not any(unicodedata.category(c)[0] == "L" for c in surname) or any(
        c not in _JOINERS and unicodedata.category(c)[0] not in "LM" for c in surname
    ):
        return SurnameProblem.SYMBOLS
    return None


def surname_key(text: str) -> str:
    """The folded form a surname is compared in, and the only form its fingerprint is made of:
    accents removed, apostrophes, hyphens and spaces ignored, case folded, so "De Santìs" is
    "De Santis", "Bianchi-Rossi" is "Bianchi Rossi" and "D'Amico" is "Damico"."""
    letters = unicodedata.normalize("NFKD", clean_surname(text))
    kept = (
        char
        for char in letters
        if char not in _JOINERS and not unicodedata.combining(char) and not char.isspace()
    )
    return unicodedata.normalize("NFC", "".join(kept).casefold())


def code_from(chars: str) -> str:
    """ "GC-7K4M-Q2XP" from eight characters of `CODE_ALPHABET` (drawn at random by the caller)."""
    if len(chars) != CODE_LENGTH or any(char not in CODE_ALPHABET for char in chars):
        raise ValueError("a code needs eight characters of the code alphabet")
    return f"{CODE_PREFIX}-{chars[:CODE_GROUP]}-{chars[CODE_GROUP:]}"


def read_code(typed: str) -> str | None:
    """A code as typed ("gc 7k4m q2xp", "GC7K4MQ2XP", "7K4M-Q2XP") in its printed form; None
    if it cannot be one."""
    chars = "".join(char for char in typed.upper() if char.isalnum())
    if len(chars) == CODE_LENGTH + len(CODE_PREFIX) and chars.startswith(CODE_PREFIX):
        chars = chars[len(CODE_PREFIX) :]
    if len(chars) != CODE_LENGTH or any(char not in CODE_ALPHABET for char in chars):
        return None
    return code_from(chars)
