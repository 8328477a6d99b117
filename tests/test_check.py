"""`python -m bot check`: one report line per finding, exit 1 when something must be fixed, and
nothing changed on disk, against the fake Telegram server and a real database file."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path

import pytest
from telegram_test_server import ApiSpec, FakeTelegram

from bot.core.clock import FakeClock
from bot.core.keyed_hash import key_file_beside, load_or_create_key
from bot.ops.check import check, exit_status
from bot.ops.check.configuration import check_env_file
from bot.ops.check.report import render
from storage.db import Database
from storage.migrations import available_migrations, migrate
from storage.restore_file import PendingRestore, mark_pending, pending_beside
from tests.conftest import TEST_TOKEN

ROOT = Path(__file__).resolve().parents[1]
LATEST = len(available_migrations())


@pytest.fixture
def folder(no_env_file: Path, restore_root_logging: None) -> Path:
    """An empty working folder; the check configures logging, put back afterwards."""
    return no_env_file


@pytest.fixture
def env(folder: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    """Good settings, in the environment the check reads."""
    values = {
        "BOT_TOKEN": TEST_TOKEN,
        "DATABASE_PATH": str(folder / "data" / "genc.sqlite3"),
        "ADMIN_IDS": "111",
        "SAFEGUARDING_IDS": "222",
        "DATA_CONTROLLER_CONTACT": "privacy@example.org",
        "STATEMENT_CONTACT": "segreteria@example.org",
        "LOG_LEVEL": "INFO",
    }
    for name in os.environ:
        if name.upper() in {
            "HASH_KEY", "WEBHOOK_URL", "WEBHOOK_SECRET", "COMMUNITY_CHAT_IDS", "MOD_CHAT_ID",
        }:  # fmt: skip
            monkeypatch.delenv(name)
    for name, value in values.items():
        monkeypatch.setenv(name, value)
    return values


@pytest.fixture
async def telegram(api_spec: ApiSpec) -> AsyncIterator[FakeTelegram]:
    """The fake server without the suite's "no refused call" rule: refusals are the point."""
    async with FakeTelegram(token=TEST_TOKEN, spec=api_spec) as fake:
        yield fake


@pytest.fixture
async def database(env: dict[str, str], clock: FakeClock) -> Path:
    """The database as the bot leaves it: every migration applied, and the safeguarding lead
    (222) has started the bot."""
    path = Path(env["DATABASE_PATH"])
    db = await Database.open(path)
    await migrate(db, clock.now())
    await db.close()
    load_or_create_key(key_file_beside(path))
    started(path, 222)
    return path


def started(database: Path, telegram_id: int) -> None:
    """`telegram_id` sent /start, as the bot records it."""
    connection = sqlite3.connect(database)
    try:
        with connection:
            connection.execute(
                "INSERT INTO members (telegram_id, created_at, last_seen_at)"
                " VALUES (?, '2026-12-01T09:00:00.000000Z', '2026-12-01T09:00:00.000000Z')",
                (telegram_id,),
            )
    finally:
        connection.close()


def _files(folder: Path) -> dict[str, tuple[int, int, int]]:
    return {
        str(path): (path.stat().st_mode, path.stat().st_size, path.stat().st_mtime_ns)
        for path in sorted(folder.rglob("*"))
    }


Report = Callable[[], Awaitable[tuple[str, int]]]


@pytest.fixture
def report(env: dict[str, str], telegram: FakeTelegram, monkeypatch: pytest.MonkeyPatch) -> Report:
    """Runs the check against the fake server: the printed report and the exit status."""
    monkeypatch.setenv("TELEGRAM_API_URL", telegram.api_url)

    async def run() -> tuple[str, int]:
        sections = await check(None)
        return render(sections), exit_status(sections)

    return run


async def to_fix(report: Report) -> str:
    """The report of a check that found something to fix (exit status 1)."""
    text, status = await report()
    assert status == 1, text
    return text


def _write(database: Path, sql: str, version: int) -> None:
    connection = sqlite3.connect(database)
    try:
        with connection:
            connection.execute(sql, (version,))
    finally:
        connection.close()


@pytest.fixture
def ready(
    env: dict[str, str], telegram: FakeTelegram, monkeypatch: pytest.MonkeyPatch
) -> FakeTelegram:
    group = telegram.add_group("Gen C Torino")
    moderators = telegram.add_group("Gen C moderators")
    monkeypatch.setenv("COMMUNITY_CHAT_IDS", str(group.id))
    monkeypatch.setenv("MOD_CHAT_ID", str(moderators.id))
    return telegram


