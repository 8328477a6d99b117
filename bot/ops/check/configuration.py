"""The Settings section: every problem load_settings would report, then the choices an
operator should make on purpose before going live."""

from __future__ import annotations

import re
import shlex
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from pydantic import ValidationError
from pydantic_settings import BaseSettings, SettingsConfigDict

from bot.core.settings import Settings, describe_errors
from bot.ops.check.report import Finding, Section, fix, good, note

# Stands in for a missing or malformed token so the other checks can run; Telegram is then
# skipped, so it is never sent anywhere.
_PLACEHOLDER_TOKEN = "0:placeholder"


# Telegram cannot reach these; plain http is accepted for them, for trying webhook mode locally.
LOCAL_HOSTS = frozenset({"localhost", "127.0.0.1", "::1"})
_SETTING_NAME = re.compile(r"\b[A-Z][A-Z_]+\b")


@dataclass(frozen=True)
class Loaded:
    """Settings to check the rest with: the bad ones replaced by their defaults."""

    settings: Settings | None  # None: even the defaults did not load
    bad: frozenset[str]  # field names (lower case) that were invalid
    # WEBHOOK_URL as written, even when it or WEBHOOK_SECRET is invalid: set, the bot is meant
    # to run in webhook mode, and the report must not speak of long polling.
    wanted_webhook: str | None = None

    def usable(self, *names: str) -> bool:
        return self.settings is not None and not self.bad.intersection(names)


def _bad_fields(error: ValidationError) -> set[str]:
    names: set[str] = set()
    for item in error.errors():
        if item["loc"]:
            names.add(str(item["loc"][0]).lower())
        else:  # a rule across settings: its message names them (MIN_AGE … MAX_AGE)
            named = {word.lower() for word in _SETTING_NAME.findall(str(item["msg"]))}
            names.update(named & set(Settings.model_fields))
    return names


def _defaults_for(bad: frozenset[str]) -> dict[str, Any]:
    replacements: dict[str, Any] = {}
    for name in bad:
        if name == "bot_token":
            replacements[name] = _PLACEHOLDER_TOKEN
        elif name in Settings.model_fields:
            replacements[name] = Settings.model_fields[name].get_default(call_default_factory=True)
    return replacements


def load(env_file: Path | None, section: Section) -> Loaded:
    """Settings as the bot would load them; each problem becomes a ✗ line in `section`."""
    try:
        settings = Settings(_env_file=env_file)
    except ValidationError as error:
        section.add(*(fix(problem) for problem in describe_errors(error)))
        wanted = _WrittenWebhook(_env_file=env_file).webhook_url.strip() or None
        return _with_defaults(env_file, frozenset(_bad_fields(error)), wanted)
    section.add(good("every setting is valid"))
    return Loaded(settings, frozenset(), settings.webhook_url)


def _with_defaults(env_file: Path | None, bad: frozenset[str], wanted: str | None) -> Loaded:
    """The settings with the bad ones at their defaults. A default may break a rule across
    settings (a malformed WEBHOOK_SECRET left empty while WEBHOOK_URL is set): the settings
    that rule names go back to their defaults too, until none is left to try."""
    while True:
        try:
            return Loaded(Settings(_env_file=env_file, **_defaults_for(bad)), bad, wanted)
        except ValidationError as error:
            more = _bad_fields(error) - bad
            if not more:
                return Loaded(None, bad, wanted)
            bad |= more


class _WrittenWebhook(BaseSettings):
    """WEBHOOK_URL as the environment and .env give it, valid or not."""

    model_config = SettingsConfigDict(env_file_encoding="utf-8", extra="ignore")

    webhook_url: str = ""


def check_env_file(env_file: Path | None) -> list[Finding]:
    """The .env file holds the token and the webhook secret: its owner's alone."""
    if env_file is None:
        return []
    if not env_file.exists():
        # Settings are looked for in the folder the check runs in: a wrong folder looks like
        # an empty configuration.
        here = Path.cwd()
        return [
            note(
                f"no {env_file} in {here}: settings come from the environment only (run "
                "the check from the bot's folder, where its .env is)"
            )
        ]
    if env_file.stat().st_mode & 0o077:
        return [
            fix(
                f"other users can read {env_file} (with BOT_TOKEN from it anyone can act as "
                f"the bot): run  chmod 600 {shlex.quote(str(env_file))}"
            )
        ]
    return [good(f"{env_file} is readable by its owner only")]


def choices(loaded: Loaded) -> list[Finding]:
    """Valid settings that still deserve a second look."""
    settings = loaded.settings
    if settings is None:
        return []
    found: list[Finding] = []
    valid = Settings.model_fields.keys() - loaded.bad
    if "data_controller_contact" in valid and not settings.data_controller_contact.strip():
        found.append(
            note(
                "DATA_CONTROLLER_CONTACT is empty: guardians and /privacy show no way to reach "
                "the data controller; set it (an e-mail or a web page) before going live"
            )
        )
    if "statement_contact" in valid and not settings.statement_contact.strip():
        found.append(
            note(
                "STATEMENT_CONTACT is empty: statements of hours tell a school to contact "
                f"{settings.community_name} with no address; set it (an e-mail, a phone number "
                "or a web page of the office)"
            )
        )
    if "admin_ids" in valid and not settings.admin_ids:
        found.append(
            note("ADMIN_IDS is empty: nobody can invite staff; add your own Telegram user id")
        )
    if {"safeguarding_ids", "admin_ids"} <= valid and not settings.safeguarding_ids:
        found.append(_no_leads(settings))
    if "community_chat_ids" in valid and not settings.community_chat_ids:
        found.append(
            note("COMMUNITY_CHAT_IDS is empty: the bot moderates no group; add the groups' ids")
        )
    if settings.log_level == "DEBUG":
        found.append(
            note(
                "LOG_LEVEL is DEBUG: the log then holds names and messages; use INFO when "
                "real people use the bot"
            )
        )
    if loaded.usable("webhook_url", "webhook_secret"):
        found.extend(_webhook(settings))
    return found


def _no_leads(settings: Settings) -> Finding:
    """Who gets report cards in private without leads (bot/services/reports.py)."""
    if settings.admin_ids:
        instead = (
            "SAFEGUARDING_IDS is empty: report cards go in private to the admins (ADMIN_IDS) "
            "instead"
        )
    else:
        instead = "SAFEGUARDING_IDS and ADMIN_IDS are empty: report cards go to nobody in private"
    return note(f"{instead}; add the safeguarding leads' Telegram user ids")


def _webhook(settings: Settings) -> list[Finding]:
    if settings.webhook_url is None:
        return [good("long polling (WEBHOOK_URL is empty): no public address needed")]
    found = [good(f"webhook mode (WEBHOOK_URL is set): {settings.webhook_url}")]
    address = urlsplit(settings.webhook_url)
    if address.scheme != "https" and address.hostname not in LOCAL_HOSTS:
        found.append(
            fix("WEBHOOK_URL must start with https://: Telegram posts to https addresses only")
        )
    if settings.webhook_secret is None:
        found.append(
            fix(
                "WEBHOOK_SECRET is empty: set 1 to 256 letters, digits, _ or -, so the bot "
                "can refuse requests that do not come from Telegram"
            )
        )
    return found
