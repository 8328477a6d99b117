"""First name or nickname: any script (right-to-left included), 1–32 characters, no links or
@mentions. Pure: no I/O."""

from __future__ import annotations

import re
import unicodedata
from enum import Enum

MAX_NAME_LENGTH = 32


class NameProblem(Enum):
    EMPTY = "empty"
    TOO_LONG = "too-long"
    NO_LETTERS = "no-letters"  # only digits, emoji or punctuation
    LINK = "link"
    MENTION = "mention"
    SYMBOLS = "symbols"  # places only: characters no town name has


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
