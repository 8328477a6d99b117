"""Configuration, read from the environment and an optional `.env` file."""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from datetime import timedelta
from pathlib import Path
from typing import Annotated, Any, Literal
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import Field, SecretStr, ValidationError, field_validator, model_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

from bot.domain.durations import parse_offsets
from bot.domain.quiet_hours import QuietHours
from bot.domain.sanction_spans import Span, parse_span

Language = Literal["it", "en"]
LogLevel = Literal["DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"]
LogFormat = Literal["text", "json"]

# Telegram takes 1 to 256 of these characters; anyone who guesses the secret can post updates in
# any member's name, so a guessable one is refused.
MIN_WEBHOOK_SECRET = 16
WEBHOOK_SECRET_RE = re.compile(rf"[A-Za-z0-9_-]{{{MIN_WEBHOOK_SECRET},256}}")
LOCAL_HOSTS = frozenset({"localhost", "127.0.0.1", "::1"})
TELEGRAM_WEBHOOK_PORTS = frozenset({443, 80, 88, 8443})

# One line per setting: shown when the setting is missing or invalid.
HOW_TO_FIX: dict[str, str] = {
    "BOT_TOKEN": "set it to the token @BotFather gave you, e.g. BOT_TOKEN=123456:ABC-DEF...",
    "TELEGRAM_API_URL": "an http(s) URL without a path, e.g. https://api.telegram.org",
    "DATABASE_PATH": "a file path, e.g. data/genc.sqlite3",
    "ADMIN_IDS": "comma-separated numeric Telegram user ids, e.g. ADMIN_IDS=12345,67890",
    "TIMEZONE": "an IANA time zone name, e.g. Europe/Rome",
    "DEFAULT_LANGUAGE": "the bot's language for people whose app speaks neither, e.g. it",
    "LOG_LEVEL": "INFO for everyday use (DEBUG writes names and messages into the log)",
    "RATE_LIMIT_PER_SECOND": "messages per second for the whole bot (Telegram allows ~30); 0 = off",
    "TELEGRAM_CONNECTIONS": "connections kept open to the Bot API, from 1 to 256, e.g. 8",
    "TASK_POLL_SECONDS": "seconds between two looks for due background tasks, e.g. 1",
    "BROADCAST_RATE": "announcement copies sent a second, at most 1000, e.g. 25",
    "BROADCAST_PROGRESS_SECONDS": "seconds between two updates of a broadcast's progress, "
    "from 1 to 60, e.g. 5",
    "QUIET_HOURS": "the local hours when members under 18 are not written to, e.g. 22:00-08:00",
    "DATA_CONTROLLER": "the organisation that holds the data, as /privacy names it, e.g. "
    "Generazione Changemaker",
    "REMINDER_OFFSETS": "the default reminders of a new event before its start, e.g. 24h,1h",
    "MIN_AGE": "the youngest age the community accepts, e.g. 13",
    "MAX_AGE": "the oldest age the community accepts, e.g. 25",
    "GUARDIAN_CONSENT_BELOW": "members younger than this need a guardian's consent, e.g. 14",
    "NOTICE_VERSION": "a short label of the privacy notice in force, e.g. 2026-11",
    "DATA_CONTROLLER_CONTACT": "an e-mail address or a web page where people reach the data "
    "controller, e.g. privacy@example.org",
    "HASH_KEY": "at least 16 random characters, kept secret; leave it unset and the bot keeps "
    "its own key in a file beside the database",
    "COMMUNITY_CHAT_IDS": "comma-separated numeric ids of the community groups (negative, "
    "e.g. -1001234567890), where the bot is an administrator",
    "SAFEGUARDING_IDS": "comma-separated numeric Telegram user ids of the safeguarding leads",
    "MOD_CHAT_ID": "the numeric id of the moderators' private group (negative), or empty",
    "MOD_LOG_CHAT_ID": "the numeric id of a chat that mirrors the audit log, or empty",
    "WARN_LIMIT": "how many active warnings mute a member automatically, e.g. 3",
    "WARN_MUTE": "how long the automatic mute at WARN_LIMIT lasts, e.g. 24h (m, h, d or w)",
    "WARN_EXPIRY": "how long a warning counts, e.g. 30d (m, h, d or w; at most 366d)",
    "FLOOD_LIMIT": "how many messages in FLOOD_WINDOW seconds count as flooding, e.g. 6",
    "FLOOD_WINDOW": "the seconds FLOOD_LIMIT messages are counted in, e.g. 10",
    "FLOOD_MUTE": "how long a member who floods is muted, e.g. 1h (m, h, d or w)",
    "HINT_SECONDS": "seconds after which a mistaken moderation command in a group and the bot's "
    "hint about it are deleted, e.g. 20",
    "ONBOARDING_REQUIRED": "true: newcomers to the community groups only read until they finish "
    "the onboarding; false: they write at once",
    "COMMUNITY_NAME": "the community's name as /about shows it, e.g. Generazione Changemaker",
    "STATEMENT_CONTACT": "how a school reaches the office to verify a statement of hours: an "
    "e-mail, a phone number or a web page (up to 120 characters), e.g. segreteria@example.org",
    "STATEMENT_PLACE": "the place statements of hours are issued in, e.g. Torino",
    "STATEMENT_SIGNATORY": "who signs statements of hours, printed under the signature line, "
    "e.g. Maria Bianchi, coordinatrice",
    "ABOUT_LINKS": "comma-separated label=link pairs, e.g. "
    "ABOUT_LINKS=Instagram=https://example.org/genc,Sito web=https://example.org",
    "LOG_FORMAT": "text (one readable line per event) or json (one JSON object per line)",
    "WEBHOOK_URL": "the public https:// address Telegram posts updates to, e.g. "
    "https://bot.example.org/telegram (http:// only on localhost); empty: long polling",
    "WEBHOOK_LISTEN": "the address the webhook server listens on, e.g. 127.0.0.1 or 0.0.0.0",
    "WEBHOOK_PORT": "the port the webhook server listens on, e.g. 8080",
    "WEBHOOK_SECRET": f"{MIN_WEBHOOK_SECRET} to 256 characters, letters, digits, _ and - only "
    "(Telegram sends it with every update), e.g. the output of "
    "python3 -c 'import secrets; print(secrets.token_urlsafe(32))'",
    "BACKUP_DIR": "a folder for the daily backups, e.g. data/backups",
    "BACKUP_KEEP": "how many daily backups to keep, e.g. 7; 0: no daily backup",
}
MIN_HASH_KEY = 16
MAX_ABOUT_LINKS = 6  # a button each: /about stays one phone screen
MAX_LINK_LABEL = 32


