"""Logging set-up that never lets a secret (the bot token) reach a log line."""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterable
from typing import TextIO
from urllib.parse import quote

REDACTED = "[REDACTED]"


def _variants(secret: str) -> set[str]:
    # The HTTP client logs URLs, where the token may appear percent-encoded.
    return {secret, quote(secret, safe=""), quote(secret, safe=":")} - {""}


class RedactingFormatter(logging.Formatter):
    """Formats as usual, then removes every secret from the whole text (tracebacks included)."""

    def __init__(self, fmt: str, secrets: Iterable[str]) -> None:
        super().__init__(fmt)
        variants: set[str] = set()
        for secret in secrets:
            variants |= _variants(secret)
        self._secrets = sorted(variants, key=len, reverse=True)

    def redact(self, text: str) -> str:
        for secret in self._secrets:
            text = text.replace(secret, REDACTED)
        return text

    def format(self, record: logging.LogRecord) -> str:
        return self.redact(super().format(record))


class BriefNetworkFailures(logging.Filter):
    """PTB logs a full traceback when Telegram cannot be reached at start-up; the CLI then says
    what is wrong in one line. The traceback only helps at DEBUG."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.name.startswith("telegram") and "Network Retry Loop" in record.getMessage():
            record.exc_info = None
            record.exc_text = None
        return True


LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def configure_logging(level: str, secrets: Iterable[str], stream: TextIO | None = None) -> None:
    """Send every log record to `stream` (stderr), redacted; replaces earlier handlers."""
    handler = logging.StreamHandler(stream or sys.stderr)
    handler.setFormatter(RedactingFormatter(LOG_FORMAT, secrets))
    if level != "DEBUG":
        handler.addFilter(BriefNetworkFailures())
    root = logging.getLogger()
    for old in list(root.handlers):
        root.removeHandler(old)
    root.addHandler(handler)
    root.setLevel(level)
    # aiosqlite logs every statement with its parameters at DEBUG: personal data, never logged.
    logging.getLogger("aiosqlite").setLevel(logging.INFO)
    if level != "DEBUG":
        # One INFO line per HTTP request (every long poll too) and per scheduler run: noise.
        for chatty in ("httpx", "apscheduler"):
            logging.getLogger(chatty).setLevel(logging.WARNING)
    logging.captureWarnings(True)
