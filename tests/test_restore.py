"""`python -m bot restore PATH`: refused while the bot runs, refused for a file that will not do
(one line, nothing moved), the current database kept aside; and the issue's promise: a member
deleted after the backup stays deleted after the restore, while one who started again is kept."""

from __future__ import annotations

import asyncio
import os
import signal
import sqlite3
import sys
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

import pytest
from telegram_test_server import FakeTelegram, FakeUser

from bot.core.clock import FakeClock
from bot.core.keyed_hash import KeyedHash, key_file_beside
from bot.core.settings import Settings
from bot.ops.restore import restore
from bot.ops.run_lock import RunLock
from bot.services.erasures import ErasureLedger
from bot.wiring import erasure_ledger, hash_key
from storage.backup import back_up
from storage.db import Database
from storage.erasure_ledger import Erasure, LedgerFile, ledger_beside
from storage.migrations import migrate
from storage.restore_file import pending_beside
from tests.conftest import TEST_TOKEN
from tests.support.bot_process import ROOT, BotProcess
from tests.support.harness import RunningBot, running_bot
from tests.support.onboarding_steps import onboard
from tests.test_onboarding_flow import rows_about, say
from tests.test_privacy_rights import member


async def delete_me(bot: RunningBot, user: FakeUser) -> None:
    warning = await say(user, "/deleteme")
    await user.press("🗑️ Yes, delete everything", message=warning)
    await bot.server.wait_until(lambda _: warning.edits == 1)


async def a_database_with_members(path: Path, clock: FakeClock, count: int = 3) -> None:
    db = await Database.open(path)
    await migrate(db, clock.now())
    for member_id in range(1, count + 1):
        await db.execute(
            "INSERT INTO members (telegram_id, created_at, last_seen_at)"
            " VALUES (?, '2026-01-01T00:00:00.000000Z', '2026-01-01T00:00:00.000000Z')",
            (member_id,),
        )
    await db.close()


def members_in(path: Path) -> int:
    with closing(sqlite3.connect(path)) as db:
        (count,) = db.execute("SELECT count(*) FROM members").fetchone()
    return int(count)


def leftovers(db_path: Path) -> list[str]:
    return sorted(p.name for p in db_path.parent.iterdir() if "restor" in p.name)


@dataclass
class Restoring:
    """A Gen C database of 2,000 members, a backup of it, and the restore run in-process."""

    db_path: Path
    backup: Path
    clock: FakeClock
    make_settings: Callable[..., Settings]
    capsys: pytest.CaptureFixture[str]

    async def run(
        self, backup: Path | None = None, *, no_ledger: bool = True, **settings: str
    ) -> tuple[int, str, str]:
        """With --no-ledger unless told: nobody was erased here, so there is no ledger."""
        code = await asyncio.to_thread(
            restore,
            self.make_settings(**settings),
            backup or self.backup,
            self.clock,
            no_ledger=no_ledger,
        )
        said = self.capsys.readouterr()
        return code, said.out, said.err


@pytest.fixture
async def restoring(
    make_settings: Callable[..., Settings],
    clock: FakeClock,
    db_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> Restoring:
    await a_database_with_members(db_path, clock, count=2000)
    backup = back_up(db_path, tmp_path / "copy.sqlite3", clock.now()).path
    return Restoring(db_path, backup, clock, make_settings, capsys)


async def run_cli(env: dict[str, str], *args: str) -> tuple[int, str]:
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", *args, cwd=ROOT, env=env,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT,
    )  # fmt: skip
    out, _ = await process.communicate()
    assert process.returncode is not None
    return process.returncode, out.decode()


