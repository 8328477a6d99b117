"""Reads for the dashboards (/stats and /export): the whole community at once, as plain rows.
Nothing here names anyone to staff; the service decides what leaves the bot."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from bot.domain.projects import NewProject
from storage.db import Repository
from storage.rows import from_row


@dataclass(frozen=True)
class MemberRow:
    member_id: int  # links answers to a member; never written to a file
    birth_year: int | None
    birth_month: int | None
    city: str | None  # None: remote only
    causes: tuple[str, ...]
    skills: tuple[str, ...]
    days: tuple[str, ...]
    hours_per_week: int | None
    completed_at: datetime
    language: str | None
    consents: tuple[str, ...]  # the purposes granted now


@dataclass(frozen=True)
class ProjectRow(NewProject):
    id: int
    status: str
    created_at: datetime
    published_at: datetime | None
    applied: int  # waiting for a decision
    accepted: int
    applications: int  # every application and invitation, whatever became of it


@dataclass(frozen=True)
class EventRow:
    id: int
    title: str
    starts_at: datetime
    duration_minutes: int
    place: str | None
    link: str | None
    capacity: int | None
    project: str | None  # the linked project's title
    min_age: int | None
    max_age: int | None
    status: str
    going: int
    maybe: int
    declined: int
    waiting: int


@dataclass(frozen=True)
class AnswerRow:
    event_id: int
    member_id: int
    answer: str
    answered_at: datetime


def _count(answer: str) -> str:
    return f"(SELECT count(*) FROM rsvps r WHERE r.event_id = e.id AND r.answer {answer})"


_MEMBERS = (
    "SELECT p.*, m.language, (SELECT json_group_array(c.purpose) FROM consents c"
    " WHERE c.member_id = p.member_id AND c.granted = 1) AS consents"
    " FROM profiles p JOIN members m ON m.telegram_id = p.member_id"
    " WHERE p.completed_at IS NOT NULL ORDER BY p.completed_at, p.member_id"
)
_PROJECTS = (
    "SELECT p.*,"
    " (SELECT count(*) FROM applications a WHERE a.project_id = p.id"
    "  AND a.status = 'applied') AS applied,"
    " (SELECT count(*) FROM applications a WHERE a.project_id = p.id"
    "  AND a.status = 'accepted') AS accepted,"
    " (SELECT count(*) FROM applications a WHERE a.project_id = p.id) AS applications"
    " FROM projects p ORDER BY p.created_at, p.id"
)
# A seat offered from the waitlist is held for them: counted with Going, as the seats are.
_GOING, _MAYBE = _count("IN ('going', 'offered')"), _count("= 'maybe'")
_DECLINED, _WAITING = _count("= 'no'"), _count("= 'waitlist'")
_EVENTS = (
    f"SELECT e.*, p.title AS project, {_GOING} AS going, {_MAYBE} AS maybe,"
    f" {_DECLINED} AS declined, {_WAITING} AS waiting"
    " FROM events e LEFT JOIN projects p ON p.id = e.project_id ORDER BY e.starts_at, e.id"
)


class StatsRepository(Repository):
    async def members(self) -> list[MemberRow]:
        """Members who finished the onboarding, in the order they joined."""
        return [from_row(MemberRow, row) for row in await self._db.fetch_all(_MEMBERS)]

    async def projects(self) -> list[ProjectRow]:
        """Every project, drafts included, oldest first."""
        return [from_row(ProjectRow, row) for row in await self._db.fetch_all(_PROJECTS)]

    async def application_statuses(self) -> dict[str, int]:
        rows = await self._db.fetch_all(
            "SELECT status, count(*) AS n FROM applications GROUP BY status"
        )
        return {str(row["status"]): int(row["n"]) for row in rows}

    async def events(self) -> list[EventRow]:
        """Every event, cancelled ones included, by start."""
        return [from_row(EventRow, row) for row in await self._db.fetch_all(_EVENTS)]

    async def answers(self) -> list[AnswerRow]:
        """Every answer to an event, by event and then by when it was given."""
        rows = await self._db.fetch_all(
            "SELECT event_id, member_id, answer, answered_at FROM rsvps"
            " ORDER BY event_id, answered_at, member_id"
        )
        return [from_row(AnswerRow, row) for row in rows]
