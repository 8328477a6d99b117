"""The words a spreadsheet's list cells accept: every button label, in either language, with or
without accents, capitals and emoji, plus common synonyms; junk never crashes."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.core.i18n import SUPPORTED_LANGUAGES, Translator
from bot.domain.catalog import CHOICE_LISTS
from bot.domain.import_words import SYNONYMS, Vocabulary, plain
from bot.services.import_vocabulary import LABEL_PREFIXES, import_vocabulary

TRANSLATE = Translator.load("it")
WORDS = import_vocabulary(TRANSLATE)
LABELS = [
    (column, key, TRANSLATE.plain(language, f"{LABEL_PREFIXES[column]}-{key}"))
    for column, keys in CHOICE_LISTS.items()
    for key in keys
    for language in SUPPORTED_LANGUAGES
]


@pytest.mark.parametrize(("column", "key", "label"), LABELS)
def test_every_button_label_is_accepted(column: str, key: str, label: str) -> None:
    assert WORDS.key(column, label) == key


@pytest.mark.parametrize(
    ("column", "word", "key"),
    [
        ("causes", "ascolto e cura", None),  # a skill, not a cause
        ("skills", "ascolto e cura", "care"),
        ("causes", "arte e cultura", "culture"),
        ("causes", "Arte & Cultura", "culture"),
        ("causes", "migranti e rifugiati", "migrants"),
        ("causes", "digitale per il bene", "digital"),
        ("causes", "Digital for good", "digital"),
        ("causes", "PARITÀ DI GENERE", "equality"),
        ("causes", "parita di genere", "equality"),
        ("causes", "ambiente", "climate"),
        ("skills", "Foreign languages", "languages"),
        ("skills", "📊 fogli di calcolo", "data"),
        ("skills", "hands on work", "manual"),
        ("days", "lunedì", "weekdays"),
        ("days", "Lunedi", "weekdays"),
        ("days", "monday", "weekdays"),
        ("days", "sabato", "weekends"),
        ("days", "Sunday", "weekends"),
        ("days", "week-end", "weekends"),
        ("days", "nei giorni feriali", "weekdays"),
        ("days", "giorni feriali", "weekdays"),
        ("days", "La sera", "evenings"),
        ("days", "in the evening", "evenings"),
        ("days", "evening", "evenings"),
        ("days", "mai", None),
    ],
)
def test_labels_synonyms_and_day_names(column: str, word: str, key: str | None) -> None:
    assert WORDS.key(column, word) == key


def test_every_synonym_means_one_key_only() -> None:
    for column, keys in SYNONYMS.items():
        seen: dict[str, str] = {}
        for key, words in keys.items():
            assert key in CHOICE_LISTS[column]
            for word in words:
                assert seen.setdefault(plain(word), key) == key, (column, word)


def test_the_keys_themselves_are_words() -> None:
    plain_words = Vocabulary.build()
    for column, keys in CHOICE_LISTS.items():
        for key in keys:
            assert plain_words.key(column, key.upper()) == key


def _strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@st.composite
def label_variants(draw: st.DrawFn) -> tuple[str, str, str]:
    column, key, label = draw(st.sampled_from(LABELS))
    if draw(st.booleans()):
        label = _strip_accents(label)
    flips = draw(st.lists(st.booleans(), min_size=len(label), max_size=len(label)))
    label = "".join(c.upper() if flip else c.lower() for c, flip in zip(label, flips, strict=True))
    emoji = draw(st.sampled_from(["", "🌍 ", "✨", "⚽️ "]))
    spaces = draw(st.sampled_from(["", " ", "  ", "\t"]))
    return column, key, f"{spaces}{emoji}{label}{spaces}"


@given(label_variants())
def test_any_accent_case_or_emoji_variant_of_a_label_is_its_key(
    variant: tuple[str, str, str],
) -> None:
    column, key, word = variant
    assert WORDS.key(column, word) == key


@given(st.sampled_from(list(CHOICE_LISTS)), st.text(max_size=60))
def test_junk_never_crashes(column: str, word: str) -> None:
    found = WORDS.key(column, word)
    assert found is None or found in CHOICE_LISTS[column]
