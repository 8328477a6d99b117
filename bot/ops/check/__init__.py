"""`python -m bot check`: settings, database, backups, Telegram and the community chats, in
one report that says what to fix. It changes nothing: no migration, no file created."""

from __future__ import annotations

import asyncio
import os
import sys
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import TextIO

from bot.core.logging_setup import configure_logging
from bot.core.settings import Settings
from bot.ops.check.backups import check_backups
from bot.ops.check.chats import check_chats
from bot.ops.check.configuration import Loaded, check_env_file, choices, load
from bot.ops.check.connection import introduce, make_bot, webhook
from bot.ops.check.database import check_database
from bot.ops.check.report import Finding, Mark, Section, count, fix, note, render
from bot.ops.check.reports import NEEDED as REPORT_SETTINGS
from bot.ops.check.reports import check_reports

EXIT_READY = 0
EXIT_TO_FIX = 1


def run_check(env_file: Path | None, out: TextIO) -> int:
    """Print the report to `out`; 0 when nothing must be fixed, 1 otherwise."""
    sections = asyncio.run(check(env_file))
    try:
        print(render(sections), file=out)
        out.flush()
    except BrokenPipeError:  # `check | head`: the reader has seen what it wanted
        if out is sys.stdout:  # and Python's own flush at exit must not complain either
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return exit_status(sections)


def exit_status(sections: list[Section]) -> int:
    return EXIT_TO_FIX if count(sections, Mark.FIX) else EXIT_READY


async def check(env_file: Path | None) -> list[Section]:
    """Every section of the report, settings read from the environment and `env_file`."""
    settings_section = Section("Settings")
    loaded = load(env_file, settings_section)
    settings = loaded.settings
    if settings is None:
        settings_section.add(note("nothing else checked: fix these settings first"))
        return [settings_section]
    # Only Telegram's own warnings may print; the token never does.
    configure_logging("WARNING", secrets=[settings.token])
    settings_section.add(*_looking(lambda: check_env_file(env_file)))
    settings_section.add(*choices(loaded))
    database = Section(f"Database ({settings.database_path})")
    if loaded.usable("database_path", "hash_key"):
        database.add(*_looking(lambda: check_database(settings, datetime.now(UTC))))
    else:
        database.add(note("not checked: fix the settings above first"))
    backups = Section(f"Backups ({settings.backup_folder})")
    if loaded.usable("database_path", "backup_dir", "backup_keep"):
        backups.add(*_looking(lambda: check_backups(settings, datetime.now(UTC))))
    else:
        backups.add(note("not checked: fix the settings above first"))
    telegram, moderators_chat = await _telegram(settings, loaded)
    return [settings_section, database, backups, *telegram, _reports(loaded, moderators_chat)]


def _reports(loaded: Loaded, moderators_chat: Mark | None) -> Section:
    section = Section("Reports")
    settings = loaded.settings
    if settings is None or not loaded.usable(*REPORT_SETTINGS):
        section.add(note("not checked: fix the settings above first"))
    else:
        section.add(*_looking(lambda: check_reports(settings, moderators_chat)))
    return section


def _looking(look: Callable[[], list[Finding]]) -> list[Finding]:
    """A look at files the check may not be allowed to see (run as another user, say)."""
    try:
        return look()
    except OSError as error:
        where = f" {error.filename}" if error.filename else ""
        return [
            fix(
                f"cannot look at{where} ({error.strerror or error}): run the check as the user "
                "the bot runs as"
            )
        ]


async def _telegram(settings: Settings, loaded: Loaded) -> tuple[list[Section], Mark | None]:
    """The Telegram and Community chats sections, and the moderators' chat's mark (None: not
    looked at)."""
    telegram = Section("Telegram")
    chats = Section("Community chats")
    if not loaded.usable("bot_token", "telegram_api_url"):
        telegram.add(note("not checked: fix BOT_TOKEN and TELEGRAM_API_URL first"))
        return [telegram], None
    bot = make_bot(settings)
    try:
        introduced = await introduce(bot, settings)
        telegram.add(introduced)
        if introduced.mark is Mark.FIX:
            return [telegram], None
        telegram.add(*await webhook(bot, loaded.wanted_webhook))
        checked = await check_chats(bot, settings, loaded.bad)
        chats.add(*checked.findings)
    finally:
        await bot.shutdown()
    return [telegram, chats], checked.moderators
