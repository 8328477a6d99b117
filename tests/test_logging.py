from __future__ import annotations

import io
import json
import logging
import re
from datetime import datetime
from urllib.parse import quote

from bot.core.logging_setup import REDACTED, configure_logging

TOKEN = "123456:AAE-secret_part"


def test_token_is_redacted_in_messages_arguments_and_tracebacks(
    restore_root_logging: None,
) -> None:
    stream = io.StringIO()
    configure_logging("DEBUG", secrets=[TOKEN], stream=stream)
    log = logging.getLogger("httpx")
    log.info("HTTP Request: POST https://api.telegram.org/bot%s/getMe", TOKEN)
    log.debug("encoded %s", quote(TOKEN, safe=""))
    try:
        raise RuntimeError(f"failed at /bot{TOKEN}/sendMessage")
    except RuntimeError:
        log.exception("request failed")
    text = stream.getvalue()
    assert TOKEN not in text
    assert quote(TOKEN, safe="") not in text
    # The request line, the encoded form, the exception message (its source line names TOKEN).
    assert text.count(REDACTED) == 3


def test_httpx_request_lines_are_quiet_above_debug(restore_root_logging: None) -> None:
    stream = io.StringIO()
    configure_logging("INFO", secrets=[TOKEN], stream=stream)
    logging.getLogger("httpx").info("HTTP Request: POST /getUpdates")
    logging.getLogger("apscheduler.executors.default").info("Job executed successfully")
    logging.getLogger("bot").info("ready")
    assert stream.getvalue().count("\n") == 1


def _fail(text: str) -> None:
    raise ValueError(text)


def _failure_logged(level: str, words: str) -> io.StringIO:
    """A handler's failure on `words`, logged at `level` as the error handler does."""
    stream = io.StringIO()
    configure_logging(level, secrets=[TOKEN], stream=stream)
    try:
        _fail(words)
    except ValueError:
        logging.getLogger("bot.errors").exception("update 7 failed")
    return stream


def test_a_traceback_stays_on_its_event_s_line(restore_root_logging: None) -> None:
    lines = _failure_logged("DEBUG", "first\nsecond").getvalue().splitlines()
    assert len(lines) == 1
    assert " ERROR bot.errors: update 7 failed | Traceback (most recent call last):" in lines[0]
    assert "ValueError: first\\nsecond" in lines[0]


def test_above_debug_an_exception_is_its_type_and_place_not_its_message(
    restore_root_logging: None,
) -> None:
    stream = _failure_logged("INFO", "Zoebella wrote this")
    try:
        raise OSError(28, "No space left on device")
    except OSError:
        logging.getLogger("bot").exception("cannot write")
    first, second = stream.getvalue().splitlines()
    assert "Zoebella" not in first
    assert re.search(
        r"update 7 failed \| ValueError at tests/test_logging.py:\d+ in _fail"
        r" ← tests/test_logging.py:\d+ in _failure_logged",
        first,
    )
    # Errors about the system itself keep their words: they say what to fix.
    assert "OSError: [Errno 28] No space left on device at tests/test_logging.py" in second


def test_json_lines_carry_time_level_logger_message_exception_and_extras(
    restore_root_logging: None,
) -> None:
    stream = io.StringIO()
    configure_logging("INFO", secrets=[TOKEN], stream=stream, log_format="json")
    logging.getLogger("bot.tasks").info("task %d done", 4, extra={"task_kind": "reminder"})
    try:
        raise RuntimeError(f"at /bot{TOKEN}/getMe")
    except RuntimeError:
        logging.getLogger("bot").error("multi\nline", exc_info=True)
    first, second = (json.loads(line) for line in stream.getvalue().splitlines())
    assert first == {
        "time": first["time"],
        "level": "INFO",
        "logger": "bot.tasks",
        "message": "task 4 done",
        "task_kind": "reminder",
    }
    assert first["time"].endswith("Z")
    assert datetime.fromisoformat(first["time"]).tzinfo is not None
    assert second["message"] == "multi\nline"
    assert second["exception"].startswith("RuntimeError at tests/test_logging.py")
    assert TOKEN not in stream.getvalue()
