"""Appeals against sanctions (tables `appeals` and `sanctions`, 0021; `appeal_cards`, 0027): the
sanctions a member may appeal, the appeal and its one decision, and where its cards went.

Sanctions are the sanctions feature's to write; here they are only read."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime

from storage.db import Repository, to_db_time
from storage.rows import from_row

# What an appeal can be about: a kick is over once it happened (the member may join again).
APPEALABLE_KINDS = ("warn", "mute", "ban")


@dataclass(frozen=True)
class Sanction:
    """A sanction as an appeal sees it."""

    id: int
    kind: str
    chat_id: int
    member_id: int | None
    reason: str | None
    by_id: int | None
    source: str
    at: datetime
    until: datetime | None
    lifted_at: datetime | None
    lifted_by: int | None

    def ended(self, now: datetime) -> str | None:
        """'lifted' or 'expired' once it no longer holds; None while it does."""
        if self.lifted_at is not None:
            return "lifted"
        if self.until is not None and self.until <= now:
            return "expired"
        return None


@dataclass(frozen=True)
class Appeal:
    id: int
    sanction_id: int
    text: str | None
    at: datetime
    state: str  # open, upheld, lifted
    decided_by: int | None
    decided_at: datetime | None
    decision_reason: str | None
    ended_before: str | None  # the sanction ended before anyone decided: 'expired', 'lifted'
    decided_by_name: str | None


@dataclass(frozen=True)
class Decider:
    """The moderator who closes an appeal, and when."""

    telegram_id: int
    name: str
    at: datetime


@dataclass(frozen=True)
class CardCopy:
    chat_id: int
    message_id: int
    language: str


_SANCTION = (
    "SELECT id, kind, chat_id, member_id, reason, by_id, source, at, until, lifted_at, lifted_by"
    " FROM sanctions"
)


class AppealRepository(Repository):
    async def appealable(self, member_id: int, now: datetime) -> list[Sanction]:
        """The member's warnings, mutes and bans still in force, newest first."""
        rows = await self._db.fetch_all(
            f"{_SANCTION} WHERE member_id = ? AND kind IN (?, ?, ?) AND lifted_at IS NULL"
            " AND (until IS NULL OR until > ?) ORDER BY at DESC, id DESC",
            (member_id, *APPEALABLE_KINDS, to_db_time(now)),
        )
        return [from_row(Sanction, row) for row in rows]

    async def sanction(self, sanction_id: int) -> Sanction | None:
        row = await self._db.fetch_one(f"{_SANCTION} WHERE id = ?", (sanction_id,))
        return from_row(Sanction, row) if row else None

    async def latest_of_sanction(self, sanction_id: int) -> Appeal | None:
        row = await self._db.fetch_one(
            "SELECT * FROM appeals WHERE sanction_id = ? ORDER BY id DESC LIMIT 1", (sanction_id,)
        )
        return from_row(Appeal, row) if row else None

    async def open(self, sanction_id: int, text: str | None, now: datetime) -> int | None:
        """A new appeal; None if one is open already (the unique index decides, not a read)."""
        try:
            row = await self._db.fetch_one(
                "INSERT INTO appeals (sanction_id, text, at) VALUES (?, ?, ?) RETURNING id",
                (sanction_id, text, to_db_time(now)),
            )
        except sqlite3.IntegrityError:
            return None
        return int(row["id"]) if row else None

    async def get(self, appeal_id: int) -> Appeal | None:
        row = await self._db.fetch_one("SELECT * FROM appeals WHERE id = ?", (appeal_id,))
        return from_row(Appeal, row) if row else None

    async def decide(self, appeal_id: int, state: str, by: Decider, reason: str) -> bool:
        """The one decision: True for the first; False if the appeal was no longer open."""
        changed = await self._db.execute(
            "UPDATE appeals SET state = ?, decided_by = ?, decided_by_name = ?, decided_at = ?,"
            " decision_reason = ? WHERE id = ? AND state = 'open'",
            (state, by.telegram_id, by.name, to_db_time(by.at), reason, appeal_id),
        )
        return changed == 1

    async def reopen(self, appeal_id: int) -> None:
        """A lift that could not happen: the appeal waits for a decision again."""
        await self._db.execute(
            "UPDATE appeals SET state = 'open', decided_by = NULL, decided_by_name = NULL,"
            " decided_at = NULL, decision_reason = NULL WHERE id = ? AND state = 'lifted'",
            (appeal_id,),
        )

    async def close_ended(self, appeal_id: int, ended: str, by: Decider) -> bool:
        """Closed without a decision: the sanction had ended (lifted counts as lifted, expired
        as kept). `by` is the moderator who found it so."""
        state = "lifted" if ended == "lifted" else "upheld"
        changed = await self._db.execute(
            "UPDATE appeals SET state = ?, decided_by = ?, decided_by_name = ?, decided_at = ?,"
            " ended_before = ? WHERE id = ? AND state = 'open'",
            (state, by.telegram_id, by.name, to_db_time(by.at), ended, appeal_id),
        )
        return changed == 1

    async def add_card(self, appeal_id: int, copy: CardCopy) -> None:
        await self._db.execute(
            "INSERT OR IGNORE INTO appeal_cards (appeal_id, chat_id, message_id, language)"
            " VALUES (?, ?, ?, ?)",
            (appeal_id, copy.chat_id, copy.message_id, copy.language),
        )

    async def cards(self, appeal_id: int) -> list[CardCopy]:
        rows = await self._db.fetch_all(
            "SELECT chat_id, message_id, language FROM appeal_cards WHERE appeal_id = ?"
            " ORDER BY rowid",
            (appeal_id,),
        )
        return [from_row(CardCopy, row) for row in rows]

    async def of_member(self, member_id: int) -> list[tuple[Appeal, Sanction]]:
        """For /mydata: every appeal against the member's sanctions, oldest first."""
        rows = await self._db.fetch_all(
            "SELECT a.*, s.kind AS s_kind, s.chat_id AS s_chat_id, s.member_id AS s_member_id,"
            " s.reason AS s_reason, s.by_id AS s_by_id, s.source AS s_source, s.at AS s_at,"
            " s.until AS s_until, s.lifted_at AS s_lifted_at, s.lifted_by AS s_lifted_by,"
            " s.id AS s_id"
            " FROM appeals a JOIN sanctions s ON s.id = a.sanction_id"
            " WHERE s.member_id = ? ORDER BY a.id",
            (member_id,),
        )
        return [(from_row(Appeal, row), from_row(Sanction, row, prefix="s_")) for row in rows]
