"""No personal data in the log at INFO: a whole onboarding, a project application and a report,
through the real Application and the fake Telegram, and the member's name, username, Telegram
id and words are nowhere in what was logged, in either format; every line is one event."""

from __future__ import annotations

import io
import json
import re

import pytest
from telegram_test_server import FakeUser

from bot.core.logging_setup import configure_logging
from tests.conftest import TEST_TOKEN
from tests.support.harness import ErrorCollector, RunningBot
from tests.test_onboarding_flow import say, tap, tick
from tests.test_projects_flow import coordinator_with_projects, publish, show_interest
from tests.test_staff import ADMIN

LEAD = 901
COMMUNITY = -1001000001017  # the first group the fake server makes in a test
pytestmark = pytest.mark.bot_settings(
    ADMIN_IDS=str(ADMIN), SAFEGUARDING_IDS=str(LEAD), COMMUNITY_CHAT_IDS=str(COMMUNITY)
)

NAME = "Zoebella"
USERNAME = "zoebella_tor07"
APPLICATION = "Vorrei aiutare con gli orti di Barriera ogni sabato mattina"
INSULT = "sei una sfigata Zb, nessuno ti vuole qui"
REPORT_WORDS = "mi scrive cose cattive da giorni"
TEXT_LINE = re.compile(r"^\d{4}-\d\d-\d\dT[\d:.]+Z (DEBUG|INFO|WARNING|ERROR|CRITICAL) \S+: ")


@pytest.fixture(params=["text", "json"])
def log(request: pytest.FixtureRequest, restore_root_logging: None) -> io.StringIO:
    """Everything logged at INFO while the test runs, in LOG_FORMAT text or json. Requested
    before `bot`, so the suite's error collector is added after it."""
    stream = io.StringIO()
    configure_logging("INFO", secrets=[TEST_TOKEN], stream=stream, log_format=request.param)
    return stream


async def onboard_through_telegram(bot: RunningBot) -> FakeUser:
    zoe = bot.server.add_user(NAME, language_code="it", username=USERNAME)
    await say(zoe, "/start")
    await tap(zoe, "🇮🇹 Italiano")
    birth = await tap(zoe, "👍 Ok, iniziamo")
    await zoe.press("2006")
    await bot.server.wait_until(lambda _: birth.edits == 1)
    await tap(zoe, "mar")
    await say(zoe, NAME)  # typed, not the button
    causes = await tap(zoe, "Torino")
    await tick(zoe, "🌍 Clima", causes)
    skills = await tap(zoe, "✅ Fatto")
    days = await tap(zoe, "Salta ➡️", message=skills)
    await tick(zoe, "Nel fine settimana", days)
    await tap(zoe, "✅ Fatto", message=days)
    consents = await tap(zoe, "3–5 ore")
    await tick(zoe, "⬜ Promemoria eventi", consents)
    await tap(zoe, "Continua ➡️")
    done = await tap(zoe, "✅ È tutto giusto")
    assert "/projects" in (done.text or "")
    return zoe


@pytest.mark.expect_bot_errors
async def test_the_log_holds_no_name_username_id_or_words(
    log: io.StringIO, bot: RunningBot, bot_errors: ErrorCollector
) -> None:
    community = bot.server.add_group("Gen C Torino")
    assert community.id == COMMUNITY
    lead = bot.server.add_user("Lea", language_code="it", user_id=LEAD)
    await say(lead, "/start")

    zoe = await onboard_through_telegram(bot)

    _, carla = await coordinator_with_projects(bot)
    await publish(bot, carla, "Orti in Barriera")
    await bot.services.members.choose_language(zoe.id, "en")
    await bot.services.consents.switch(zoe.id, "matching", True)
    await show_interest(zoe)
    sent = await say(zoe, APPLICATION)
    assert (sent.text or "").startswith("📨 Application sent for")
    assert APPLICATION in ((await carla.next_reply()).text or "")

    bully = bot.server.add_user("Brutus", language_code="it", username="brutus_99")
    await community.join(zoe)
    await community.join(bully)
    insult = await bully.send(INSULT, chat=community)
    await zoe.send(f"/report {REPORT_WORDS}", chat=community, reply_to=insult)
    await lead.wait_until(lambda u: any(REPORT_WORDS in (m.text or "") for m in u.messages))
    assert "💛" in ((await zoe.next_reply()).text or "")  # her thanks, in private
    # And a handler failing on her message: the error handler's line names no one.
    bot.server.inject_error("sendMessage", 400, "Bad Request: message to send not found")
    await zoe.send(f"/profile {NAME}")
    apology = await zoe.next_reply()
    assert "something went wrong" in (apology.text or "")
    assert [record.levelname for record in bot_errors.records] == ["ERROR"]

    logged = log.getvalue()
    lines = logged.splitlines()
    assert any("ready: @genc_test_bot" in line for line in lines)  # the log was captured
    for secret in (NAME, USERNAME, str(zoe.id), APPLICATION, INSULT, REPORT_WORDS):
        assert secret not in logged, f"{secret!r} is in the log:\n{logged}"
    for line in lines:
        if logged.lstrip().startswith("{"):
            event = json.loads(line)
            assert {"time", "level", "logger", "message"} <= set(event)
        else:
            assert TEXT_LINE.match(line), line
