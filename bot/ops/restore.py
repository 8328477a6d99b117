"""`python -m bot restore PATH`: put a backup back, for the operator at a terminal.

Refused while the bot runs (it holds the run lock). The backup is checked on a copy beside the
database before anything is touched; the current database is kept aside, never deleted; the
migrations bring the backup up to this version; then everyone erased since the backup was
taken is erased again (the ledger beside the database), so a restore never brings back a member
who asked to go. Until that is done a marker beside the database says so, and the bot refuses to
start: a restore stopped half-way is finished by running it again."""

from __future__ import annotations

import asyncio
import logging
import os
import pwd
import sys
from pathlib import Path

from bot.core.clock import Clock
from bot.core.i18n import Translator
from bot.core.keyed_hash import KeyedHash, key_file_beside
from bot.core.settings import Settings
from bot.domain.backup_rotation import daily_name
from bot.ops.run_lock import HeldElsewhere, RunLock
from bot.services.notifications import Offline
from bot.wiring import erasure_ledger, hash_key, open_services
from storage.backup_folder import BackupFolder
from storage.erasure_ledger import LedgerFile, ledger_beside
from storage.migrations import available_migrations
from storage.restore_file import (
    BackupFacts,
    PendingRestore,
    Unusable,
    clear_pending,
    discard_unfinished,
    mark_pending,
    pending_beside,
    put_in_place,
    read_pending,
    set_aside,
    stage,
    staging_beside,
)

logger = logging.getLogger(__name__)

RESTORED = 0
NOT_NOW = 1  # the bot runs, or the restore stopped half-way
UNUSABLE = 2  # this backup, or this host's key, will not do


def restore(settings: Settings, backup: Path, clock: Clock, *, no_ledger: bool = False) -> int:
    """`no_ledger`: go on without an erasure ledger beside the database (none is used)."""
    database = settings.database_path
    other_owner = _owner_if_not_me(database.parent)
    if other_owner is not None:
        return _refuse(
            f"the folder {database.parent} belongs to the user {other_owner}: run the restore "
            f"as that user (e.g. sudo -u {other_owner} python -m bot restore {backup}), or the "
            "bot could not open the files it leaves",
            UNUSABLE,
        )
    try:
        lock = RunLock.take(database)
    except HeldElsewhere as held:
        return _refuse(
            f"the bot is running (process {held.pid or '?'}) with the database {database}: "
            "stop it first, then run the restore again",
            NOT_NOW,
        )
    with lock:  # and no bot starts while the files are swapped
        try:
            return _restore(settings, backup, clock, no_ledger=no_ledger)
        except Unusable as problem:
            return _refuse(str(problem), UNUSABLE)
        except OSError as error:
            return _refuse(
                f"cannot write beside the database {database}: {error}"
                + _unfinished(database, otherwise=""),
                NOT_NOW,
            )
        except KeyboardInterrupt:
            # Ctrl+C: the operator stopped it, and needs no traceback, only where things stand.
            return _refuse(
                "stopped (Ctrl+C)" + _unfinished(database, otherwise=", nothing was changed"),
                NOT_NOW,
            )


def unfinished_restore(database: Path) -> str | None:
    """What to do when a restore stopped half-way, for `run` and `check`; None if none did."""
    pending = read_pending(pending_beside(database))
    if pending is None:
        return None
    if pending.backup is None:
        return (
            f"a restore did not finish (its note {pending_beside(database)} cannot be read): "
            "run  python -m bot restore PATH  again, with the backup you were restoring"
        )
    return f"a restore did not finish: run  python -m bot restore {pending.backup}  again"


def _unfinished(database: Path, *, otherwise: str) -> str:
    pending = read_pending(pending_beside(database))
    if pending is None:
        return otherwise
    backup = pending.backup or "PATH"
    return (
        f"; the restore is half-done and the bot will not start until you run  "
        f"python -m bot restore {backup}  again"
    )


def _restore(settings: Settings, backup: Path, clock: Clock, *, no_ledger: bool) -> int:
    database = settings.database_path
    if backup.is_dir():
        raise Unusable(_one_file_of(backup))
    if backup.exists() and database.exists() and backup.samefile(database):
        raise Unusable(f"{backup} is the database itself: give the path of a backup")
    has_ledger = _check_ledger_is_there(database, no_ledger)
    fresh_key = _check_key(settings, clock)
    staging = staging_beside(database)
    facts = stage(backup, staging)
    print(f"Checked {backup}: whole (integrity ok), a Gen C database at migration {facts.version}.")
    aside = _swap(settings, backup, clock, staging)
    try:
        again = asyncio.run(_migrate_and_replay(settings, clock))
    except Exception:
        logger.exception("the restored database could not be brought up to date")
        print(
            f"The backup is in place at {database}, but the erasures since it were NOT "
            "replayed (see the error above): the bot will not start until they are; fix the "
            "error, then run the same restore again.",
            file=sys.stderr,
        )
        return NOT_NOW
    clear_pending(pending_beside(database))  # only now may the bot start on it
    _summary(settings, facts, again if has_ledger else None, aside)
    if fresh_key:
        print(fresh_key)
    return RESTORED


def _check_ledger_is_there(database: Path, no_ledger: bool) -> bool:
    """Whether there is a ledger to replay; Unusable if there is none and nobody said to go on
    without one (a new machine after a disk failure, the ledger not yet copied back)."""
    ledger = ledger_beside(database)
    if ledger.exists():
        return True
    if no_ledger:
        return False
    raise Unusable(
        f"no erasure ledger at {ledger}: members erased since the backup would come back. Copy "
        "the ledger back from your off-site copy, or, if you are sure nobody was erased since "
        "(or it is lost), run again with --no-ledger"
    )


