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
"""

from .groups import FakeGroup, Member
from .html import ParseError, parse_html, parse_html_entities
from .models import ApiCall, ApiError, BotMessage, FakeTelegramError, StoredFile, UploadedFile
from .server import FakeTelegram
from .spec import ApiSpec, SpecMissing, spec_beside
from .users import FakeUser

__all__ = [
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
    "SpecMissing",
    "StoredFile",
    "UploadedFile",
    "parse_html",
    "parse_html_entities",
    "spec_beside",
]
