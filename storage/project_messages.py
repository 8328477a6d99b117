"""The project log read as threads: one per participant (what they wrote and the replies to
them alone) and one for what went to all the participants."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from storage.db import Repository, from_db_time, to_db_time
from storage.projects import ProjectMessage
from storage.rows import from_row

# Whose thread a message is in: its member's, or the member a reply was for; NULL for everyone.
_PERSON = "COALESCE(member_id, to_member_id)"


@dataclass(frozen=True)
class ThreadOf:
    """A logged message, and the participant whose thread it is in (None: to everyone)."""

    message_id: int
    project_id: int
    member_id: int | None


@dataclass(frozen=True)
class ThreadSummary:
    member_id: int | None  # None: the messages to all the participants
    count: int
    last_at: datetime


class ProjectMessageRepository(Repository):
    async def log_reply(
        self,
        project_id: int,
        staff_id: int,
        to_member_id: int,
        text: str,
        now: datetime,
        *,
        held: str | None = None,
    ) -> int:
        """What a coordinator wrote to one participant alone, in that member's thread."""
        async with self._db.transaction() as tx:
            return await tx.insert(
                "INSERT INTO project_messages (project_id, staff_id, to_member_id, text, sent_at,"
                " held) VALUES (?, ?, ?, ?, ?, ?)",
                (project_id, staff_id, to_member_id, text, to_db_time(now), held),
            )

    async def thread_of(self, message_id: int) -> ThreadOf | None:
        """None once it is gone (the member was erased, and their thread with them)."""
        row = await self._db.fetch_one(
            f"SELECT id, project_id, {_PERSON} AS person FROM project_messages WHERE id = ?",
            (message_id,),
        )
        return None if row is None else ThreadOf(row["id"], row["project_id"], row["person"])

    async def threads(self, project_id: int, *, with_held: bool) -> list[ThreadSummary]:
        """The project's threads, the most recently active first (`with_held`: the texts held
        for contact details count too)."""
        rows = await self._db.fetch_all(
            f"SELECT {_PERSON} AS person, count(*) AS n, max(sent_at) AS last_at"
            " FROM project_messages WHERE project_id = ? AND (? OR held IS NULL)"
            f" GROUP BY {_PERSON} ORDER BY last_at DESC",
            (project_id, with_held),
        )
        return [
            ThreadSummary(row["person"], row["n"], from_db_time(row["last_at"])) for row in rows
        ]

    async def thread(
        self, project_id: int, member_id: int | None, *, with_held: bool
    ) -> list[ProjectMessage]:
        """One thread, oldest first: it reads as the conversation it was."""
        rows = await self._db.fetch_all(
            "SELECT * FROM project_messages WHERE project_id = ? AND (? OR held IS NULL)"
            f" AND {_PERSON} IS ? ORDER BY sent_at, id",
            (project_id, with_held, member_id),
        )
        return [from_row(ProjectMessage, row) for row in rows]
