"""What a moderator's member card reads that no other repository does: the member's warnings and
sanctions, the reports about them and by them, their applications and their answers to events.
Reads only, over the shared moderation schema (migration 0021)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from storage.db import Repository
from storage.rows import from_row


@dataclass(frozen=True)
class Joined:
    """A member's row in `members`: when they first wrote, and their language."""

    created_at: datetime
    language: str | None
    app_language: str | None


@dataclass(frozen=True)
class Named:
    """A member with a first name, as a moderator picks them from several of the same name."""

    member_id: int
    first_name: str
    birth_year: int | None
    birth_month: int | None
    city: str | None
    remote_only: bool


@dataclass(frozen=True)
class SanctionRow:
    kind: str  # warn, mute, ban, kick
    at: datetime
    until: datetime | None
    reason: str | None
    lifted_at: datetime | None
    by_id: int | None  # None: the bot (flood, the warning limit)
    source: str  # command, warn_limit, flood, report
    lifted_by: int | None
    lifted_reason: str | None  # "warn_limit": a warning that led to the automatic mute


@dataclass(frozen=True)
class ReportRow:
    """A report about the member or made by them, as the card lists it."""

    id: int
    category: str
    at: datetime
    state: str  # open, handled, dismissed
    outcome: str | None
    handled_name: str | None  # the lead's or moderator's first name, kept on the report
    about: bool  # about the member (else made by them)


@dataclass(frozen=True)
class ReportCounts:
    about_open: int
    about_closed: int
    by_open: int
    by_closed: int
    recent: tuple[ReportRow, ...]  # the newest about them or by them


@dataclass(frozen=True)
class Totals:
    """How many of each a member has, beyond the newest rows a card lists."""

    sanctions: int
    applications: int
    answers: int


@dataclass(frozen=True)
class ApplicationRow:
    title: str
    status: str
    created_at: datetime


@dataclass(frozen=True)
class AnswerRow:
    title: str
    starts_at: datetime
    answer: str
    cancelled: bool


REPORTS_SHOWN = 6  # one button each under the card's reports section
LIST_LIMIT = 20  # rows of one kind read for a card: more is counted, not listed


class MemberRecordRepository(Repository):
    async def named(self) -> list[Named]:
        """Every member with a first name (a community's few thousand at most)."""
        rows = await self._db.fetch_all(
            "SELECT member_id, first_name, birth_year, birth_month, city, remote_only"
            " FROM profiles WHERE first_name IS NOT NULL ORDER BY first_name, member_id"
        )
        return [from_row(Named, row) for row in rows]

    async def joined(self, member_id: int) -> Joined | None:
        row = await self._db.fetch_one(
            "SELECT created_at, language, app_language FROM members WHERE telegram_id = ?",
            (member_id,),
        )
        return from_row(Joined, row) if row else None

    async def totals(self, member_id: int) -> Totals:
        row = await self._db.fetch_one(
            "SELECT (SELECT count(*) FROM sanctions WHERE member_id = :m) AS sanctions,"
            " (SELECT count(*) FROM applications WHERE member_id = :m) AS applications,"
            " (SELECT count(*) FROM rsvps WHERE member_id = :m) AS answers",
            {"m": member_id},
        )
        assert row is not None
        return from_row(Totals, row)

    async def sanctions(self, member_id: int) -> list[SanctionRow]:
        rows = await self._db.fetch_all(
            "SELECT kind, at, until, reason, lifted_at, by_id, source, lifted_by, lifted_reason"
            " FROM sanctions WHERE member_id = ?"
            " ORDER BY at DESC, id DESC LIMIT ?",
            (member_id, LIST_LIMIT),
        )
        return [from_row(SanctionRow, row) for row in rows]

    async def reports(self, member_id: int) -> ReportCounts:
        row = await self._db.fetch_one(
            "SELECT"
            " count(*) FILTER (WHERE reported_id = :m AND state = 'open') AS about_open,"
            " count(*) FILTER (WHERE reported_id = :m AND state != 'open') AS about_closed,"
            " count(*) FILTER (WHERE reporter_id = :m AND state = 'open') AS by_open,"
            " count(*) FILTER (WHERE reporter_id = :m AND state != 'open') AS by_closed"
            " FROM reports WHERE reported_id = :m OR reporter_id = :m",
            {"m": member_id},
        )
        rows = await self._db.fetch_all(
            "SELECT id, category, at, state, outcome, handled_name, reported_id IS :m AS about"
            " FROM reports WHERE reported_id = :m OR reporter_id = :m"
            " ORDER BY at DESC, id DESC LIMIT :limit",
            {"m": member_id, "limit": REPORTS_SHOWN},
        )
        assert row is not None
        return ReportCounts(
            about_open=int(row["about_open"]),
            about_closed=int(row["about_closed"]),
            by_open=int(row["by_open"]),
            by_closed=int(row["by_closed"]),
            recent=tuple(from_row(ReportRow, r) for r in rows),
        )

    async def applications(self, member_id: int) -> list[ApplicationRow]:
        rows = await self._db.fetch_all(
            "SELECT p.title, a.status, a.created_at FROM applications AS a"
            " JOIN projects AS p ON p.id = a.project_id WHERE a.member_id = ?"
            " ORDER BY a.created_at DESC LIMIT ?",
            (member_id, LIST_LIMIT),
        )
        return [from_row(ApplicationRow, row) for row in rows]

    async def answers(self, member_id: int) -> list[AnswerRow]:
        rows = await self._db.fetch_all(
            "SELECT e.title, e.starts_at, r.answer, e.status = 'cancelled' AS cancelled"
            " FROM rsvps AS r JOIN events AS e ON e.id = r.event_id WHERE r.member_id = ?"
            " ORDER BY e.starts_at DESC LIMIT ?",
            (member_id, LIST_LIMIT),
        )
        return [from_row(AnswerRow, row) for row in rows]
