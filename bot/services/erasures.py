"""Erasures outlive a restore (safeguarding rules 10 and 11): every erased member is written to
the ledger beside the database as a keyed hash with the time, and after a restore everyone the
backup still holds who was erased after they joined is erased again."""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass
from datetime import datetime

from bot.core.clock import Clock
from bot.core.keyed_hash import KeyedHash
from bot.services.members import MemberService
from storage.erasure_ledger import Erasure, LedgerFile

logger = logging.getLogger(__name__)


class LedgerKeyMismatch(Exception):
    """The ledger was written with another hash key: its hashes match nobody here."""


@dataclass(kw_only=True, eq=False)
class ErasureLedger:
    file: LedgerFile
    hasher: KeyedHash
    clock: Clock

    async def record(self, telegram_id: int) -> None:
        """Flushed to disk before this returns: a backup restored a minute later knows."""
        erasure = Erasure(self.clock.now(), self.hasher.of_id(telegram_id))
        try:
            await asyncio.to_thread(self.file.append, erasure, self.hasher.key_check())
        except OSError as error:
            # The erasure itself is done: the person is told so. Only a restore of an older
            # backup would bring them back, and the operator must hear of it now.
            logger.error(
                "erasure not written to %s (%s): a restore of an older backup would bring "
                "this member back",
                self.file.path,
                error.strerror or error,
            )

    async def forget_before(self, since: datetime) -> int:
        return await asyncio.to_thread(self.file.keep_since, since)

    def matches_key(self) -> bool:
        """Whether the ledger was written with this key (or is empty)."""
        return self.file.read().key_check in (None, self.hasher.key_check())

    def last_erasures(self) -> dict[str, datetime]:
        """The latest erasure of each hashed id; LedgerKeyMismatch if another key wrote it."""
        contents = self.file.read()
        if contents.key_check not in (None, self.hasher.key_check()):
            raise LedgerKeyMismatch(str(self.file.path))
        latest: dict[str, datetime] = {}
        for erasure in contents.erasures:
            latest[erasure.hashed_id] = max(erasure.at, latest.get(erasure.hashed_id, erasure.at))
        return latest

    async def replay(self, members: MemberService) -> int:
        """Erase again, as /deleteme does, everyone erased after they joined; returns how many.
        Someone who started again after their erasure joined later than it: they stay."""
        erased_at = self.last_erasures()
        again = 0
        for telegram_id, joined in await members.joined():
            when = erased_at.get(self.hasher.of_id(telegram_id))
            if when is not None and when > joined and await members.erase(telegram_id):
                again += 1
        return again