async def test_a_member_deleted_after_the_backup_stays_deleted_after_the_restore(
    server: FakeTelegram,
    make_settings: Callable[..., Settings],
    clock: FakeClock,
    db_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    settings = make_settings(TELEGRAM_API_URL=server.api_url)
    backup = tmp_path / "kept" / "genc-before.sqlite3"
    async with running_bot(server, settings, clock) as bot:
        rita = await member(bot, "Rita")
        clock.advance(minutes=1)
        carla = await member(bot, "Carla")
        clock.advance(minutes=1)
        await delete_me(bot, carla)
        clock.advance(minutes=1)
        # Carla starts again: a new member, who joined after her erasure.
        await say(carla, "/start")
        await onboard(bot, carla, "Carla")
        clock.advance(minutes=1)
        await asyncio.to_thread(back_up, db_path, backup, clock.now())
        clock.advance(minutes=1)
        await delete_me(bot, rita)
    capsys.readouterr()

    assert await asyncio.to_thread(restore, settings, backup, clock) == 0
    said = capsys.readouterr()
    assert said.err == ""
    assert f"Checked {backup}: whole (integrity ok), a Gen C database at migration" in said.out
    # In the order it happened: Rita and Carla in the backup, Rita erased again, Carla left.
    assert (
        "Restored the backup of 2026-01-15 10:04 (Europe/Rome).\n"
        "  The backup held: 2 members, 0 projects, 0 events.\n"
        "  Erased again: 1 member who asked to be deleted after the backup was taken (the "
        "erasure ledger).\n"
        "  The database now holds: 1 member, 0 projects, 0 events.\n"
    ) in said.out
    aside = db_path.with_name("genc.sqlite3.before-restore-20260115-100500")
    assert f"The previous database is kept at {aside}" in said.out
    assert aside.stat().st_mode & 0o777 == 0o600
    assert db_path.stat().st_mode & 0o777 == 0o600
    assert members_in(aside) == 1  # Carla: what the bot held when it stopped
    assert leftovers(db_path) == [aside.name]

    async with running_bot(server, settings, clock) as bot:
        assert await rows_about(bot, rita.id) == []
        profile = await bot.services.onboarding.profile(carla.id)
        assert profile is not None
        assert profile.first_name == "Carla"
        assert (await say(rita, "/mydata")).text == "I don't hold any data about you 🙂"


async def test_refused_while_the_bot_holds_the_lock(restoring: Restoring) -> None:
    db_path = restoring.db_path
    before = db_path.read_bytes()
    with RunLock.take(db_path):
        code, out, err = await restoring.run()
    assert (code, out) == (1, "")
    assert err == (
        f"Not restored: the bot is running (process {os.getpid()}) with the database "
        f"{db_path}: stop it first, then run the restore again.\n"
    )
    assert db_path.read_bytes() == before
    assert leftovers(db_path) == []


async def test_a_file_that_will_not_do_is_refused_in_one_line_and_nothing_moves(
    restoring: Restoring, tmp_path: Path
) -> None:
    db_path = restoring.db_path
    damaged = tmp_path / "damaged.sqlite3"
    data = bytearray(restoring.backup.read_bytes())
    data[len(data) // 2 : len(data) // 2 + 8192] = b"\x5a" * 8192
    damaged.write_bytes(bytes(data))
    foreign = tmp_path / "photos.db"
    with closing(sqlite3.connect(foreign)) as other:
        other.execute("CREATE TABLE photos (name TEXT)")
    newer = tmp_path / "newer.sqlite3"
    newer.write_bytes(restoring.backup.read_bytes())
    with closing(sqlite3.connect(newer)) as later, later:
        later.execute("INSERT INTO schema_migrations VALUES (999, 'from_the_future', '2027-01-01')")
    text = tmp_path / "notes.txt"
    text.write_text("not a database")
    expected = {
        damaged: "damaged",
        foreign: "is a SQLite database, but not one of the Gen C bot",
        newer: "was made by a newer version of the bot (migration 999; this one knows up to",
        text: "cannot be read as a database",
        tmp_path / "missing.sqlite3": "there is no file at",
        tmp_path: "is a folder, and holds no daily backup: give the path of a backup file",
        db_path: "is the database itself",
    }
    before = db_path.read_bytes()
    for backup, why in expected.items():
        code, out, err = await restoring.run(backup)
        assert (code, out) == (2, "")
        assert err.startswith(f"Not restored: {backup}") or why.startswith("there is no")
        assert why in err
        assert err.count("\n") == 1
        assert db_path.read_bytes() == before
        assert leftovers(db_path) == []


async def test_a_ledger_this_host_cannot_read_stops_the_restore(restoring: Restoring) -> None:
    db_path = restoring.db_path
    LedgerFile(ledger_beside(db_path)).append(
        Erasure(restoring.clock.now(), "ab" * 32), "another-key"
    )
    # No key file at all: the ledger's hashes cannot be matched.
    code, _, err = await restoring.run()
    assert code == 2
    assert f"the hash key file {key_file_beside(db_path)} is missing" in err
    # A key, but not the one that wrote the ledger.
    code, _, err = await restoring.run(HASH_KEY="x" * 32)
    assert code == 2
    assert "was written with another hash key" in err
    assert leftovers(db_path) == []


async def test_a_running_bot_refuses_a_second_bot_and_a_restore_and_its_backup_is_whole(
    server: FakeTelegram, bot_process: BotProcess, tmp_path: Path
) -> None:
    env = bot_process.env
    database = Path(env["DATABASE_PATH"])
    await bot_process.start()
    await bot_process.wait_for_log("ready:")
    backup = tmp_path / "while-running.sqlite3"
    code, out = await run_cli(env, "backup", str(backup))
    assert code == 0, out
    with closing(sqlite3.connect(backup)) as copy:
        assert copy.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert bot_process.process is not None
    pid = bot_process.process.pid

    code, out = await run_cli(env, "restore", str(backup))
    assert code == 1
    assert f"Not restored: the bot is running (process {pid})" in out
    code, out = await run_cli(env)
    assert code == 1
    assert f"another Gen C bot (process {pid}) is running with the database {database}" in out
    assert "Traceback" not in out

    code_stopped, _ = await bot_process.stop(signal.SIGTERM)
    assert code_stopped == 0
    code, out = await run_cli(env, "restore", str(backup), "--no-ledger")
    assert code == 0, out
    assert "Restored the backup of" in out
    assert TEST_TOKEN not in out


@pytest.mark.skipif(os.geteuid() != 0, reason="only root can give a folder to another user")
async def test_root_restoring_for_a_bot_that_runs_as_its_own_user_is_told_whom_to_run_as(
    restoring: Restoring,
) -> None:
    db_path = restoring.db_path
    os.chown(db_path.parent, 65534, 65534)
    code, _, err = await restoring.run()
    assert code == 2
    assert err.startswith(f"Not restored: the folder {db_path.parent} belongs to the user ")
    assert "run the restore as that user (e.g. sudo -u " in err
    assert leftovers(db_path) == []


async def test_with_no_ledger_beside_the_database_it_is_refused_unless_told_to_go_on(
    restoring: Restoring,
) -> None:
    """A new machine after a disk failure: the backups came back from off-site, the ledger not
    yet; restoring then would bring back everyone erased since the backup."""
    db_path = restoring.db_path
    before = db_path.read_bytes()
    code, out, err = await restoring.run(no_ledger=False)
    assert (code, out) == (2, "")
    assert err == (
        f"Not restored: no erasure ledger at {ledger_beside(db_path)}: members erased since the "
        "backup would come back. Copy the ledger back from your off-site copy, or, if you are "
        "sure nobody was erased since (or it is lost), run again with --no-ledger.\n"
    )
    assert db_path.read_bytes() == before
    assert leftovers(db_path) == []

    code, out, err = await restoring.run(no_ledger=True)
    assert (code, err) == (0, "")
    assert "  Erased again: nobody, there was no erasure ledger (--no-ledger).\n" in out
    assert "  The database now holds: 2000 members, 0 projects, 0 events.\n" in out


async def test_a_restore_stopped_half_way_keeps_the_bot_from_starting_until_it_is_run_again(
    restoring: Restoring,
    bot_process: BotProcess,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    db_path, backup, clock = restoring.db_path, restoring.backup, restoring.clock
    # Member 1 asks to be erased after the backup; member 2001 joins after it.
    clock.advance(minutes=1)
    settings = restoring.make_settings()
    await erasure_ledger(settings, KeyedHash(hash_key(settings)), clock).record(1)
    with closing(sqlite3.connect(db_path)) as live, live:
        live.execute("DELETE FROM members WHERE telegram_id = 1")
        live.execute(
            "INSERT INTO members (telegram_id, created_at, last_seen_at)"
            " VALUES (2001, '2026-01-15T09:01:00.000000Z', '2026-01-15T09:01:00.000000Z')"
        )
    marker = pending_beside(db_path)

    async def fails(self: ErasureLedger, members: object) -> int:
        raise RuntimeError("the disk said no")

    monkeypatch.setattr(ErasureLedger, "replay", fails)
    code, _, err = await restoring.run(no_ledger=False)
    assert code == 1
    assert "the erasures since it were NOT replayed" in err
    assert "the bot will not start until they are" in err
    assert "the disk said no" in caplog.text
    # The backup is in place, member 1 back in it: exactly what must not start.
    assert members_in(db_path) == 2000
    assert marker.stat().st_mode & 0o777 == 0o600
    assert f"backup {backup}\n" in marker.read_text()

    await bot_process.start()
    assert bot_process.process is not None
    assert await asyncio.wait_for(bot_process.process.wait(), timeout=20) == 2
    said = bot_process.this_run()
    assert f"a restore did not finish: run  python -m bot restore {backup}  again" in said
    assert "Traceback" not in said
    assert said.count("\n") == 1

    # Stopped again, by Ctrl+C this time: still half-done, and said so without a traceback.
    async def interrupted(self: ErasureLedger, members: object) -> int:
        raise KeyboardInterrupt

    monkeypatch.setattr(ErasureLedger, "replay", interrupted)
    clock.advance(minutes=1)
    code, _, err = await restoring.run(no_ledger=False)
    assert code == 1
    assert err.endswith(
        "Not restored: stopped (Ctrl+C); the restore is half-done and the bot will not start "
        f"until you run  python -m bot restore {backup}  again.\n"
    )
    assert marker.exists()

    monkeypatch.undo()
    clock.advance(minutes=1)
    code, out, err = await restoring.run(no_ledger=False)
    assert (code, err) == (0, "")
    assert f"The restore of {backup} had not finished: this one replaces it.\n" in out
    assert "  Erased again: 1 member who asked to be deleted after the backup" in out
    assert not marker.exists()
    assert members_in(db_path) == 1999
    # One database set aside, the first restore's: the operator's own, member 2001 in it.
    aside = db_path.with_name("genc.sqlite3.before-restore-20260115-100100")
    assert leftovers(db_path) == [aside.name]
    with closing(sqlite3.connect(aside)) as kept:
        ids = {row[0] for row in kept.execute("SELECT telegram_id FROM members")}
    assert 2001 in ids  # joined after the backup
    assert 1 not in ids  # erased after the backup
    assert f"The previous database is kept at {aside}" in out

    await bot_process.start()
    await bot_process.wait_for_log("ready:")
    code_stopped, _ = await bot_process.stop(signal.SIGTERM)
    assert code_stopped == 0