def parse_links(value: str) -> tuple[tuple[str, str], ...]:
    """`Instagram=https://…,Sito=https://…` as (label, link) pairs; ValueError if malformed."""
    links = []
    for item in (part.strip() for part in value.split(",")):
        if not item:
            continue
        label, equals, link = (piece.strip() for piece in item.partition("="))
        parts = urlsplit(link)
        if not equals or not 1 <= len(label) <= MAX_LINK_LABEL:
            raise ValueError(f"each link needs a label of 1 to {MAX_LINK_LABEL} characters")
        if parts.scheme not in {"http", "https"} or not parts.netloc or " " in link:
            raise ValueError("each link must be an http:// or https:// address")
        links.append((label, link))
    if len(links) > MAX_ABOUT_LINKS:
        raise ValueError(f"at most {MAX_ABOUT_LINKS} links")
    return tuple(links)


class Settings(BaseSettings):
    """Every setting of the bot. Field names are the environment variables, lower-cased."""

    model_config = SettingsConfigDict(
        env_file=".env",
        env_file_encoding="utf-8",
        extra="ignore",
        case_sensitive=False,
        frozen=True,
    )

    bot_token: SecretStr
    telegram_api_url: str = "https://api.telegram.org"
    database_path: Path = Path("data/genc.sqlite3")
    admin_ids: Annotated[frozenset[int], NoDecode] = frozenset()
    # Moderation (safeguarding rules 19, 20, 25, 26): the groups the bot keeps, who gets reports.
    community_chat_ids: Annotated[frozenset[int], NoDecode] = frozenset()
    safeguarding_ids: Annotated[frozenset[int], NoDecode] = frozenset()
    mod_chat_id: int | None = None
    mod_log_chat_id: int | None = None
    # Group moderation: spans as a moderator types them (bot/domain/sanction_spans.py).
    warn_limit: Annotated[int, Field(ge=1, le=20)] = 3
    warn_mute: str = "24h"
    warn_expiry: str = "30d"
    flood_limit: Annotated[int, Field(ge=2, le=100)] = 6
    flood_window: Annotated[int, Field(ge=1, le=600)] = 10
    flood_mute: str = "1h"
    # A moderator's mistaken command and the bot's hint leave the group after this long.
    hint_seconds: Annotated[int, Field(ge=0, le=600)] = 20
    # Newcomers to the community groups stay read-only until they finish the onboarding.
    onboarding_required: bool = False
    timezone: str = "Europe/Rome"
    default_language: Language = "it"
    log_level: LogLevel = "INFO"
    log_format: LogFormat = "text"
    rate_limit_per_second: Annotated[float, Field(ge=0)] = 30.0
    task_poll_seconds: Annotated[float, Field(gt=0, le=60)] = 1.0
    # Broadcasts: at most this many copies a second overall (0: no pacing, for benchmarks only),
    # and only the capacity people's own replies leave; Telegram's cap is about 30.
    broadcast_rate: Annotated[float, Field(ge=0, le=1000)] = 25.0
    # How often the sender's progress message is edited while a broadcast goes out.
    broadcast_progress_seconds: Annotated[float, Field(ge=1, le=60)] = 5.0
    # Open connections to the Bot API: more costs CPU on every request (the HTTP pool looks at
    # each), fewer limits throughput when Telegram is slow; 8 carry ten times Telegram's 30/s.
    telegram_connections: Annotated[int, Field(ge=1, le=256)] = 8
    min_age: Annotated[int, Field(ge=6, le=99)] = 13
    max_age: Annotated[int, Field(ge=6, le=120)] = 25
    guardian_consent_below: Annotated[int, Field(ge=0, le=21)] = 14
    notice_version: Annotated[str, Field(min_length=1, max_length=32, pattern=r"^[\w.\-]+$")] = "1"
    quiet_hours: str = "22:00-08:00"
    data_controller: Annotated[str, Field(min_length=2, max_length=120)] = "Generazione Changemaker"
    # GDPR art. 13: how to reach the data controller; shown to guardians and in /privacy.
    data_controller_contact: Annotated[str, Field(max_length=200)] = ""
    community_name: Annotated[str, Field(min_length=2, max_length=60)] = "Generazione Changemaker"
    # Printed on statements of hours: how a school gets in touch to verify one (empty: the
    # statement names the community only), and the place they are issued in.
    statement_contact: Annotated[str, Field(max_length=120)] = ""
    statement_place: Annotated[str, Field(min_length=2, max_length=60)] = "Torino"
    # Printed under the statement's signature line (empty: the line alone, signed by hand).
    statement_signatory: Annotated[str, Field(max_length=80)] = ""
    about_links: str = ""
    reminder_offsets: str = "24h,1h"
    # The key of the keyed hashes of Telegram ids (bot/core/keyed_hash.py); unset: a key file
    # beside the database, made on first start.
    hash_key: SecretStr | None = None
    # Webhook mode when WEBHOOK_URL is set (long polling otherwise); /healthz is served beside it.
    webhook_url: str | None = None
    webhook_listen: str = "127.0.0.1"
    webhook_port: Annotated[int, Field(ge=1, le=65535)] = 8080
    webhook_secret: SecretStr | None = None
    # Daily backups: unset BACKUP_DIR means a `backups` folder beside the database.
    backup_dir: Path | None = None
    backup_keep: Annotated[int, Field(ge=0, le=366)] = 7

    @model_validator(mode="after")
    def _ages_in_order(self) -> Settings:
        if self.min_age > self.max_age:
            raise ValueError("MIN_AGE must not be above MAX_AGE")
        return self

    @field_validator("hash_key", mode="before")
    @classmethod
    def _empty_is_unset(cls, value: Any) -> Any:
        # `HASH_KEY=` copied empty from .env.example means "make one".
        return None if isinstance(value, str) and not value.strip() else value

    @field_validator("hash_key")
    @classmethod
    def _long_enough(cls, value: SecretStr | None) -> SecretStr | None:
        if value is not None and len(value.get_secret_value()) < MIN_HASH_KEY:
            raise ValueError("is too short")  # the value, a secret, is never echoed
        return value

    @field_validator("quiet_hours")
    @classmethod
    def _quiet_hours_shape(cls, value: str) -> str:
        QuietHours.parse(value)
        return value

    @field_validator("about_links")
    @classmethod
    def _about_links_shape(cls, value: str) -> str:
        parse_links(value)
        return value

    @property
    def links(self) -> tuple[tuple[str, str], ...]:
        """ABOUT_LINKS as (label, link) pairs, in order."""
        return parse_links(self.about_links)

    @property
    def quiet(self) -> QuietHours:
        return QuietHours.parse(self.quiet_hours)

    @field_validator("reminder_offsets")
    @classmethod
    def _reminder_offsets_shape(cls, value: str) -> str:
        if parse_offsets(value) is None:
            raise ValueError(
                "reminder offsets look like 24h,1h (d, h or m; from 5 minutes to 14 days each)"
            )
        return value

    @property
    def reminders(self) -> tuple[timedelta, ...]:
        """Default reminder offsets of a new event, longest first."""
        offsets = parse_offsets(self.reminder_offsets)
        assert offsets is not None  # checked when loaded
        return offsets

    @field_validator("warn_mute", "warn_expiry", "flood_mute")
    @classmethod
    def _span_shape(cls, value: str) -> str:
        if not isinstance(parse_span(value), Span):
            raise ValueError("must be a span like 10m, 2h, 3d or 1w, from 1 minute to 366 days")
        return value

    @property
    def warn_mute_span(self) -> timedelta:
        return _span(self.warn_mute)

    @property
    def warn_expiry_span(self) -> timedelta:
        return _span(self.warn_expiry)

    @property
    def flood_mute_span(self) -> timedelta:
        return _span(self.flood_mute)

    @field_validator("bot_token")
    @classmethod
    def _token_shape(cls, value: SecretStr) -> SecretStr:
        token = value.get_secret_value().strip()
        bot_id, _, secret = token.partition(":")
        if not (bot_id.isdigit() and secret and not any(c.isspace() for c in secret)):
            # The value itself is never echoed: it is a secret.
            raise ValueError("does not look like a bot token (digits, a colon, then the secret)")
        return SecretStr(token)

    @field_validator("telegram_api_url")
    @classmethod
    def _api_url_shape(cls, value: str) -> str:
        parts = urlsplit(value.strip())
        if parts.scheme not in {"http", "https"} or not parts.netloc:
            raise ValueError("must be an http:// or https:// URL")
        return value.strip().rstrip("/")

    @field_validator("database_path")
    @classmethod
    def _usable_database_path(cls, value: Path) -> Path:
        if value.is_dir():
            raise ValueError("is a folder; give a file path inside it")
        ancestor = value.parent
        while not ancestor.exists():
            ancestor = ancestor.parent
        if not ancestor.is_dir() or not os.access(ancestor, os.W_OK | os.X_OK):
            raise ValueError(f"cannot be created: {ancestor} is not a writable folder")
        return value

    @field_validator("mod_chat_id", "mod_log_chat_id", mode="before")
    @classmethod
    def _empty_chat_is_unset(cls, value: Any) -> Any:
        return None if isinstance(value, str) and not value.strip() else value

    @field_validator("admin_ids", "community_chat_ids", "safeguarding_ids", mode="before")
    @classmethod
    def _split_ids(cls, value: Any) -> Any:
        if isinstance(value, str):
            items = [item.strip() for item in value.split(",") if item.strip()]
            if not all(item.lstrip("-").isdigit() for item in items):
                raise ValueError("must be numbers separated by commas")
            return frozenset(int(item) for item in items)
        return value

    @field_validator("community_chat_ids")
    @classmethod
    def _groups_are_negative(cls, value: frozenset[int]) -> frozenset[int]:
        # A positive id is a person's: the usual slip is a group id copied without its minus.
        if any(chat_id >= 0 for chat_id in value):
            raise ValueError("must be group ids, which are negative (they start with -100)")
        return value

    @field_validator("timezone")
    @classmethod
    def _known_timezone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError) as error:
            raise ValueError("is not a known time zone") from error
        return value

    @field_validator("default_language", mode="before")
    @classmethod
    def _lower(cls, value: Any) -> Any:
        return value.strip().lower() if isinstance(value, str) else value

    @field_validator("log_format", mode="before")
    @classmethod
    def _lower_format(cls, value: Any) -> Any:
        return value.strip().lower() if isinstance(value, str) else value

    @field_validator("webhook_url", "webhook_secret", "backup_dir", mode="before")
    @classmethod
    def _empty_is_none(cls, value: Any) -> Any:
        return None if isinstance(value, str) and not value.strip() else value

    @field_validator("webhook_url")
    @classmethod
    def _webhook_url_shape(cls, value: str | None) -> str | None:
        if value is None:
            return None
        url = value.strip()
        parts = urlsplit(url)
        local = parts.scheme == "http" and parts.hostname in LOCAL_HOSTS
        if not (parts.scheme == "https" and parts.hostname) and not local:
            raise ValueError("must be an https:// address (Telegram's rule)")
        if not local and (parts.port or 443) not in TELEGRAM_WEBHOOK_PORTS:
            raise ValueError("may only use port 443, 80, 88 or 8443 (Telegram's rule)")
        if parts.path.rstrip("/") == "/healthz" or parts.query or parts.fragment:
            raise ValueError("must have no ? or #, and a path other than /healthz")
        return url

    @field_validator("webhook_secret")
    @classmethod
    def _webhook_secret_shape(cls, value: SecretStr | None) -> SecretStr | None:
        if value is not None and not WEBHOOK_SECRET_RE.fullmatch(value.get_secret_value()):
            # The value, a secret, is never echoed.
            raise ValueError("is not a usable secret")
        return value

    @model_validator(mode="after")
    def _webhook_has_secret(self) -> Settings:
        if self.webhook_url is not None and self.webhook_secret is None:
            raise ValueError(
                "WEBHOOK_SECRET is missing: webhook mode needs it (WEBHOOK_URL is set): "
                + HOW_TO_FIX["WEBHOOK_SECRET"]
            )
        return self

    @property
    def backup_folder(self) -> Path:
        """Where the daily backups go."""
        return self.backup_dir or self.database_path.parent / "backups"

    @field_validator("log_level", mode="before")
    @classmethod
    def _upper(cls, value: Any) -> Any:
        return value.strip().upper() if isinstance(value, str) else value

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    @property
    def token(self) -> str:
        return self.bot_token.get_secret_value()

    @classmethod
    def from_mapping(cls, environ: Mapping[str, str]) -> Settings:
        """Settings from a mapping of environment-style names only (tests, tools)."""
        names = {name.upper(): name for name in cls.model_fields}
        values = {names[key.upper()]: v for key, v in environ.items() if key.upper() in names}
        return cls.model_validate(values)


