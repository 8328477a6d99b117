"""`python -m bot` as a real process against the fake Telegram server: restarts, kill -9."""

from __future__ import annotations

import asyncio
import os
import signal
import sqlite3
import sys
import time
from pathlib import Path

import pytest
from telegram_test_server import FakeTelegram, FakeUser
from telegram_test_server.models import BotMessage

from bot.core.clock import SystemClock
from bot.services.notifications import DELIVER
from storage.db import Database
from storage.tasks import TaskRepository
from tests.conftest import TEST_TOKEN
from tests.support.bot_process import BotProcess, run_to_exit
from tests.support.harness import held_text

ROOT = Path(__file__).resolve().parents[1]


async def _running_with(
    server: FakeTelegram, bot_process: BotProcess, name: str, language: str
) -> FakeUser:
    """The bot started and ready, and a Telegram user who has not written to it yet."""
    await bot_process.start()
    await bot_process.wait_for_log("ready: @")
    return server.add_user(name, language_code=language)


async def _running_with_a_member(
    server: FakeTelegram, bot_process: BotProcess, name: str, language: str
) -> FakeUser:
    member = await _running_with(server, bot_process, name, language)
    await member.send("/start")
    await member.next_reply(timeout=10)
    return member


async def test_walk_kill_restart_nothing_lost(
    server: FakeTelegram, bot_process: BotProcess
) -> None:
    await bot_process.start()
    await bot_process.wait_for_log("ready: @genc_test_bot")
    assert bot_process.this_run().count("ready: @") == 1

    giulia = server.add_user("Giulia", language_code="it")
    await giulia.send("/start")
    assert "Ciao Giulia!" in ((await giulia.next_reply(timeout=10)).text or "")
    await giulia.send("/language")
    await giulia.next_reply(timeout=10)
    await giulia.press("🇬🇧 English")
    await server.wait_until(lambda _: bool(giulia.messages[-1].edits), timeout=10)
    await giulia.send("/help")
    help_text = (await giulia.next_reply(timeout=10)).text or ""
    assert "Here's what you can ask me" in help_text

    await bot_process.kill()
    await bot_process.start()
    await bot_process.wait_for_log("ready: @genc_test_bot")
    await giulia.send("/start")
    assert ((await giulia.next_reply(timeout=10)).text or "").startswith("Hi Giulia!")
    # Commands are published at every start, in both languages.
    assert {("default", ""), ("default", "it"), ("default", "en")} <= set(server.commands)

    code, took = await bot_process.stop(signal.SIGTERM)
    assert code == 0
    assert took < 5
    assert "Traceback" not in bot_process.log()


async def test_sigint_stops_quickly_and_keeps_the_last_write(
    server: FakeTelegram, bot_process: BotProcess
) -> None:
    sara = await _running_with(server, bot_process, "Sara", "it")
    await sara.send("/language")
    await sara.next_reply(timeout=10)
    await sara.press("🇬🇧 English")
    await server.wait_until(lambda _: bool(sara.callback_answers), timeout=10)
    code, took = await bot_process.stop(signal.SIGINT)
    assert (code, took < 5) == (0, True)
    db = await Database.open(Path(bot_process.env["DATABASE_PATH"]))
    row = await db.fetch_one("SELECT language FROM members WHERE telegram_id = ?", (sara.id,))
    await db.close()
    assert row is not None
    assert row["language"] == "en"


async def test_a_task_cut_by_kill_9_is_not_repeated_and_missed_ones_run_at_start(
    server: FakeTelegram, bot_process: BotProcess
) -> None:
    tea = await _running_with_a_member(server, bot_process, "Tea", "en")
    db = await Database.open(Path(bot_process.env["DATABASE_PATH"]))
    tasks = TaskRepository(db)
    now = SystemClock().now()
    server.set_latency("sendMessage", 30)  # the message is in flight when the bot dies
    cut = await tasks.add(DELIVER.name, held_text("stray-text"), now, now, member_id=tea.id)
    await server.wait_until(
        lambda s: any(call.method == "sendMessage" for call in s.in_flight), timeout=10
    )
    await bot_process.kill()
    server.set_latency("sendMessage", 0)

    # Due while the bot is down: runs as soon as it is back.
    missed = await tasks.add(DELIVER.name, held_text("edited-message"), now, now, member_id=tea.id)
    await bot_process.start()
    await bot_process.wait_for_log("ready: @")
    reply = await tea.next_reply(timeout=10)
    assert reply.text is not None
    assert reply.text.startswith("I saw you edited")
    assert cut is not None
    assert missed is not None
    # The task is marked done just after its message goes out: give the bot that moment.
    deadline = time.monotonic() + 10
    while True:
        cut_task = await tasks.get(cut)
        missed_task = await tasks.get(missed)
        assert cut_task is not None
        assert missed_task is not None
        if missed_task.state != "running" or time.monotonic() > deadline:
            break
        await asyncio.sleep(0.05)
    assert (cut_task.state, missed_task.state) == ("interrupted", "done")
    assert "cut short by the last stop" in bot_process.this_run()
    await db.close()
    await bot_process.stop()
    # The interrupted message was never sent again.
    texts = [m.text for m in tea.messages]
    assert (
        texts.count("For now I answer commands and buttons. Type /help to see what I can do.") <= 1
    )


