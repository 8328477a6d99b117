"""Shared fixtures: real SQLite on a temp file, a controllable clock, settings as a mapping."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Callable
from pathlib import Path

import pytest

from bot.clock import FakeClock
from bot.settings import Settings
from storage.db import Database
from storage.migrations import migrate

# Retry-After as a timedelta (PTB's next behaviour), as `python -m bot` sets it; no warning.
os.environ.setdefault("PTB_TIMEDELTA", "1")

TEST_TOKEN = "123456:TEST-token-never-logged"
SPEC_PATH = Path(__file__).resolve().parents[2] / "shared" / "telegram-bot-api" / "api.json"


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "genc.sqlite3"


@pytest.fixture
def make_settings(db_path: Path) -> Callable[..., Settings]:
    def make(**overrides: str) -> Settings:
        values = {
            "BOT_TOKEN": TEST_TOKEN,
            "DATABASE_PATH": str(db_path),
            "TELEGRAM_API_URL": "http://127.0.0.1:9",
            "ADMIN_IDS": "",
            "LOG_LEVEL": "DEBUG",
        }
        values.update(overrides)
        return Settings.from_mapping(values)

    return make


@pytest.fixture
async def db(db_path: Path, clock: FakeClock) -> AsyncIterator[Database]:
    database = await Database.open(db_path)
    await migrate(database, clock.now())
    yield database
    await database.close()


@pytest.fixture
def no_env_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Run in an empty folder so a developer's own .env never leaks into a test."""
    monkeypatch.chdir(tmp_path)
    return tmp_path
