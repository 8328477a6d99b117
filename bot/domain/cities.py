"""Cities: a real town, Italian (ISTAT's list of municipalities, shipped as data) or a common
foreign one, compared case-, accent- and space-insensitively, with Italian/English names and
close-match suggestions for typos. Pure: no I/O but reading the list shipped with the package,
once per process, when a city is first looked up."""

from __future__ import annotations

import difflib
import unicodedata
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

from bot.domain.names import NameProblem, clean_name, name_problem

MAX_CITY_LENGTH = 40
MIN_SUGGESTED = 3  # "sì" or "no" are not typos of a town

# Turin's metropolitan area and Piedmont's main towns, as tests and the onboarding name them.
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

# Foreign cities members come from or study in: the Italian name, then other names people type
# (English, local). An Italian municipality with the same name wins.
FOREIGN_CITIES: dict[str, tuple[str, ...]] = {
    "Londra": ("London",), "Parigi": ("Paris",), "Berlino": ("Berlin",), "Madrid": (),
    "Barcellona": ("Barcelona",), "Valencia": (), "Siviglia": ("Seville", "Sevilla"),
    "Lisbona": ("Lisbon", "Lisboa"), "Porto": ("Oporto",), "Vienna": ("Wien",),
    "Monaco di Baviera": ("Munich", "München", "Muenchen"), "Monaco": ("Monte Carlo",),
    "Francoforte": ("Frankfurt",), "Amburgo": ("Hamburg",), "Colonia": ("Cologne", "Köln"),
    "Zurigo": ("Zurich", "Zürich"), "Ginevra": ("Geneva", "Genève"), "Berna": ("Bern",),
    "Losanna": ("Lausanne",), "Lugano": (), "Basilea": ("Basel",),
    "Bruxelles": ("Brussels",), "Amsterdam": (), "Rotterdam": (), "Dublino": ("Dublin",),
    "Edimburgo": ("Edinburgh",), "Manchester": (), "Lione": ("Lyon",),
    "Marsiglia": ("Marseille",), "Nizza": ("Nice",), "Grenoble": (), "Chambéry": (),
    "Tolosa": ("Toulouse",), "Copenaghen": ("Copenhagen", "København"),
    "Stoccolma": ("Stockholm",), "Oslo": (), "Helsinki": (), "Varsavia": ("Warsaw", "Warszawa"),
    "Cracovia": ("Krakow", "Kraków"), "Praga": ("Prague", "Praha"), "Budapest": (),
    "Bucarest": ("Bucharest", "București"), "Sofia": (), "Atene": ("Athens",),
    "Tirana": (), "Belgrado": ("Belgrade", "Beograd"), "Zagabria": ("Zagreb",),
    "Lubiana": ("Ljubljana",), "Sarajevo": (), "Chișinău": ("Chisinau",),
    "Kiev": ("Kyiv", "Kyjiv"), "Leopoli": ("Lviv",), "Odessa": ("Odesa",), "Mosca": ("Moscow",),
    "Istanbul": (), "Il Cairo": ("Cairo",), "Tunisi": ("Tunis",), "Algeri": ("Algiers",),
    "Casablanca": (), "Rabat": (), "Marrakech": (), "Dakar": (), "Lagos": (), "Abuja": (),
    "Accra": (), "Addis Abeba": ("Addis Ababa",), "Nairobi": (), "New York": (),
    "Los Angeles": (), "Chicago": (), "Toronto": (), "Montréal": ("Montreal",),
    "Città del Messico": ("Mexico City",), "Buenos Aires": (), "San Paolo": ("São Paulo",),
    "Rio de Janeiro": (), "Lima": (), "Bogotá": (), "Quito": (), "Santiago del Cile": ("Santiago",),
    "Pechino": ("Beijing",), "Shanghai": (), "Tokyo": ("Tokio",), "Seoul": (),
    "Nuova Delhi": ("New Delhi", "Delhi"), "Mumbai": (), "Dacca": ("Dhaka",),
    "Karachi": (), "Lahore": (), "Manila": (), "Sydney": (), "Melbourne": (),
}  # fmt: skip


def city_key(text: str) -> str:
    """What two spellings of one city share: no case, accents, spaces, dashes or apostrophes."""
    decomposed = unicodedata.normalize("NFKD", text)
    letters = (c for c in decomposed if not unicodedata.combining(c))
    return "".join(c for c in "".join(letters).casefold() if c.isalnum())


def _municipalities() -> list[tuple[str, ...]]:
    """Each municipality's names, Italian first (ISTAT, CC BY 4.0: datasets/ISTAT-LICENSE.txt)."""
    text = files("bot.domain").joinpath("datasets/comuni_istat.tsv").read_text(encoding="utf-8")
    return [tuple(line.split("\t")) for line in text.splitlines() if not line.startswith("#")]


@cache
def _canonical() -> dict[str, str]:
    """Every accepted spelling's key → the name stored. Built at the first lookup, not at import."""
    canonical: dict[str, str] = {}
    for italian, *other in _municipalities():
        for name in (italian, *other):
            canonical.setdefault(city_key(name), italian)
    for name in KNOWN_CITIES:
        canonical.setdefault(city_key(name), name)
    for alias, name in ALIASES.items():
        canonical.setdefault(city_key(alias), name)
    for name, others in FOREIGN_CITIES.items():
        for spelling in (name, *others):
            canonical.setdefault(city_key(spelling), name)
    return canonical


@cache
def _keys() -> list[str]:
    return list(_canonical())


def _local_starting_with(key: str) -> list[str]:
    """The start of a local town's name ("Settimo" for Settimo Torinese), whatever difflib says."""
    return [city_key(name) for name in KNOWN_CITIES if city_key(name).startswith(key)]


def city_names() -> frozenset[str]:
    """Every name a city is stored under."""
    return frozenset(_canonical().values())


def is_known_city(name: str) -> bool:
    """A name exactly as this module stores it (buttons carry it back)."""
    return _canonical().get(city_key(name)) == name


@dataclass(frozen=True)
class CityMatch:
    city: str  # the canonical name if known, else the text as typed (trimmed)
    known: bool
    suggestions: tuple[str, ...]  # close known names, for "Did you mean …?"


def match_city(text: str, max_suggestions: int = 3) -> CityMatch:
    typed = clean_name(text)
    key = city_key(typed)
    canonical = _canonical()
    if key in canonical:
        return CityMatch(canonical[key], known=True, suggestions=())
    if len(key) < MIN_SUGGESTED:
        return CityMatch(typed, known=False, suggestions=())
    close = difflib.get_close_matches(key, _keys(), n=max_suggestions * 2, cutoff=0.8)
    suggestions: list[str] = []
    for candidate in [*_local_starting_with(key), *close]:
        name = canonical[candidate]
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
