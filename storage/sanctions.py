"""Warnings, mutes, bans and kicks in the community groups (table `sanctions`, migration 0021).

A member is found by the keyed hash of their Telegram id, never by the id alone: after
/deleteme the id is gone but the hash stays, so a member who comes back is still recognised
(safeguarding rule 11)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from storage.db import Repository, Transaction, to_db_time
from storage.rows import from_row


@dataclass(frozen=True)
class Sanction:
    id: int
    kind: str  # warn, mute, ban, kick
    chat_id: int
    member_hash: str
    member_id: int | None  # None once the member erased their data
    reason: str | None
    by_id: int | None  # None: the bot itself (warning limit, flood), or an erased person
    source: str  # command, warn_limit, flood, report
    report_id: int | None
    at: datetime
    until: datetime | None  # a warning's expiry; a mute's or ban's end; None: until lifted
    lifted_at: datetime | None
    lifted_by: int | None
    lifted_reason: str | None
    message_id: int | None = None  # the group message it answered (0026)

    def in_force(self, now: datetime) -> bool:
        return self.lifted_at is None and (self.until is None or self.until > now)


@dataclass(frozen=True)
class NewSanction:
    kind: str
    chat_id: int
    member_hash: str
    member_id: int
    reason: str | None
    by_id: int | None
    at: datetime
    until: datetime | None
    source: str = "command"
    report_id: int | None = None
    message_id: int | None = None


_IN_FORCE = "lifted_at IS NULL AND (until IS NULL OR until > ?)"


class SanctionRepository(Repository):
    async def add(self, new: NewSanction) -> Sanction:
        row = await self._db.fetch_one(
            "INSERT INTO sanctions (kind, chat_id, member_hash, member_id, reason, by_id, source,"
            " report_id, at, until, message_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            " RETURNING *",
            (
                new.kind,
                new.chat_id,
                new.member_hash,
                new.member_id,
                new.reason,
                new.by_id,
                new.source,
                new.report_id,
                to_db_time(new.at),
                to_db_time(new.until) if new.until else None,
                new.message_id,
            ),
        )
        assert row is not None
        return from_row(Sanction, row)

    async def get(self, sanction_id: int) -> Sanction | None:
        row = await self._db.fetch_one("SELECT * FROM sanctions WHERE id = ?", (sanction_id,))
        return from_row(Sanction, row) if row else None

    async def in_force(
        self, member_hash: str, chat_id: int, kind: str, now: datetime
    ) -> list[Sanction]:
        """The member's sanctions of this kind in this chat still in force, newest first."""
        rows = await self._db.fetch_all(
            f"SELECT * FROM sanctions WHERE member_hash = ? AND chat_id = ? AND kind = ?"
            f" AND {_IN_FORCE} ORDER BY at DESC, id DESC",
            (member_hash, chat_id, kind, to_db_time(now)),
        )
        return [from_row(Sanction, row) for row in rows]

    async def of_member(self, member_hash: str) -> list[Sanction]:
        """Every sanction the member ever had, in any group, newest first."""
        rows = await self._db.fetch_all(
            "SELECT * FROM sanctions WHERE member_hash = ? ORDER BY at DESC, id DESC",
            (member_hash,),
        )
        return [from_row(Sanction, row) for row in rows]

    async def lift(
        self, sanction_id: int, by_id: int | None, reason: str | None, now: datetime
    ) -> bool:
        """Lift a sanction still in force; False if it was already lifted or had ended."""
        changed = await self._db.execute(
            "UPDATE sanctions SET lifted_at = ?, lifted_by = ?, lifted_reason = ?"
            f" WHERE id = ? AND {_IN_FORCE}",
            (to_db_time(now), by_id, reason, sanction_id, to_db_time(now)),
        )
        return changed > 0


ERASED = "erased"  # the member_hash of a sanction that no longer names anyone


async def forget_person(tx: Transaction, telegram_id: int, now: datetime) -> None:
    """Part of erasing a person (rule 11). A sanction of theirs still in force keeps the keyed
    hash, so an erasure lifts nothing and a return is recognised; one that is over no longer
    names them (nor says why). Their id also leaves what they did as a moderator."""
    await tx.execute(
        f"UPDATE sanctions SET member_hash = ?, reason = NULL, lifted_reason = NULL"
        f" WHERE member_id = ? AND NOT ({_IN_FORCE})",
        (ERASED, telegram_id, to_db_time(now)),
    )
    for column in ("member_id", "by_id", "lifted_by"):
        # Column names come from the tuple above, never from input.
        await tx.execute(f"UPDATE sanctions SET {column} = NULL WHERE {column} = ?", (telegram_id,))
