"""What `python -m bot check` says about the webhook Telegram has, from getWebhookInfo's answer
(the Bot API's WebhookInfo), in polling and in webhook mode."""

from __future__ import annotations

from datetime import UTC, datetime

from telegram import WebhookInfo

from bot.ops.check.connection import webhook_findings
from bot.ops.check.report import Mark

URL = "https://bot.example.org/telegram"


def _info(
    url: str = "",
    pending: int = 0,
    error_date: datetime | None = None,
    error_message: str | None = None,
) -> WebhookInfo:
    return WebhookInfo(
        url=url,
        has_custom_certificate=False,
        pending_update_count=pending,
        last_error_date=error_date,
        last_error_message=error_message,
    )


def test_polling_with_a_webhook_left_at_telegram_is_fine_and_said() -> None:
    (found,) = webhook_findings(_info(URL), None)
    assert found.mark is Mark.NOTE
    assert found.text.startswith(f"Telegram has a webhook set ({URL}): the bot removes it")


def test_webhook_mode_names_waiting_updates_and_telegram_s_last_error() -> None:
    info = _info(URL, 12, datetime(2026, 12, 5, 22, 41, tzinfo=UTC), "Connection timed out")
    address, waiting, error = webhook_findings(info, URL)
    assert (address.mark, address.text) == (Mark.GOOD, f"Telegram posts updates to {URL}")
    assert waiting.text == "12 updates wait at Telegram: the bot reads them next"
    assert error.mark is Mark.NOTE
    assert error.text.startswith(
        "Telegram's last error delivering updates (2026-12-05 22:41 UTC): Connection timed out;"
    )


def test_webhook_mode_before_the_first_start() -> None:
    (found,) = webhook_findings(_info(), URL)
    assert found.text == "no webhook set at Telegram yet: the bot sets WEBHOOK_URL when it starts"
