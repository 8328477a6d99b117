"""Cities compared case-, accent- and space-insensitively, with Italian/English aliases and
close-match suggestions for typos. Pure: no I/O."""

from __future__ import annotations

import difflib
import unicodedata
from dataclasses import dataclass

from bot.domain.names import NameProblem, clean_name, name_problem

MAX_CITY_LENGTH = 40

# The cities members are most likely to name: the metropolitan area of Turin, Piedmont's main
# towns, and Italy's largest cities. Anything else is accepted as typed.
KNOWN_CITIES: tuple[str, ...] = (
    "Torino", "Moncalieri", "Collegno", "Rivoli", "Nichelino", "Settimo Torinese", "Grugliasco",
    "Chieri", "Pinerolo", "Venaria Reale", "Orbassano", "Carmagnola", "Ivrea", "Chivasso",
    "San Mauro Torinese", "Beinasco", "Rivalta di Torino", "Alessandria", "Asti", "Biella",
    "Cuneo", "Novara", "Verbania", "Vercelli", "Alba", "Bra", "Milano", "Roma", "Napoli",
    "Firenze", "Bologna", "Genova", "Venezia", "Padova", "Verona", "Trieste", "Bari", "Palermo",
    "Catania", "Cagliari", "Aosta", "Trento", "Bolzano", "Perugia", "Ancona", "Pescara",
)  # fmt: skip

ALIASES: dict[str, str] = {
    "turin": "Torino",
    "milan": "Milano",
    "rome": "Roma",
    "naples": "Napoli",
    "florence": "Firenze",
    "genoa": "Genova",
    "venice": "Venezia",
    "padua": "Padova",
    "syracuse": "Siracusa",
    "leghorn": "Livorno",
    "mantua": "Mantova",
}


def city_key(text: str) -> str:
    """What two spellings of one city share: no case, accents, spaces, dashes or apostrophes."""
    decomposed = unicodedata.normalize("NFKD", text)
    letters = (c for c in decomposed if not unicodedata.combining(c))
    return "".join(c for c in "".join(letters).casefold() if c.isalnum())


_CANONICAL: dict[str, str] = {city_key(name): name for name in KNOWN_CITIES}
_CANONICAL.update({city_key(alias): name for alias, name in ALIASES.items()})


@dataclass(frozen=True)
class CityMatch:
    city: str  # the canonical name if known, else the text as typed (trimmed)
    known: bool
    suggestions: tuple[str, ...]  # close known names, for "Did you mean …?"


def match_city(text: str, max_suggestions: int = 3) -> CityMatch:
    typed = clean_name(text)
    key = city_key(typed)
    if key in _CANONICAL:
        return CityMatch(_CANONICAL[key], known=True, suggestions=())
    close = difflib.get_close_matches(key, list(_CANONICAL), n=max_suggestions * 2, cutoff=0.75)
    suggestions: list[str] = []
    for candidate in close:
        name = _CANONICAL[candidate]
        if name not in suggestions:
            suggestions.append(name)
    return CityMatch(typed, known=False, suggestions=tuple(suggestions[:max_suggestions]))


_CITY_PUNCTUATION = frozenset(" '’-.,()")


def city_problem(text: str) -> NameProblem | None:
    """What makes a typed city unusable: the rules for names, a longer limit, and only the
    characters town names have (letters in any script, digits, spaces, ' - . , ( ))."""
    problem = name_problem(text, MAX_CITY_LENGTH)
    if problem is not None:
        return problem
    for c in clean_name(text):
        if c not in _CITY_PUNCTUATION and unicodedata.category(c)[0] not in "LMN":
            return NameProblem.SYMBOLS
    return None


def clean_city(text: str) -> str:
    return clean_name(text)
