"""Finding a project by a few typed letters, and naming a file after it."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from typing import TypeVar

T = TypeVar("T")
SLUG_LENGTH = 40


def folded(text: str) -> str:
    """Without accents, case or extra spaces: `Città` and `citta` are the same to a person."""
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(stripped.casefold().split())


def matching(query: str, items: Iterable[T], title: Callable[[T], str]) -> list[T]:
    """The items whose title holds what was typed; an exact title wins over the rest."""
    wanted = folded(query)
    if not wanted:
        return []
    found = [item for item in items if wanted in folded(title(item))]
    exact = [item for item in found if folded(title(item)) == wanted]
    return exact or found


def ascii_slug(text: str, fallback: str) -> str:
    """Lowercase ASCII letters, digits and dashes, safe in any file name."""
    plain = folded(text).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", plain).strip("-")[:SLUG_LENGTH].strip("-")
    return slug or fallback