async def test_no_token_exits_2_with_a_clear_message(tmp_path: Path) -> None:
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot",
        cwd=tmp_path, env={"PATH": os.environ.get("PATH", ""), "PYTHONPATH": str(ROOT)},
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )  # fmt: skip
    out, err = await process.communicate()
    assert process.returncode == 2
    text = (out + err).decode()
    assert "BOT_TOKEN is missing" in text
    assert "Traceback" not in text


async def test_bad_settings_are_each_named(tmp_path: Path) -> None:
    env = {
        "PATH": os.environ.get("PATH", ""),
        "PYTHONPATH": str(ROOT),
        "BOT_TOKEN": "nonsense",
        "ADMIN_IDS": "1,x",
        "DEFAULT_LANGUAGE": "de",
    }
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", cwd=tmp_path, env=env,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )  # fmt: skip
    out, err = await process.communicate()
    text = (out + err).decode()
    assert process.returncode == 2
    for name in ("BOT_TOKEN", "ADMIN_IDS", "DEFAULT_LANGUAGE"):
        assert name in text
    assert "nonsense" not in text
    assert "Traceback" not in text


async def test_migrate_command(tmp_path: Path) -> None:
    database = tmp_path / "db" / "genc.sqlite3"
    env = {
        "PATH": os.environ.get("PATH", ""),
        "PYTHONPATH": str(ROOT),
        "BOT_TOKEN": TEST_TOKEN,
        "DATABASE_PATH": str(database),
    }
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", "migrate", cwd=tmp_path, env=env,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )  # fmt: skip
    out, err = await process.communicate()
    assert process.returncode == 0, err.decode()
    assert "up to date" in err.decode()
    assert database.stat().st_mode & 0o777 == 0o600
    assert TEST_TOKEN not in (out + err).decode()


async def test_sigterm_with_a_backlog_of_slow_tasks_stops_within_5_seconds(
    server: FakeTelegram, bot_process: BotProcess
) -> None:
    ivo = await _running_with_a_member(server, bot_process, "Ivo", "it")
    db = await Database.open(Path(bot_process.env["DATABASE_PATH"]))
    tasks = TaskRepository(db)
    now = SystemClock().now()
    server.set_latency("sendMessage", 0.5)
    for _ in range(200):
        await tasks.add(DELIVER.name, held_text("stray-text"), now, now, member_id=ivo.id)
    await server.wait_until(lambda s: len(s.calls_to("sendMessage")) >= 3, timeout=10)
    code, took = await bot_process.stop(signal.SIGTERM)
    assert code == 0
    assert took < 5
    counts = await tasks.count_by_state()
    await db.close()
    # The ones started were finished; the rest wait for the next start. None was lost.
    assert counts.get("running", 0) == 0
    assert counts["pending"] > 100
    # and the next retention run, the next daily reminder of open reports, the next backup,
    # the next sweep for ended events whose organisers are asked who came
    assert counts["done"] + counts["pending"] == 200 + 4


async def test_unreachable_api_and_wrong_token_are_one_line_each(tmp_path: Path) -> None:
    env = {
        "PATH": os.environ.get("PATH", ""),
        "BOT_TOKEN": TEST_TOKEN,
        "DATABASE_PATH": str(tmp_path / "genc.sqlite3"),
        "LOG_LEVEL": "INFO",
        "TELEGRAM_API_URL": "http://127.0.0.1:9",  # nothing listens there
    }
    bot_process = BotProcess(env, tmp_path / "bot.log")
    await bot_process.start()
    assert bot_process.process is not None
    # Unreachable: one line per attempt until Telegram answers or the bot is stopped.
    await bot_process.wait_for_log("Telegram did not answer getMe (ConnectError")
    code, took = await bot_process.stop(signal.SIGTERM)
    assert (code, took < 2) == (0, True)

    async with FakeTelegram(token=TEST_TOKEN) as server:
        bot_process.env["TELEGRAM_API_URL"] = server.api_url
        bot_process.env["BOT_TOKEN"] = "123456:some-other-token"
        await bot_process.start()
        assert await asyncio.wait_for(bot_process.process.wait(), 20) == 2
    assert "Telegram refused BOT_TOKEN" in bot_process.this_run()
    assert "some-other-token" not in bot_process.log()
    assert "Traceback" not in bot_process.log()


