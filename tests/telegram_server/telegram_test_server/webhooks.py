"""Bot API methods about the webhook: setWebhook, deleteWebhook, getWebhookInfo.

Like Telegram: while a webhook is set, updates are POSTed to it (``delivery``) and getUpdates
answers 409; deleting it brings long polling back, with the updates not delivered yet.
"""

from __future__ import annotations

import re
import urllib.parse

from .methods import Context, method
from .models import JSON, Webhook, bad_request
from .state import State

DEFAULT_MAX_CONNECTIONS = 40
_SECRET_RE = re.compile(r"[A-Za-z0-9_-]*")
_SECRET_MAX = 256
_PORTS = frozenset({80, 88, 443, 8443})
LOOPBACK_HOSTS = frozenset({"127.0.0.1", "localhost", "::1"})


def _checked_url(url: str) -> str:
    """Telegram's rules: https on ports 80, 88, 443 or 8443. Plain http and any port are also
    accepted on this machine's loopback address, as a local Bot API server accepts them."""
    parts = urllib.parse.urlsplit(url)
    if not parts.hostname or parts.scheme not in ("http", "https"):
        raise bad_request("bad webhook: An HTTPS URL must be provided for webhook")
    if parts.hostname in LOOPBACK_HOSTS:
        return url
    if parts.scheme != "https":
        raise bad_request("bad webhook: An HTTPS URL must be provided for webhook")
    if (parts.port or 443) not in _PORTS:
        raise bad_request("bad webhook: Webhook can be set up only on ports 80, 88, 443 or 8443")
    return url


def _checked_secret(secret: object) -> str | None:
    if secret is None or secret == "":
        return None
    if not isinstance(secret, str) or not _SECRET_RE.fullmatch(secret):
        raise bad_request("secret token contains unallowed characters")
    if len(secret) > _SECRET_MAX:
        raise bad_request("secret token is too long")
    return secret


def _connections(value: object) -> int:
    """1 to 100, 40 if not given."""
    if not isinstance(value, int) or isinstance(value, bool):
        return DEFAULT_MAX_CONNECTIONS
    return min(max(value, 1), 100)


def _forget_webhook(state: State, *, drop_pending: bool) -> None:
    state.webhook = None
    state.webhook_error = None
    if drop_pending:
        state.pending_updates.clear()
    state.notify()


@method("setWebhook")
async def set_webhook(ctx: Context, params: JSON) -> bool:
    state = ctx.state
    url = str(params.get("url") or "")
    if not url:
        _forget_webhook(state, drop_pending=bool(params.get("drop_pending_updates")))
        return True
    webhook = Webhook(
        url=_checked_url(url),
        secret_token=_checked_secret(params.get("secret_token")),
        max_connections=_connections(params.get("max_connections")),
        ip_address=params.get("ip_address"),
    )
    allowed = params.get("allowed_updates")
    if allowed is not None:
        state.allowed_updates = frozenset(allowed) if allowed else None
    if params.get("drop_pending_updates"):
        state.pending_updates.clear()
    if state.webhook is None or state.webhook.url != webhook.url:
        state.webhook_error = None
    state.webhook = webhook
    # A long poll still waiting ends with 409 "terminated by setWebhook request".
    state.poll_generation += 1
    state.notify()
    return True


@method("deleteWebhook")
async def delete_webhook(ctx: Context, params: JSON) -> bool:
    _forget_webhook(ctx.state, drop_pending=bool(params.get("drop_pending_updates")))
    return True


@method("getWebhookInfo")
async def get_webhook_info(ctx: Context, params: JSON) -> JSON:
    state = ctx.state
    info: JSON = {
        "url": state.webhook.url if state.webhook else "",
        "has_custom_certificate": False,
        "pending_update_count": len(state.pending_updates),
    }
    if state.webhook is not None:
        info["max_connections"] = state.webhook.max_connections
        if state.webhook.ip_address:
            info["ip_address"] = state.webhook.ip_address
    if state.webhook_error is not None:
        info["last_error_date"] = state.webhook_error.date
        info["last_error_message"] = state.webhook_error.message
    if state.allowed_updates is not None:
        info["allowed_updates"] = sorted(state.allowed_updates)
    return info
