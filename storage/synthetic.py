"""Bulk inserts of synthetic members and projects, for the benchmarks in bench/ (the bot itself
never uses this module). One transaction each, so 100,000 rows take seconds, not minutes."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime

from storage.db import Database, to_db_time
from storage.projects import NewProject, project_values

# (id, birth year, birth month, first name, city, causes, skills, days, weekly hours, consent to
#  matching, (causes mask, skills mask, days mask))
MemberRow = tuple[
    int, int, int, str, str | None, Sequence[str], Sequence[str], Sequence[str], int, bool,
    tuple[int, int, int],
]  # fmt: skip


async def insert_members(db: Database, members: Sequence[MemberRow], now: datetime) -> None:
    at = to_db_time(now)
    async with db.transaction() as tx:
        await tx.execute_many(
            "INSERT INTO members (telegram_id, language, created_at, last_seen_at)"
            " VALUES (?, 'it', ?, ?)",
            ((m[0], at, at) for m in members),
        )
        await tx.execute_many(
            "INSERT INTO profiles (member_id, birth_year, birth_month, first_name, city,"
            " remote_only, causes, skills, days, hours_per_week, completed_at,"
            " causes_mask, skills_mask, days_mask)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                (
                    member_id, year, month, name, city, int(city is None),
                    json.dumps(list(causes)), json.dumps(list(skills)), json.dumps(list(days)),
                    hours, at, *masks,
                )
                for member_id, year, month, name, city, causes, skills, days, hours, _, masks
                in members
            ),
        )  # fmt: skip
        await tx.execute_many(
            "INSERT INTO consents (member_id, purpose, granted, notice_version, given_by,"
            " method, decided_at) VALUES (?, 'matching', ?, '1', 'member', 'bot', ?)",
            ((m[0], int(m[9]), at) for m in members),
        )


async def insert_open_projects(
    db: Database, projects: Sequence[NewProject], coordinator: int, now: datetime
) -> None:
    at = to_db_time(now)
    async with db.transaction() as tx:
        for new in projects:
            row = await tx.fetch_one(
                "INSERT INTO projects (title, description, causes, skills, city, min_age,"
                " max_age, hours_per_week, days, places, deadline, status, created_by,"
                " created_at, published_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'open', ?, ?, ?) RETURNING id",
                (*project_values(new), coordinator, at, at),
            )
            assert row is not None
            await tx.execute(
                "INSERT INTO project_coordinators (project_id, coordinator_id) VALUES (?, ?)",
                (row["id"], coordinator),
            )
