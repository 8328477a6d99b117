"""`python -m bot [run|sandbox|check|migrate|backup PATH|restore PATH|import-projects FILE|
verify CODE [SURNAME]]`."""

from __future__ import annotations

import argparse
import asyncio
import html
import logging
import os
import re
import sqlite3
import sys
from collections.abc import Awaitable, Sequence
from pathlib import Path

from telegram.error import InvalidToken, NetworkError

from bot.app import build_application
from bot.core.clock import SystemClock
from bot.core.i18n import Translator
from bot.core.keyed_hash import key_file_beside
from bot.core.logging_setup import configure_logging
from bot.core.settings import Settings, SettingsError, load_offline_settings, load_settings
from bot.domain.hour_statement import read_code
from bot.domain.project_import import COLUMNS
from bot.ops.check import run_check
from bot.ops.polling_mode import serve_polling
from bot.ops.restore import restore, unfinished_restore
from bot.ops.run_lock import HeldElsewhere, RunLock
from bot.ops.serving import stop_signals, unless
from bot.ops.webhook_mode import serve_webhook
from bot.ops.webhook_server import WebhookSetupError
from bot.services.hours import Verdict
from bot.services.notifications import Offline
from bot.wiring import open_database, open_services
from handlers.hours import verification_text
from handlers.kit.telegram_request import keep_trying
from handlers.screens import Screens
from storage.backup import BackupError, back_up

logger = logging.getLogger("bot")

EXIT_OK = 0
EXIT_FAILURE = 1
EXIT_BAD_SETTINGS = 2


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m bot", description="Gen C bot: the Telegram bot of Generazione Changemaker."
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    commands.add_parser(
        "run", help="run the bot (the default): long polling, or a webhook if WEBHOOK_URL is set"
    )
    sandbox = commands.add_parser(
        "sandbox", help="try the bot without a token: demo people in a terminal chat, no network"
    )
    sandbox.add_argument(
        "--files",
        default="sandbox-files",
        metavar="FOLDER",
        help="where the photos and documents the bot sends are saved (default: sandbox-files)",
    )
    sandbox.add_argument(
        "--language",
        choices=("it", "en"),
        help="the sandbox's own texts (default: from LANG, it_* is Italian, else English)",
    )
    sandbox.add_argument(
        "--keep", action="store_true", help="keep the sandbox's database and log when it ends"
    )
    commands.add_parser(
        "check", help="check the settings, the database and the connection to Telegram, then exit"
    )
    commands.add_parser("migrate", help="apply database migrations, then exit")
    backing_up = commands.add_parser(
        "backup", help="copy the database to PATH (also while the bot runs), then exit"
    )
    backing_up.add_argument("path", help="the new file (owner-only, never overwritten)")
    restoring = commands.add_parser(
        "restore", help="replace the database with a backup (the bot must be stopped), then exit"
    )
    restoring.add_argument("path", help="the backup file")
    restoring.add_argument(
        "--no-ledger",
        action="store_true",
        help="go on without an erasure ledger beside the database (only if nobody was erased "
        "since the backup, or the ledger is lost)",
    )
    importing = commands.add_parser(
        "import-projects", help="import projects from an .xlsx or CSV file as drafts, then exit"
    )
    importing.add_argument("file", help="the CSV file (the template of /import)")
    importing.add_argument(
        "--coordinator",
        type=int,
        help="Telegram id of the coordinator who will run them (default: the first admin)",
    )
    verifying = commands.add_parser(
        "verify",
        help="check a statement of volunteering hours by its code, then exit",
        usage="python -m bot verify CODE [SURNAME]",
    )
    verifying.add_argument(
        "words",
        nargs="+",
        metavar="CODE",
        help="CODE [SURNAME]: the code printed on the statement (e.g. GC-7K4M-Q2XP; spaces and "
        "lower case are fine), then, to check it matches, the surname printed on it",
    )
    return parser


def _backup(settings: Settings, target: Path) -> int:
    try:
        made = back_up(settings.database_path, target, SystemClock().now())
    except BackupError as error:
        print(f"No backup: {error}", file=sys.stderr)
        return EXIT_FAILURE
    print(f"Backup written to {made.path} ({made.size:,} bytes), integrity checked.")
    return EXIT_OK


def _sandbox(arguments: argparse.Namespace) -> int:
    """Needs no settings at all: the sandbox makes its own."""
    try:
        # Imported here: the sandbox needs the test server, which `python -m bot` does not.
        from bot.sandbox.run import Options, run_sandbox
    except ModuleNotFoundError as missing:
        if missing.name != "telegram_test_server":
            raise
        print(
            "The sandbox needs the Telegram test server: "
            "pip install -e ./tests/telegram_server (from the project's folder)",
            file=sys.stderr,
        )
        return EXIT_FAILURE
    options = Options(Path(arguments.files), arguments.language, arguments.keep)
    return run_sandbox(options)


