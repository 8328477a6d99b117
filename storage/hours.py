"""A member's credited volunteering time (the attendance organisers marked, with each event's
title and start) and the statements of hours handed out for school, found again by their code."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from datetime import datetime

from storage.db import Repository, from_db_time, to_db_time


@dataclass(frozen=True)
class StatementLine:
    """One event as a statement printed it."""

    title: str
    day: str  # the local date, ISO
    minutes: int


@dataclass(frozen=True)
class HourStatement:
    """A statement as printed, but for the code and the surname (kept only as keyed hashes)."""

    code_hash: str
    member_id: int
    first_name: str
    surname_hash: str
    school_year: int
    total_minutes: int
    lines: tuple[StatementLine, ...]
    issued_at: datetime

    @property
    def reference(self) -> str:
        """A short name for it in the audit log: a piece of the code's hash, which gives the
        code back to nobody."""
        return self.code_hash[:8]


def _statement(row: sqlite3.Row) -> HourStatement:
    lines = tuple(
        StatementLine(line["title"], line["day"], line["minutes"])
        for line in json.loads(row["lines"])
    )
    return HourStatement(
        code_hash=row["code_hash"],
        member_id=row["member_id"],
        first_name=row["first_name"],
        surname_hash=row["surname_hash"],
        school_year=row["school_year"],
        total_minutes=row["total_minutes"],
        lines=lines,
        issued_at=from_db_time(row["issued_at"]),
    )


class HourRepository(Repository):
    async def add_statement(self, statement: HourStatement) -> bool:
        """False if the code's hash is taken (drawn twice: the caller draws another)."""
        lines = [
            {"title": line.title, "day": line.day, "minutes": line.minutes}
            for line in statement.lines
        ]
        added = await self._db.execute(
            "INSERT INTO hour_statements (code_hash, member_id, first_name, surname_hash,"
            " school_year, total_minutes, lines, issued_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT (code_hash) DO NOTHING",
            (
                statement.code_hash,
                statement.member_id,
                statement.first_name,
                statement.surname_hash,
                statement.school_year,
                statement.total_minutes,
                json.dumps(lines, ensure_ascii=False),
                to_db_time(statement.issued_at),
            ),
        )
        return added > 0

    async def statement(self, code_hash: str) -> HourStatement | None:
        row = await self._db.fetch_one(
            "SELECT * FROM hour_statements WHERE code_hash = ?", (code_hash,)
        )
        return _statement(row) if row is not None else None

    async def withdrawn(self, code_hash: str) -> bool:
        row = await self._db.fetch_one(
            "SELECT 1 FROM withdrawn_statements WHERE code_hash = ?", (code_hash,)
        )
        return row is not None

    async def statements_of(self, member_id: int) -> list[HourStatement]:
        rows = await self._db.fetch_all(
            "SELECT * FROM hour_statements WHERE member_id = ? ORDER BY issued_at", (member_id,)
        )
        return [_statement(row) for row in rows]