async def test_a_17_year_old_killed_mid_onboarding_resumes_at_the_same_question(
    server: FakeTelegram, bot_process: BotProcess
) -> None:
    marta = await _running_with_a_member(server, bot_process, "Marta", "it")

    async def tap(label: str) -> BotMessage:
        await marta.press(label)
        return await marta.next_reply(timeout=10)

    await tap("🇬🇧 English")
    await tap("👍 OK, let's start")
    await marta.send("May 2009")  # 17 by the real clock this process uses
    await marta.next_reply(timeout=10)
    await marta.send("Marta")
    city_question = await marta.next_reply(timeout=10)
    assert (city_question.text or "").startswith("📍")
    await marta.send("Torino")
    causes = await marta.next_reply(timeout=10)
    await marta.press("🌍 Climate", message=causes)
    await server.wait_until(lambda _: causes.button("✅ 🌍 Climate") is not None, timeout=10)

    await bot_process.kill()
    await bot_process.start()
    await bot_process.wait_for_log("ready: @")
    await marta.send("/start")
    resumed = await marta.next_reply(timeout=10)
    assert (resumed.text or "").startswith("👋 Welcome back! Let's pick up where we left off.")
    assert "Which causes do you care about?" in (resumed.text or "")
    assert resumed.button("✅ 🌍 Climate") is not None  # the answer given before the kill
    await marta.press("✅ Done", message=resumed)
    skills = await marta.next_reply(timeout=10)
    assert (skills.text or "").startswith("🛠️ What can you do")
    await bot_process.stop()

    db = await Database.open(Path(bot_process.env["DATABASE_PATH"]))
    row = await db.fetch_one(
        "SELECT first_name, city, causes FROM profiles WHERE member_id = ?", (marta.id,)
    )
    await db.close()
    assert row is not None
    assert tuple(row) == ("Marta", "Torino", '["climate"]')


async def test_import_projects_from_a_shell(bot_process: BotProcess, tmp_path: Path) -> None:
    from tests.test_projects_flow import SPREADSHEET

    sheet = tmp_path / "progetti.csv"
    sheet.write_bytes(SPREADSHEET)
    bot_process.env["ADMIN_IDS"] = "777"
    await bot_process.start("import-projects", str(sheet))
    assert bot_process.process is not None
    assert await asyncio.wait_for(bot_process.process.wait(), timeout=20) == 0
    assert "imported 3 projects as drafts" in bot_process.this_run()
    assert "  - Radio giovani" in bot_process.this_run()

    bad = tmp_path / "bad.csv"
    bad.write_bytes(SPREADSHEET.replace(b";16;25;3;", b";16;99;3;"))
    await bot_process.start("import-projects", str(bad))
    assert await asyncio.wait_for(bot_process.process.wait(), timeout=20) == 1
    assert "Row 2, max_age: 99 is outside the bot's ages, 13 to 25." in bot_process.this_run()
    db = await Database.open(Path(bot_process.env["DATABASE_PATH"]))
    rows = await db.fetch_all("SELECT status, created_by FROM projects")
    await db.close()
    assert [tuple(row) for row in rows] == [("draft", 777)] * 3


async def test_a_database_from_a_newer_version_is_refused_untouched(tmp_path: Path) -> None:
    """A downgrade without a restore: the old code would misread the new tables."""
    database = tmp_path / "genc.sqlite3"
    env = {
        "PATH": os.environ.get("PATH", ""),
        "PYTHONPATH": str(ROOT),
        "BOT_TOKEN": TEST_TOKEN,
        "DATABASE_PATH": str(database),
    }
    assert (await run_to_exit(env, tmp_path, "migrate"))[0] == 0
    with sqlite3.connect(database) as connection:
        connection.execute("INSERT INTO schema_migrations VALUES (9999, 'future', '2027-01-01')")
    status, output = await run_to_exit(env, tmp_path, "migrate")
    assert status == 2, output
    assert "newer version of the bot (migration 9999" in output
    assert "Traceback" not in output
    with sqlite3.connect(database) as connection:
        newest = connection.execute("SELECT max(version) FROM schema_migrations").fetchone()
    assert newest == (9999,)


@pytest.mark.parametrize(
    ("waiting_on", "log_line"),
    [
        ("setMyCommands", "Calling Bot API endpoint `setMyCommands`"),  # the services are open
        ("deleteWebhook", "Deleting webhook"),  # polling's own start, after "ready:"
    ],
)
async def test_sigterm_while_starting_stops_at_once_and_closes_the_database(
    server: FakeTelegram, bot_process: BotProcess, waiting_on: str, log_line: str
) -> None:
    # A stop signal that lands mid-start once left the database open, and its thread kept the
    # process up until it was killed.
    server.set_latency(waiting_on, 30)
    await bot_process.start()
    await bot_process.wait_for_log(log_line)
    await server.wait_until(lambda s: any(c.method == waiting_on for c in s.in_flight), 10)
    code, took = await bot_process.stop(signal.SIGTERM)
    said = bot_process.this_run()
    assert (code, took < 5) == (0, True), said[-3000:]
    assert "Traceback" not in said
    assert said.rstrip().endswith("INFO bot: stopped")
    # Closed cleanly: SQLite folds its write-ahead log back in when the last connection closes.
    assert not Path(bot_process.env["DATABASE_PATH"] + "-wal").exists()
