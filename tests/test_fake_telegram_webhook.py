"""The fake Telegram server's webhooks: set, delivered, refused, retried, deleted, as Telegram."""

from __future__ import annotations

import asyncio
import json
import socket
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Any

import pytest
import tornado.httpserver
import tornado.netutil
import tornado.web
from telegram import Bot
from telegram.error import BadRequest, Conflict
from telegram_test_server import SECRET_HEADER, ApiSpec, FakeTelegram

TOKEN = "123456:TEST-token"
SECRET = "s3cret_-token"


@dataclass
class Receiver:
    """A webhook on 127.0.0.1 that answers `status` and records what it got."""

    port: int = 0
    status: int = 200
    received: list[tuple[dict[str, Any], str | None]] = field(default_factory=list)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/telegram"

    @property
    def update_ids(self) -> list[int]:
        return [update["update_id"] for update, _ in self.received]


class _Hook(tornado.web.RequestHandler):
    def initialize(self, receiver: Receiver) -> None:
        self.receiver = receiver

    def post(self) -> None:
        secret = self.request.headers.get(SECRET_HEADER)
        self.receiver.received.append((json.loads(self.request.body), secret))
        self.set_status(self.receiver.status)
        self.finish()


@pytest.fixture
async def server(api_spec: ApiSpec) -> AsyncIterator[FakeTelegram]:
    async with FakeTelegram(token=TOKEN, spec=api_spec) as fake:
        yield fake
    assert fake.errors == [], "\n".join(map(str, fake.errors))


@pytest.fixture
async def bot(server: FakeTelegram) -> AsyncIterator[Bot]:
    async with Bot(TOKEN, base_url=server.base_url, base_file_url=server.base_file_url) as tg:
        yield tg


@pytest.fixture
async def receiver() -> AsyncIterator[Receiver]:
    receiver = Receiver()
    app = tornado.web.Application([(r"/telegram", _Hook, {"receiver": receiver})])
    sockets = tornado.netutil.bind_sockets(0, "127.0.0.1", family=socket.AF_INET)
    http = tornado.httpserver.HTTPServer(app)
    http.add_sockets(sockets)
    receiver.port = sockets[0].getsockname()[1]
    yield receiver
    http.stop()
    await http.close_all_connections()


async def test_updates_are_posted_in_order_with_the_secret(
    bot: Bot, server: FakeTelegram, receiver: Receiver
) -> None:
    alice = server.add_user("Alice")
    await alice.send("before the webhook")
    assert await bot.set_webhook(receiver.url, secret_token=SECRET, allowed_updates=["message"])
    await alice.send("after")
    await server.wait_until(lambda s: len(receiver.received) == 2)
    assert receiver.update_ids == [1, 2]
    assert [secret for _, secret in receiver.received] == [SECRET, SECRET]
    assert receiver.received[1][0]["message"]["text"] == "after"
    info = await bot.get_webhook_info()
    assert (info.url, info.pending_update_count, info.last_error_message) == (receiver.url, 0, None)
    assert info.allowed_updates == ("message",)
    with pytest.raises(Conflict, match="webhook is active"):
        await bot.get_updates()


async def test_a_refused_update_is_retried_and_reported(
    bot: Bot, server: FakeTelegram, receiver: Receiver
) -> None:
    receiver.status = 403
    await bot.set_webhook(receiver.url)
    alice = server.add_user("Alice")
    await alice.send("one")
    await alice.send("two")
    await server.wait_until(lambda s: len(receiver.received) >= 2)
    info = await bot.get_webhook_info()
    assert info.pending_update_count == 2
    assert info.last_error_message == "Wrong response from the webhook: 403 Forbidden"
    assert info.last_error_date is not None
    assert set(receiver.update_ids) == {1}, "the first update blocks the ones after it"
    assert receiver.received[0][1] is None, "no secret header without a secret"
    receiver.status = 200
    await server.wait_until(lambda s: not s.pending_updates)
    assert receiver.update_ids[-2:] == [1, 2]


async def test_an_unreachable_webhook_is_reported(bot: Bot, server: FakeTelegram) -> None:
    closed = socket.socket()
    closed.bind(("127.0.0.1", 0))
    url = f"http://127.0.0.1:{closed.getsockname()[1]}/telegram"
    closed.close()
    await bot.set_webhook(url)
    await server.add_user("Alice").send("hello")
    await server.wait_until(lambda s: s.webhook_deliveries)
    info = await bot.get_webhook_info()
    assert info.last_error_message == "Connection refused"
    assert info.pending_update_count == 1


async def test_delete_webhook_brings_polling_back(
    bot: Bot, server: FakeTelegram, receiver: Receiver
) -> None:
    receiver.status = 500
    await bot.set_webhook(receiver.url, secret_token=SECRET)
    await server.add_user("Alice").send("kept")
    await server.wait_until(lambda s: s.webhook_deliveries)
    assert await bot.delete_webhook()
    info = await bot.get_webhook_info()
    assert (info.url, info.last_error_message) == ("", None)
    updates = await bot.get_updates()
    assert [u.message.text for u in updates if u.message] == ["kept"]


async def test_set_webhook_ends_a_waiting_long_poll(
    bot: Bot, server: FakeTelegram, receiver: Receiver
) -> None:
    polling = asyncio.create_task(bot.get_updates(timeout=10))
    await server.wait_until(lambda s: any(c.method == "getUpdates" for c in s.in_flight))
    await bot.set_webhook(receiver.url)
    with pytest.raises(Conflict, match="terminated by setWebhook request"):
        await polling


@pytest.mark.parametrize(
    ("url", "secret", "error"),
    [
        ("http://bot.example.org/telegram", None, "An HTTPS URL must be provided"),
        ("https://bot.example.org:8080/telegram", None, "only on ports 80, 88, 443 or 8443"),
        ("https://bot.example.org/telegram", "not secret!", "unallowed characters"),
        ("https://bot.example.org/telegram", "x" * 257, "secret token is too long"),
    ],
)
async def test_set_webhook_checks_like_telegram(
    server: FakeTelegram, bot: Bot, url: str, secret: str | None, error: str
) -> None:
    with pytest.raises(BadRequest, match=f"(?i){error}"):
        await bot.set_webhook(url, secret_token=secret)
    assert server.webhook is None
    server.state.calls.clear()  # refused on purpose: not a bot bug


async def test_a_webhook_elsewhere_is_never_contacted(bot: Bot, server: FakeTelegram) -> None:
    await bot.set_webhook("https://bot.example.org/telegram")
    await server.add_user("Alice").send("hello")
    await server.wait_until(lambda s: s.webhook_deliveries)
    info = await bot.get_webhook_info()
    assert info.last_error_message == "Failed to resolve host: Name or service not known"
