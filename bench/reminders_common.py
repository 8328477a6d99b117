"""What both sides of bench.reminders share: names, settings and how figures are printed."""

from __future__ import annotations

import os
import resource
import statistics
from pathlib import Path

from bench.reminders_world import COORDINATOR

TOKEN = "123456:BENCH-token"
ROOT = Path(__file__).resolve().parents[1]
FULL = "reminders.sqlite3"
EMPTY = "empty.sqlite3"
PLAN = "world.json"
START_TARGET = 3.0  # seconds
RSS_TARGET = 200  # MB
WORKERS = 4  # TaskDispatcher's default


def peak_rss_mb(pid: int | None = None) -> float:
    """VmHWM of a process. ru_maxrss would not do for the bot's process: Linux also counts the
    pages of the parent that spawned it, held until exec."""
    status = Path(f"/proc/{pid or 'self'}/status")
    if status.exists():
        for row in status.read_text().splitlines():
            if row.startswith("VmHWM:"):
                return int(row.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def percentile(times: list[float], p: float) -> float:
    ordered = sorted(times)
    return ordered[min(len(ordered) - 1, int(p / 100 * len(ordered)))]


def line(name: str, times: list[float]) -> str:
    return (
        f"{name:<44} p50 {statistics.median(times):7.2f} ms   p99 {percentile(times, 99):7.2f} ms"
    )


def settings_for(database: Path, api_url: str) -> dict[str, str]:
    return {
        "BOT_TOKEN": TOKEN,
        "TELEGRAM_API_URL": api_url,
        "DATABASE_PATH": str(database),
        "ADMIN_IDS": str(COORDINATOR),
        "LOG_LEVEL": "WARNING",
        "RATE_LIMIT_PER_SECOND": "0",
    }


def bot_env() -> dict[str, str]:
    return {**os.environ, "PTB_TIMEDELTA": "1"}


# --- synthetic data (this process) ---------------------------------------------------------------
