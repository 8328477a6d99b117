"""`python -m bot [run|migrate]`: the command line."""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import sqlite3
import sys
from collections.abc import Sequence

from telegram import Update
from telegram.error import InvalidToken, NetworkError

from bot.app import build_application
from bot.clock import SystemClock
from bot.logging_setup import configure_logging
from bot.services import open_database
from bot.settings import Settings, SettingsError, load_settings

logger = logging.getLogger("bot")

EXIT_OK = 0
EXIT_FAILURE = 1
EXIT_BAD_SETTINGS = 2


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m bot", description="Gen C bot: the Telegram bot of Generazione Changemaker."
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    commands.add_parser("run", help="run the bot with long polling (the default)")
    commands.add_parser("migrate", help="apply database migrations, then exit")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    arguments = _parser().parse_args(argv)
    # Retry-After as a timedelta, the behaviour of PTB's next major version.
    os.environ.setdefault("PTB_TIMEDELTA", "1")
    try:
        settings = load_settings()
    except SettingsError as error:
        print("Gen C bot cannot start: fix these settings (environment or .env):", file=sys.stderr)
        for problem in error.problems:
            print(f"  - {problem}", file=sys.stderr)
        print("See .env.example and the README for every setting.", file=sys.stderr)
        return EXIT_BAD_SETTINGS
    configure_logging(settings.log_level, secrets=[settings.token])
    try:
        if arguments.command == "migrate":
            return asyncio.run(_migrate(settings))
        return _run(settings)
    except Exception:
        logger.exception("Gen C bot stopped on an unexpected error")
        return EXIT_FAILURE


async def _migrate(settings: Settings) -> int:
    try:
        db = await open_database(settings, SystemClock())
    except (OSError, sqlite3.Error) as error:
        logger.error("cannot use the database at %s: %s", settings.database_path, error)
        return EXIT_BAD_SETTINGS
    await db.close()
    logger.info("database %s is up to date", settings.database_path)
    return EXIT_OK


def _run(settings: Settings) -> int:
    application = build_application(settings)
    try:
        application.run_polling(allowed_updates=Update.ALL_TYPES, close_loop=True)
    except InvalidToken:
        logger.error("Telegram refused BOT_TOKEN: check it with @BotFather")
        return EXIT_BAD_SETTINGS
    except NetworkError as error:
        logger.error("cannot reach Telegram at %s: %s", settings.telegram_api_url, error)
        return EXIT_FAILURE
    except (OSError, sqlite3.Error) as error:
        logger.error("cannot use the database at %s: %s", settings.database_path, error)
        return EXIT_BAD_SETTINGS
    logger.info("stopped")
    return EXIT_OK
