"""/about, the proof of "Adding a feature": who we are, in both languages, with the links the
organisation configured, for everyone and in every state."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from telegram_test_server import FakeTelegram
from telegram_test_server.html import parse_html

from bot.core.clock import FakeClock
from bot.core.i18n import SUPPORTED_LANGUAGES, Translator
from bot.core.settings import Settings
from bot.domain.onboarding_steps import Step
from handlers.about import about_screen
from handlers.screens import Screens
from tests.support.harness import RunningBot, running_bot
from tests.support.onboarding_steps import reach
from tests.test_onboarding_flow import say
from tests.test_privacy_rights import member

LINKS = "Instagram=https://example.org/genc, Sito web=https://example.org/?a=1&b=2"


async def test_about_speaks_italian_without_links_by_default(bot: RunningBot) -> None:
    pia = bot.server.add_user("Pia", language_code="it")
    about = await say(pia, "/about")  # before anything else: no /start, no member record
    text = about.text or ""
    assert text.startswith("🌱 Generazione Changemaker\nSiamo una comunità")
    assert "dai 13 ai 25 anni" in text
    assert about.buttons == []
    assert about.payload["entities"][0]["type"] == "bold"
    assert await bot.services.members.get(pia.id) is None


@pytest.mark.bot_settings(ABOUT_LINKS=LINKS, COMMUNITY_NAME="Gen <C> & friends", MIN_AGE="14")
async def test_about_in_english_with_its_links_as_buttons(bot: RunningBot) -> None:
    sam = bot.server.add_user("Sam", language_code="en")
    about = await say(sam, "/about")
    text = about.text or ""
    assert text.startswith("🌱 Gen <C> & friends\nWe're a community of young people aged 14 to 25")
    assert text.endswith("👇 You'll find us here too:")
    assert about.buttons == [["Instagram"], ["Sito web"]]
    assert about.button("Sito web") == {"text": "Sito web", "url": "https://example.org/?a=1&b=2"}


async def test_about_answers_in_the_middle_of_the_onboarding(bot: RunningBot) -> None:
    ada = bot.server.add_user("Ada", language_code="en")
    await reach(bot, ada, Step.CITY)
    about = await say(ada, "/about")
    assert (about.text or "").startswith("🌱 Generazione Changemaker")
    # The conversation is where it was.
    assert await bot.services.onboarding.step_of(ada.id) is Step.CITY


async def test_about_answers_before_renewed_consents(
    server: FakeTelegram, make_settings: Callable[..., Settings], clock: FakeClock
) -> None:
    async with running_bot(server, make_settings(TELEGRAM_API_URL=server.api_url), clock) as bot:
        rita = await member(bot)
    renewed = make_settings(TELEGRAM_API_URL=server.api_url, NOTICE_VERSION="2")
    async with running_bot(server, renewed, clock):
        about = await say(rita, "/about")
        assert (about.text or "").startswith("🌱 Generazione Changemaker")
        asked = await say(rita, "/profile")
        assert (asked.text or "").startswith("📝 We've updated the privacy notice")


async def test_about_is_in_the_help_and_the_menu(bot: RunningBot) -> None:
    eva = bot.server.add_user("Eva", language_code="en")
    assert "/about — Who we are" in ((await say(eva, "/help")).text or "")
    for language in ("it", "en"):
        menu = [c["command"] for c in bot.server.commands[("default", language)]]
        assert menu.index("about") == menu.index("help") - 1
    italian = bot.server.commands[("default", "it")]
    assert {"command": "about", "description": "Chi siamo"} in italian


@pytest.mark.parametrize("language", SUPPORTED_LANGUAGES)
def test_about_fits_a_phone_at_its_longest(
    language: str, make_settings: Callable[..., Settings]
) -> None:
    links = ",".join(f"{'L' * 31}{n}=https://example.org/{'p' * 200}" for n in range(6))
    settings = make_settings(COMMUNITY_NAME="W" * 60, ABOUT_LINKS=links)
    screen = about_screen(Screens(Translator.load("it"), language), settings)
    shown = parse_html(screen.text)  # also proves the HTML is valid for Telegram
    assert screen.keyboard is not None
    rows = screen.keyboard.inline_keyboard
    assert len(shown) <= 700
    assert shown.count("\n") + 1 + len(rows) <= 16
    assert [len(row) for row in rows] == [1] * 6
