"""`python -m bot sandbox`: the bot, unchanged, against the Telegram test server in this
process, with demo people, a movable clock and a chat in the terminal. No token, no network
(the server listens on 127.0.0.1), nothing kept unless asked."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import shutil
import signal
import sys
import tempfile
from collections.abc import AsyncIterator, Coroutine
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

from telegram import Update
from telegram_test_server import FakeTelegram

from bot.app import build_application
from bot.core.logging_setup import configure_logging
from bot.core.settings import Settings
from bot.sandbox.clock import MovableClock
from bot.sandbox.demo import seed_demo
from bot.sandbox.files import Files
from bot.sandbox.links import DeepLinks
from bot.sandbox.people import (
    ADMIN,
    COMMUNITY,
    MEMBER_16,
    MODERATOR,
    MODERATORS_CHAT,
)
from bot.sandbox.screen import Screen
from bot.sandbox.session import Session
from bot.sandbox.texts import Texts
from bot.sandbox.typing_in import LineReader
from bot.sandbox.world import populate
from handlers.kit.context import BotApplication

# Not a real token: the test server accepts it, and Telegram would refuse it.
TOKEN = "123456:SANDBOX-not-a-real-token"
BOT_USERNAME = "genc_sandbox_bot"
LOG_NAME = "bot.log"


@dataclass(frozen=True)
class Options:
    files: Path  # where photos and documents the bot sends are saved
    language: str | None = None  # of the sandbox's own texts; None: from LANG
    keep: bool = False  # keep the database and the log after the end


def settings_for(api_url: str, folder: Path) -> Settings:
    """The sandbox's own settings: nothing from the environment or from .env."""
    return Settings.from_mapping(
        {
            "BOT_TOKEN": TOKEN,
            "TELEGRAM_API_URL": api_url,
            "DATABASE_PATH": str(folder / "genc.sqlite3"),
            "ADMIN_IDS": str(ADMIN.user_id),
            "COMMUNITY_CHAT_IDS": str(COMMUNITY.chat_id),
            "MOD_CHAT_ID": str(MODERATORS_CHAT.chat_id),
            "SAFEGUARDING_IDS": str(MODERATOR.user_id),
            "DATA_CONTROLLER_CONTACT": "privacy@example.org",
            # A full statement of hours: whom a school writes to, and who signs it.
            "STATEMENT_CONTACT": "segreteria@example.org",
            "STATEMENT_SIGNATORY": "Emma Ferrero, coordinatrice",
            "LOG_LEVEL": "INFO",
        }
    )


def run_sandbox(options: Options) -> int:
    """The terminal's sandbox: the bot's log goes to a file in a fresh folder, removed at the
    end unless `options.keep`."""
    texts = Texts(options.language)
    folder = Path(tempfile.mkdtemp(prefix="genc-sandbox-"))
    try:
        with (folder / LOG_NAME).open("a", encoding="utf-8") as log:
            configure_logging("INFO", secrets=[TOKEN], stream=log)
            try:
                asyncio.run(sandbox(options, folder, sys.stdin, sys.stdout))
            except KeyboardInterrupt:  # Ctrl-C while starting: stop as cleanly as later on
                pass
            finally:
                logging.getLogger().handlers.clear()
    finally:
        if options.keep:
            print(texts("kept", folder=str(folder)))
        else:
            shutil.rmtree(folder, ignore_errors=True)
            print(texts("bye"))
    return 0


async def sandbox(
    options: Options,
    folder: Path,
    stdin: TextIO,
    stdout: TextIO,
    clock: MovableClock | None = None,
) -> None:
    """The sandbox in this event loop, its database in `folder`, until the input ends."""
    clock = clock or MovableClock()
    server = FakeTelegram(token=TOKEN, bot_username=BOT_USERNAME)
    server.set_clock(clock.unix)
    async with server:
        world = populate(server)
        settings = settings_for(server.api_url, folder)
        texts = Texts(options.language, today=lambda: clock.now().astimezone(settings.zone).date())
        async with _running(settings, clock) as application:
            screen = Screen(stdout, texts, world, Files(options.files), DeepLinks(BOT_USERNAME))
            session = Session(application, server, clock, screen, LineReader(stdin))
            await session.skip_history()
            _welcome(screen, folder / LOG_NAME, kept=options.keep)
            session.picking = True
            session.reader.start()
            await _until_stopped(session.run())


@contextlib.asynccontextmanager
async def _running(settings: Settings, clock: MovableClock) -> AsyncIterator[BotApplication]:
    """The application polling the test server, as `python -m bot` runs it, with durable tasks
    dispatched, and the demo world seeded before the first update."""
    application = build_application(settings, clock, dispatch_tasks=True)
    await application.initialize()
    assert application.post_init is not None
    assert application.updater is not None
    await application.post_init(application)
    await seed_demo(application.bot_data.services, clock)
    await application.updater.start_polling(
        poll_interval=0.0, timeout=2, allowed_updates=Update.ALL_TYPES
    )
    await application.start()
    try:
        yield application
    finally:
        await application.updater.stop()
        await application.stop()
        assert application.post_shutdown is not None
        await application.post_shutdown(application)
        await application.shutdown()


def _welcome(screen: Screen, log: Path, *, kept: bool) -> None:
    screen.say("welcome", kept="yes" if kept else "no")
    screen.line()
    screen.people()
    screen.line()
    screen.say("commands-short")
    screen.say("log-kept" if kept else "log", path=str(log))
    screen.line()
    screen.say("you-are", name=MEMBER_16.first_name, role=screen.texts.role(MEMBER_16))
    screen.say("first-step", name=MEMBER_16.first_name)
    screen.switch(MEMBER_16)


async def _until_stopped(session: Coroutine[Any, Any, None]) -> None:
    """Run the session until it ends or a signal (Ctrl-C, SIGTERM, SIGHUP) stops it, cleanly."""
    task = asyncio.ensure_future(session)
    loop = asyncio.get_running_loop()
    installed: list[signal.Signals] = []
    # SIGHUP: the terminal window was closed; the temporary folder still goes.
    for signum in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
        # Only the main thread may handle signals (a test runs the sandbox elsewhere too).
        with contextlib.suppress(ValueError, RuntimeError, NotImplementedError):
            loop.add_signal_handler(signum, task.cancel)
            installed.append(signum)
    try:
        await task
    except asyncio.CancelledError:
        if not task.cancelled():
            raise
    finally:
        for signum in installed:
            loop.remove_signal_handler(signum)
