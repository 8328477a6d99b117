"""A member's preferences (besides language and consents)."""

from __future__ import annotations

from dataclasses import dataclass

from storage.db import Repository


@dataclass(frozen=True)
class Preferences:
    remind_maybe: bool = False  # "Maybe" answers to events get reminders too
    invitations: bool = True  # coordinators may invite them to projects (rule 15 (d))


class PreferenceRepository(Repository):
    async def get(self, member_id: int) -> Preferences:
        row = await self._db.fetch_one(
            "SELECT remind_maybe, invitations FROM preferences WHERE member_id = ?", (member_id,)
        )
        if row is None:
            return Preferences()
        return Preferences(
            remind_maybe=bool(row["remind_maybe"]), invitations=bool(row["invitations"])
        )

    async def set_invitations(self, member_id: int, value: bool) -> None:
        await self._db.execute(
            "INSERT INTO preferences (member_id, invitations) VALUES (?, ?)"
            " ON CONFLICT (member_id) DO UPDATE SET invitations = excluded.invitations",
            (member_id, int(value)),
        )

    async def set_remind_maybe(self, member_id: int, value: bool) -> None:
        await self._db.execute(
            "INSERT INTO preferences (member_id, remind_maybe) VALUES (?, ?)"
            " ON CONFLICT (member_id) DO UPDATE SET remind_maybe = excluded.remind_maybe",
            (member_id, int(value)),
        )
