"""A member's preferences (besides language and consents)."""

from __future__ import annotations

from dataclasses import dataclass

from storage.db import Database


@dataclass(frozen=True)
class Preferences:
    remind_maybe: bool = False  # "Maybe" answers to events get reminders too


class PreferenceRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    async def get(self, member_id: int) -> Preferences:
        row = await self._db.fetch_one(
            "SELECT remind_maybe FROM preferences WHERE member_id = ?", (member_id,)
        )
        return Preferences(remind_maybe=bool(row["remind_maybe"])) if row else Preferences()

    async def set_remind_maybe(self, member_id: int, value: bool) -> None:
        await self._db.execute(
            "INSERT INTO preferences (member_id, remind_maybe) VALUES (?, ?)"
            " ON CONFLICT (member_id) DO UPDATE SET remind_maybe = excluded.remind_maybe",
            (member_id, int(value)),
        )