def _this_python() -> str:
    """The interpreter as the person typed it, e.g. `.venv/bin/python`."""
    here = os.path.relpath(sys.executable)
    return sys.executable if here.startswith("..") else here


def _restore(settings: Settings, backup: Path, no_ledger: bool) -> int:
    return restore(settings, backup, SystemClock(), no_ledger=no_ledger)


def _check() -> int:
    """Loads the settings itself: a bad setting is one of the things it reports."""
    return run_check(Path(".env"), sys.stdout)


def main(argv: Sequence[str] | None = None) -> int:
    arguments = _parser().parse_args(argv)
    # Retry-After as a timedelta, the behaviour of PTB's next major version.
    os.environ.setdefault("PTB_TIMEDELTA", "1")
    if arguments.command == "sandbox":
        return _sandbox(arguments)
    if arguments.command == "check":
        return _check()
    try:
        settings = load_offline_settings() if arguments.command == "verify" else load_settings()
    except SettingsError as error:
        print("Gen C bot cannot start: fix these settings (environment or .env):", file=sys.stderr)
        for problem in error.problems:
            print(f"  - {problem}", file=sys.stderr)
        print("See .env.example and the README for every setting.", file=sys.stderr)
        if any(problem.startswith("BOT_TOKEN is missing") for problem in error.problems):
            print(
                "No token yet? Try the bot in the sandbox first, no token or network needed: "
                f"{_this_python()} -m bot sandbox",
                file=sys.stderr,
            )
        return EXIT_BAD_SETTINGS
    configure_logging(settings.log_level, secrets=[settings.token], log_format=settings.log_format)
    try:
        if arguments.command == "migrate":
            return asyncio.run(_migrate(settings))
        if arguments.command == "backup":
            return _backup(settings, Path(arguments.path))
        if arguments.command == "restore":
            return _restore(settings, Path(arguments.path), arguments.no_ledger)
        if arguments.command in {"import-projects", "verify"}:
            return _on_the_data(settings, arguments)
        return _run_alone(settings)
    except Exception:
        logger.exception("Gen C bot stopped on an unexpected error")
        return EXIT_FAILURE


def _on_the_data(settings: Settings, arguments: argparse.Namespace) -> int:
    """The one-off tasks on the community's data run from a shell."""
    if arguments.command == "verify":
        code, surname = code_and_surname(arguments.words)
        return asyncio.run(_verify(settings, code, surname))
    try:
        data = Path(arguments.file).read_bytes()
    except OSError as error:
        print(f"cannot read {arguments.file}: {error}", file=sys.stderr)
        return EXIT_FAILURE
    return asyncio.run(_import_projects(settings, data, arguments.coordinator))


async def _migrate(settings: Settings) -> int:
    try:
        db = await open_database(settings, SystemClock())
    except (OSError, sqlite3.Error) as error:
        logger.error("cannot use the database at %s: %s", settings.database_path, error)
        return EXIT_BAD_SETTINGS
    await db.close()
    logger.info("database %s is up to date", settings.database_path)
    return EXIT_OK


def _run_alone(settings: Settings) -> int:
    """The running bot owns its database: a second bot or a restore refuses meanwhile."""
    try:
        lock = RunLock.take(settings.database_path)
    except HeldElsewhere as held:
        logger.error(
            "another Gen C bot (process %s) is running with the database %s: stop it first "
            "(two bots on one token take each other's updates)",
            held.pid or "?",
            settings.database_path,
        )
        return EXIT_FAILURE
    with lock:
        # Read under the lock: a restore holds it until it has finished or left this note.
        unfinished = unfinished_restore(settings.database_path)
        if unfinished is not None:
            # The database may be a backup still holding members who asked to be erased.
            logger.error("%s", unfinished)
            return EXIT_BAD_SETTINGS
        return _run(settings)


