from __future__ import annotations

import io
import logging
from collections.abc import Iterator
from urllib.parse import quote

import pytest

from bot.core.logging_setup import REDACTED, configure_logging

TOKEN = "123456:AAE-secret_part"


@pytest.fixture
def restore_root_logging() -> Iterator[None]:
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    chatty = {name: logging.getLogger(name).level for name in ("httpx", "apscheduler")}
    yield
    for name, chatty_level in chatty.items():
        logging.getLogger(name).setLevel(chatty_level)
    for handler in list(root.handlers):
        root.removeHandler(handler)
    for handler in handlers:
        root.addHandler(handler)
    root.setLevel(level)


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
