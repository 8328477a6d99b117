"""The copies of an application card (table `application_cards`, 0035): which coordinator got
each, in which chat and message, so every copy can be drawn again once one of them decides."""

from __future__ import annotations

from dataclasses import dataclass

from storage.db import Repository
from storage.rows import from_row


@dataclass(frozen=True)
class ApplicationCardCopy:
    application_id: int
    coordinator_id: int
    chat_id: int
    message_id: int
    language: str


class ApplicationCardRepository(Repository):
    async def add(self, copy: ApplicationCardCopy) -> None:
        await self._db.execute(
            "INSERT OR IGNORE INTO application_cards"
            " (application_id, coordinator_id, chat_id, message_id, language)"
            " VALUES (?, ?, ?, ?, ?)",
            (
                copy.application_id,
                copy.coordinator_id,
                copy.chat_id,
                copy.message_id,
                copy.language,
            ),
        )

    async def of(self, application_id: int) -> list[ApplicationCardCopy]:
        rows = await self._db.fetch_all(
            "SELECT * FROM application_cards WHERE application_id = ? ORDER BY rowid",
            (application_id,),
        )
        return [from_row(ApplicationCardCopy, row) for row in rows]

    async def at(self, chat_id: int, message_id: int) -> ApplicationCardCopy | None:
        row = await self._db.fetch_one(
            "SELECT * FROM application_cards WHERE chat_id = ? AND message_id = ?",
            (chat_id, message_id),
        )
        return from_row(ApplicationCardCopy, row) if row else None
