"""Bulk inserts of synthetic members, projects, events, answers and tasks, for the benchmarks in
bench/ (the bot itself never uses this module). One transaction each, so 100,000 rows take
seconds, not minutes."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from bot.domain.catalog import CAUSES, DAYS, SKILLS
from bot.domain.matching import mask
from bot.domain.projects import NewProject
from storage.db import Database, to_db_time
from storage.events import NewEvent, event_values
from storage.projects import project_values


@dataclass(frozen=True, slots=True)
class SyntheticMember:
    """A member as insert_members writes her: her profile, and whether she consents to
    matching."""

    member_id: int
    birth_year: int
    birth_month: int
    first_name: str
    city: str | None  # None: remote only
    causes: Sequence[str]
    skills: Sequence[str]
    days: Sequence[str]
    hours_per_week: int
    matching: bool

    def profile_values(self, at: str) -> tuple[object, ...]:
        """The profiles row, completed at `at`, with the masks matching reads."""
        return (
            self.member_id, self.birth_year, self.birth_month, self.first_name, self.city,
            int(self.city is None), json.dumps(list(self.causes)), json.dumps(list(self.skills)),
            json.dumps(list(self.days)), self.hours_per_week, at,
            mask(self.causes, CAUSES), mask(self.skills, SKILLS), mask(self.days, DAYS),
        )  # fmt: skip


async def _insert_many(db: Database, sql: str, rows: Iterable[Sequence[object]]) -> None:
    async with db.transaction() as tx:
        await tx.execute_many(sql, rows)


async def insert_members(db: Database, members: Sequence[SyntheticMember], now: datetime) -> None:
    at = to_db_time(now)
    async with db.transaction() as tx:
        await tx.execute_many(
            "INSERT INTO members (telegram_id, language, created_at, last_seen_at)"
            " VALUES (?, 'it', ?, ?)",
            ((m.member_id, at, at) for m in members),
        )
        await tx.execute_many(
            "INSERT INTO profiles (member_id, birth_year, birth_month, first_name, city,"
            " remote_only, causes, skills, days, hours_per_week, completed_at,"
            " causes_mask, skills_mask, days_mask)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (m.profile_values(at) for m in members),
        )
        await tx.execute_many(
            "INSERT INTO consents (member_id, purpose, granted, notice_version, given_by,"
            " method, decided_at) VALUES (?, 'matching', ?, '1', 'member', 'bot', ?)",
            ((m.member_id, int(m.matching), at) for m in members),
        )


async def insert_guardian_requests(
    db: Database, requests: Iterable[tuple[int, str]], now: datetime
) -> None:
    """(member id, status): a guardian's request per member in that status; "to_verify" is an
    online consent no moderator has checked yet, "consented" a paper form (checked as recorded)."""
    at = to_db_time(now)
    await _insert_many(
        db,
        "INSERT INTO guardian_requests (member_id, reference_code, telegram_name, status,"
        " method, created_at, link_expires_at, decided_at, verified_at)"
        " VALUES (?, ?, 'Synthetic', ?, ?, ?, ?, ?, ?)",
        (
            (
                member_id,
                f"G{member_id}",
                "consented" if status == "to_verify" else status,
                "bot" if status == "to_verify" else "paper",
                at,
                at,
                at,
                at if status == "consented" else None,
            )
            for member_id, status in requests
        ),
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


async def grant_consents(
    db: Database, member_ids: Iterable[int], purpose: str, now: datetime
) -> None:
    """Consent to `purpose` granted by each member, under notice version 1 (the default)."""
    at = to_db_time(now)
    await _insert_many(
        db,
        "INSERT INTO consents (member_id, purpose, granted, notice_version, given_by,"
        " method, decided_at) VALUES (?, ?, 1, '1', 'member', 'bot', ?)"
        " ON CONFLICT (member_id, purpose) DO UPDATE SET granted = 1",
        ((member_id, purpose, at) for member_id in member_ids),
    )


async def insert_open_events(
    db: Database, events: Sequence[NewEvent], coordinator: int, now: datetime
) -> list[int]:
    """Open events created by `coordinator`; their ids, in order."""
    at = to_db_time(now)
    ids = []
    async with db.transaction() as tx:
        for new in events:
            row = await tx.fetch_one(
                "INSERT INTO events (title, description, starts_at, duration_minutes, place,"
                " link, capacity, project_id, min_age, max_age, reminder_minutes,"
                " participants_only, status, created_by, created_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'open', ?, ?) RETURNING id",
                (*event_values(new), coordinator, at),
            )
            assert row is not None
            ids.append(int(row["id"]))
    return ids


async def insert_going(db: Database, answers: Iterable[tuple[int, int]], now: datetime) -> None:
    """(event id, member id): "going" with a seat."""
    at = to_db_time(now)
    async with db.transaction() as tx:
        await tx.execute_many(
            "INSERT INTO rsvps (event_id, member_id, answer, seat, answered_at)"
            " VALUES (?, ?, 'going', 1, ?)",
            ((event_id, member_id, at) for event_id, member_id in answers),
        )


# (kind, payload, due at, member id, dedupe key)
TaskRow = tuple[str, dict[str, Any], datetime, int | None, str | None]


async def insert_pending_tasks(db: Database, tasks: Iterable[TaskRow], now: datetime) -> None:
    """Pending durable tasks, stored as TaskRepository.add stores them."""
    at = to_db_time(now)
    async with db.transaction() as tx:
        await tx.execute_many(
            "INSERT INTO tasks (kind, payload, due_at, member_id, dedupe_key, created_at)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (
                (
                    kind,
                    json.dumps(payload, ensure_ascii=False, sort_keys=True),
                    to_db_time(due_at),
                    member_id,
                    dedupe_key,
                    at,
                )
                for kind, payload, due_at, member_id, dedupe_key in tasks
            ),
        )
