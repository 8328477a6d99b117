"""The members an audience picks, among those an announcement may reach now: one query.

Who may receive at all (rules 2, 12, 14): a finished profile, reachable, the announcements
consent granted, and no guardian consent waiting or unchecked. The conditions that SQL can
answer (causes, skills, city, projects, events) are in the query; ages and the language people
read the bot in are decided by the service from the rows (they need today's date and the
default language)."""

from __future__ import annotations

from dataclasses import dataclass

from bot.domain.audience import Audience, Condition, Field
from storage.db import Repository
from storage.guardians import adults_may_reach


@dataclass(frozen=True)
class Candidate:
    telegram_id: int
    birth_year: int | None
    birth_month: int | None
    language: str | None
    app_language: str | None


def _in_list(column: str, count: int) -> str:
    marks = ", ".join("?" for _ in range(count))
    return f"EXISTS (SELECT 1 FROM json_each({column}) j WHERE j.value IN ({marks}))"


def _city(values: tuple[str, ...]) -> tuple[str, list[object]]:
    cities = [value.casefold() for value in values if value != "remote"]
    parts = ["p.remote_only = 1"] if "remote" in values else []
    if cities:
        marks = ", ".join("?" for _ in cities)
        parts.append(f"(p.remote_only = 0 AND lower(p.city) IN ({marks}))")
    return "(" + (" OR ".join(parts) or "0") + ")", list(cities)


def _project(values: tuple[str, ...]) -> tuple[str, list[object]]:
    marks = ", ".join("?" for _ in values)
    sql = (
        "EXISTS (SELECT 1 FROM applications a WHERE a.member_id = m.telegram_id"
        f" AND a.status = 'accepted' AND a.project_id IN ({marks}))"
    )
    return sql, [int(value) for value in values]


def _event(values: tuple[str, ...]) -> tuple[str, list[object]]:
    pairs = [value.split(":", 1) for value in values]
    checks = " OR ".join("(r.event_id = ? AND r.answer = ?)" for _ in pairs)
    params: list[object] = [item for event, answer in pairs for item in (int(event), answer)]
    sql = f"EXISTS (SELECT 1 FROM rsvps r WHERE r.member_id = m.telegram_id AND ({checks}))"
    return sql, params


def condition_sql(condition: Condition) -> tuple[str, list[object]] | None:
    """The condition as SQL over `m` (members) and `p` (profiles); None for those the service
    decides (ages, language)."""
    values = condition.values
    params: list[object]
    if condition.field in {Field.CAUSE, Field.SKILL}:
        column = "p.causes" if condition.field is Field.CAUSE else "p.skills"
        sql, params = _in_list(column, len(values)), list(values)
    elif condition.field is Field.CITY:
        sql, params = _city(values)
    elif condition.field is Field.PROJECT:
        sql, params = _project(values)
    elif condition.field is Field.EVENT:
        sql, params = _event(values)
    else:
        return None
    return (f"NOT {sql}" if condition.exclude else sql), params


class AudienceRepository(Repository):
    async def candidates(self, audience: Audience) -> list[Candidate]:
        """Everyone an announcement may reach now who meets the audience's SQL conditions."""
        where = [
            "m.reachable = 1",
            "p.completed_at IS NOT NULL",
            "EXISTS (SELECT 1 FROM consents c WHERE c.member_id = m.telegram_id"
            " AND c.purpose = 'announcements' AND c.granted = 1)",
            adults_may_reach("m.telegram_id"),
        ]
        params: list[object] = []
        for condition in audience.conditions:
            found = condition_sql(condition)
            if found is not None:
                where.append(found[0])
                params.extend(found[1])
        rows = await self._db.fetch_all(
            "SELECT m.telegram_id, p.birth_year, p.birth_month, m.language, m.app_language"
            " FROM members m JOIN profiles p ON p.member_id = m.telegram_id"
            f" WHERE {' AND '.join(where)} ORDER BY m.telegram_id",
            params,
        )
        return [
            Candidate(
                row["telegram_id"],
                row["birth_year"],
                row["birth_month"],
                row["language"],
                row["app_language"],
            )
            for row in rows
        ]

    async def coordinated_projects(self, coordinator_id: int) -> set[int]:
        rows = await self._db.fetch_all(
            "SELECT project_id FROM project_coordinators WHERE coordinator_id = ?",
            (coordinator_id,),
        )
        return {row["project_id"] for row in rows}

    async def projects_of_events(self, event_ids: frozenset[int]) -> dict[int, int | None]:
        """Each event's project (None: an event of no project)."""
        if not event_ids:
            return {}
        marks = ", ".join("?" for _ in event_ids)
        rows = await self._db.fetch_all(
            f"SELECT id, project_id FROM events WHERE id IN ({marks})", tuple(event_ids)
        )
        return {row["id"]: row["project_id"] for row in rows}

    async def projects_to_pick(self, coordinator_id: int | None) -> list[tuple[int, str]]:
        """(id, title) of the projects whose participants a sender may pick: a coordinator's
        own, or every project past its draft (None: a moderator)."""
        own = "" if coordinator_id is None else " AND p.id IN (SELECT project_id FROM"
        own += "" if coordinator_id is None else " project_coordinators WHERE coordinator_id = ?)"
        rows = await self._db.fetch_all(
            f"SELECT p.id, p.title FROM projects p WHERE p.status != 'draft'{own} ORDER BY p.title",
            () if coordinator_id is None else (coordinator_id,),
        )
        return [(row["id"], row["title"]) for row in rows]

    async def events_to_pick(
        self, coordinator_id: int | None, since: str
    ) -> list[tuple[int, str, str]]:
        """(id, title, starts_at) of the events whose answers a sender may pick: those of a
        coordinator's projects, or any (None), not cancelled, from `since` on, soonest first."""
        own = ""
        params: list[object] = [since]
        if coordinator_id is not None:
            own = (
                " AND e.project_id IN (SELECT project_id FROM project_coordinators"
                " WHERE coordinator_id = ?)"
            )
            params.append(coordinator_id)
        rows = await self._db.fetch_all(
            "SELECT e.id, e.title, e.starts_at FROM events e"
            f" WHERE e.status = 'open' AND e.starts_at >= ?{own} ORDER BY e.starts_at, e.id",
            params,
        )
        return [(row["id"], row["title"], row["starts_at"]) for row in rows]

    async def titles(self, project_ids: set[int], event_ids: set[int]) -> dict[str, str]:
        """Titles for the audience in words: keys "p<id>" and "e<id>"."""
        found: dict[str, str] = {}
        for table, prefix, ids in (("projects", "p", project_ids), ("events", "e", event_ids)):
            if ids:
                marks = ", ".join("?" for _ in ids)
                rows = await self._db.fetch_all(
                    f"SELECT id, title FROM {table} WHERE id IN ({marks})", tuple(ids)
                )
                found.update({f"{prefix}{row['id']}": row["title"] for row in rows})
        return found
