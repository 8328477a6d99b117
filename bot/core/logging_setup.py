"""Logging set-up: one line per event (text or JSON), and never a secret (the bot token)."""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterable
from typing import TextIO

from bot.core.log_lines import REDACTED, OneLineFormatter

__all__ = ["REDACTED", "BriefNetworkFailures", "configure_logging"]


class BriefNetworkFailures(logging.Filter):
    """PTB logs a full traceback when Telegram cannot be reached at start-up; the CLI then says
    what is wrong in one line. The traceback only helps at DEBUG."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.name.startswith("telegram") and "Network Retry Loop" in record.getMessage():
            record.exc_info = None
            record.exc_text = None
        return True


def configure_logging(
    level: str,
    secrets: Iterable[str],
    stream: TextIO | None = None,
    log_format: str = "text",
) -> None:
    """Send every log record to `stream` (stderr), one line each, redacted; replaces earlier
    handlers. `log_format` is LOG_FORMAT: text or json."""
    handler = logging.StreamHandler(stream or sys.stderr)
    detailed = level == "DEBUG"
    handler.setFormatter(OneLineFormatter(secrets, as_json=log_format == "json", detailed=detailed))
    if not detailed:
        handler.addFilter(BriefNetworkFailures())
    root = logging.getLogger()
    for old in list(root.handlers):
        root.removeHandler(old)
    root.addHandler(handler)
    root.setLevel(level)
    # aiosqlite logs every statement with its parameters at DEBUG: personal data, never logged.
    logging.getLogger("aiosqlite").setLevel(logging.INFO)
    # One INFO line per HTTP request (every long poll too), per scheduler run and per font
    # subset of a PDF: noise, except at DEBUG (set either way, so configuring again leaves
    # nothing of the last time).
    for chatty in ("httpx", "apscheduler", "fontTools"):
        logging.getLogger(chatty).setLevel(logging.NOTSET if detailed else logging.WARNING)
    logging.captureWarnings(True)