async def test_all_fine_gives_good_lines_and_exit_0_and_changes_nothing(
    ready: FakeTelegram, database: Path, folder: Path, report: Report
) -> None:
    before = _files(folder)
    text, status = await report()
    assert status == 0, text
    assert "✗" not in text
    assert "✓ every setting is valid" in text
    assert "✓ integrity check passed" in text
    assert "✓ readable by its owner only" in text
    assert f"✓ all {LATEST} migrations applied" in text
    assert "✓ Telegram knows the bot as @genc_test_bot" in text
    assert "✓ community group “Gen C Torino”: administrator with" in text
    assert "✓ moderators' chat “Gen C moderators”: the bot is in it and can send" in text
    assert text.endswith("Ready to run: nothing to fix, 1 worth knowing (!).")  # no backup yet
    assert _files(folder) == before
    assert TEST_TOKEN not in text


async def test_no_contact_for_schools_on_statements_is_worth_knowing(
    database: Path, report: Report, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("STATEMENT_CONTACT")
    text, _ = await report()
    assert (
        "! STATEMENT_CONTACT is empty: statements of hours tell a school to contact Generazione"
        " Changemaker with no address; set it (an e-mail, a phone number or a web page of the"
        " office)"
    ) in " ".join(text.split())


async def test_a_fresh_machine_is_told_the_database_comes_at_the_first_start(
    folder: Path, report: Report
) -> None:
    text, _ = await report()
    assert "! no database at" in text
    assert "it will be created at the first start" in text
    assert list(folder.iterdir()) == []


async def test_a_bad_setting_is_named_and_the_rest_still_checked(
    database: Path, report: Report, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TIMEZONE", "Europe/Turin")
    monkeypatch.setenv("WARN_LIMIT", "0")
    text = await to_fix(report)
    assert "✗ TIMEZONE is not a known time zone: an IANA time zone name" in text
    assert "✗ WARN_LIMIT" in text
    assert "✓ Telegram knows the bot as @genc_test_bot" in text
    assert "Not ready: 2 things to fix (✗)" in text


async def test_a_world_readable_database_gives_the_chmod_to_run(
    database: Path, report: Report
) -> None:
    database.chmod(0o644)
    text = await to_fix(report)
    assert f"✗ other users can read 1 of its files: run  chmod 600 {database}" in text


async def test_a_pending_migration_is_worth_knowing_not_a_fault(
    database: Path, report: Report
) -> None:
    # An upgrade's normal state: the bot applies them at start.
    _write(database, "DELETE FROM schema_migrations WHERE version = ?", LATEST)
    text, status = await report()
    assert status == 0, text
    assert f"! {LATEST - 1} of {LATEST} migrations applied, {LATEST:04d} will run" in text
    assert "python -m bot backup PATH" in text


async def test_a_database_newer_than_the_code_must_not_be_started(
    database: Path, report: Report
) -> None:
    future = "INSERT INTO schema_migrations VALUES (?, 'future', '2027-01-01T00:00:00.000000Z')"
    _write(database, future, LATEST + 1)
    text = await to_fix(report)
    assert f"✗ the database was used by a newer version of the bot ({LATEST + 1:04d})" in text


async def test_a_group_where_the_bot_lacks_a_right_names_the_switch(
    ready: FakeTelegram, report: Report
) -> None:
    group = next(g for g in ready.state.groups.values() if g.title == "Gen C Torino")
    group.bot_rights["can_restrict_members"] = False
    text = await to_fix(report)
    assert (
        "✗ community group “Gen C Torino”: the bot lacks “Ban users”; in the group, Edit → "
        "Administrators → the bot, switch on “Ban users”"
    ) in text


async def test_a_group_where_the_bot_is_not_an_administrator_says_how_to_make_it_one(
    ready: FakeTelegram, report: Report
) -> None:
    group = next(g for g in ready.state.groups.values() if g.title == "Gen C Torino")
    group.bot_status = "member"
    text = await to_fix(report)
    assert (
        "✗ community group “Gen C Torino”: the bot is not an administrator; in the group, Edit "
        "→ Administrators → Add Admin → the bot, with “Delete messages” and “Ban users”"
    ) in text


async def test_a_chat_the_bot_was_never_added_to(
    report: Report, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COMMUNITY_CHAT_IDS", "-1009999")
    text = await to_fix(report)
    assert "✗ community group -1009999 not found: the bot was never added to it" in text


async def test_a_wrong_token_is_refused_by_telegram(
    report: Report, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BOT_TOKEN", "123456:not-the-right-one")
    text = await to_fix(report)
    assert "✗ Telegram refused BOT_TOKEN: copy it again from @BotFather" in text
    assert "not-the-right-one" not in text
    assert "Community chats" not in text


async def test_telegram_unreachable_says_so(telegram: FakeTelegram, report: Report) -> None:
    await telegram.refuse_connections()
    text = await to_fix(report)
    assert f"✗ cannot reach Telegram at {telegram.api_url}" in text


async def test_polling_with_no_webhook_at_telegram_is_fine(report: Report) -> None:
    text, _ = await report()
    assert "✓ no webhook set at Telegram: long polling will work" in text


def test_the_command_runs_with_broken_settings_and_exits_1(tmp_path: Path) -> None:
    env = {
        "PATH": os.environ.get("PATH", ""),
        "HOME": str(tmp_path),
        "PYTHONPATH": str(ROOT),
        "BOT_TOKEN": "not a token",
        "DATABASE_PATH": str(tmp_path / "data" / "genc.sqlite3"),
    }
    done = subprocess.run(
        [sys.executable, "-m", "bot", "check"],
        cwd=tmp_path, env=env, capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert done.returncode == 1, done.stdout + done.stderr
    assert "✗ BOT_TOKEN does not look like a bot token" in done.stdout
    assert "! not checked: fix BOT_TOKEN and TELEGRAM_API_URL first" in done.stdout
    assert "Traceback" not in done.stdout + done.stderr
    assert "not a token" not in done.stdout


async def test_a_rule_across_settings_is_reported_and_the_rest_still_checked(
    report: Report, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MIN_AGE", "30")
    text = await to_fix(report)
    assert "✗ MIN_AGE must not be above MAX_AGE" in text
    assert "✓ Telegram knows the bot as @genc_test_bot" in text


def _to_fix(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.startswith("  ✗")]


async def test_webhook_mode_without_a_secret_is_to_fix(
    report: Report, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("WEBHOOK_URL", "https://bot.example.org/telegram")
    text = await to_fix(report)
    assert any("WEBHOOK_SECRET" in line for line in _to_fix(text)), text


async def test_webhook_mode_without_https_is_to_fix(
    report: Report, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("WEBHOOK_URL", "http://bot.example.org/telegram")
    monkeypatch.setenv("WEBHOOK_SECRET", "s3cr3t-" * 4)
    text = await to_fix(report)
    assert [line for line in _to_fix(text) if "WEBHOOK_URL" in line], text
    assert "s3cr3t-" not in text


async def test_a_database_without_its_hash_key_file_is_worth_knowing(
    database: Path, report: Report
) -> None:
    key_file_beside(database).unlink()
    text, status = await report()
    assert status == 0
    assert "! no hash key file" in text
    assert "put the old file back first (or set HASH_KEY)" in text


async def test_a_recent_daily_backup_is_good_and_an_old_one_worth_knowing(
    database: Path, report: Report
) -> None:
    folder = database.parent / "backups"
    folder.mkdir(mode=0o700)
    (folder / "genc-2026-12-01.sqlite3").write_bytes(b"")
    text, _ = await report()
    assert "✓ newest daily backup genc-2026-12-01.sqlite3, less than an hour old; 1 kept" in text
    three_days_ago = time.time() - 3 * 24 * 3600
    os.utime(folder / "genc-2026-12-01.sqlite3", (three_days_ago, three_days_ago))
    text, _ = await report()
    assert "! newest daily backup genc-2026-12-01.sqlite3, 3 days old" in text
    assert "is the bot running?" in text


async def test_daily_backups_switched_off_are_worth_knowing(
    database: Path, report: Report, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BACKUP_KEEP", "0")
    text, status = await report()
    assert status == 0
    assert "! daily backups are off (BACKUP_KEEP=0)" in text


def _lines(text: str, section: str) -> list[str]:
    """The finding lines of one section of the report."""
    after = text.split(f"\n{section}\n", 1)[1]
    return [line.strip() for line in after.split("\n\n", 1)[0].splitlines()]


async def test_reports_that_reach_nobody_are_to_fix_until_someone_who_gets_them_starts_the_bot(
    database: Path, report: Report, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Davide's first run: no leads, no moderators' chat, the only admin never wrote to the bot.
    monkeypatch.setenv("SAFEGUARDING_IDS", "")
    text = await to_fix(report)
    assert (
        "! SAFEGUARDING_IDS is empty: report cards go in private to the admins (ADMIN_IDS) "
        "instead; add the safeguarding leads' Telegram user ids"
    ) in text
    assert _lines(text, "Reports")[0].startswith(
        "✗ reports reach nobody yet: MOD_CHAT_ID is empty, and nobody in ADMIN_IDS (111) has "
        "started the bot"
    )
    assert "each lead and admin sends /start to it once" in text
    assert "Ready to run" not in text

    started(database, 111)
    text, status = await report()
    assert status == 0, text
    assert _lines(text, "Reports") == [
        "✓ report cards reach 1 of the admins (no SAFEGUARDING_IDS) in private"
    ]


async def test_a_lead_who_never_started_the_bot_is_named(
    ready: FakeTelegram, database: Path, report: Report, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SAFEGUARDING_IDS", "222,333")
    text, status = await report()
    assert status == 0, text
    assert _lines(text, "Reports") == [
        "✓ report cards reach 1 of the safeguarding leads in private",
        "! 333 never started the bot, or blocked it: report cards cannot reach this person in "
        "private; each sends /start to the bot once",
        "✓ report cards also go to the moderators' chat (MOD_CHAT_ID)",
    ]


async def test_a_moderators_chat_the_bot_left_reaches_nobody(
    ready: FakeTelegram, database: Path, report: Report, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SAFEGUARDING_IDS", "333")
    moderators = next(g for g in ready.state.groups.values() if g.title == "Gen C moderators")
    moderators.bot_status = "left"
    text = await to_fix(report)
    assert _lines(text, "Reports")[0].startswith(
        "✗ reports reach nobody yet: the bot cannot post in the moderators' chat (see Community "
        "chats), and nobody in SAFEGUARDING_IDS (333) has started the bot"
    )


async def test_a_malformed_setting_gets_no_note_as_if_it_were_empty(
    database: Path, report: Report, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ADMIN_IDS", "111,davide")
    monkeypatch.setenv("SAFEGUARDING_IDS", "222;333")
    monkeypatch.setenv("COMMUNITY_CHAT_IDS", "gen c torino")
    monkeypatch.setenv("DATA_CONTROLLER_CONTACT", "x" * 300)
    text = await to_fix(report)
    assert "✗ ADMIN_IDS must be numbers separated by commas" in text
    assert "✗ DATA_CONTROLLER_CONTACT must have at most 200 characters" in text
    for name in ("ADMIN_IDS", "SAFEGUARDING_IDS", "COMMUNITY_CHAT_IDS", "DATA_CONTROLLER_CONTACT"):
        assert f"{name} is empty" not in text
    assert "are empty" not in text
    assert "! COMMUNITY_CHAT_IDS: not checked, fix the settings above first" in text
    assert _lines(text, "Reports") == ["! not checked: fix the settings above first"]


async def test_only_the_bots_daily_backups_count_and_a_manual_copy_is_worth_knowing(
    database: Path, report: Report
) -> None:
    folder = database.parent / "backups"
    folder.mkdir(mode=0o700)
    daily = folder / "genc-2026-12-01.sqlite3"
    daily.write_bytes(database.read_bytes())
    three_days_ago = time.time() - 3 * 24 * 3600
    os.utime(daily, (three_days_ago, three_days_ago))
    (folder / "manual.sqlite3").write_bytes(database.read_bytes())  # taken today, by hand
    (folder / "manual.sqlite3").chmod(0o600)
    (folder / "notes.txt").write_text("restic runs at 04:00")
    text, _ = await report()
    lines = _lines(text, f"Backups ({folder})")
    # The nightly backups stopped three days ago: a fresh manual copy must not hide it.
    assert lines[0].startswith("! newest daily backup genc-2026-12-01.sqlite3, 3 days old")
    assert lines[1] == (
        f"! {folder / 'manual.sqlite3'} (less than an hour old) is a copy of the database the bot "
        "did not make and never deletes: it holds members' data, including anyone who asked to be "
        "deleted after it was made; delete it when you no longer need it"
    )
    assert lines[2] == (
        f"! {folder / 'notes.txt'} is not one of the bot's daily backups and the bot never "
        "deletes it: if it holds a copy of the database, it holds members' data"
    )


async def test_a_backup_folder_the_bot_cannot_write_in_is_to_fix(
    database: Path, report: Report, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = database.parent / "backups"
    folder.mkdir(mode=0o700)
    locked = database.parent.parent / "locked"
    locked.mkdir()
    real_access = os.access

    def access(path: object, mode: int) -> bool:  # the tests may run as root, who may do all
        refused = Path(str(path)) in {folder, locked}
        return not refused and real_access(path, mode)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "access", access)
    text = await to_fix(report)
    assert (
        f"✗ the bot cannot write in {folder}: the daily backup would fail; give the bot's user "
        "write access to it, or set BACKUP_DIR to a folder it can write in"
    ) in text
    # Missing: the bot would make it at its first backup, in a folder it cannot write in.
    monkeypatch.setenv("BACKUP_DIR", str(locked / "nightly"))
    text = await to_fix(report)
    assert f"✗ the bot cannot write in {locked}: the daily backup would fail" in text


async def test_the_database_set_aside_by_a_restore_is_worth_knowing_with_its_age(
    database: Path, report: Report
) -> None:
    aside = database.with_name("genc.sqlite3.before-restore-20261201-230000")
    aside.write_bytes(database.read_bytes())
    aside.chmod(0o600)  # as restore leaves it
    two_days_ago = time.time() - 2 * 24 * 3600
    os.utime(aside, (two_days_ago, two_days_ago))
    upgrade = database.with_name("before-upgrade-2026-12-01.sqlite3")
    upgrade.write_bytes(database.read_bytes())
    upgrade.chmod(0o600)
    text, status = await report()
    assert status == 0, text
    assert (
        f"! {aside} (2 days old) is the database as it was before a restore: it holds members' "
        "data, including anyone who asked to be deleted after it was made; delete it when you are "
        "sure the restore is good"
    ) in text
    assert (
        f"! {upgrade} (less than an hour old) is a copy of the database the bot did not make"
        in text
    )
    assert "genc.sqlite3.hashkey" not in text
    upgrade.chmod(0o644)
    text = await to_fix(report)
    assert f"✗ other users can read {upgrade}: run  chmod 600 {upgrade}" in text


async def test_a_restore_that_did_not_finish_is_to_fix(
    database: Path, report: Report, clock: FakeClock
) -> None:
    backup = database.with_name("backups") / "genc-2026-12-04.sqlite3"
    aside = database.with_name("genc.sqlite3.before-restore-20261205-100000")
    marker = pending_beside(database)
    mark_pending(marker, PendingRestore(backup, clock.now(), aside))
    line = (
        f"✗ a restore did not finish: run  python -m bot restore {backup}  again; the bot will "
        "not start until it completes"
    )
    assert line in await to_fix(report)
    # Stopped after the database was set aside, before the backup took its place.
    database.rename(aside)
    text = await to_fix(report)
    assert line in text
    assert "it will be created at the first start" not in text


async def test_an_env_file_others_can_read_is_to_fix(
    database: Path, folder: Path, env: dict[str, str], telegram: FakeTelegram
) -> None:
    env_file = folder / ".env"
    env_file.write_text(f"TELEGRAM_API_URL={telegram.api_url}\n")
    env_file.chmod(0o644)
    text = render(await check(env_file))
    assert (
        f"✗ other users can read {env_file} (with BOT_TOKEN from it anyone can act as the "
        "bot): run  "
        f"chmod 600 {env_file}" in text
    )
    env_file.chmod(0o600)
    text = render(await check(env_file))
    assert f"✓ {env_file} is readable by its owner only" in text


async def test_the_database_size_counts_its_wal_file(database: Path, report: Report) -> None:
    Path(f"{database}-wal").write_bytes(b"\0" * 3 * 1024 * 1024)
    text, _ = await report()
    assert "✓ the file exists (3.4 MB)" in text


@pytest.mark.parametrize("secret", ["", "not-l0ng"], ids=["missing", "malformed"])
async def test_webhook_mode_never_speaks_of_long_polling_and_the_rest_is_still_checked(
    database: Path, report: Report, monkeypatch: pytest.MonkeyPatch, secret: str
) -> None:
    monkeypatch.setenv("WEBHOOK_URL", "https://bot.example.org/telegram")
    monkeypatch.setenv("WEBHOOK_SECRET", secret)
    text = await to_fix(report)
    (problem,) = _to_fix(text)
    assert problem.startswith("  ✗ WEBHOOK_SECRET is "), text
    assert "letters, digits, _ and - only" in problem
    assert "✓ integrity check passed" in text
    assert "! no webhook set at Telegram yet: the bot sets WEBHOOK_URL when it starts" in text
    assert "polling" not in text
    assert "not-l0ng" not in text  # a secret, even a bad one, is never printed


def test_no_env_file_in_the_folder_is_named_with_the_folder(tmp_path: Path) -> None:
    """An operator who forgot to cd sees why every setting looks empty."""
    found = check_env_file(tmp_path / ".env")
    assert len(found) == 1
    assert found[0].text.startswith(f"no {tmp_path / '.env'} in ")