def _swap(settings: Settings, backup: Path, clock: Clock, staging: Path) -> Path | None:
    """Put the checked copy in place, the marker on the disk first; where the database from
    before the restore is kept (None: there was none)."""
    database = settings.database_path
    marker = pending_beside(database)
    earlier = read_pending(marker)
    if earlier is not None and _left_by(earlier):
        # The database is that restore's copy, not the operator's: that one is kept already.
        mark_pending(marker, PendingRestore(backup.absolute(), clock.now(), earlier.aside))
        print(f"The restore of {earlier.backup} had not finished: this one replaces it.")
        discard_unfinished(database, earlier.aside)
        aside = earlier.aside
    else:
        stamp = clock.now().astimezone(settings.zone).strftime("%Y%m%d-%H%M%S")
        aside = database.with_name(f"{database.name}.before-restore-{stamp}")
        before = aside if database.exists() else None
        mark_pending(marker, PendingRestore(backup.absolute(), clock.now(), before))
        if not set_aside(database, aside):
            aside = None
    put_in_place(staging, database, aside)
    return aside


def _left_by(earlier: PendingRestore) -> bool:
    """Whether the file at the database's path (if any) is what an unfinished restore put there:
    it set the database from before aside (or there was none). A marker that cannot be read
    says nothing: whatever is there is kept aside, as any database would be."""
    if earlier.backup is None:
        return False
    return earlier.aside is None or earlier.aside.exists()


def _one_file_of(folder: Path) -> str:
    days = BackupFolder(folder).days()
    if not days:
        return f"{folder} is a folder, and holds no daily backup: give the path of a backup file"
    newest = folder / daily_name(days[-1])
    return f"{folder} is a folder: give one of its backups, e.g. {newest} (the newest)"


def _check_key(settings: Settings, clock: Clock) -> str | None:
    """Unusable if the ledger cannot be matched with this host's hash key; a note to print if
    a new key is about to be made."""
    database = settings.database_path
    key_file = key_file_beside(database)
    ledger = LedgerFile(ledger_beside(database))
    if settings.hash_key is None and not key_file.exists():
        if ledger.read().erasures:
            raise Unusable(
                f"the erasure ledger {ledger.path} lists erased members, but the hash key "
                f"file {key_file} is missing: copy it back from where the bot ran before (or "
                "set HASH_KEY as it was there); without it they cannot be recognised"
            )
        return (
            f"Note: there was no hash key file at {key_file}, so a new one was made. If the bot "
            "ran elsewhere before, copy that host's key file here instead (bans kept after a "
            "/deleteme are recognised by it)."
        )
    if not erasure_ledger(settings, KeyedHash(hash_key(settings)), clock).matches_key():
        raise Unusable(
            f"the erasure ledger {ledger.path} was written with another hash key: put back "
            f"the key it was written with ({key_file} or HASH_KEY), then run the restore again"
        )
    return None


async def _migrate_and_replay(settings: Settings, clock: Clock) -> int:
    translate = Translator.load(settings.default_language)
    services = await open_services(settings, clock, translate, Offline())
    try:
        return await services.erasures.replay(services.members)
    finally:
        await services.close()


def _summary(settings: Settings, facts: BackupFacts, again: int | None, aside: Path | None) -> None:
    """In the order things happened: what the backup held, who was erased again (None: there
    was no ledger), what is there now (only members change: an erasure leaves projects and
    events in place)."""
    taken = facts.taken_at.astimezone(settings.zone).strftime("%Y-%m-%d %H:%M")
    print(f"Restored the backup of {taken} ({settings.timezone}).")
    print(f"  The backup held: {_contents(facts, facts.members)}.")
    newer = len(available_migrations()) - facts.version
    if newer:
        print(f"  Brought up to this version: {_n(newer, 'migration')} applied.")
    if again is None:
        print("  Erased again: nobody, there was no erasure ledger (--no-ledger).")
    elif again:
        print(
            f"  Erased again: {_n(again, 'member')} who asked to be deleted after the backup "
            "was taken (the erasure ledger)."
        )
    else:
        print(
            "  Erased again: nobody (no one in it asked to be deleted after the backup was "
            "taken; the erasure ledger)."
        )
    print(f"  The database now holds: {_contents(facts, facts.members - (again or 0))}.")
    if aside is not None:
        print(f"The previous database is kept at {aside} (owner-only): delete it when sure.")
    print("Start the bot again when ready.")


def _contents(facts: BackupFacts, members: int) -> str:
    return f"{_n(members, 'member')}, {_n(facts.projects, 'project')}, {_n(facts.events, 'event')}"


def _owner_if_not_me(folder: Path) -> str | None:
    """The owner of the database's folder when it is someone else (say root ran the restore
    for a bot that runs as its own user)."""
    try:
        owner = folder.stat().st_uid
    except FileNotFoundError:
        return None
    if owner == os.geteuid():
        return None
    try:
        return pwd.getpwuid(owner).pw_name
    except KeyError:
        return str(owner)


def _refuse(reason: str, status: int) -> int:
    print(f"Not restored: {reason}.", file=sys.stderr)
    return status


def _n(count: int, noun: str) -> str:
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"
