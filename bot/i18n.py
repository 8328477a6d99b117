"""Italian and English texts, from Fluent files in `locales/<language>/*.ftl`."""

from __future__ import annotations

import html
import logging
from collections.abc import Mapping
from pathlib import Path
from typing import Final

from fluent.runtime import FluentBundle, FluentResource

SUPPORTED_LANGUAGES: Final = ("it", "en")
LOCALES_DIR: Final = Path(__file__).resolve().parent.parent / "locales"

logger = logging.getLogger(__name__)


def resolve_language(stored: str | None, telegram_code: str | None, default: str) -> str:
    """The member's own choice, else their Telegram app's language if we speak it, else default."""
    if stored in SUPPORTED_LANGUAGES:
        return stored
    if telegram_code:
        prefix = telegram_code.split("-")[0].lower()
        if prefix in SUPPORTED_LANGUAGES:
            return prefix
    return default


class Html(str):
    """Text that is already safe HTML (a formatted message): not escaped again as an argument."""

    __slots__ = ()


class Translator:
    """Formats a message by key. String arguments are HTML-escaped: texts are sent as HTML."""

    def __init__(self, bundles: Mapping[str, FluentBundle], default_language: str) -> None:
        if default_language not in bundles:
            raise ValueError(f"no texts for the default language {default_language!r}")
        self._bundles = dict(bundles)
        self.default_language = default_language

    @classmethod
    def load(cls, default_language: str, directory: Path = LOCALES_DIR) -> Translator:
        bundles: dict[str, FluentBundle] = {}
        for language in SUPPORTED_LANGUAGES:
            # Unicode isolation marks around arguments show up as junk in some Telegram clients.
            bundle = FluentBundle([language], use_isolating=False)
            for path in sorted((directory / language).glob("*.ftl")):
                bundle.add_resource(FluentResource(path.read_text(encoding="utf-8")))
            bundles[language] = bundle
        return cls(bundles, default_language)

    def has(self, language: str, key: str) -> bool:
        return self._bundle(language).has_message(key)

    def __call__(self, language: str, key: str, **args: object) -> Html:
        bundle = self._bundle(language)
        message = bundle.get_message(key)  # KeyError on a missing key: a bug, caught by tests
        if message.value is None:
            raise KeyError(f"{key} has no value in {language}")
        safe = {
            name: html.escape(v) if isinstance(v, str) and not isinstance(v, Html) else v
            for name, v in args.items()
        }
        text, errors = bundle.format_pattern(message.value, safe)
        for error in errors:
            logger.error("text %s/%s: %s", language, key, error)
        return Html(text)

    def _bundle(self, language: str) -> FluentBundle:
        return self._bundles.get(language) or self._bundles[self.default_language]
