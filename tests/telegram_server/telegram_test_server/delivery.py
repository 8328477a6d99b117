"""Webhook delivery: each pending update POSTed to the webhook as JSON, one at a time and in
order, with the secret header; a failed one is retried (backing off) and recorded as
getWebhookInfo's last error, the way Telegram does it.

Only this machine's loopback address is ever contacted: the fake server makes no network calls,
so a webhook elsewhere fails as an unresolvable host would.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import urllib.parse
from collections.abc import Callable

import tornado.httpclient

from .models import JSON, Webhook, WebhookDelivery, WebhookError
from .state import State
from .webhooks import LOOPBACK_HOSTS

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
FIRST_RETRY_SECONDS = 0.05
LAST_RETRY_SECONDS = 2.0
_TIMEOUT_SECONDS = 30.0
_IDLE_SECONDS = 3600.0
_UNRESOLVED = "Failed to resolve host: Name or service not known"


class WebhookDeliverer:
    """The task that POSTs updates while a webhook is set; ``paused()`` holds it (an outage)."""

    def __init__(self, state: State, paused: Callable[[], bool]) -> None:
        self._state = state
        self._paused = paused
        self._task: asyncio.Task[None] | None = None
        self._client: tornado.httpclient.AsyncHTTPClient | None = None

    def start(self) -> None:
        if self._task is None:
            self._client = tornado.httpclient.AsyncHTTPClient(force_instance=True)
            self._task = asyncio.get_running_loop().create_task(self._run())

    async def stop(self) -> None:
        task, self._task = self._task, None
        if task is not None:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
        if self._client is not None:
            self._client.close()
            self._client = None

    def _ready(self) -> bool:
        state = self._state
        return state.webhook is not None and bool(state.pending_updates) and not self._paused()

    async def _run(self) -> None:
        state = self._state
        retry = FIRST_RETRY_SECONDS
        while True:
            if not self._ready():
                await state.wait_for(self._ready, _IDLE_SECONDS)
                continue
            webhook, update = state.webhook, state.pending_updates[0]
            assert webhook is not None
            delivery = await self._post(webhook, update)
            state.webhook_deliveries.append(delivery)
            if delivery.ok:
                retry = FIRST_RETRY_SECONDS
                state.pending_updates = [
                    u for u in state.pending_updates if u["update_id"] != delivery.update_id
                ]
                state.notify()
                continue
            state.webhook_error = WebhookError(state.now(), delivery.error or "")
            state.notify()
            await self._back_off(webhook, retry)
            retry = min(retry * 2, LAST_RETRY_SECONDS)

    async def _back_off(self, webhook: Webhook, seconds: float) -> None:
        """Wait before the retry; a changed or deleted webhook cuts the wait short."""
        await self._state.wait_for(lambda: self._state.webhook is not webhook, seconds)

    async def _post(self, webhook: Webhook, update: JSON) -> WebhookDelivery:
        update_id = int(update["update_id"])
        if urllib.parse.urlsplit(webhook.url).hostname not in LOOPBACK_HOSTS:
            return WebhookDelivery(update_id, 0, _UNRESOLVED)
        headers = {"Content-Type": "application/json"}
        if webhook.secret_token is not None:
            headers[SECRET_HEADER] = webhook.secret_token
        request = tornado.httpclient.HTTPRequest(
            webhook.url,
            method="POST",
            headers=headers,
            body=json.dumps(update, ensure_ascii=False).encode(),
            request_timeout=_TIMEOUT_SECONDS,
            follow_redirects=False,
        )
        assert self._client is not None
        try:
            response = await self._client.fetch(request, raise_error=False)
        except ConnectionRefusedError:
            return WebhookDelivery(update_id, 0, "Connection refused")
        except OSError as error:
            return WebhookDelivery(update_id, 0, f"Connection failed: {error.strerror or error}")
        if response.code == 599:  # tornado's "no HTTP answer": a timeout or a reset connection
            return WebhookDelivery(update_id, 0, "Read timeout expired")
        if 200 <= response.code < 300:
            return WebhookDelivery(update_id, response.code)
        answer = f"Wrong response from the webhook: {response.code} {response.reason}".strip()
        return WebhookDelivery(update_id, response.code, answer)
