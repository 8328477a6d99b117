"""Italian and English must have the same keys and the same placeholders."""

from __future__ import annotations

from pathlib import Path

import pytest
from fluent.syntax import FluentParser, ast, visitor

from bot.core.i18n import LOCALES_DIR, SUPPORTED_LANGUAGES, Html, Translator, resolve_language


class _Variables(visitor.Visitor):
    def __init__(self) -> None:
        super().__init__()
        self.names: set[str] = set()

    def visit_VariableReference(self, node: ast.VariableReference) -> None:  # noqa: N802
        self.names.add(node.id.name)


def _catalogue(language: str) -> dict[str, set[str]]:
    messages: dict[str, set[str]] = {}
    for path in sorted((LOCALES_DIR / language).glob("*.ftl")):
        resource = FluentParser().parse(path.read_text(encoding="utf-8"))
        junk = [entry for entry in resource.body if isinstance(entry, ast.Junk)]
        assert not junk, f"{path} has syntax errors: {[j.content for j in junk]}"
        for entry in resource.body:
            if isinstance(entry, ast.Message):
                assert entry.id.name not in messages, f"duplicate key {entry.id.name}"
                found = _Variables()
                found.visit(entry)
                messages[entry.id.name] = found.names
    return messages


def test_same_keys_and_placeholders_in_every_language() -> None:
    italian = _catalogue("it")
    english = _catalogue("en")
    assert set(italian) - set(english) == set(), "keys missing in English"
    assert set(english) - set(italian) == set(), "keys missing in Italian"
    different = {key for key in italian if italian[key] != english[key]}
    assert different == set(), f"placeholders differ: {different}"


def test_the_same_files_exist_in_every_language() -> None:
    names = {lang: {p.name for p in (LOCALES_DIR / lang).glob("*.ftl")} for lang in ("it", "en")}
    assert names["it"] == names["en"]
    assert names["it"]


def test_every_key_formats_without_errors() -> None:
    translate = Translator.load("it")
    for language in SUPPORTED_LANGUAGES:
        for key, variables in _catalogue(language).items():
            text = translate(language, key, **dict.fromkeys(variables, 2))
            assert text.strip(), key


@pytest.mark.parametrize(("count", "italian", "english"), [(1, "un comando", "one command")])
def test_plurals(count: int, italian: str, english: str) -> None:
    translate = Translator.load("it")
    assert italian in translate("it", "help", count=count, commands="")
    assert english in translate("en", "help", count=count, commands="")
    assert "3 comandi" in translate("it", "help", count=3, commands="")


def test_arguments_are_escaped_but_formatted_text_is_not() -> None:
    translate = Translator.load("it")
    greeting = translate("en", "onboarding-welcome", name="<b>Bob</b> & co")
    assert "&lt;b&gt;Bob&lt;/b&gt; &amp; co" in greeting
    assert translate("en", "help", count=2, commands=Html("<b>x</b>")).endswith("<b>x</b>")


@pytest.mark.parametrize("language", SUPPORTED_LANGUAGES)
def test_long_markup_heavy_values_are_never_a_placeholder(language: str) -> None:
    """Fluent gives up on a placeable over 2,500 characters: 1,000 '&' are 5,000 escaped."""
    translate = Translator.load("it")
    typed = "&<b>" * 250 + "\ufffe0\uffff"
    text = translate(language, "project-message", project="P & Q", text=typed)
    assert "{???}" not in text
    assert text.endswith("&amp;&lt;b&gt;" * 250 + "0")  # markers typed in are dropped
    lines = Html("\n".join(["<i>x</i> &amp;"] * 600))
    page = translate(language, "projectlog", title="T", count=600, lines=lines)
    assert "{???}" not in page
    assert page.endswith(lines)


def test_unknown_key_is_a_bug() -> None:
    with pytest.raises(KeyError):
        Translator.load("it")("it", "no-such-key")


@pytest.mark.parametrize(
    ("stored", "telegram", "default", "expected"),
    [
        ("en", "it", "it", "en"),
        (None, "it-IT", "en", "it"),
        (None, "en-GB", "it", "en"),
        (None, "de", "it", "it"),
        (None, None, "en", "en"),
        ("xx", "en", "it", "en"),
    ],
)
def test_language_resolution(
    stored: str | None, telegram: str | None, default: str, expected: str
) -> None:
    assert resolve_language(stored, telegram, default) == expected


def test_locales_folder_is_inside_the_project() -> None:
    assert Path(__file__).resolve().parents[1] / "locales" == LOCALES_DIR


def test_missing_texts_stop_the_start(tmp_path: Path) -> None:
    (tmp_path / "it").mkdir()
    (tmp_path / "en").mkdir()
    (tmp_path / "it" / "bot.ftl").write_text("a = uno\nb = due\n")
    (tmp_path / "en" / "bot.ftl").write_text("a = one\n")
    with pytest.raises(RuntimeError, match="texts differ"):
        Translator.load("it", tmp_path)
    (tmp_path / "en" / "bot.ftl").unlink()
    with pytest.raises(RuntimeError, match="no texts"):
        Translator.load("it", tmp_path)
