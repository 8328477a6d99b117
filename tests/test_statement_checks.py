"""What a member and a teacher found trying statements of hours: a surname checked however it
is retyped (accents, hyphens, apostrophes), and a surname that does not match said first."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from bot.cli import main
from tests.support.harness import RunningBot
from tests.support.staff_members import enrolled
from tests.test_hours import luca_with_hours, no_pdf
from tests.test_onboarding_flow import say, tap
from tests.test_staff import ADMIN

pytestmark = pytest.mark.bot_settings(ADMIN_IDS=str(ADMIN))


async def test_a_surname_retyped_another_way_matches(bot: RunningBot) -> None:
    luca = await luca_with_hours(bot)
    mara = await enrolled(bot, "Mara", "moderator")
    for printed, typed in (
        ("De Santìs", "De Santis"),
        ("Bianchi-Rossi", "bianchi rossi"),
        ("D'Amico", "Damico"),
    ):
        issued = await bot.services.hours.issue(luca.id, 2025, "Luca", printed, no_pdf)
        assert issued is not None
        checked = await say(mara, f"/verify {issued.code} {typed}")
        assert (checked.text or "").startswith(f"✅ Genuine statement · {issued.code}\n"), typed
        assert (checked.text or "").endswith("✅ The surname matches the one printed."), typed


async def test_a_surname_that_does_not_match_is_the_first_thing_said(
    bot: RunningBot,
    db_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    no_env_file: Path,
    restore_root_logging: None,
) -> None:
    luca = await luca_with_hours(bot)
    issued = await bot.services.hours.issue(luca.id, 2025, "Luca", "De Santìs", no_pdf)
    assert issued is not None
    code = issued.code
    mara = await enrolled(bot, "Mara", "moderator")
    checked = await say(mara, f"/verify {code} Rossi")
    assert checked.text == (
        f"⚠️ The code {code} is genuine, but the surname does not match the one printed on it:"
        " the statement may have been altered. Compare the paper with what the code certifies:\n"
        "First name: Luca\nSchool year: 2025/26\nHours: 4 h 30 min (2 events)\n"
        "Issued on 15 January 2026"
    )
    assert "✅" not in (checked.text or "")
    # The shell says the same, and exits non-zero: a script checking papers sees it.
    monkeypatch.setenv("BOT_TOKEN", "123456:" + "A" * 35)
    monkeypatch.setenv("DATABASE_PATH", str(db_path))
    monkeypatch.setenv("ADMIN_IDS", str(ADMIN))
    capsys.readouterr()
    assert await asyncio.to_thread(main, ["verify", code, "Rossi"]) == 1
    printed = capsys.readouterr().out.splitlines()
    assert printed[0].startswith(f"⚠️ The code {code} is genuine, but the surname does not match")
    assert await asyncio.to_thread(main, ["verify", code, "de santis"]) == 0
    assert capsys.readouterr().out.splitlines()[0] == f"✅ Genuine statement · {code}"
    rows = await bot.services.db.fetch_all(
        "SELECT action FROM audit_log WHERE action = 'statement.verified'"
    )
    assert len(rows) == 3


async def test_the_privacy_promise_says_when_the_surname_is_asked(bot: RunningBot) -> None:
    # /hours asks for the surname: the notice no longer promises it never will.
    for language, button, promise in (
        (
            "it",
            "🇮🇹 Italiano",
            "Non ti chiederò mai telefono, email o foto; il cognome solo se chiedi un attestato"
            " per la scuola, e non lo salvo.",
        ),
        (
            "en",
            "🇬🇧 English",
            "I'll never ask for your phone, email or photo; your surname only if you ask for a"
            " statement for school, and I don't save it.",
        ),
    ):
        someone = bot.server.add_user(f"Giulia {language}", language_code=language)
        await say(someone, "/start")
        notice = await tap(someone, button)
        assert promise in (notice.text or ""), language
        assert "mai cognome" not in (notice.text or "")
        assert "ask for your surname" not in (notice.text or "")
