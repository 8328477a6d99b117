"""Shared fixtures: real SQLite on a temp file, a controllable clock, settings as a mapping."""

from __future__ import annotations

import logging
import os
import subprocess
from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path

import pytest
from hypothesis import settings as hypothesis_settings
from telegram_test_server import ApiSpec, FakeTelegram, SpecMissing, spec_beside

from bot.core.clock import FakeClock
from bot.core.settings import Settings
from storage.db import Database
from storage.migrations import migrate
from tests.support.bot_process import BotProcess
from tests.support.harness import ErrorCollector, RunningBot, running_bot

# The suite is deterministic: hypothesis draws the same examples on every run (a random search
# that fails one run in a hundred would make CI red for no change); `--hypothesis-seed` or
# another profile searches wider on purpose.
hypothesis_settings.register_profile("deterministic", derandomize=True, database=None)
hypothesis_settings.load_profile("deterministic")

# Retry-After as a timedelta (PTB's next behaviour), as `python -m bot` sets it; no warning.
os.environ.setdefault("PTB_TIMEDELTA", "1")

TEST_TOKEN = "123456:TEST-token-never-logged"
CHECKOUT = Path(__file__).resolve().parents[1]


def _cloned_from(checkout: Path) -> Path | None:
    """The local repository this checkout was cloned from, if it was (a clone made in a
    scratch folder to try the project has no ../shared of its own)."""
    try:
        found = subprocess.run(
            ["git", "-C", str(checkout), "config", "--get", "remote.origin.url"],
            capture_output=True,
            text=True,
            check=False,
        )
    except OSError:
        return None
    origin = Path(found.stdout.strip())
    return origin.resolve() if found.stdout.strip() and origin.is_dir() else None


def _spec_path(checkout: Path) -> Path:
    """The official Bot API spec: ../shared/telegram-bot-api/api.json beside the checkout, else
    beside the local repository it was cloned from. Missing, the run stops naming the first."""
    beside = spec_beside(checkout)
    origin = _cloned_from(checkout)
    if not beside.exists() and origin is not None and spec_beside(origin).exists():
        return spec_beside(origin)
    return beside


SPEC_PATH = _spec_path(CHECKOUT)
_API_SPEC = pytest.StashKey[ApiSpec]()
FLUENT_FAILURE = "{???}"


def load_api_spec(path: Path = SPEC_PATH) -> ApiSpec:
    """The spec every fake server checks the bot's calls against. Without it the test run stops
    with a message naming the file: the check never switches itself off."""
    try:
        return ApiSpec.load(path)
    except SpecMissing as missing:
        raise pytest.UsageError(f"cannot run the tests: {missing}") from None


def pytest_configure(config: pytest.Config) -> None:
    config.stash[_API_SPEC] = load_api_spec()


@pytest.fixture(scope="session")
def api_spec(pytestconfig: pytest.Config) -> ApiSpec:
    return pytestconfig.stash[_API_SPEC]


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
def restore_root_logging() -> Iterator[None]:
    """For tests that call configure_logging: the root logger as it was, afterwards."""
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    chatty = {name: logging.getLogger(name).level for name in ("httpx", "apscheduler", "fontTools")}
    yield
    for name, chatty_level in chatty.items():
        logging.getLogger(name).setLevel(chatty_level)
    for handler in list(root.handlers):
        root.removeHandler(handler)
    for handler in handlers:
        root.addHandler(handler)
    root.setLevel(level)


@pytest.fixture
def no_env_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Run in an empty folder so a developer's own .env never leaks into a test."""
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.fixture
async def server(api_spec: ApiSpec) -> AsyncIterator[FakeTelegram]:
    async with FakeTelegram(token=TEST_TOKEN, spec=api_spec) as fake:
        yield fake
    # Every request the bot made must be valid for the Bot API.
    assert fake.errors == [], "\n".join(map(str, fake.errors))
    # What Fluent prints when it cannot format a text: nobody may ever see it.
    broken = [call for call in fake.calls if FLUENT_FAILURE in str(call.params)]
    assert broken == [], "\n".join(map(str, broken))


@pytest.fixture
def bot_errors() -> Iterator[ErrorCollector]:
    # Any ERROR from anywhere (our handlers, tasks, PTB itself) fails a test using the bot.
    collector = ErrorCollector()
    root = logging.getLogger()
    root.addHandler(collector)
    yield collector
    root.removeHandler(collector)


@pytest.fixture
async def bot(
    server: FakeTelegram,
    make_settings: Callable[..., Settings],
    clock: FakeClock,
    bot_errors: ErrorCollector,
    request: pytest.FixtureRequest,
) -> AsyncIterator[RunningBot]:
    """The real Application polling the fake server. Mark a test `bot_settings(NAME=value)` to
    change settings; `expect_bot_errors` if the test provokes handler errors on purpose."""
    marker = request.node.get_closest_marker("bot_settings")
    overrides = dict(marker.kwargs) if marker else {}
    settings = make_settings(TELEGRAM_API_URL=server.api_url, **overrides)
    async with running_bot(server, settings, clock) as running:
        yield running
    if request.node.get_closest_marker("expect_bot_errors") is None:
        assert bot_errors.records == [], bot_errors.describe()


@pytest.fixture
async def bot_process(server: FakeTelegram, tmp_path: Path) -> AsyncIterator[BotProcess]:
    env = {
        "PATH": os.environ.get("PATH", ""),
        "HOME": str(tmp_path),
        "BOT_TOKEN": TEST_TOKEN,
        "TELEGRAM_API_URL": server.api_url,
        "DATABASE_PATH": str(tmp_path / "data" / "genc.sqlite3"),
        "LOG_LEVEL": "DEBUG",
        "TASK_POLL_SECONDS": "0.2",
        # The real clock: the time of day a test runs at must not hold messages back.
        "QUIET_HOURS": "00:00-00:00",
    }
    process = BotProcess(env, tmp_path / "bot.log")
    yield process
    if process.process is not None and process.process.returncode is None:
        await process.kill()
    # Whatever happened, at DEBUG, the token is nowhere in the log.
    assert TEST_TOKEN not in process.log()
    assert TEST_TOKEN.split(":")[1] not in process.log()
