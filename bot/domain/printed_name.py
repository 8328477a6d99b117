"""How a name typed for a statement of hours is printed, and the slips worth pointing out
before it is. Pure: no I/O.

A name typed all in lower case or all in capitals (a phone's keyboard, or a habit from forms)
gets its capitals as a name has them: "de santis" is printed "De Santis", "D'AMICO" "D'Amico",
"esposito-russo" "Esposito-Russo". One typed with capitals of its own ("de Santis",
"McDonald") is printed as typed: its writer chose them. Either way a verifier's surname is
compared with case folded, so the capitals never change what a statement verifies."""

from __future__ import annotations

import re

from bot.domain.hour_statement import surname_key
from bot.domain.names import clean_name

# A capital follows a space, an apostrophe or a hyphen: "D'Amico", "Esposito-Russo".
_PARTS = re.compile(r"([\s'’ʼ`´\-‐–]+)")


def printed_name(typed: str) -> str:
    """The name as the statement prints it (see the module's note)."""
    name = clean_name(typed)
    cased = [char for char in name if char.lower() != char.upper()]
    if not cased or not (all(c.islower() for c in cased) or all(c.isupper() for c in cased)):
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
