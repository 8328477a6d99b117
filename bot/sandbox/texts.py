"""The sandbox's own words (locales/*/sandbox.ftl), in the tester's language."""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Mapping
from datetime import date

from bot.core.i18n import Translator
from bot.sandbox.people import DemoPerson

_AGE = re.compile(r"^(\d{1,2}),")
_SHORT = 20  # characters: a longer role is cut to its first word in the prompt


def language_from(environ: Mapping[str, str]) -> str:
    """Italian for an Italian system (LANG=it_IT.UTF-8), English otherwise."""
    return "it" if environ.get("LANG", "").lower().startswith("it") else "en"


def born(today: date, age: int) -> str:
    """A birth month and year that makes someone `age` today: last month, `age` years ago."""
    year, month = (today.year, today.month - 1) if today.month > 1 else (today.year - 1, 12)
    return f"{month:02d}/{year - age}"


class Texts:
    def __init__(self, language: str | None = None, today: Callable[[], date] = date.today) -> None:
        """`today`: the sandbox's date, for the birth dates a tester types."""
        self.language = language or language_from(os.environ)
        self.today = today
        self._translate = Translator.load(self.language)

    def __call__(self, key: str, **args: object) -> str:
        return self._translate.plain(self.language, f"sandbox-{key}", **args)

    def role(self, person: DemoPerson) -> str:
        """Who the person is, in a line; people.py's English line for one with no text here
        (a person the demo world adds later)."""
        age = _AGE.match(person.role)
        birth = born(self.today(), int(age[1])) if age else ""
        try:
            return self(f"role-{person.key}", born=birth)
        except KeyError:
            return person.role

    def label(self, person: DemoPerson) -> str:
        """What the prompt says about the person: their age, else their role in a word or two."""
        role = self.role(person)
        age = _AGE.match(role)
        if age:
            return age[1]
        role = role.split(",")[0].strip()
        return role if len(role) <= _SHORT else role.split()[0]
