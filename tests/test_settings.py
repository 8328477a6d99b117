from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import pytest
from pydantic import ValidationError

from bot.core.settings import Settings, SettingsError, load_settings


def test_defaults(no_env_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BOT_TOKEN", "42:secret")
    settings = load_settings()
    assert settings.telegram_api_url == "https://api.telegram.org"
    assert settings.database_path == Path("data/genc.sqlite3")
    assert settings.admin_ids == frozenset()
    assert settings.timezone == "Europe/Rome"
    assert settings.default_language == "it"
    assert settings.log_level == "INFO"


def test_env_file_is_read_and_environment_wins(
    no_env_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (no_env_file / ".env").write_text(
        "BOT_TOKEN=42:from-file\nADMIN_IDS=1, 2,3\nDEFAULT_LANGUAGE=EN\nLOG_LEVEL=debug\n"
    )
    monkeypatch.setenv("ADMIN_IDS", "7")
    settings = load_settings()
    assert settings.token == "42:from-file"
    assert settings.admin_ids == frozenset({7})
    assert settings.default_language == "en"
    assert settings.log_level == "DEBUG"


def test_every_bad_setting_is_named_with_a_fix(
    no_env_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TELEGRAM_API_URL", "ftp://nope")
    monkeypatch.setenv("ADMIN_IDS", "12,abc")
    monkeypatch.setenv("TIMEZONE", "Mars/Olympus")
    monkeypatch.setenv("DEFAULT_LANGUAGE", "fr")
    monkeypatch.setenv("LOG_LEVEL", "loud")
    with pytest.raises(SettingsError) as raised:
        load_settings()
    text = str(raised.value)
    for name in (
        "BOT_TOKEN is missing",
        "TELEGRAM_API_URL",
        "ADMIN_IDS",
        "TIMEZONE",
        "DEFAULT_LANGUAGE",
        "LOG_LEVEL",
    ):
        assert name in text
    assert len(raised.value.problems) == 6


@pytest.mark.parametrize(
    ("name", "value", "said"),
    [
        ("WARN_LIMIT", "three", "WARN_LIMIT must be a whole number: how many active warnings"),
        ("MOD_CHAT_ID", "moderatori", "MOD_CHAT_ID must be a whole number: the numeric id"),
        ("RATE_LIMIT_PER_SECOND", "fast", "RATE_LIMIT_PER_SECOND must be a number: messages"),
        ("ONBOARDING_REQUIRED", "yes please", "ONBOARDING_REQUIRED must be true or false: true:"),
        ("MIN_AGE", "5", "MIN_AGE must be at least 6: the youngest age"),
        ("TASK_POLL_SECONDS", "0", "TASK_POLL_SECONDS must be more than 0: seconds between"),
        ("BROADCAST_RATE", "5000", "BROADCAST_RATE must be at most 1000: announcement copies"),
        ("LOG_LEVEL", "loud", "LOG_LEVEL must be DEBUG, INFO, WARNING, ERROR or CRITICAL: INFO"),
        ("DATA_CONTROLLER", "X", "DATA_CONTROLLER must have at least 2 characters: the"),
        ("NOTICE_VERSION", "nov 2026", "NOTICE_VERSION has characters it may not have: a short"),
    ],
)
def test_a_value_of_the_wrong_kind_is_said_in_plain_words_with_the_fix(
    no_env_file: Path, monkeypatch: pytest.MonkeyPatch, name: str, value: str, said: str
) -> None:
    monkeypatch.setenv("BOT_TOKEN", "42:secret")
    monkeypatch.setenv(name, value)
    with pytest.raises(SettingsError) as raised:
        load_settings()
    assert raised.value.problems[0].startswith(said), raised.value.problems
    assert "Input should" not in str(raised.value)
    assert "String should" not in str(raised.value)


def test_a_malformed_token_is_refused_without_echoing_it(
    no_env_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BOT_TOKEN", "not a token at all")
    with pytest.raises(SettingsError) as raised:
        load_settings()
    assert "BOT_TOKEN" in str(raised.value)
    assert "not a token at all" not in str(raised.value)


def test_the_token_is_hidden_in_repr() -> None:
    settings = Settings.from_mapping({"BOT_TOKEN": "42:very-secret"})
    assert "very-secret" not in repr(settings)
    assert settings.token == "42:very-secret"


def test_age_settings() -> None:
    settings = Settings.from_mapping({"BOT_TOKEN": "42:s"})
    assert (settings.min_age, settings.max_age, settings.guardian_consent_below) == (13, 25, 14)
    with pytest.raises(ValueError, match="MIN_AGE must not be above MAX_AGE"):
        Settings.from_mapping({"BOT_TOKEN": "42:s", "MIN_AGE": "20", "MAX_AGE": "18"})


def test_api_url_loses_its_trailing_slash() -> None:
    settings = Settings.from_mapping(
        {"BOT_TOKEN": "42:s", "TELEGRAM_API_URL": "http://127.0.0.1:8081/"}
    )
    assert settings.telegram_api_url == "http://127.0.0.1:8081"


def test_reminder_offsets() -> None:
    settings = Settings.from_mapping({"BOT_TOKEN": "42:s"})
    assert settings.reminders == (timedelta(hours=24), timedelta(hours=1))
    custom = Settings.from_mapping({"BOT_TOKEN": "42:s", "REMINDER_OFFSETS": "30m; 2d"})
    assert custom.reminders == (timedelta(days=2), timedelta(minutes=30))
    for bad in ("tomorrow", "1m", "15d", ""):
        with pytest.raises(ValueError, match="reminder offsets look like 24h,1h"):
            Settings.from_mapping({"BOT_TOKEN": "42:s", "REMINDER_OFFSETS": bad})


def test_about_links_are_label_link_pairs(make_settings: Callable[..., Settings]) -> None:
    settings = make_settings(
        COMMUNITY_NAME="Gen C",
        ABOUT_LINKS=" Instagram = https://example.org/a ,, Sito=http://x.it ",
    )
    assert settings.community_name == "Gen C"
    assert settings.links == (
        ("Instagram", "https://example.org/a"),
        ("Sito", "http://x.it"),
    )
    assert make_settings().links == ()
    assert make_settings().community_name == "Generazione Changemaker"


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        ("Instagram", "label"),
        ("=https://example.org", "label"),
        (f"{'L' * 33}=https://example.org", "label"),
        ("Sito=example.org", "http"),
        ("Sito=ftp://example.org", "http"),
        ("Sito=https://exa mple.org", "http"),
        (",".join(f"L{n}=https://example.org" for n in range(7)), "at most 6"),
    ],
)
def test_bad_about_links_are_named_with_a_fix(
    no_env_file: Path, monkeypatch: pytest.MonkeyPatch, value: str, reason: str
) -> None:
    monkeypatch.setenv("BOT_TOKEN", "42:secret")
    monkeypatch.setenv("ABOUT_LINKS", value)
    with pytest.raises(SettingsError) as raised:
        load_settings()
    [problem] = raised.value.problems
    assert problem.startswith("ABOUT_LINKS")
    assert reason in problem
    assert "label=link pairs" in problem


def test_connections_to_telegram(no_env_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert Settings.from_mapping({"BOT_TOKEN": "42:s"}).telegram_connections == 8
    monkeypatch.setenv("BOT_TOKEN", "42:s")
    monkeypatch.setenv("TELEGRAM_CONNECTIONS", "0")
    with pytest.raises(SettingsError) as raised:
        load_settings()
    assert raised.value.problems == [
        "TELEGRAM_CONNECTIONS must be at least 1: connections kept open to the Bot API, from 1 "
        "to 256, e.g. 8"
    ]


def test_moderation_chats_and_leads_are_read_as_numbers() -> None:
    settings = Settings.from_mapping(
        {
            "BOT_TOKEN": "1:x",
            "COMMUNITY_CHAT_IDS": "-1001, -1002",
            "SAFEGUARDING_IDS": "7",
            "MOD_CHAT_ID": "-1003",
            "MOD_LOG_CHAT_ID": "",
        }
    )
    assert settings.community_chat_ids == frozenset({-1001, -1002})
    assert settings.safeguarding_ids == frozenset({7})
    assert settings.mod_chat_id == -1003
    assert settings.mod_log_chat_id is None


def test_moderation_spans() -> None:
    settings = Settings.from_mapping({"BOT_TOKEN": "42:s"})
    assert settings.warn_limit == 3
    assert settings.warn_mute_span == timedelta(hours=24)
    assert settings.warn_expiry_span == timedelta(days=30)
    assert settings.flood_mute_span == timedelta(hours=1)
    custom = Settings.from_mapping({"BOT_TOKEN": "42:s", "WARN_MUTE": "2 giorni"})
    assert custom.warn_mute_span == timedelta(days=2)
    for bad in ("0m", "-1h", "99999d", "1x", ""):
        with pytest.raises(ValueError, match="must be a span like 10m"):
            Settings.from_mapping({"BOT_TOKEN": "42:s", "FLOOD_MUTE": bad})


def test_a_community_group_id_without_its_minus_is_refused() -> None:
    with pytest.raises(ValidationError) as refused:
        Settings.from_mapping({"BOT_TOKEN": "123:abc", "COMMUNITY_CHAT_IDS": "1001234567890"})
    assert "negative" in str(refused.value)