def _span(value: str) -> timedelta:
    answer = parse_span(value)
    assert isinstance(answer, Span)  # checked when loaded
    return answer.length


class SettingsError(Exception):
    """Invalid configuration, with one readable line per bad setting."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("\n".join(problems))
        self.problems = problems


# pydantic's own words ("Input should be a valid integer, unable to parse string as an
# integer") in an operator's: each by pydantic's error type, with its limits filled in.
PLAIN_REASONS: dict[str, str] = {
    "missing": "is missing",
    "int_parsing": "must be a whole number",
    "int_type": "must be a whole number",
    "int_from_float": "must be a whole number",
    "float_parsing": "must be a number",
    "float_type": "must be a number",
    "finite_number": "must be a number",
    "bool_parsing": "must be true or false",
    "bool_type": "must be true or false",
    "greater_than": "must be more than {gt}",
    "greater_than_equal": "must be at least {ge}",
    "less_than": "must be less than {lt}",
    "less_than_equal": "must be at most {le}",
    "string_too_short": "must have at least {min_length} characters",
    "string_too_long": "must have at most {max_length} characters",
    "string_pattern_mismatch": "has characters it may not have",
    "literal_error": "must be {expected}",
    "string_type": "must be text",
    "path_type": "must be a file path",
}


def _plain_reason(item: Mapping[str, Any]) -> str:
    template = PLAIN_REASONS.get(str(item["type"]))
    if template is None:
        return str(item["msg"]).removeprefix("Value error, ")
    limits = {
        key: f"{value:g}" if isinstance(value, float) else str(value).replace("'", "")
        for key, value in (item.get("ctx") or {}).items()
    }
    return template.format_map(limits)


def describe_errors(error: ValidationError) -> list[str]:
    problems: list[str] = []
    for item in error.errors():
        reason = _plain_reason(item)
        if not item["loc"]:  # a rule across settings: its message names them
            problems.append(reason)
            continue
        name = str(item["loc"][0]).upper()
        fix = HOW_TO_FIX.get(name, "see .env.example")
        problems.append(f"{name} {reason}: {fix}")
    return problems


def load_settings(env_file: Path | None = Path(".env")) -> Settings:
    """Settings from the process environment, then `env_file`; raises SettingsError."""
    try:
        return Settings(_env_file=env_file)
    except ValidationError as error:
        raise SettingsError(describe_errors(error)) from None


# Stands in for the token in commands that never reach Telegram: never sent anywhere.
OFFLINE_TOKEN = "0:offline"


def load_offline_settings(env_file: Path | None = Path(".env")) -> Settings:
    """As load_settings, for a command that never reaches Telegram (`verify` on a school's
    call): a missing or unusable BOT_TOKEN is no reason to refuse it."""
    try:
        return load_settings(env_file)
    except SettingsError as error:
        if not all(problem.startswith("BOT_TOKEN ") for problem in error.problems):
            raise
    try:
        return Settings(_env_file=env_file, bot_token=SecretStr(OFFLINE_TOKEN))
    except ValidationError as error:
        raise SettingsError(describe_errors(error)) from None
