"""Runs the real Application in-process against the fake Telegram server."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import Any

from telegram import Update
from telegram_test_server import FakeTelegram

from bot.app import build_application
from bot.core.clock import FakeClock
from bot.core.settings import Settings
from bot.services.notifications import DELIVER, HeldNote
from bot.wiring import Services
from handlers.kit.context import BotApplication
from handlers.kit.telegram_request import TelegramRetries


class ErrorCollector(logging.Handler):
    """Collects every ERROR record: any handler or task exception fails the test."""

    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)

    def describe(self) -> str:
        formatter = logging.Formatter("%(name)s: %(message)s")
        return "\n".join(formatter.format(record) for record in self.records)


@dataclass
class RunningBot:
    application: BotApplication
    server: FakeTelegram
    clock: FakeClock

    @property
    def services(self) -> Services:
        return self.application.bot_data.services

    async def run_due_tasks(self) -> int:
        return await self.services.tasks.run_due()


@asynccontextmanager
async def running_bot(
    server: FakeTelegram,
    settings: Settings,
    clock: FakeClock,
    *,
    dispatch_tasks: bool = False,
    retries: TelegramRetries | None = None,
    before_start: Callable[[Services], Awaitable[None]] | None = None,
) -> AsyncIterator[RunningBot]:
    """Start polling as `python -m bot` does (run_polling owns its loop; tests own theirs).
    `before_start` runs once the services are open, before the application runs (as the
    sandbox seeds its demo world)."""
    application = build_application(settings, clock, dispatch_tasks=dispatch_tasks, retries=retries)
    await application.initialize()
    assert application.post_init is not None
    assert application.updater is not None
    await application.post_init(application)
    if before_start is not None:
        await before_start(application.bot_data.services)
    await application.updater.start_polling(
        poll_interval=0.0, timeout=2, allowed_updates=Update.ALL_TYPES
    )
    await application.start()
    try:
        yield RunningBot(application, server, clock)
    finally:
        await application.updater.stop()
        await application.stop()
        assert application.post_shutdown is not None
        await application.post_shutdown(application)
        await application.shutdown()


def held_text(key: str, **args: object) -> dict[str, Any]:
    """The stored payload of a plain message kept for later by the notifications gate."""
    return DELIVER.encode(HeldNote(note="Text", fields={"key": key, "args": dict(args)}))
