"""The project log read as threads: one per participant (what they wrote and the replies to
them alone), one for what went to all the participants, and one for the replies to each
participant who has since left (detached from her: rule 17 keeps what adults wrote)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from storage.db import Repository, Transaction, from_db_time, to_db_time
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
    member_id: int | None  # None: the messages to all the participants, or to a former member
    count: int
    last_at: datetime
    former: int | None = None  # the replies to a participant who has left (her thread's key)


async def detach_replies(tx: Transaction, member_id: int) -> None:
    """Before a member goes (or keeps only her age): what coordinators wrote to her alone stays,
    no longer hers (to_member_id NULL, which the cascade would otherwise delete), in a thread
    of its own marked as to a former member. Her own messages go with her."""
    await tx.execute(
        "UPDATE project_messages SET to_former = (SELECT min(id) FROM project_messages"
        "  WHERE to_member_id = ?), to_member_id = NULL WHERE to_member_id = ?",
        (member_id, member_id),
    )


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

    async def has_thread(self, project_id: int, member_id: int) -> bool:
        """Whether anything was written by or to the member alone in the project."""
        row = await self._db.fetch_one(
            f"SELECT 1 FROM project_messages WHERE project_id = ? AND {_PERSON} = ? LIMIT 1",
            (project_id, member_id),
        )
        return row is not None

    async def had_part(self, project_id: int, user_id: int) -> bool:
        """Whether this adult ever ran the project, as far as what is kept shows: created it,
        wrote in it, was sent one of its application cards or decided an application."""
        row = await self._db.fetch_one(
            "SELECT EXISTS (SELECT 1 FROM projects WHERE id = ? AND created_by = ?)"
            " OR EXISTS (SELECT 1 FROM project_messages WHERE project_id = ? AND staff_id = ?)"
            " OR EXISTS (SELECT 1 FROM application_cards c JOIN applications a"
            "  ON a.id = c.application_id WHERE a.project_id = ? AND c.coordinator_id = ?)"
            " OR EXISTS (SELECT 1 FROM applications WHERE project_id = ? AND decided_by = ?)"
            " AS had",
            (project_id, user_id) * 4,
        )
        return bool(row and row["had"])

    async def threads(
        self, project_id: int, *, with_held: bool, with_former: bool = False
    ) -> list[ThreadSummary]:
        """The project's threads, the most recently active first (`with_held`: the texts held
        for contact details count too; `with_former`: the replies to members who have left)."""
        rows = await self._db.fetch_all(
            f"SELECT {_PERSON} AS person, to_former, count(*) AS n, max(sent_at) AS last_at"
            " FROM project_messages WHERE project_id = ? AND (? OR held IS NULL)"
            " AND (? OR to_former IS NULL)"
            f" GROUP BY {_PERSON}, to_former ORDER BY last_at DESC",
            (project_id, with_held, with_former),
        )
        return [
            ThreadSummary(row["person"], row["n"], from_db_time(row["last_at"]), row["to_former"])
            for row in rows
        ]

    async def thread(
        self, project_id: int, member_id: int | None, *, with_held: bool, former: int | None = None
    ) -> list[ProjectMessage]:
        """One thread, oldest first: it reads as the conversation it was (`former`: the
        replies to a member who has left, by their thread's key; `member_id` None then)."""
        rows = await self._db.fetch_all(
            "SELECT * FROM project_messages WHERE project_id = ? AND (? OR held IS NULL)"
            f" AND {_PERSON} IS ? AND to_former IS ? ORDER BY sent_at, id",
            (project_id, with_held, member_id, former),
        )
        return [from_row(ProjectMessage, row) for row in rows]
