"""Italian and English texts, from Fluent files in `locales/<language>/*.ftl`."""

from __future__ import annotations

import html
import logging
import re
from collections.abc import Mapping
from importlib import resources
from pathlib import Path
from typing import Final

from fluent.runtime import FluentBundle, FluentResource
from fluent.syntax import FluentParser, ast

SUPPORTED_LANGUAGES: Final = ("it", "en")
LOCALES_DIR: Final = Path(str(resources.files("locales")))

logger = logging.getLogger(__name__)

# Fluent refuses a placeable over 2,500 characters and prints "{???}" instead of the message.
# A relayed text or a page of a log can be that long once HTML-escaped ('&' is '&amp;'), so
# long values are put in after formatting, where markers (Unicode noncharacters, which no
# text of ours carries) stood.
LONG_VALUE: Final = 500
_MARKER = re.compile("\ufffe(\\d+)\uffff")
_NONCHARACTERS = str.maketrans("", "", "\ufffe\uffff")


def resolve_language(stored: str | None, telegram_code: str | None, default: str) -> str:
    """The member's own choice, else their Telegram app's language if we speak it, else default."""
    if stored in SUPPORTED_LANGUAGES:
        return stored
    if telegram_code:
        prefix = telegram_code.split("-")[0].lower()
        if prefix in SUPPORTED_LANGUAGES:
            return prefix
    return default


def _message_ids(text: str, path: Path) -> set[str]:
    resource = FluentParser().parse(text)
    if any(isinstance(entry, ast.Junk) for entry in resource.body):
        raise RuntimeError(f"{path} has Fluent syntax errors")
    return {entry.id.name for entry in resource.body if isinstance(entry, ast.Message)}


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
        """Load every language; refuse to start on missing files or keys (fail fast, not on the
        first message a member sends)."""
        bundles: dict[str, FluentBundle] = {}
        keys: dict[str, set[str]] = {}
        for language in SUPPORTED_LANGUAGES:
            # Unicode isolation marks around arguments show up as junk in some Telegram clients.
            bundle = FluentBundle([language], use_isolating=False)
            keys[language] = set()
            for path in sorted((directory / language).glob("*.ftl")):
                text = path.read_text(encoding="utf-8")
                keys[language] |= _message_ids(text, path)
                bundle.add_resource(FluentResource(text))
            if not keys[language]:
                raise RuntimeError(f"no texts found for {language!r} in {directory}")
            bundles[language] = bundle
        reference = keys[SUPPORTED_LANGUAGES[0]]
        for language, found in keys.items():
            if found != reference:
                raise RuntimeError(f"texts differ in {language!r}: {sorted(found ^ reference)}")
        return cls(bundles, default_language)

    def __call__(self, language: str, key: str, **args: object) -> Html:
        return Html(self._format(language, key, args, escape=True))

    def plain(self, language: str, key: str, **args: object) -> str:
        """The text for paper or a file, not for Telegram: arguments as they are, unescaped
        (such a message holds no HTML of its own)."""
        return self._format(language, key, args, escape=False)

    def _format(self, language: str, key: str, args: Mapping[str, object], *, escape: bool) -> str:
        bundle = self._bundle(language)
        message = bundle.get_message(key)  # KeyError on a missing key: a bug, caught by tests
        if message.value is None:
            raise KeyError(f"{key} has no value in {language}")
        long_values: list[str] = []
        safe: dict[str, object] = {}
        for name, value in args.items():
            if isinstance(value, str) and not isinstance(value, Html):
                value = value.translate(_NONCHARACTERS)
                value = html.escape(value) if escape else value
            if isinstance(value, str) and len(value) > LONG_VALUE:
                long_values.append(value)
                value = f"\ufffe{len(long_values) - 1}\uffff"
            safe[name] = value
        text, errors = bundle.format_pattern(message.value, safe)
        for error in errors:
            logger.error("text %s/%s: %s", language, key, error)
        return _MARKER.sub(lambda found: long_values[int(found[1])], str(text))

    def _bundle(self, language: str) -> FluentBundle:
        return self._bundles.get(language) or self._bundles[self.default_language]
