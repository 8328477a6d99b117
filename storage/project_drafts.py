"""Projects being written with /newproject, one per coordinator."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from storage.db import Database, to_db_time


@dataclass(frozen=True)
class ProjectDraft:
    step: str
    data: dict[str, Any]


class ProjectDraftRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    async def get(self, coordinator_id: int) -> ProjectDraft | None:
        row = await self._db.fetch_one(
            "SELECT step, data FROM project_drafts WHERE coordinator_id = ?", (coordinator_id,)
        )
        return ProjectDraft(row["step"], json.loads(row["data"])) if row else None

    async def save(self, coordinator_id: int, draft: ProjectDraft, now: datetime) -> None:
        await self._db.execute(
            "INSERT INTO project_drafts (coordinator_id, step, data, updated_at)"
            " VALUES (?, ?, ?, ?) ON CONFLICT (coordinator_id) DO UPDATE SET"
            " step = excluded.step, data = excluded.data, updated_at = excluded.updated_at",
            (coordinator_id, draft.step, json.dumps(draft.data), to_db_time(now)),
        )

    async def drop(self, coordinator_id: int) -> None:
        await self._db.execute(
            "DELETE FROM project_drafts WHERE coordinator_id = ?", (coordinator_id,)
        )
