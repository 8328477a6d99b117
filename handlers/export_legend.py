"""legend.csv of /export: each code the spreadsheets use (`climate`, `weekends`, `going`…), the
file and column it is found in, and what it means in the admin's language. The codes stay the
catalog's keys, the same in every language, so an admin's formulas and filters keep working."""

from __future__ import annotations

from collections.abc import Iterator

from bot.core.i18n import SUPPORTED_LANGUAGES, Translator
from bot.domain.catalog import CAUSES, DAYS, PURPOSES, SKILLS
from bot.domain.community_stats import PROJECT_STATUSES

EVENT_STATUSES = ("open", "cancelled")
ANSWERS = ("going", "maybe", "no", "waitlist", "offered")
FLAGS = ("1", "0")
LEGEND_HEADER_KEYS = ("file", "column", "code", "meaning")
MEMBERS, PROJECTS = "members.csv", "projects.csv"

# (file, column, codes, the key of each code's meaning without the code)
CODED_COLUMNS = (
    (f"{MEMBERS}, {PROJECTS}", "causes", CAUSES, "cause-"),
    (f"{MEMBERS}, {PROJECTS}", "skills", SKILLS, "skill-"),
    (f"{MEMBERS}, {PROJECTS}", "availability", DAYS, "days-"),
    (MEMBERS, "remote_only", FLAGS, "export-code-flag-"),
    (MEMBERS, "consents", PURPOSES, "purpose-"),
    (MEMBERS, "language", SUPPORTED_LANGUAGES, "export-code-language-"),
    (PROJECTS, "status", PROJECT_STATUSES, "stats-project-"),
    ("events.csv", "online", FLAGS, "export-code-flag-"),
    ("events.csv", "status", EVENT_STATUSES, "export-code-event-"),
    ("attendance.csv", "answer", ANSWERS, "export-code-answer-"),
)


def without_emoji(label: str) -> str:
    """Button labels start with an emoji and a space; a spreadsheet wants the words."""
    return label if label[:1].isalnum() else label.partition(" ")[2]


def legend_header(translate: Translator, language: str) -> list[str]:
    return [translate.plain(language, f"export-legend-{key}") for key in LEGEND_HEADER_KEYS]


def legend_rows(translate: Translator, language: str) -> list[list[str | int | None]]:
    return list(_rows(translate, language))


def _rows(translate: Translator, language: str) -> Iterator[list[str | int | None]]:
    for file, column, codes, prefix in CODED_COLUMNS:
        for code in codes:
            meaning = without_emoji(translate.plain(language, f"{prefix}{code}"))
            yield [file, column, code, meaning]
