"""The Telegram section: does Telegram accept the token, and what it knows of the webhook."""

from __future__ import annotations

from datetime import UTC

from telegram import Bot, WebhookInfo
from telegram.error import InvalidToken, NetworkError, TelegramError
from telegram.request import HTTPXRequest

from bot.core.settings import Settings
from bot.ops.check.report import Finding, fix, good, note

# Short: the check answers within seconds even when Telegram does not.
TIMEOUT_SECONDS = 5.0


def make_bot(settings: Settings) -> Bot:
    api = settings.telegram_api_url
    return Bot(
        settings.token,
        base_url=f"{api}/bot",
        base_file_url=f"{api}/file/bot",
        request=HTTPXRequest(
            connection_pool_size=2,
            read_timeout=TIMEOUT_SECONDS,
            write_timeout=TIMEOUT_SECONDS,
            connect_timeout=TIMEOUT_SECONDS,
            pool_timeout=TIMEOUT_SECONDS,
        ),
    )


async def introduce(bot: Bot, settings: Settings) -> Finding:
    """getMe: ✓ with the bot's @username, or why Telegram could not be asked."""
    try:
        await bot.initialize()
    except InvalidToken:
        return fix(
            "Telegram refused BOT_TOKEN: copy it again from @BotFather (/mybots → your bot → "
            "API Token)"
        )
    except NetworkError as error:
        return fix(
            f"cannot reach Telegram at {settings.telegram_api_url} ({_reason(error)}): check "
            "this machine's internet connection, proxy or firewall, and TELEGRAM_API_URL"
        )
    except TelegramError as error:
        return fix(f"Telegram answered getMe with an error: {error.message}; try again later")
    return good(f"Telegram knows the bot as @{bot.username} ({bot.first_name})")


def _reason(error: NetworkError) -> str:
    return error.message or type(error).__name__


async def webhook(bot: Bot, wanted: str | None) -> list[Finding]:
    """`wanted`: WEBHOOK_URL as written (None: long polling)."""
    try:
        info = await bot.get_webhook_info()
    except TelegramError as error:
        return [note(f"Telegram did not say which webhook is set ({error.message})")]
    return webhook_findings(info, wanted)


def webhook_findings(info: WebhookInfo, wanted: str | None) -> list[Finding]:
    """What Telegram's webhook means for a bot with WEBHOOK_URL `wanted` (None: polling)."""
    if wanted is None:
        return [_polling(info)]
    return [_webhook_address(info, wanted), *_webhook_health(info)]


def _polling(info: WebhookInfo) -> Finding:
    if not info.url:
        return good("no webhook set at Telegram: long polling will work")
    return note(
        f"Telegram has a webhook set ({info.url}): the bot removes it when it starts with "
        "long polling; fine, unless another copy of the bot still uses it"
    )


def _webhook_address(info: WebhookInfo, wanted: str) -> Finding:
    if info.url == wanted:
        return good(f"Telegram posts updates to {info.url}")
    if not info.url:
        return note("no webhook set at Telegram yet: the bot sets WEBHOOK_URL when it starts")
    return note(
        f"Telegram posts updates to {info.url}, not WEBHOOK_URL: the bot sets its own when it "
        "starts; fine, unless another copy of the bot uses that address"
    )


def _webhook_health(info: WebhookInfo) -> list[Finding]:
    found: list[Finding] = []
    if info.pending_update_count:
        found.append(
            note(f"{info.pending_update_count} updates wait at Telegram: the bot reads them next")
        )
    if info.last_error_message:
        when = (
            info.last_error_date.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")
            if info.last_error_date
            else "at an unknown time"
        )
        found.append(
            note(
                f"Telegram's last error delivering updates ({when}): {info.last_error_message}; "
                "check that WEBHOOK_URL reaches this machine through https"
            )
        )
    return found