def _run(settings: Settings) -> int:
    application = build_application(settings)
    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    try:
        # Telegram may be down at start-up: wait for getMe, one log line per attempt, 1 s
        # doubling to a minute, until it answers or SIGINT/SIGTERM stops the bot.
        if not loop.run_until_complete(
            _unless_stopped(keep_trying(application.initialize, "getMe"))
        ):
            loop.run_until_complete(application.bot.shutdown())
            logger.info("stopped before Telegram answered")
            return EXIT_OK
        # post_init waits for setMyCommands the same way; polling's own start (deleteWebhook)
        # and webhook mode's setWebhook are retried for ever too, until a stop signal.
        if settings.webhook_url:
            loop.run_until_complete(serve_webhook(application, settings))
        else:
            loop.run_until_complete(serve_polling(application))
    except WebhookSetupError as error:
        logger.error("%s", error)
        return EXIT_BAD_SETTINGS
    except InvalidToken:
        logger.error("Telegram refused BOT_TOKEN: check it with @BotFather")
        return EXIT_BAD_SETTINGS
    except NetworkError as error:
        logger.error("cannot reach Telegram at %s: %s", settings.telegram_api_url, error)
        return EXIT_FAILURE
    except (OSError, sqlite3.Error) as error:
        logger.error("cannot use the database at %s: %s", settings.database_path, error)
        return EXIT_BAD_SETTINGS
    finally:
        loop.close()
    logger.info("stopped")
    return EXIT_OK


async def _unless_stopped(step: Awaitable[object]) -> bool:
    """Run `step` until it is done (True) or SIGINT/SIGTERM stops it (False)."""
    with stop_signals() as stopping:
        return await unless(stopping, step)


async def _import_projects(settings: Settings, data: bytes, coordinator: int | None) -> int:
    """The same import as a spreadsheet sent to the bot, from a shell."""
    owner = coordinator if coordinator is not None else min(settings.admin_ids, default=None)
    if owner is None:
        print(
            "say who runs the projects: --coordinator TELEGRAM_ID (or set ADMIN_IDS)",
            file=sys.stderr,
        )
        return EXIT_BAD_SETTINGS
    translate = Translator.load(settings.default_language)
    services = await open_services(settings, SystemClock(), translate, Offline())
    try:
        if not services.is_coordinator(owner):
            print(f"{owner} is not a coordinator or an admin", file=sys.stderr)
            return EXIT_BAD_SETTINGS
        result, ids = await services.projects.import_csv(data, owner)
    finally:
        await services.close()
    language = "en"
    if result.problems:
        print(_plain(translate(language, "import-failed", count=len(result.problems), lines="")))
        for problem in result.problems:
            line = translate(
                language,
                f"import-problem-{problem.what}",
                row=problem.row,
                column=problem.column,
                value=problem.value,
                min=services.projects.policy.min_age,
                max=services.projects.policy.max_age,
                columns=", ".join(COLUMNS),
            )
            print(_plain(line))
        return EXIT_FAILURE
    print(f"imported {len(ids)} projects as drafts (publish them with /myprojects):")
    for project in result.projects:
        print(f"  - {project.title}")
    return EXIT_OK


async def _verify(settings: Settings, code: str, surname: str | None) -> int:
    """The check /verify makes, from the server's shell (audited as such): 0 if genuine."""
    if not settings.database_path.exists():
        # Opening it would make a new, empty database, where every genuine code is "unknown".
        print(
            f"There is no database at {settings.database_path}: nothing can be checked there. "
            "Run this in the bot's folder on its server, or set DATABASE_PATH to its database "
            "file (a sandbox started with --keep says its folder when you quit: "
            "DATABASE_PATH=<that folder>/genc.sqlite3).",
            file=sys.stderr,
        )
        return EXIT_BAD_SETTINGS
    key_file = key_file_beside(settings.database_path)
    if settings.hash_key is None and not key_file.exists():
        # A new key would be made, and every genuine code would read as "not from us".
        print(
            f"The hash key of this database is missing ({key_file}): without it no statement "
            "can be checked. Copy that file beside the database, or set HASH_KEY as the bot "
            "has it.",
            file=sys.stderr,
        )
        return EXIT_BAD_SETTINGS
    translate = Translator.load(settings.default_language)
    services = await open_services(settings, SystemClock(), translate, Offline())
    try:
        found = await services.hours.verify(code, surname, None)
    finally:
        await services.close()
    print(
        _plain(
            verification_text(
                Screens(translate, settings.default_language), settings.zone, found, code
            )
        )
    )
    return EXIT_OK if found.verdict is Verdict.GENUINE else EXIT_FAILURE


def code_and_surname(words: Sequence[str]) -> tuple[str, str | None]:
    """`GC-7K4M-Q2XP Rossi`, `gc 7k4m q2xp De Luca`: the code may be typed in up to three
    pieces, as people copy it from paper; whatever follows is the surname."""
    for pieces in (3, 2, 1):
        if len(words) >= pieces and read_code(" ".join(words[:pieces])) is not None:
            return " ".join(words[:pieces]), " ".join(words[pieces:]) or None
    return words[0], " ".join(words[1:]) or None


def _plain(text: str) -> str:
    """Telegram HTML as terminal text."""
    return html.unescape(re.sub(r"<[^>]+>", "", text)).strip()
