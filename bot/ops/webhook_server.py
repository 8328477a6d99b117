"""The HTTP server of webhook mode: Telegram's POSTs at the webhook's path, /healthz beside it.

An update is checked (the secret header, then the JSON), put on the Application's update queue
and answered 200 at once: handling it is the Application's business, as with polling. PTB's
custom-webhook pattern, on tornado (which PTB's webhooks extra brings)."""

from __future__ import annotations

import asyncio
import hmac
import json
import logging
import re
import socket
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

import tornado.httpserver
import tornado.netutil
import tornado.web
from telegram import Bot, Update

from bot.ops.health import health_report
from bot.services.health import Health

logger = logging.getLogger(__name__)

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
HEALTH_PATH = "/healthz"
# An update is a few kilobytes (a 4,096-character message with its entities and a quoted
# reply); anything near a megabyte is not from Telegram. Tornado refuses it before reading it.
MAX_BODY_BYTES = 1024 * 1024

HealthProbe = Callable[[], Awaitable[Health | None]]


class WebhookSetupError(Exception):
    """Webhook mode cannot start; the message says which setting to fix."""


REFUSALS_LOGGED_EVERY = 60.0  # seconds


@dataclass
class Inbox:
    """Where checked updates go, and when the last one came."""

    bot: Bot
    queue: asyncio.Queue[object]
    secret: str
    last_update: float | None = None  # time.monotonic()
    # Telegram never resends an update answered 200: until the application runs (or once it
    # stops), updates are answered 503 and come again.
    open: bool = False
    # Anyone may post to a public address: refusals are logged at most once a minute, counted.
    refused_since_log: int = 0
    refusal_logged: float | None = None  # time.monotonic()

    def refused(self, why: str) -> None:
        self.refused_since_log += 1
        now = time.monotonic()
        if self.refusal_logged is not None and now - self.refusal_logged < REFUSALS_LOGGED_EVERY:
            return
        logger.warning(
            "webhook: refused %d request(s) since the last such line, the latest %s",
            self.refused_since_log,
            why,
        )
        self.refused_since_log = 0
        self.refusal_logged = now

    def accepts(self, header: str | None) -> bool:
        """Telegram's secret header, compared in constant time."""
        if header is None:
            return False
        return hmac.compare_digest(header.encode(), self.secret.encode())

    def seconds_since_update(self) -> float | None:
        return None if self.last_update is None else time.monotonic() - self.last_update


class _Handler(tornado.web.RequestHandler):
    def set_default_headers(self) -> None:
        self.clear_header("Server")  # the name and version of tornado help nobody but a prober
        self.clear_header("Content-Type")

    def compute_etag(self) -> None:
        return None  # a monitor must get the answer of now, never a 304

    def reply(self, status: int, body: dict[str, Any] | None = None) -> None:
        """A status and a JSON body, or nothing: a refused request learns nothing more."""
        self.set_status(status)
        if body is None:
            self.finish()
            return
        self.set_header("Content-Type", "application/json")
        self.finish(json.dumps(body))


class _UpdateHandler(_Handler):
    SUPPORTED_METHODS = ("POST",)

    def initialize(self, inbox: Inbox) -> None:
        self.inbox = inbox

    async def post(self) -> None:
        if not self.inbox.accepts(self.request.headers.get(SECRET_HEADER)):
            self.inbox.refused("without the right secret (403)")
            self.reply(403)
            return
        if not self.inbox.open:
            self.reply(503)
            return
        update = self._update()
        if update is None:
            self.inbox.refused("not a Telegram update (400)")
            self.reply(400)
            return
        await self.inbox.queue.put(update)
        self.inbox.last_update = time.monotonic()
        self.reply(200)

    def _update(self) -> Update | None:
        try:
            data = json.loads(self.request.body)
        except (ValueError, UnicodeDecodeError):
            return None
        update_id = data.get("update_id") if isinstance(data, dict) else None
        if not isinstance(update_id, int) or isinstance(update_id, bool):
            return None
        try:
            return Update.de_json(data, self.inbox.bot)
        # Whatever a malformed update makes PTB raise: it is refused, never half-handled.
        except Exception:
            return None


class _HealthHandler(_Handler):
    SUPPORTED_METHODS = ("GET", "HEAD")

    def initialize(self, inbox: Inbox, probe: HealthProbe) -> None:
        self.inbox = inbox
        self.probe = probe

    async def get(self) -> None:
        status, body = health_report(
            await self.probe(), self.inbox.seconds_since_update(), mode="webhook"
        )
        self.reply(status, body)

    async def head(self) -> None:
        await self.get()


class _NotFoundHandler(_Handler):
    def prepare(self) -> None:
        self.reply(404)


def _route(path: str) -> str:
    """The webhook's path as a tornado route, with or without a trailing slash."""
    return re.escape(path.rstrip("/")) + "/?"


class WebhookServer:
    """One tornado HTTP server on `listen`:`port` (0: any free port)."""

    def __init__(self, inbox: Inbox, probe: HealthProbe, *, path: str) -> None:
        self.inbox = inbox
        self._app = tornado.web.Application(
            [
                (_route(HEALTH_PATH), _HealthHandler, {"inbox": inbox, "probe": probe}),
                (_route(path), _UpdateHandler, {"inbox": inbox}),
            ],
            default_handler_class=_NotFoundHandler,
            # No access log: it would print the webhook's path with every update.
            log_function=lambda handler: None,
        )
        self._http: tornado.httpserver.HTTPServer | None = None
        self.port = 0

    def listen(self, address: str, port: int) -> int:
        """Start accepting connections; returns the port. WebhookSetupError if it is taken."""
        try:
            sockets = tornado.netutil.bind_sockets(port, address)
        except (OSError, socket.gaierror) as error:
            raise WebhookSetupError(
                f"cannot listen on {address}:{port} ({error.strerror or error}): "
                "set WEBHOOK_LISTEN and WEBHOOK_PORT to a free address"
            ) from None
        self._http = tornado.httpserver.HTTPServer(self._app, max_body_size=MAX_BODY_BYTES)
        self._http.add_sockets(sockets)
        self.port = sockets[0].getsockname()[1]
        return self.port

    async def stop(self) -> None:
        """Accept nothing more and close the open connections."""
        http, self._http = self._http, None
        if http is not None:
            http.stop()
            await http.close_all_connections()
