"""One conversation per person: the guided flow they are in, its step and its data."""

from __future__ import annotations

import json
from collections.abc import Collection
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from storage.db import Repository, Transaction, from_db_time, to_db_time


@dataclass(frozen=True)
class Conversation:
    flow: str
    step: str
    data: dict[str, Any]
    updated_at: datetime | None = None  # None until stored


# A typed-text question sits on top of the flow it interrupted, kept in its data under this key.
UNDER = "under"


def beneath(conversation: Conversation) -> Conversation | None:
    """The flow a question interrupted, if any."""
    under = conversation.data.get(UNDER)
    if not isinstance(under, dict):
        return None
    return Conversation(str(under["flow"]), str(under["step"]), dict(under["data"]))


def find(conversation: Conversation | None, flows: Collection[str]) -> Conversation | None:
    """The conversation if it is one of these flows, or the one a question interrupted."""
    if conversation is None:
        return None
    if conversation.flow in flows:
        return conversation
    under = beneath(conversation)
    return under if under is not None and under.flow in flows else None


async def put(tx: Transaction, telegram_id: int, conversation: Conversation, now: datetime) -> None:
    """Store it inside the caller's transaction, in place of whatever the person was in."""
    await tx.execute(
        "INSERT INTO conversations (telegram_id, flow, step, data, updated_at)"
        " VALUES (?, ?, ?, ?, ?) ON CONFLICT (telegram_id) DO UPDATE SET flow = excluded.flow,"
        " step = excluded.step, data = excluded.data, updated_at = excluded.updated_at",
        (
            telegram_id,
            conversation.flow,
            conversation.step,
            json.dumps(conversation.data, ensure_ascii=False),
            to_db_time(now),
        ),
    )


async def remove(tx: Transaction, telegram_id: int, flows: Collection[str]) -> int:
    """End the person's conversation if it is one of these flows (never someone else's)."""
    marks = ", ".join("?" for _ in flows)
    return await tx.execute(
        f"DELETE FROM conversations WHERE telegram_id = ? AND flow IN ({marks})",
        (telegram_id, *flows),
    )


class ConversationRepository(Repository):
    async def get(self, telegram_id: int) -> Conversation | None:
        row = await self._db.fetch_one(
            "SELECT flow, step, data, updated_at FROM conversations WHERE telegram_id = ?",
            (telegram_id,),
        )
        if row is None:
            return None
        return Conversation(
            row["flow"], row["step"], json.loads(row["data"]), from_db_time(row["updated_at"])
        )

    async def save(self, telegram_id: int, conversation: Conversation, now: datetime) -> None:
        async with self._db.transaction() as tx:
            await put(tx, telegram_id, conversation, now)

    async def drop(self, telegram_id: int, flows: Collection[str]) -> bool:
        async with self._db.transaction() as tx:
            return await remove(tx, telegram_id, flows) > 0
