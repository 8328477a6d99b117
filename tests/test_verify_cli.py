"""`python -m bot verify` as a school's call gets it: on the server, with or without the bot's
token at hand, and never on a database that is not the bot's."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from bot.cli import code_and_surname, main
from bot.core.settings import SettingsError, load_offline_settings
from tests.support.harness import RunningBot


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        (["GC-7K4M-Q2XP"], ("GC-7K4M-Q2XP", None)),
        (["gc", "7k4m", "q2xp", "De", "Luca"], ("gc 7k4m q2xp", "De Luca")),
        (["7K4M", "Q2XP", "Rossi"], ("7K4M Q2XP", "Rossi")),
        (["GC7K4MQ2XP", "D'Amico"], ("GC7K4MQ2XP", "D'Amico")),
        (["nonsense", "Rossi"], ("nonsense", "Rossi")),
    ],
)
def test_the_code_may_be_typed_in_pieces(
    words: list[str], expected: tuple[str, str | None]
) -> None:
    assert code_and_surname(words) == expected


def test_a_missing_token_is_no_reason_to_refuse_a_check(
    monkeypatch: pytest.MonkeyPatch, no_env_file: Path
) -> None:
    monkeypatch.delenv("BOT_TOKEN", raising=False)
    assert load_offline_settings().database_path == Path("data/genc.sqlite3")
    monkeypatch.setenv("LOG_LEVEL", "chatty")
    with pytest.raises(SettingsError):
        load_offline_settings()


def test_a_database_that_is_not_there_is_said_not_made(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    no_env_file: Path,
    restore_root_logging: None,
) -> None:
    monkeypatch.delenv("BOT_TOKEN", raising=False)
    monkeypatch.setenv("DATABASE_PATH", str(no_env_file / "elsewhere" / "genc.sqlite3"))
    assert main(["verify", "GC-7K4M-Q2XP"]) == 2
    said = capsys.readouterr().err
    assert "There is no database at" in said
    assert "DATABASE_PATH" in said
    assert not (no_env_file / "elsewhere").exists()


async def test_the_bots_database_is_checked_without_its_token(
    bot: RunningBot,
    db_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    no_env_file: Path,
    restore_root_logging: None,
) -> None:
    monkeypatch.delenv("BOT_TOKEN", raising=False)
    monkeypatch.setenv("DATABASE_PATH", str(db_path))
    capsys.readouterr()
    monkeypatch.setenv("DEFAULT_LANGUAGE", "it")
    assert await asyncio.to_thread(main, ["verify", "gc", "2222", "2222", "Rossi"]) == 1
    # An Italian school's call is answered in the bot's default language.
    assert "GC-2222-2222" in capsys.readouterr().out


async def test_a_database_copied_without_its_key_is_said_not_checked(
    bot: RunningBot,
    db_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    no_env_file: Path,
    restore_root_logging: None,
) -> None:
    copy = no_env_file / "copy" / "genc.sqlite3"
    copy.parent.mkdir()
    copy.write_bytes(db_path.read_bytes())
    monkeypatch.delenv("BOT_TOKEN", raising=False)
    monkeypatch.delenv("HASH_KEY", raising=False)
    monkeypatch.setenv("DATABASE_PATH", str(copy))
    assert await asyncio.to_thread(main, ["verify", "GC-2222-2222"]) == 2
    assert "The hash key of this database is missing" in capsys.readouterr().err
    # No new key was made: a school would have been told a genuine statement is not ours.
    assert not (copy.parent / "genc.sqlite3.hashkey").exists()
