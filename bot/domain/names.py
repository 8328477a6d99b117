"""First name or nickname: any script (right-to-left included), 1–32 characters, no links or
@mentions; a member's own name also at most two words of letters (rule 24: "sofia rossi 3B
pacinotti" told coordinators her school). Pure: no I/O."""

from __future__ import annotations

import re
import unicodedata
from enum import Enum

from bot.domain.contact_details import find_contacts

MAX_NAME_LENGTH = 32


class NameProblem(Enum):
    EMPTY = "empty"
    TOO_LONG = "too-long"
    NO_LETTERS = "no-letters"  # only digits, emoji or punctuation
    LINK = "link"
    MENTION = "mention"
    SYMBOLS = "symbols"  # places only: characters no town name has
    NOT_A_NAME = "not-a-name"  # digits, symbols, more than two words, a contact


_LINK = re.compile(
    r"(https?://|www\.|t\.me/|telegram\.me/|\b[\w-]+\.(com|it|org|net|me|io|eu|ly|gg)\b)",
    re.IGNORECASE,
)
_MENTION = re.compile(r"(^|\s)@\w")


def clean_name(text: str) -> str:
    """Trimmed, inner whitespace collapsed, invisible control characters removed."""
    visible = "".join(
        c for c in unicodedata.normalize("NFC", text) if unicodedata.category(c) not in {"Cc"}
    )
    return " ".join(visible.split())


def name_problem(text: str, max_length: int = MAX_NAME_LENGTH) -> NameProblem | None:
    """Also used for place names, with their own length limit."""
    name = clean_name(text)
    if not name:
        return NameProblem.EMPTY
    if len(name) > max_length:
        return NameProblem.TOO_LONG
    if _LINK.search(name):
        return NameProblem.LINK
    if _MENTION.search(name):
        return NameProblem.MENTION
    if not any(unicodedata.category(c).startswith("L") for c in name):
        return NameProblem.NO_LETTERS
    return None


MAX_NAME_WORDS = 2
_NAME_PUNCTUATION = frozenset("'’-")


def _is_name_word(word: str) -> bool:
    """Letters of any script (with their accents), joined by apostrophes or hyphens."""
    return any(unicodedata.category(c)[0] == "L" for c in word) and all(
        c in _NAME_PUNCTUATION or unicodedata.category(c)[0] in "LM" for c in word
    )


def first_name_problem(text: str) -> NameProblem | None:
    """A member's first name or nickname: the rules for names, then one or two words of
    letters and no contact detail ("Snap", "Insta Sofia")."""
    problem = name_problem(text)
    if problem is not None:
        return problem
    words = clean_name(text).split()
    if len(words) > MAX_NAME_WORDS or not all(_is_name_word(word) for word in words):
        return NameProblem.NOT_A_NAME
    if find_contacts(" ".join(words)):
        return NameProblem.NOT_A_NAME
    return None
