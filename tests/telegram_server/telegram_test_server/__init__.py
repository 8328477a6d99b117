"""A fake Telegram Bot API server with scripted users, for tests and a sandbox mode.

Usage::

    async with FakeTelegram(token="123456:TEST-token") as server:
        app = (
            ApplicationBuilder()
            .token(server.token)
            .base_url(server.base_url)
            .base_file_url(server.base_file_url)
            .build()
        )
        alice = server.add_user("Alice", language_code="it")
        await alice.send("/start")
        reply = await alice.next_reply()

Telegram's own failures, on request (see ``faults``): ``server.inject_error("sendMessage", 502)``
for the next call, ``server.inject_failures(0.2, seed=1)`` for a seeded 20% of all calls (5xx
answers, each with no effect, so a retry is safe), ``await server.refuse_connections(seconds=3)``
for an outage, ``server.set_latency(...)`` and ``server.set_rate_limit(...)``.

Webhooks as Telegram does them: after ``setWebhook`` each update is POSTed to the URL (on
127.0.0.1 only) with the ``X-Telegram-Bot-Api-Secret-Token`` header, in order, retried on failure;
``server.webhook``, ``server.webhook_deliveries``; getUpdates answers 409 meanwhile.
"""

from .delivery import SECRET_HEADER
from .faults import SERVER_ERRORS
from .groups import FakeGroup, Member
from .html import ParseError, parse_html, parse_html_entities
from .models import (
    ApiCall,
    ApiError,
    BotMessage,
    FakeTelegramError,
    StoredFile,
    UploadedFile,
    Webhook,
    WebhookDelivery,
)
from .server import FakeTelegram
from .spec import ApiSpec, SpecMissing, spec_beside
from .users import FakeUser, Profile

__all__ = [
    "SECRET_HEADER",
    "SERVER_ERRORS",
    "ApiCall",
    "ApiError",
    "ApiSpec",
    "BotMessage",
    "FakeGroup",
    "FakeTelegram",
    "FakeTelegramError",
    "FakeUser",
    "Member",
    "ParseError",
    "Profile",
    "SpecMissing",
    "StoredFile",
    "UploadedFile",
    "Webhook",
    "WebhookDelivery",
    "parse_html",
    "parse_html_entities",
    "spec_beside",
]
