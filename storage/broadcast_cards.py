"""The copies of a broadcast's approval card (table `broadcast_cards`, 0032): each chat and
message, so every copy can be drawn again when the broadcast is decided or changed."""

from __future__ import annotations

from dataclasses import dataclass

from storage.db import Repository
from storage.rows import from_row


@dataclass(frozen=True)
class CardCopy:
    chat_id: int
    message_id: int
    language: str


class BroadcastCardRepository(Repository):
    async def add(self, broadcast_id: int, copy: CardCopy) -> None:
        await self._db.execute(
            "INSERT OR IGNORE INTO broadcast_cards (broadcast_id, chat_id, message_id, language)"
            " VALUES (?, ?, ?, ?)",
            (broadcast_id, copy.chat_id, copy.message_id, copy.language),
        )

    async def of(self, broadcast_id: int) -> list[CardCopy]:
        rows = await self._db.fetch_all(
            "SELECT chat_id, message_id, language FROM broadcast_cards WHERE broadcast_id = ?"
            " ORDER BY rowid",
            (broadcast_id,),
        )
        return [from_row(CardCopy, row) for row in rows]

    async def forget(self, broadcast_id: int) -> None:
        """Its copies drawn for an older text: the next decision is drawn on the new ones."""
        await self._db.execute(
            "DELETE FROM broadcast_cards WHERE broadcast_id = ?", (broadcast_id,)
        )

    async def holds(self, chat_id: int, message_id: int) -> bool:
        row = await self._db.fetch_one(
            "SELECT 1 FROM broadcast_cards WHERE chat_id = ? AND message_id = ?",
            (chat_id, message_id),
        )
        return row is not None
