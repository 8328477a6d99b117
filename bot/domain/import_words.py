"""The words a spreadsheet's list cells (causes, skills, days) may use, and the key each means.

Every label the bot shows on a button is accepted in either language, with or without accents,
emoji, capitals or a leading "nei"/"on"/"the"; so is a list of common synonyms below. The labels
come from the locale files (`Vocabulary.build` takes them), so a new button label is accepted
without editing this module. Pure: no I/O.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Final

from bot.domain.catalog import CHOICE_LISTS

# Leading words a label may carry that say nothing about the choice ("Nel fine settimana").
_FILLERS: Final = frozenset(
    {"nei", "nel", "nella", "nelle", "negli", "la", "il", "lo", "le", "i", "gli", "di", "al",
     "alla", "on", "at", "in", "the", "per", "durante", "during"}
)  # fmt: skip
_AND: Final = frozenset({"e", "ed", "and", "&", "+"})

# Common words for our keys beyond the buttons' labels: Italian first, then English.
SYNONYMS: Final[dict[str, dict[str, tuple[str, ...]]]] = {
    "causes": {
        "climate": ("clima", "ambiente", "sostenibilità", "natura", "ecologia", "green",
                    "environment", "sustainability", "nature"),
        "education": ("istruzione", "educazione", "scuola", "formazione", "school", "learning"),
        "inclusion": ("inclusione", "disabilità", "accessibilità", "disability",
                      "accessibility"),
        "health": ("salute", "benessere", "salute mentale", "wellbeing", "well-being",
                   "mental health"),
        "digital": ("digitale", "tecnologia", "tech", "technology", "digital for good"),
        "culture": ("arte", "cultura", "arti", "art", "arts"),
        "poverty": ("povertà", "fame", "senzatetto", "senza dimora", "hunger", "homeless",
                    "homelessness"),
        "civic": ("partecipazione", "cittadinanza", "democrazia", "politica", "civic",
                  "citizenship", "democracy"),
        "animals": ("animali", "animale", "animal", "pets"),
        "migrants": ("migranti", "rifugiati", "immigrazione", "accoglienza", "refugees",
                     "migration", "immigration"),
        "equality": ("parità", "parità di genere", "uguaglianza", "uguaglianza di genere",
                     "genere", "pari opportunità", "gender", "gender equality"),
        "sport": ("sport", "sport per tutti", "attività fisica", "sports"),
    },
    "skills": {
        "design": ("grafica", "disegno", "illustrazione", "design", "graphics", "drawing",
                   "illustration"),
        "social": ("social", "social media", "comunicazione", "instagram", "tiktok",
                   "communication"),
        "video": ("foto", "video", "fotografia", "foto e video", "photo", "photos",
                  "photography"),
        "writing": ("scrittura", "scrivere", "giornalismo", "blog", "testi", "writing",
                    "journalism"),
        "coding": ("programmazione", "programmare", "informatica", "software", "sviluppo web",
                   "programming", "web development"),
        "events": ("eventi", "organizzare eventi", "organizzazione eventi", "events",
                   "event planning", "organizing events"),
        "languages": ("lingue", "lingue straniere", "traduzione", "inglese", "languages",
                      "translation", "english"),
        "tutoring": ("aiuto compiti", "doposcuola", "ripetizioni", "insegnare", "tutoring",
                     "homework", "teaching"),
        "music": ("musica", "suonare", "cantare", "music", "singing"),
        "speaking": ("parlare in pubblico", "presentare", "speaking", "public speaking"),
        "manual": ("lavori manuali", "manualità", "fai da te", "bricolage", "giardinaggio",
                   "manual", "hands-on", "diy", "gardening"),
        "data": ("fogli di calcolo", "dati", "excel", "data", "spreadsheet", "spreadsheets"),
        "cooking": ("cucina", "cucinare", "cooking", "cook"),
        "care": ("cura", "ascolto", "ascolto e cura", "assistenza", "care", "listening",
                 "caregiving"),
    },
    "days": {
        "weekdays": ("feriali", "giorni feriali", "in settimana", "settimana", "lunedì",
                     "martedì", "mercoledì", "giovedì", "venerdì", "lun", "mar", "mer", "gio",
                     "ven", "lun-ven", "lunedì-venerdì", "weekday", "weekdays", "monday",
                     "tuesday", "wednesday", "thursday", "friday", "mon", "tue", "wed", "thu",
                     "fri", "mon-fri"),
        "weekends": ("weekend", "week-end", "fine settimana", "sabato", "domenica",
                     "sabato e domenica", "sab", "dom", "weekends", "saturday", "sunday", "sat",
                     "sun"),
        "evenings": ("sera", "sere", "serata", "serate", "dopocena", "dopo cena",
                     "dopo il lavoro", "evening", "evenings", "night", "nights", "after work"),
    },
}  # fmt: skip


# Single days: the catalog knows only weekdays, weekends and evenings, so each is read as its
# group, which the coordinator is told (see `names_a_day`).
_DAY_NAMES: Final = frozenset(
    {"lunedi", "martedi", "mercoledi", "giovedi", "venerdi", "sabato", "domenica", "lun", "mar",
     "mer", "gio", "ven", "sab", "dom", "monday", "tuesday", "wednesday", "thursday", "friday",
     "saturday", "sunday", "mon", "tue", "wed", "thu", "fri", "sat", "sun"}
)  # fmt: skip


def names_a_day(word: str) -> bool:
    """ "lunedì" or "Sat": a day, read as the vaguer weekdays or weekends."""
    return plain(word) in _DAY_NAMES


def plain(text: str) -> str:
    """A word as compared: no accents, emoji, capitals, punctuation or leading filler, and
    "e"/"and"/"&" as one."""
    decomposed = unicodedata.normalize("NFKD", text)
    kept = "".join(
        c.casefold() if c.isalnum() else f" {c} " if c in "&+" else " "
        for c in decomposed
        if not unicodedata.combining(c)
    )
    words = ["&" if word in _AND else word for word in kept.split()]
    while len(words) > 1 and words[0] in _FILLERS:
        words.pop(0)
    return " ".join(words)


def bare(label: str) -> str:
    """A button label without its emoji: "🌍 Clima" is "Clima"."""
    start = next((i for i, c in enumerate(label) if c.isalnum()), len(label))
    return label[start:].strip()


@dataclass(frozen=True)
class Vocabulary:
    """For each list column, the plain form of every accepted word and the key it means; and
    the words as written, for the coordinator's reference."""

    words: Mapping[str, Mapping[str, str]] = field(default_factory=dict)
    written: Mapping[str, Mapping[str, tuple[str, ...]]] = field(default_factory=dict)
    # The template's example row, by its title (plain), in every language: never a project.
    examples: frozenset[str] = frozenset()
    # The buttons' own labels for a city cell meaning remote, and for the weekly hours.
    remote: frozenset[str] = frozenset()
    hours: Mapping[str, int] = field(default_factory=dict)

    @classmethod
    def build(
        cls,
        labels: Mapping[str, Mapping[str, Iterable[str]]] | None = None,
        *,
        examples: Iterable[str] = (),
        remote: Iterable[str] = (),
        hours: Mapping[int, Iterable[str]] | None = None,
    ) -> Vocabulary:
        """`labels`: field → key → the labels shown for it (any language). Our keys and the
        synonyms above are always accepted. `examples`: the template's example titles
        ("ESEMPIO – Orti urbani"); the title without its "ESEMPIO –" is one too (an older
        template's)."""
        words: dict[str, dict[str, str]] = {}
        written: dict[str, dict[str, tuple[str, ...]]] = {}
        for name, keys in CHOICE_LISTS.items():
            table = words.setdefault(name, {})
            shown = (labels or {}).get(name, {})
            for key in keys:
                kept: list[str] = []
                for word in (*map(bare, shown.get(key, ())), *SYNONYMS[name].get(key, ()), key):
                    if table.setdefault(plain(word), key) == key and plain(word) not in map(
                        plain, kept
                    ):
                        kept.append(word)
                written.setdefault(name, {})[key] = tuple(kept)
        titles = {plain(form) for title in examples for form in (title, title.split("–")[-1])}
        hour_labels = {plain(label): n for n, shown in (hours or {}).items() for label in shown}
        return cls(
            words,
            written,
            frozenset(titles - {""}),
            frozenset(map(plain, remote)) - {""},
            hour_labels,
        )

    def is_remote(self, city: str) -> bool:
        """The remote button's label ("🌐 Solo a distanza") written as a city."""
        return plain(city) in self.remote

    def hours_of(self, label: str) -> int | None:
        """An hours button's label ("più di 10 ore") as the hours it stands for."""
        return self.hours.get(plain(label))

    def column_of(self, word: str) -> str | None:
        """The list column a word belongs to, for a word written in the wrong one."""
        return next((column for column, table in self.words.items() if plain(word) in table), None)

    def is_example(self, title: str) -> bool:
        """The template's example row, left in the file by a coordinator who wrote under it."""
        return plain(title) in self.examples

    def key(self, column: str, word: str) -> str | None:
        return self.words.get(column, {}).get(plain(word))

    def accepted(self, column: str, key: str) -> tuple[str, ...]:
        """The words accepted for a key as written: labels first, then synonyms."""
        return self.written.get(column, {}).get(key, ())
