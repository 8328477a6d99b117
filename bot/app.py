"""The application factory: builds the python-telegram-bot Application and its lifecycle hooks."""

from __future__ import annotations

import functools
import logging

from telegram.constants import ParseMode
from telegram.ext import ApplicationBuilder, ContextTypes, Defaults

from bot.core.clock import Clock, SystemClock
from bot.core.i18n import Translator
from bot.core.pacing import Pacer
from bot.core.settings import Settings
from bot.wiring import open_services
from handlers.broadcast_copies import TelegramCopies
from handlers.broadcast_status import TelegramStatusBoard
from handlers.event_announcements import TelegramCopyRedraws
from handlers.kit.commands import publish_command_menu
from handlers.kit.context import BotApplication, BotContext, BotData
from handlers.kit.group_actions import TelegramGroups
from handlers.kit.notifier import TelegramSender
from handlers.kit.rate_limits import MessageRateLimiter
from handlers.kit.telegram_request import TelegramRequest, TelegramRetries, keep_trying
from handlers.kit.update_order import PerUserOrderedProcessor
from handlers.routes import register, register_copies, register_notes

logger = logging.getLogger(__name__)

TASK_JOB_NAME = "durable-tasks"


def build_application(
    settings: Settings,
    clock: Clock | None = None,
    *,
    max_running_updates: int = 32,
    dispatch_tasks: bool = True,
    retries: TelegramRetries | None = None,
) -> BotApplication:
    """A ready-to-run Application; nothing is opened until `initialize()` runs `post_init`.

    Telegram's passing failures are retried by the request layer and waited out at start-up,
    as `retries` says (handlers/kit/telegram_request.py)."""
    translate = Translator.load(settings.default_language)
    api = settings.telegram_api_url
    retries = retries or TelegramRetries()
    builder = (
        ApplicationBuilder()
        .token(settings.token)
        .base_url(f"{api}/bot")
        .base_file_url(f"{api}/file/bot")
        .request(
            TelegramRequest(
                retries.requests,
                sleep=retries.sleep,
                connection_pool_size=settings.telegram_connections,
            )
        )
        .get_updates_request(
            TelegramRequest(retries.polling, sleep=retries.sleep, connection_pool_size=1)
        )
        .context_types(ContextTypes(context=BotContext, bot_data=BotData))
        .defaults(Defaults(parse_mode=ParseMode.HTML, tzinfo=settings.zone))
        .rate_limiter(
            MessageRateLimiter(
                pacer=Pacer(settings.broadcast_rate),
                overall_max_rate=settings.rate_limit_per_second,
                max_retries=3,
            )
        )
        .concurrent_updates(PerUserOrderedProcessor(max_running_updates))
        .post_init(functools.partial(_post_init, retries=retries))
        .post_shutdown(_post_shutdown)
    )
    application: BotApplication = builder.build()  # type: ignore[assignment]
    application.bot_data.configure(settings, clock or SystemClock(), translate)
    application.bot_data.dispatch_tasks = dispatch_tasks
    register(application)
    return application


async def _post_init(application: BotApplication, *, retries: TelegramRetries) -> None:
    settings, clock, translate = application.bot_data.config
    sender = TelegramSender(application.bot, translate)
    groups = TelegramGroups(application.bot)
    limiter = application.bot.rate_limiter
    pacer = limiter.pacer if isinstance(limiter, MessageRateLimiter) else None
    services = await open_services(settings, clock, translate, sender, groups=groups, pacer=pacer)
    application.bot_data.services = services
    register_notes(sender, services)
    services.broadcast_progress.board = TelegramStatusBoard(
        application.bot, translate, settings.zone
    )
    copies = TelegramCopies(application.bot, translate, settings.community_name)
    register_copies(copies, services)
    services.event_announcements.redraws = TelegramCopyRedraws(
        application.bot,
        services,
        spawn=lambda work: application.create_task(work, name="event-copies"),
    )
    services.broadcast_delivery.attach(
        copies,
        spawn=lambda work: application.create_task(work, name="broadcast"),
        keep_going=lambda: application.running,
        progress=services.broadcast_progress,
    )
    await services.tasks.recover()
    await services.broadcast_delivery.resume()
    offered = await services.event_answers.recover()
    if offered:
        logger.warning("%d seat(s) freed before the last stop were offered now", offered)
    await services.retention.schedule_next()
    await services.reports.schedule_daily()
    await services.daily_backups.schedule_next()
    await services.attendance_asks.schedule_next()
    await keep_trying(
        lambda: publish_command_menu(application.bot, translate),
        "setMyCommands",
        retries.startup,
        sleep=retries.sleep,
    )
    if application.bot_data.dispatch_tasks:
        _start_task_dispatch(application)
    logger.info("ready: @%s", application.bot.username)


def _start_task_dispatch(application: BotApplication) -> None:
    job_queue = application.job_queue
    if job_queue is None:
        raise RuntimeError("the job-queue extra of python-telegram-bot is required")
    tasks = application.bot_data.services.tasks
    # Stop starting tasks as soon as the application stops, so SIGTERM is quick.
    tasks.keep_going = lambda: application.running

    def wake() -> None:
        # A task of its own, so the scheduler's job never overlaps a long run (APScheduler would
        # warn and skip); Application.stop() waits for it.
        if application.running:
            application.create_task(tasks.run_due(), name=TASK_JOB_NAME)

    async def look_for_due_tasks(_: BotContext) -> None:
        wake()

    job_queue.run_repeating(
        look_for_due_tasks,
        interval=application.bot_data.services.settings.task_poll_seconds,
        first=0,
        name=TASK_JOB_NAME,
    )
    tasks.wake = wake


async def _post_shutdown(application: BotApplication) -> None:
    if application.bot_data.has_services:
        await application.bot_data.services.close()
        application.bot_data.services = None
