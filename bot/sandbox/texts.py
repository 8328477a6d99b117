"""The sandbox's own words (locales/*/sandbox.ftl), in the tester's language."""

from __future__ import annotations

import os
from collections.abc import Mapping

from bot.core.i18n import Translator


def language_from(environ: Mapping[str, str]) -> str:
    """Italian for an Italian system (LANG=it_IT.UTF-8), English otherwise."""
    return "it" if environ.get("LANG", "").lower().startswith("it") else "en"


class Texts:
    def __init__(self, language: str | None = None) -> None:
        self.language = language or language_from(os.environ)
        self._translate = Translator.load(self.language)

    def __call__(self, key: str, **args: object) -> str:
        return self._translate.plain(self.language, f"sandbox-{key}", **args)
