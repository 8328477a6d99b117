"""`python -m bot` without WEBHOOK_URL: the bot asks Telegram for updates (long polling).

Start: open the services (post_init), start polling (deleteWebhook first, retried while Telegram
is unreachable), start the Application. SIGTERM or SIGINT at any point: stop what has started,
finish the updates already fetched, close the database."""

from __future__ import annotations

from telegram import Update

from bot.ops.serving import stop_application, stop_signals, unless
from handlers.kit.context import BotApplication


async def serve_polling(application: BotApplication) -> None:
    """Run until SIGINT or SIGTERM; `application` is initialized (getMe answered)."""
    try:
        with stop_signals() as stopping:
            if await unless(stopping, _start(application)):
                await stopping.wait()
    finally:
        await stop_application(application)


async def _start(application: BotApplication) -> None:
    assert application.post_init is not None
    assert application.updater is not None
    await application.post_init(application)
    await application.updater.start_polling(allowed_updates=Update.ALL_TYPES, bootstrap_retries=-1)
    await application.start()
