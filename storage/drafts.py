"""Things a coordinator is writing one question at a time (/newproject, /newevent): the question
they are at and the answers so far, one draft per coordinator and kind."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Literal

from storage.db import Database, from_db_time, to_db_time

DraftTable = Literal["project_drafts", "event_drafts"]


@dataclass(frozen=True)
class Draft:
    step: str
    data: dict[str, Any]
    updated_at: datetime | None = None  # None until stored


class DraftRepository:
    def __init__(self, db: Database, table: DraftTable) -> None:
        self._db = db
        self._table = table  # one of two fixed names, never user input

    async def get(self, coordinator_id: int) -> Draft | None:
        row = await self._db.fetch_one(
            f"SELECT step, data, updated_at FROM {self._table} WHERE coordinator_id = ?",
            (coordinator_id,),
        )
        if row is None:
            return None
        return Draft(row["step"], json.loads(row["data"]), from_db_time(row["updated_at"]))

    async def save(self, coordinator_id: int, draft: Draft, now: datetime) -> None:
        await self._db.execute(
            f"INSERT INTO {self._table} (coordinator_id, step, data, updated_at)"
            " VALUES (?, ?, ?, ?) ON CONFLICT (coordinator_id) DO UPDATE SET"
            " step = excluded.step, data = excluded.data, updated_at = excluded.updated_at",
            (coordinator_id, draft.step, json.dumps(draft.data), to_db_time(now)),
        )

    async def drop(self, coordinator_id: int) -> None:
        await self._db.execute(
            f"DELETE FROM {self._table} WHERE coordinator_id = ?", (coordinator_id,)
        )
