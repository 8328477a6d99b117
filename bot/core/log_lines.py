"""Log records as single lines, text or JSON, with every secret removed.

One event is one line, whatever it carries: a log collector reading line by line never splits a
traceback into events of their own. Above DEBUG an exception is shown by its type and where it
happened, not by its message: a message can quote what a person wrote (a parse error, a
validation error), and the log must never hold that. The messages of errors about the system
itself (files, the database, Telegram's answers) stay: they say what to fix."""

from __future__ import annotations

import json
import logging
import sqlite3
import traceback
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from urllib.parse import quote

REDACTED = "[REDACTED]"
# Errors whose messages describe the system, never a person's words.
# Lines of our own code shown for an exception above DEBUG, innermost first.
OUR_FRAMES = 3
# Our code every Bot API call passes through: naming it says nothing about where it failed.
_PLUMBING = frozenset({"handlers/kit/rate_limits.py", "handlers/kit/telegram_request.py"})
_SYSTEM_ERRORS = (OSError, sqlite3.Error, TimeoutError)
_TELEGRAM_ERRORS = "telegram.error"
# The attributes every LogRecord has; anything else came in through `extra=`.
_STANDARD = set(vars(logging.LogRecord("", 0, "", 0, "", None, None))) | {"message", "asctime"}

_PROJECT = Path(__file__).resolve().parents[2]

ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]


def _variants(secret: str) -> set[str]:
    # The HTTP client logs URLs, where the token may appear percent-encoded.
    return {secret, quote(secret, safe=""), quote(secret, safe=":")} - {""}


def _one_line(text: str) -> str:
    return text.replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n")


def _says_only_about_the_system(error: BaseException) -> bool:
    return isinstance(error, _SYSTEM_ERRORS) or type(error).__module__.startswith(_TELEGRAM_ERRORS)


def brief_exception(exc_info: ExcInfo) -> str:
    """`KeyError at telegram/_bot.py:741 in _do_post ← handlers/x.py:12 in f`: the type, where
    it was raised, and the last lines of our own code it passed through."""
    kind, error, trace = exc_info
    name = kind.__qualname__
    if _says_only_about_the_system(error) and str(error):
        name = f"{name}: {error}"
    frames = traceback.extract_tb(trace)
    if not frames:
        return name
    ours = [frame for frame in frames if _ours(frame.filename)][-OUR_FRAMES:]
    shown = [frame for frame in reversed(ours) if frame is not frames[-1]]
    shown.insert(0, frames[-1])
    places = " ← ".join(
        f"{_short(frame.filename)}:{frame.lineno} in {frame.name}" for frame in shown
    )
    return f"{name} at {places}"


def _ours(filename: str) -> bool:
    path = Path(filename)
    if not path.is_relative_to(_PROJECT) or "site-packages" in path.parts:
        return False
    return path.relative_to(_PROJECT).as_posix() not in _PLUMBING


def _short(filename: str) -> str:
    """The path from the package on: `handlers/x.py`, `telegram/_bot.py`."""
    path = Path(filename)
    parts = path.parts
    if "site-packages" in parts:
        return "/".join(parts[parts.index("site-packages") + 1 :])
    if path.is_relative_to(_PROJECT):
        return path.relative_to(_PROJECT).as_posix()
    return "/".join(parts[-2:])


class OneLineFormatter(logging.Formatter):
    """`time level logger: message | exception`, or one JSON object; secrets redacted."""

    def __init__(self, secrets: Iterable[str], *, as_json: bool, detailed: bool) -> None:
        super().__init__()
        variants: set[str] = set()
        for secret in secrets:
            variants |= _variants(secret)
        self._secrets = sorted(variants, key=len, reverse=True)
        self._as_json = as_json
        self._detailed = detailed

    def redact(self, text: str) -> str:
        for secret in self._secrets:
            text = text.replace(secret, REDACTED)
        return text

    def exception_text(self, exc_info: ExcInfo) -> str:
        if self._detailed:
            return "".join(traceback.format_exception(*exc_info)).rstrip()
        return brief_exception(exc_info)

    def format(self, record: logging.LogRecord) -> str:
        # Not Formatter.format: it caches the full traceback on the record (exc_text) and
        # would reuse one another handler made.
        time = datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds")
        fields: dict[str, object] = {
            "time": time.replace("+00:00", "Z"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        if record.exc_info and record.exc_info[0] is not None:
            fields["exception"] = self.exception_text(record.exc_info)
        if self._as_json:
            fields.update((k, v) for k, v in vars(record).items() if k not in _STANDARD)
            return self.redact(json.dumps(fields, ensure_ascii=False, default=str))
        line = f"{fields['time']} {record.levelname} {record.name}: {fields['message']}"
        if "exception" in fields:
            line += f" | {fields['exception']}"
        return self.redact(_one_line(line))


def chat_ref(chat_id: int) -> str:
    """A chat as the log may name it: a group's id, never a private chat's (a person's id)."""
    return str(chat_id) if chat_id < 0 else "(private)"
