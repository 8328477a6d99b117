"""Projects, their coordinators, applications and the messages sent through the bot."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime

from storage.db import Database, from_db_time, to_db_time


@dataclass(frozen=True)
class NewProject:
    title: str
    description: str
    causes: tuple[str, ...]
    skills: tuple[str, ...]
    city: str | None  # None: remote
    min_age: int
    max_age: int
    hours_per_week: int
    days: tuple[str, ...]
    places: int
    deadline: date | None


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


@dataclass(frozen=True)
class ProjectMessage:
    member_id: int | None
    staff_id: int | None
    text: str
    sent_at: datetime


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


_PROJECT = (
    "SELECT p.*, (SELECT count(*) FROM applications a"
    " WHERE a.project_id = p.id AND a.status = 'accepted') AS taken FROM projects p"
)


@dataclass(frozen=True)
class CandidateScoring:
    """A project's side of the score, with the weights (bot/matching.py decides them)."""

    causes_mask: int
    causes_bits: int
    skills_mask: int
    skills_bits: int
    days_mask: int
    city: str | None
    hours_per_week: int
    weight_cause: int
    weight_skill: int
    weight_remote: int
    weight_city: int
    weight_days: int
    weight_hours: int


def _popcount(expression: str, bits: int) -> str:
    """How many of the low `bits` bits are set, in SQL (SQLite has no popcount)."""
    return " + ".join(f"(({expression} >> {bit}) & 1)" for bit in range(bits))


def _project(row: sqlite3.Row) -> Project:
    return Project(
        id=row["id"],
        title=row["title"],
        description=row["description"],
        causes=tuple(json.loads(row["causes"])),
        skills=tuple(json.loads(row["skills"])),
        city=row["city"],
        min_age=row["min_age"],
        max_age=row["max_age"],
        hours_per_week=row["hours_per_week"],
        days=tuple(json.loads(row["days"])),
        places=row["places"],
        deadline=date.fromisoformat(row["deadline"]) if row["deadline"] else None,
        status=row["status"],
        created_by=row["created_by"],
        published_at=from_db_time(row["published_at"]) if row["published_at"] else None,
        taken=row["taken"],
    )


def _application(row: sqlite3.Row) -> Application:
    return Application(
        id=row["id"],
        project_id=row["project_id"],
        member_id=row["member_id"],
        status=row["status"],
        message=row["message"],
        reason=row["reason"],
        created_at=from_db_time(row["created_at"]),
    )


class ProjectRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

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

    async def set_status(self, project_id: int, status: str, now: datetime) -> None:
        await self._db.execute(
            "UPDATE projects SET status = ?,"
            " published_at = CASE WHEN ? = 'open' THEN coalesce(published_at, ?)"
            " ELSE published_at END WHERE id = ?",
            (status, status, to_db_time(now), project_id),
        )

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

    async def decide(
        self,
        application_id: int,
        from_status: str,
        to_status: str,
        reason: str | None,
        now: datetime,
    ) -> bool:
        """Move an application on, only from the status it is expected to have (a second tap,
        or a stale button, changes nothing)."""
        changed = await self._db.execute(
            "UPDATE applications SET status = ?, reason = ?, decided_at = ?"
            " WHERE id = ? AND status = ?",
            (to_status, reason, to_db_time(now), application_id, from_status),
        )
        return changed > 0

    async def accept(self, application_id: int, now: datetime) -> bool:
        """Accept only while a place is left, in one statement: two coordinators accepting at
        the same moment can never overfill a project."""
        changed = await self._db.execute(
            "UPDATE applications SET status = 'accepted', decided_at = ?"
            " WHERE id = ? AND status = 'applied'"
            " AND (SELECT count(*) FROM applications a WHERE a.project_id = applications.project_id"
            "      AND a.status = 'accepted')"
            "   < (SELECT places FROM projects p WHERE p.id = applications.project_id)",
            (to_db_time(now), application_id),
        )
        return changed > 0

    async def excluded_for(self, member_id: int) -> set[int]:
        """Projects never to suggest again to this member: any application but an invitation."""
        rows = await self._db.fetch_all(
            "SELECT project_id FROM applications WHERE member_id = ? AND status != 'invited'",
            (member_id,),
        )
        return {row["project_id"] for row in rows}

    async def participants(self, project_id: int) -> list[int]:
        rows = await self._db.fetch_all(
            "SELECT member_id FROM applications WHERE project_id = ? AND status = 'accepted'"
            " ORDER BY decided_at",
            (project_id,),
        )
        return [row["member_id"] for row in rows]

    # --- candidates and invitations --------------------------------------------------------

    async def takes_invitations(self, member_id: int) -> bool:
        """Unless the member switched invitations off in /settings (rule 15 (d))."""
        row = await self._db.fetch_one(
            "SELECT invitations FROM preferences WHERE member_id = ?", (member_id,)
        )
        return row is None or bool(row["invitations"])

    async def candidate_rows(
        self, project_id: int, born_from: int, born_to: int
    ) -> list[sqlite3.Row]:
        """Members who may be suggested to this project's coordinators: onboarded, visible to
        matching (rule 16), open to invitations (rule 15), reachable, born in the years the age
        range allows, and with no application or invitation for it yet."""
        return await self._db.fetch_all(
            "SELECT p.member_id, p.birth_year, p.birth_month, p.first_name, p.city,"
            " p.causes, p.skills, p.days, p.hours_per_week FROM profiles p"
            " JOIN members m ON m.telegram_id = p.member_id AND m.reachable = 1"
            " JOIN consents c ON c.member_id = p.member_id AND c.purpose = 'matching'"
            "  AND c.granted = 1"
            " WHERE p.completed_at IS NOT NULL AND p.birth_year BETWEEN ? AND ?"
            " AND NOT EXISTS (SELECT 1 FROM applications a"
            "  WHERE a.project_id = ? AND a.member_id = p.member_id)"
            " AND NOT EXISTS (SELECT 1 FROM preferences pr"
            "  WHERE pr.member_id = p.member_id AND pr.invitations = 0)",
            (born_from, born_to, project_id),
        )

    async def ranked_candidates(
        self,
        project_id: int,
        born_months: tuple[int, int],
        scoring: CandidateScoring,
        limit: int,
    ) -> list[sqlite3.Row]:
        """The fast path of candidates: the same pre-filter as `candidate_rows`, with the birth
        month range exact (year * 12 + month), scored and sorted in SQL; the best `limit` rows,
        each with its `score`. Tests check it against the reference scoring in Python."""
        causes = _popcount(f"(p.causes_mask & {scoring.causes_mask:d})", scoring.causes_bits)
        skills = _popcount(f"(p.skills_mask & {scoring.skills_mask:d})", scoring.skills_bits)
        return await self._db.fetch_all(
            "SELECT p.member_id, p.birth_year, p.birth_month, p.first_name, p.city,"
            " p.causes, p.skills, p.days, p.hours_per_week,"
            f" (? * ({causes}) + ? * ({skills})"
            "  + CASE WHEN ? THEN ? WHEN p.city = ? THEN ? ELSE 0 END"
            "  + CASE WHEN (p.days_mask & ?) != 0 THEN ? ELSE 0 END"
            "  + CASE WHEN p.hours_per_week >= ? THEN ? ELSE 0 END) AS score"
            " FROM profiles p"
            " JOIN members m ON m.telegram_id = p.member_id AND m.reachable = 1"
            " JOIN consents c ON c.member_id = p.member_id AND c.purpose = 'matching'"
            "  AND c.granted = 1"
            " WHERE p.completed_at IS NOT NULL"
            " AND p.birth_year * 12 + p.birth_month BETWEEN ? AND ?"
            " AND NOT EXISTS (SELECT 1 FROM applications a"
            "  WHERE a.project_id = ? AND a.member_id = p.member_id)"
            " AND NOT EXISTS (SELECT 1 FROM preferences pr"
            "  WHERE pr.member_id = p.member_id AND pr.invitations = 0)"
            " ORDER BY score DESC, p.member_id LIMIT ?",
            (
                scoring.weight_cause,
                scoring.weight_skill,
                int(scoring.city is None),
                scoring.weight_remote,
                scoring.city,
                scoring.weight_city,
                scoring.days_mask,
                scoring.weight_days,
                scoring.hours_per_week,
                scoring.weight_hours,
                born_months[0],
                born_months[1],
                project_id,
                limit,
            ),
        )

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
        self, project_id: int, member_id: int | None, staff_id: int | None, text: str, now: datetime
    ) -> None:
        await self._db.execute(
            "INSERT INTO project_messages (project_id, member_id, staff_id, text, sent_at)"
            " VALUES (?, ?, ?, ?, ?)",
            (project_id, member_id, staff_id, text, to_db_time(now)),
        )

    async def messages(self, project_id: int, limit: int) -> list[ProjectMessage]:
        rows = await self._db.fetch_all(
            "SELECT * FROM (SELECT * FROM project_messages WHERE project_id = ?"
            " ORDER BY sent_at DESC, id DESC LIMIT ?) ORDER BY sent_at, id",
            (project_id, limit),
        )
        return [
            ProjectMessage(
                row["member_id"], row["staff_id"], row["text"], from_db_time(row["sent_at"])
            )
            for row in rows
        ]
