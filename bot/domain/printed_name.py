"""How a name typed for a statement of hours is printed, and the slips worth pointing out
before it is. Pure: no I/O.

A name typed all in lower case or all in capitals (a phone's keyboard, or a habit from forms)
gets its capitals as a name has them: "de santis" is printed "De Santis", "D'AMICO" "D'Amico",
"esposito-russo" "Esposito-Russo". One typed with capitals of its own ("de Santis",
"McDonald") is printed as typed: its writer chose them. Either way a verifier's surname is
compared with case folded, so the capitals never change what a statement verifies.

A surname typed in the first name's box too ("luca rossi", then "rossi") is taken out of the
first name: the first name is kept with the statement, the surname never is."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from bot.domain.hour_statement import surname_key
from bot.domain.names import clean_name

# A capital follows a space, an apostrophe or a hyphen: "D'Amico", "Esposito-Russo".
_PARTS = re.compile(r"([\s'’ʼ`´\-‐–]+)")
# The scripts whose capitals are a name's capitals. Georgian letters count as small to Python,
# yet Georgian names are not written with capitals (and the PDF's font has none of them).
_RECASED_SCRIPTS = ("LATIN ", "GREEK ", "CYRILLIC ", "ARMENIAN ")


def printed_name(typed: str) -> str:
    """The name as the statement prints it (see the module's note)."""
    name = clean_name(typed)
    cased = [char for char in name if char.lower() != char.upper()]
    if not cased or not all(unicodedata.name(c, "").startswith(_RECASED_SCRIPTS) for c in cased):
        return name
    if not (all(c.islower() for c in cased) or all(c.isupper() for c in cased)):
        return name
    return "".join(_capitalised(part) for part in _PARTS.split(name))


def _capitalised(part: str) -> str:
    """ "rossi" and "ROSSI" as "Rossi": lower case but the first letter (whole words at a time,
    so a Greek final sigma stays one). A letter whose capital is two ("ß") is left as it is."""
    if not part or _PARTS.fullmatch(part):
        return part
    head = part[0].upper()
    return (head if len(head) == 1 else part[0]) + part[1:].lower()


def twice_typed(first_name: str, surname: str) -> str:
    """The words of the first name that are in the surname too ("Giulia" and "giulia rossi":
    "Giulia"), as the first name has them; empty if none. Likely typed twice by mistake, and
    then printed twice: "Giulia Giulia Rossi"."""
    in_surname = {surname_key(word) for word in surname.split()}
    return " ".join(word for word in first_name.split() if surname_key(word) in in_surname)


@dataclass(frozen=True)
class NameOnStatement:
    """The first name and surname a statement prints, and what the preview points out: the
    capitals given (`recased`), the words taken out of one name because they are the other
    (`moved`, out of `moved_from`), or words left in both (`twice`)."""

    first_name: str
    surname: str
    recased: bool = False
    moved: str = ""
    moved_from: Literal["first", "surname", ""] = ""
    twice: str = ""


def name_on_statement(
    first_typed: str, surname_typed: str, printed: Callable[[str], str] = printed_name
) -> NameOnStatement:
    """The name a statement prints for the first name and surname typed (`printed` gives each
    its capitals). The surname's words at the end or start of the first name ("Luca Rossi" +
    "Rossi") are taken out of it; the first name's words at the start or end of the surname
    ("Giulia" + "Giulia Rossi") out of the surname."""
    first, surname = printed(first_typed), printed(surname_typed)
    recased = (first, surname) != (clean_name(first_typed), clean_name(surname_typed))
    rest = _without(first, surname)
    if rest is not None:
        return NameOnStatement(rest, surname, recased, surname, "first")
    rest = _without(surname, first)
    if rest is not None:
        return NameOnStatement(first, rest, recased, first, "surname")
    return NameOnStatement(first, surname, recased, twice=twice_typed(first, surname))


def _without(name: str, other: str) -> str | None:
    """`name` without `other`'s words at its end or its start (compared folded: case, accents,
    apostrophes), or None if they are not there or are all of it."""
    words, key = name.split(), surname_key(other)
    if not key:
        return None
    for taken in range(1, len(words)):
        if surname_key(" ".join(words[-taken:])) == key:
            return " ".join(words[:-taken])
        if surname_key(" ".join(words[:taken])) == key:
            return " ".join(words[taken:])
    return None


# What a member types to say "yes, make it" (or "no") under a preview, in Italian and English:
# no surname, however it is spelled.
_REPLIES = frozenset(
    {
        "yes", "yeah", "yep", "y", "ok", "okay", "k", "sure", "correct", "done",
        "no", "nope", "n", "si", "sì", "va bene", "vabbene", "vabene", "certo", "giusto",
        "esatto", "confermo", "perfetto", "fatto", "ok grazie", "si grazie", "sì grazie",
        "yes please", "ok thanks",
    }
)  # fmt: skip


def is_a_reply(typed: str) -> bool:
    """Whether `typed` is a yes or a no ("Sì!", "ok.", "Va bene"), not a surname."""
    words = re.sub(r"[^\w\s]", " ", clean_name(typed).casefold())
    return " ".join(words.split()) in _REPLIES
