"""Projects, their coordinators, applications and the messages sent through the bot."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from bot.domain.projects import NewProject
from storage.db import to_db_time
from storage.matching import MatchingReads
from storage.rows import from_row


@dataclass(frozen=True)
class Project(NewProject):
    id: int
    status: str
    created_by: int
    published_at: datetime | None
    taken: int  # accepted participants

    @property
    def places_left(self) -> int:
        return max(self.places - self.taken, 0)


@dataclass(frozen=True)
class Application:
    id: int
    project_id: int
    member_id: int
    status: str
    message: str | None
    reason: str | None
    created_at: datetime
    decided_at: datetime | None = None
    decided_by: int | None = None  # the coordinator who accepted or declined it


@dataclass(frozen=True)
class ProjectMessage:
    member_id: int | None
    staff_id: int | None
    text: str
    sent_at: datetime
    held: str | None = None  # "contacts": stopped by rule 24, never delivered
    minors_from: datetime | None = None  # quiet hours kept it from minors until then
    to_member_id: int | None = None  # a coordinator's reply to this participant alone
    to_former: int | None = None  # a reply to one participant who has since left (rule 17)
    id: int = 0


def project_values(new: NewProject) -> tuple[object, ...]:
    """The columns title … deadline, in that order, as stored."""
    return (
        new.title,
        new.description,
        json.dumps(list(new.causes)),
        json.dumps(list(new.skills)),
        new.city,
        new.min_age,
        new.max_age,
        new.hours_per_week,
        json.dumps(list(new.days)),
        new.places,
        new.deadline.isoformat() if new.deadline else None,
    )


_TAKEN = (
    "(SELECT count(*) FROM applications t WHERE t.project_id = p.id AND t.status = 'accepted')"
    " AS taken"
)
_PROJECT = f"SELECT p.*, {_TAKEN} FROM projects p"
_APPLICATION_COLUMNS = (
    "id",
    "project_id",
    "member_id",
    "status",
    "message",
    "reason",
    "created_at",
    "decided_at",
    "decided_by",
)


def _project(row: sqlite3.Row) -> Project:
    return from_row(Project, row)


def _application(row: sqlite3.Row, prefix: str = "") -> Application:
    return from_row(Application, row, prefix)


class ProjectRepository(MatchingReads):
    async def create_many(
        self, projects: Iterable[NewProject], created_by: int, now: datetime
    ) -> list[int]:
        """All or nothing: one transaction."""
        ids = []
        async with self._db.transaction() as tx:
            for new in projects:
                row = await tx.fetch_one(
                    "INSERT INTO projects (title, description, causes, skills, city, min_age,"
                    " max_age, hours_per_week, days, places, deadline, status, created_by,"
                    " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'draft', ?, ?)"
                    " RETURNING id",
                    (*project_values(new), created_by, to_db_time(now)),
                )
                assert row is not None
                ids.append(row["id"])
                await tx.execute(
                    "INSERT INTO project_coordinators (project_id, coordinator_id) VALUES (?, ?)",
                    (row["id"], created_by),
                )
        return ids

    async def update(
        self, project_id: int, new: NewProject, coordinator_ids: Iterable[int]
    ) -> None:
        """New answers for every field, and the coordinators (replaced), in one transaction."""
        async with self._db.transaction() as tx:
            await tx.execute(
                "UPDATE projects SET title = ?, description = ?, causes = ?, skills = ?,"
                " city = ?, min_age = ?, max_age = ?, hours_per_week = ?, days = ?, places = ?,"
                " deadline = ? WHERE id = ?",
                (*project_values(new), project_id),
            )
            await tx.execute("DELETE FROM project_coordinators WHERE project_id = ?", (project_id,))
            for coordinator_id in coordinator_ids:
                await tx.execute(
                    "INSERT INTO project_coordinators (project_id, coordinator_id) VALUES (?, ?)",
                    (project_id, coordinator_id),
                )

    async def add_coordinators(self, project_id: int, coordinator_ids: Iterable[int]) -> None:
        async with self._db.transaction() as tx:
            for coordinator_id in coordinator_ids:
                await tx.execute(
                    "INSERT INTO project_coordinators (project_id, coordinator_id) VALUES (?, ?)"
                    " ON CONFLICT DO NOTHING",
                    (project_id, coordinator_id),
                )

    async def remove_coordinator(self, project_id: int, coordinator_id: int) -> bool:
        """One coordinator leaves the project, never the last one (a project always has
        someone to answer its applications): in one statement, so two stepping down at once
        cannot both go."""
        changed = await self._db.execute(
            "DELETE FROM project_coordinators WHERE project_id = ? AND coordinator_id = ?"
            " AND (SELECT count(*) FROM project_coordinators c WHERE c.project_id = ?) > 1",
            (project_id, coordinator_id, project_id),
        )
        return changed > 0

    async def deciders(self, project_id: int) -> dict[int, int]:
        """Who accepted or declined each member's application to the project, by member."""
        rows = await self._db.fetch_all(
            "SELECT member_id, decided_by FROM applications"
            " WHERE project_id = ? AND decided_by IS NOT NULL",
            (project_id,),
        )
        return {row["member_id"]: row["decided_by"] for row in rows}

    async def titles_taken(self, titles: Iterable[str]) -> set[str]:
        wanted = [title.casefold() for title in titles]
        if not wanted:
            return set()
        placeholders = ", ".join("?" for _ in wanted)
        rows = await self._db.fetch_all(
            f"SELECT lower(title) AS t FROM projects WHERE lower(title) IN ({placeholders})",
            tuple(wanted),
        )
        return {row["t"] for row in rows}

    async def get(self, project_id: int) -> Project | None:
        row = await self._db.fetch_one(f"{_PROJECT} WHERE p.id = ?", (project_id,))
        return _project(row) if row else None

    async def many(self, project_ids: Iterable[int]) -> list[Project]:
        """The projects with these ids that exist, in one query, by id."""
        wanted = sorted(set(project_ids))
        if not wanted:
            return []
        placeholders = ", ".join("?" for _ in wanted)
        rows = await self._db.fetch_all(
            f"{_PROJECT} WHERE p.id IN ({placeholders}) ORDER BY p.id", tuple(wanted)
        )
        return [_project(row) for row in rows]

    async def of_coordinator(self, coordinator_id: int) -> list[Project]:
        rows = await self._db.fetch_all(
            f"{_PROJECT} JOIN project_coordinators c ON c.project_id = p.id"
            " WHERE c.coordinator_id = ? ORDER BY p.status = 'closed', p.created_at DESC, p.id",
            (coordinator_id,),
        )
        return [_project(row) for row in rows]

    async def listed(self) -> list[Project]:
        """Every project past its draft, by title."""
        rows = await self._db.fetch_all(f"{_PROJECT} WHERE p.status != 'draft' ORDER BY p.title")
        return [_project(row) for row in rows]

    async def without_coordinators(self) -> list[Project]:
        """Projects (not closed) nobody runs: their coordinators were removed from the staff."""
        rows = await self._db.fetch_all(
            f"{_PROJECT} WHERE p.status != 'closed' AND NOT EXISTS"
            " (SELECT 1 FROM project_coordinators c WHERE c.project_id = p.id)"
            " ORDER BY p.title, p.id"
        )
        return [_project(row) for row in rows]

    async def open_projects(self) -> list[Project]:
        rows = await self._db.fetch_all(f"{_PROJECT} WHERE p.status = 'open'")
        return [_project(row) for row in rows]

    async def coordinators(self, project_id: int) -> list[int]:
        rows = await self._db.fetch_all(
            "SELECT coordinator_id FROM project_coordinators WHERE project_id = ?"
            " ORDER BY coordinator_id",
            (project_id,),
        )
        return [row["coordinator_id"] for row in rows]

    async def coordinators_of(self, project_ids: Iterable[int]) -> dict[int, list[int]]:
        """Who runs each of these projects, in one query, by project."""
        wanted = sorted(set(project_ids))
        if not wanted:
            return {}
        placeholders = ", ".join("?" for _ in wanted)
        rows = await self._db.fetch_all(
            "SELECT project_id, coordinator_id FROM project_coordinators"
            f" WHERE project_id IN ({placeholders}) ORDER BY project_id, coordinator_id",
            tuple(wanted),
        )
        found: dict[int, list[int]] = {}
        for row in rows:
            found.setdefault(row["project_id"], []).append(row["coordinator_id"])
        return found

    async def set_status(
        self, project_id: int, status: str, now: datetime, *, only_from: Iterable[str] = ()
    ) -> bool:
        """`only_from`: the statuses it may change from, checked in the same statement (two
        colleagues pressing at once: one changes it). Whether it changed."""
        before = tuple(only_from)
        where = f" AND status IN ({', '.join('?' for _ in before)})" if before else ""
        changed = await self._db.execute(
            "UPDATE projects SET status = ?,"
            " published_at = CASE WHEN ? = 'open' THEN coalesce(published_at, ?)"
            f" ELSE published_at END WHERE id = ?{where}",
            (status, status, to_db_time(now), project_id, *before),
        )
        return changed > 0

    # --- applications ----------------------------------------------------------------------

    async def apply(
        self, project_id: int, member_id: int, message: str | None, now: datetime
    ) -> int | None:
        """A new application, or an invitation turned into one; None if there already is one."""
        row = await self._db.fetch_one(
            "INSERT INTO applications (project_id, member_id, status, message, created_at)"
            " VALUES (?, ?, 'applied', ?, ?) ON CONFLICT (project_id, member_id) DO UPDATE SET"
            " status = 'applied', message = excluded.message, created_at = excluded.created_at"
            " WHERE applications.status = 'invited' RETURNING id",
            (project_id, member_id, message, to_db_time(now)),
        )
        return row["id"] if row else None

    async def application(self, application_id: int) -> Application | None:
        row = await self._db.fetch_one("SELECT * FROM applications WHERE id = ?", (application_id,))
        return _application(row) if row else None

    async def applications_of(self, member_id: int) -> list[Application]:
        rows = await self._db.fetch_all(
            "SELECT * FROM applications WHERE member_id = ? ORDER BY created_at DESC, id DESC",
            (member_id,),
        )
        return [_application(row) for row in rows]

    async def applications_with_projects(self, member_id: int) -> list[tuple[Application, Project]]:
        """The member's applications, newest first, each with its project: one query."""
        columns = ", ".join(f"a.{name} AS a_{name}" for name in _APPLICATION_COLUMNS)
        rows = await self._db.fetch_all(
            f"SELECT {columns}, p.*, {_TAKEN} FROM applications a"
            " JOIN projects p ON p.id = a.project_id WHERE a.member_id = ?"
            " ORDER BY a.created_at DESC, a.id DESC",
            (member_id,),
        )
        return [(_application(row, "a_"), _project(row)) for row in rows]

    async def decide(
        self,
        application_id: int,
        from_status: str,
        to_status: str,
        reason: str | None,
        now: datetime,
        by: int | None = None,
    ) -> bool:
        """Move an application on, only from the status it is expected to have (a second tap,
        or a stale button, changes nothing); `by`: the coordinator who decided."""
        changed = await self._db.execute(
            "UPDATE applications SET status = ?, reason = ?, decided_at = ?, decided_by = ?"
            " WHERE id = ? AND status = ?",
            (to_status, reason, to_db_time(now), by, application_id, from_status),
        )
        return changed > 0

    async def accept(self, application_id: int, now: datetime, by: int | None = None) -> bool:
        """Accept only while a place is left, in one statement: two coordinators accepting at
        the same moment can never overfill a project."""
        changed = await self._db.execute(
            "UPDATE applications SET status = 'accepted', decided_at = ?, decided_by = ?"
            " WHERE id = ? AND status = 'applied'"
            " AND (SELECT count(*) FROM applications a WHERE a.project_id = applications.project_id"
            "      AND a.status = 'accepted')"
            "   < (SELECT places FROM projects p WHERE p.id = applications.project_id)",
            (to_db_time(now), by, application_id),
        )
        return changed > 0

    async def accept_invitation(
        self, application_id: int, message: str | None, now: datetime
    ) -> bool:
        """The member says yes to an invitation: a participant at once, only while a place is
        left and the project is open, in one statement (as `accept`)."""
        changed = await self._db.execute(
            "UPDATE applications SET status = 'accepted', decided_at = ?,"
            " message = coalesce(?, message) WHERE id = ? AND status = 'invited'"
            " AND (SELECT count(*) FROM applications a WHERE a.project_id = applications.project_id"
            "      AND a.status = 'accepted')"
            "   < (SELECT places FROM projects p WHERE p.id = applications.project_id"
            "      AND p.status = 'open')",
            (to_db_time(now), message, application_id),
        )
        return changed > 0

    async def participants(self, project_id: int) -> list[int]:
        rows = await self._db.fetch_all(
            "SELECT member_id FROM applications WHERE project_id = ? AND status = 'accepted'"
            " ORDER BY decided_at",
            (project_id,),
        )
        return [row["member_id"] for row in rows]

    async def participant_names(self, project_id: int) -> list[tuple[int, str | None]]:
        """Who is in, in the order they were accepted, each with her first name: one query."""
        rows = await self._db.fetch_all(
            "SELECT a.member_id, p.first_name FROM applications a"
            " LEFT JOIN profiles p ON p.member_id = a.member_id"
            " WHERE a.project_id = ? AND a.status = 'accepted' ORDER BY a.decided_at, a.id",
            (project_id,),
        )
        return [(row["member_id"], row["first_name"]) for row in rows]

    # --- candidates and invitations --------------------------------------------------------

    async def takes_invitations(self, member_id: int) -> bool:
        """Unless the member switched invitations off in /settings (rule 15 (d))."""
        row = await self._db.fetch_one(
            "SELECT invitations FROM preferences WHERE member_id = ?", (member_id,)
        )
        return row is None or bool(row["invitations"])

    async def invitations_since(self, project_id: int, since: datetime) -> int:
        row = await self._db.fetch_one(
            "SELECT count(*) AS n FROM applications WHERE project_id = ? AND invited_at >= ?",
            (project_id, to_db_time(since)),
        )
        return row["n"] if row else 0

    async def invite(self, project_id: int, member_id: int, now: datetime) -> int | None:
        row = await self._db.fetch_one(
            "INSERT INTO applications (project_id, member_id, status, created_at, invited_at)"
            " VALUES (?, ?, 'invited', ?, ?) ON CONFLICT (project_id, member_id) DO NOTHING"
            " RETURNING id",
            (project_id, member_id, to_db_time(now), to_db_time(now)),
        )
        return row["id"] if row else None

    # --- messages --------------------------------------------------------------------------

    async def log_message(
        self,
        project_id: int,
        member_id: int | None,
        staff_id: int | None,
        text: str,
        now: datetime,
        *,
        held: str | None = None,
    ) -> int:
        async with self._db.transaction() as tx:
            return await tx.insert(
                "INSERT INTO project_messages"
                " (project_id, member_id, staff_id, text, sent_at, held) VALUES (?, ?, ?, ?, ?, ?)",
                (project_id, member_id, staff_id, text, to_db_time(now), held),
            )

    async def minors_waited(self, message_id: int, until: datetime) -> None:
        await self._db.execute(
            "UPDATE project_messages SET minors_from = ? WHERE id = ?",
            (to_db_time(until), message_id),
        )

    async def messages(self, project_id: int) -> list[ProjectMessage]:
        """The project's whole log, newest first."""
        rows = await self._db.fetch_all(
            "SELECT * FROM project_messages WHERE project_id = ? ORDER BY sent_at DESC, id DESC",
            (project_id,),
        )
        return [from_row(ProjectMessage, row) for row in rows]

    # --- the coordinator's desk ------------------------------------------------------------

    async def waiting(self, project_ids: Iterable[int]) -> list[Application]:
        """The applications waiting for an answer in these projects, oldest first."""
        wanted = sorted(set(project_ids))
        if not wanted:
            return []
        placeholders = ", ".join("?" for _ in wanted)
        rows = await self._db.fetch_all(
            "SELECT * FROM applications WHERE status = 'applied'"
            f" AND project_id IN ({placeholders}) ORDER BY created_at, id",
            tuple(wanted),
        )
        return [_application(row) for row in rows]
