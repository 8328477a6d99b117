"""The words a spreadsheet import accepts, from the labels the bot shows on its buttons: a new
or reworded button label is accepted at once, in every language, without editing a list."""

from __future__ import annotations

from typing import Final

from bot.core.i18n import SUPPORTED_LANGUAGES, Translator
from bot.domain.catalog import CHOICE_LISTS, HOURS_CHOICES
from bot.domain.import_words import Vocabulary

# The locale key of a choice's button label is `<prefix>-<key>` (see bot/domain/catalog.py).
LABEL_PREFIXES: Final = {"causes": "cause", "skills": "skill", "days": "days"}


def import_vocabulary(translate: Translator) -> Vocabulary:
    return Vocabulary.build(
        {
            column: {
                key: [
                    translate.plain(language, f"{LABEL_PREFIXES[column]}-{key}")
                    for language in SUPPORTED_LANGUAGES
                ]
                for key in keys
            }
            for column, keys in CHOICE_LISTS.items()
        },
        examples=[
            translate.plain(language, "import-example-title") for language in SUPPORTED_LANGUAGES
        ],
        remote=[translate.plain(language, "city-remote") for language in SUPPORTED_LANGUAGES],
        hours={
            hours: [translate.plain(language, f"hours-{hours}") for language in SUPPORTED_LANGUAGES]
            for hours in HOURS_CHOICES
        },
    )
