"""Member profiles and where each person is in the onboarding."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from storage.conversations import Conversation, ConversationRepository, find, put, remove
from storage.db import Database, Repository, to_db_time
from storage.rows import from_row

PROFILE_FIELDS = frozenset(
    {
        "birth_year",
        "birth_month",
        "first_name",
        "city",
        "remote_only",
        "causes",
        "skills",
        "days",
        "hours_per_week",
        "causes_mask",
        "skills_mask",
        "days_mask",
    }
)
_JSON_FIELDS = frozenset({"causes", "skills", "days"})
# The conversations the onboarding keeps its progress in (conversations.flow).
PROFILE_FLOWS = ("onboarding", "profile_edit")


@dataclass(frozen=True)
class Profile:
    member_id: int
    birth_year: int | None = None
    birth_month: int | None = None
    first_name: str | None = None
    city: str | None = None
    remote_only: bool = False
    causes: tuple[str, ...] = ()
    skills: tuple[str, ...] = ()
    days: tuple[str, ...] = ()
    hours_per_week: int | None = None
    completed_at: datetime | None = field(default=None)


def decode_profile(row: sqlite3.Row) -> Profile:
    return from_row(Profile, row)


@dataclass(frozen=True)
class Progress:
    """Where a person is in the conversation: a question, and where to go once it is answered."""

    step: str
    return_to: str | None = None  # None: the onboarding's next question
    pending: str | None = None  # a typed city waiting for "Did you mean…?"
    paused: bool = False


class ProfileRepository(Repository):
    def __init__(self, db: Database) -> None:
        super().__init__(db)
        self._conversations = ConversationRepository(db)

    async def get(self, member_id: int) -> Profile | None:
        row = await self._db.fetch_one("SELECT * FROM profiles WHERE member_id = ?", (member_id,))
        return decode_profile(row) if row else None

    async def progress(self, member_id: int) -> Progress | None:
        """Where the person is in the onboarding or a profile edit, if that is their
        conversation now."""
        conversation = find(await self._conversations.get(member_id), PROFILE_FLOWS)
        if conversation is None:
            return None
        data = conversation.data
        return Progress(
            conversation.step, data.get("return_to"), data.get("pending"), bool(data.get("paused"))
        )

    async def save(
        self,
        member_id: int,
        values: Mapping[str, Any],
        progress: Progress | None,
        now: datetime,
    ) -> None:
        """Store answers and where the conversation goes next, together: a crash keeps both or
        neither. `progress=None` ends the conversation (an edit is over)."""
        unknown = set(values) - PROFILE_FIELDS
        if unknown:
            raise ValueError(f"not profile fields: {sorted(unknown)}")
        stored = {
            name: json.dumps(list(value)) if name in _JSON_FIELDS else value
            for name, value in values.items()
        }
        async with self._db.transaction() as tx:
            if stored:
                # Column names come from PROFILE_FIELDS above, never from input.
                columns = ", ".join(stored)
                placeholders = ", ".join("?" for _ in stored)
                assignments = ", ".join(f"{name} = excluded.{name}" for name in stored)
                await tx.execute(
                    f"INSERT INTO profiles (member_id, {columns}) VALUES (?, {placeholders})"
                    f" ON CONFLICT (member_id) DO UPDATE SET {assignments}",
                    (member_id, *stored.values()),
                )
            if progress is None:
                await remove(tx, member_id, PROFILE_FLOWS)
            else:
                flow = "profile_edit" if progress.return_to == "profile" else "onboarding"
                data = {
                    "return_to": progress.return_to,
                    "pending": progress.pending,
                    "paused": progress.paused,
                }
                await put(tx, member_id, Conversation(flow, progress.step, data), now)

    async def complete(self, member_id: int, now: datetime) -> None:
        async with self._db.transaction() as tx:
            await tx.execute(
                "UPDATE profiles SET completed_at = ? WHERE member_id = ?",
                (to_db_time(now), member_id),
            )
            await remove(tx, member_id, PROFILE_FLOWS)
