"""Staff members: who they are, their role, and who brought them in."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from storage.db import Repository, to_db_time
from storage.rows import from_row


@dataclass(frozen=True)
class StaffMember:
    telegram_id: int
    role: str
    name: str
    added_at: datetime
    language: str | None = None
    invited_by_name: str | None = None
    confirmed_by_name: str | None = None
    confirmed_at: datetime | None = None


@dataclass(frozen=True)
class Enrolment:
    """A confirmed invite, as the staff row it becomes."""

    telegram_id: int
    role: str
    name: str
    language: str | None
    invited_by: int
    invited_by_name: str | None
    confirmed_by: int
    confirmed_by_name: str | None


class StaffRepository(Repository):
    async def all(self) -> list[StaffMember]:
        rows = await self._db.fetch_all("SELECT * FROM staff ORDER BY role, name")
        return [from_row(StaffMember, row) for row in rows]

    async def add(self, enrolment: Enrolment, now: datetime) -> None:
        e = enrolment
        await self._db.execute(
            "INSERT INTO staff (telegram_id, role, name, language, conduct_accepted_at, added_at,"
            " invited_by, invited_by_name, confirmed_by, confirmed_by_name, confirmed_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (telegram_id) DO UPDATE SET"
            " role = excluded.role, name = excluded.name, language = excluded.language,"
            " conduct_accepted_at = excluded.conduct_accepted_at,"
            " invited_by = excluded.invited_by, invited_by_name = excluded.invited_by_name,"
            " confirmed_by = excluded.confirmed_by,"
            " confirmed_by_name = excluded.confirmed_by_name, confirmed_at = excluded.confirmed_at",
            (
                e.telegram_id,
                e.role,
                e.name,
                e.language,
                to_db_time(now),
                to_db_time(now),
                e.invited_by,
                e.invited_by_name,
                e.confirmed_by,
                e.confirmed_by_name,
                to_db_time(now),
            ),
        )

    async def names(self) -> dict[int, str]:
        """The name of everyone who is or was on the staff (the current one wins): what the
        audit log calls them."""
        rows = await self._db.fetch_all(
            "SELECT telegram_id, name, 0 AS now FROM former_staff"
            " UNION ALL SELECT telegram_id, name, 1 AS now FROM staff ORDER BY now"
        )
        return {int(row["telegram_id"]): str(row["name"]) for row in rows}

    async def remove(self, telegram_id: int, now: datetime) -> bool:
        """The role goes, and with it every project they ran (co-coordinators carry on); the
        name stays in `former_staff` for the audit log."""
        async with self._db.transaction() as tx:
            await tx.execute(
                "INSERT INTO former_staff (telegram_id, name, role, removed_at)"
                " SELECT telegram_id, name, role, ? FROM staff WHERE telegram_id = ?"
                " ON CONFLICT (telegram_id) DO UPDATE SET name = excluded.name,"
                " role = excluded.role, removed_at = excluded.removed_at",
                (to_db_time(now), telegram_id),
            )
            removed = await tx.execute("DELETE FROM staff WHERE telegram_id = ?", (telegram_id,))
            await tx.execute(
                "DELETE FROM project_coordinators WHERE coordinator_id = ?", (telegram_id,)
            )
        return removed > 0
