"""The /healthz answer: a status code for the monitor, a few numbers for the person reading it.

Nothing personal: only whether the database answers and how late the oldest due task is."""

from __future__ import annotations

from typing import Any

from bot.services.health import Health

HEALTHY = 200
UNHEALTHY = 503


def health_report(
    health: Health | None, last_update_seconds_ago: float | None, mode: str
) -> tuple[int, dict[str, Any]]:
    """(HTTP status, JSON body). `health` None: the services are not open yet (starting)."""
    database = "starting" if health is None else "ok" if health.database_ok else "unreachable"
    waited = health.oldest_due_wait if health is not None else None
    healthy = health is not None and health.healthy
    body = {
        "status": "ok" if healthy else "degraded",
        "database": database,
        "tasks": {"oldest_due_seconds": None if waited is None else round(waited.total_seconds())},
        "last_update_seconds_ago": (
            None if last_update_seconds_ago is None else round(last_update_seconds_ago)
        ),
        "mode": mode,
    }
    return (HEALTHY if healthy else UNHEALTHY), body
