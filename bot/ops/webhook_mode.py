"""`python -m bot` with WEBHOOK_URL set: Telegram posts the updates, the bot does not poll.

Start: listen (a taken port fails at once, before anything else), open the services (post_init),
start the Application, then tell Telegram where to post (setWebhook, retried while Telegram is
unreachable, like polling's start). SIGTERM or SIGINT: stop accepting, finish the updates
already queued, close the database."""

from __future__ import annotations

import logging
from urllib.parse import urlsplit

from telegram import Update
from telegram.error import BadRequest

from bot.core.settings import Settings
from bot.ops.serving import stop_application, stop_signals, unless
from bot.ops.webhook_server import Inbox, WebhookServer, WebhookSetupError
from bot.services.health import Health, HealthProbe
from handlers.kit.context import BotApplication
from handlers.kit.telegram_request import keep_trying

logger = logging.getLogger(__name__)

# Each POST is answered as soon as the update is queued, so one connection carries dozens of
# updates a second, more than a community sends; and one connection delivers them in the order
# Telegram sends them, which keeps each person's messages and button presses in order.
MAX_CONNECTIONS = 1


async def serve_webhook(application: BotApplication, settings: Settings) -> None:
    """Run until SIGINT or SIGTERM; `application` is initialized (getMe answered)."""
    url, secret = settings.webhook_url, settings.webhook_secret
    if url is None or secret is None:
        raise ValueError("webhook mode needs WEBHOOK_URL and WEBHOOK_SECRET")
    inbox = Inbox(application.bot, application.update_queue, secret.get_secret_value())
    server = WebhookServer(inbox, lambda: _health(application), path=urlsplit(url).path or "/")
    try:
        with stop_signals() as stopping:
            server.listen(settings.webhook_listen, settings.webhook_port)
            if await unless(stopping, _start(application, url, inbox)):
                logger.info(
                    "webhook mode: listening on %s:%d, Telegram posts to %s",
                    settings.webhook_listen,
                    server.port,
                    url,
                )
                await stopping.wait()
            inbox.open = False
            logger.info("stopping: the updates already received are handled first")
    finally:
        await server.stop()
        await stop_application(application)
    # The webhook is left set on purpose: Telegram keeps the updates that come while the bot
    # is down (an upgrade, a restart) and posts them as soon as it answers again. Deleting it
    # would gain nothing: the next start sets it again, and polling's start deletes it itself.


async def _start(application: BotApplication, url: str, inbox: Inbox) -> None:
    assert application.post_init is not None
    await application.post_init(application)
    await application.start()
    inbox.open = True
    try:
        await keep_trying(
            lambda: application.bot.set_webhook(
                url,
                secret_token=inbox.secret,
                allowed_updates=Update.ALL_TYPES,
                max_connections=MAX_CONNECTIONS,
            ),
            "setWebhook",
        )
    except BadRequest as refused:
        # e.g. an address Telegram cannot resolve or reach: only the operator can fix it.
        raise WebhookSetupError(
            f"Telegram refused WEBHOOK_URL {url} ({refused.message}): give the public https:// "
            "address of the reverse proxy in front of the bot"
        ) from None


async def _health(application: BotApplication) -> Health | None:
    if not application.bot_data.has_services:
        return None
    return await HealthProbe(application.bot_data.services.tasks).check()
