"""The bot's own records about the community groups: newcomers held until they finish the
onboarding, the last welcome in each group, and what the group's admins were already told."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from storage.db import Repository, to_db_time
from storage.rows import from_row


@dataclass(frozen=True)
class LastWelcome:
    welcome_id: int
    welcome_kind: str
    welcomed_at: datetime


class GroupRepository(Repository):
    async def hold(self, chat_id: int, member_id: int, now: datetime) -> None:
        await self._db.execute(
            "INSERT OR IGNORE INTO group_holds (chat_id, member_id, held_at) VALUES (?, ?, ?)",
            (chat_id, member_id, to_db_time(now)),
        )

    async def release(self, chat_id: int, member_id: int) -> bool:
        deleted = await self._db.execute(
            "DELETE FROM group_holds WHERE chat_id = ? AND member_id = ?", (chat_id, member_id)
        )
        return deleted > 0

    async def holds_of(self, member_id: int) -> tuple[int, ...]:
        rows = await self._db.fetch_all(
            "SELECT chat_id FROM group_holds WHERE member_id = ? ORDER BY chat_id", (member_id,)
        )
        return tuple(row["chat_id"] for row in rows)

    async def is_held(self, chat_id: int, member_id: int) -> bool:
        row = await self._db.fetch_one(
            "SELECT 1 FROM group_holds WHERE chat_id = ? AND member_id = ?", (chat_id, member_id)
        )
        return row is not None

    async def last_welcome(self, chat_id: int) -> LastWelcome | None:
        row = await self._db.fetch_one(
            "SELECT welcome_id, welcome_kind, welcomed_at FROM group_state"
            " WHERE chat_id = ? AND welcome_id IS NOT NULL",
            (chat_id,),
        )
        return from_row(LastWelcome, row) if row else None

    async def welcomed(self, chat_id: int, message_id: int, kind: str, now: datetime) -> None:
        await self._db.execute(
            "INSERT INTO group_state (chat_id, welcome_id, welcome_kind, welcomed_at)"
            " VALUES (?, ?, ?, ?) ON CONFLICT (chat_id) DO UPDATE SET"
            " welcome_id = excluded.welcome_id, welcome_kind = excluded.welcome_kind,"
            " welcomed_at = excluded.welcomed_at",
            (chat_id, message_id, kind, to_db_time(now)),
        )

    async def note_cannot_restrict(self, chat_id: int, cannot: bool) -> bool:
        """Record whether the bot may restrict here; True if that is news (admins not told)."""
        changed = await self._db.execute(
            "INSERT INTO group_state (chat_id, cannot_restrict) VALUES (?, ?)"
            " ON CONFLICT (chat_id) DO UPDATE SET cannot_restrict = excluded.cannot_restrict"
            " WHERE cannot_restrict != excluded.cannot_restrict",
            (chat_id, int(cannot)),
        )
        return changed > 0
