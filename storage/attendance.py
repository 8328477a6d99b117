"""Who came to an event: the marks its organisers set after it ended, the time credited to each,
the people they may mark (those who said Going, and those they may add), and the events whose
organisers are still to be asked. First names and birth months only (for the age band): never a
username, a contact or a birth date. An erased member's marks go with her (ON DELETE CASCADE)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import Enum

from storage.db import Repository, to_db_time
from storage.guardians import adults_may_reach
from storage.rows import from_row
from storage.tasks import NewTask, insert_tasks

# An event's end, in seconds since 1970, from its stored start and length.
_END = "(CAST(strftime('%s', e.starts_at) AS INTEGER) + e.duration_minutes * 60)"
_SECONDS = "CAST(strftime('%s', :{name}) AS INTEGER)"


@dataclass(frozen=True)
class Person:
    """Someone the organisers may mark, as they may see them (rule 16)."""

    member_id: int
    first_name: str | None
    birth_year: int | None
    birth_month: int | None
    answer: (
        str | None
    )  # going, offered, maybe, waitlist, no; None: a participant who never answered
    minutes: int | None  # marked as come, with this much time; None: not marked
    added: bool  # marked without having said Going


@dataclass(frozen=True)
class Ended:
    """An ended event whose attendance its organisers may see."""

    id: int
    title: str
    starts_at: datetime
    duration_minutes: int
    marked: int


@dataclass(frozen=True)
class CameRecord:
    """An event the member was marked as having come to (/hours, the statement, /mydata)."""

    event: str
    starts_at: datetime
    minutes: int
    added: bool
    marked_at: datetime

    @property
    def title(self) -> str:
        """The event's title, as /hours and the statement name it."""
        return self.event


@dataclass(frozen=True)
class ProjectMark:
    """One mark among all the events of a project, for its file."""

    event_id: int
    title: str
    starts_at: datetime
    member_id: int
    first_name: str | None
    birth_year: int | None
    birth_month: int | None
    minutes: int
    added: bool


class Marked(Enum):
    MARKED = "marked"
    ALREADY = "already"  # marked before (by a colleague, or a double tap): nothing changed
    GONE = "gone"  # no longer in the community (erased since the event)


_PERSON = (
    "SELECT m.telegram_id AS member_id, p.first_name, p.birth_year, p.birth_month,"
    " r.answer, a.minutes, coalesce(a.added, 0) AS added"
    " FROM members m LEFT JOIN profiles p ON p.member_id = m.telegram_id"
    " LEFT JOIN rsvps r ON r.event_id = :event AND r.member_id = m.telegram_id"
    " LEFT JOIN attendance a ON a.event_id = :event AND a.member_id = m.telegram_id"
)
# The answer shown beside one who may be added: 'series' for one who answered another date.
_SERIES = (
    "(SELECT r2.member_id FROM rsvps r2 JOIN events e2 ON e2.id = r2.event_id"
    " WHERE e2.series_id = :series AND e2.id != :event)"
)
_ADDABLE = _PERSON.replace(
    " r.answer,",
    f" CASE WHEN r.member_id IS NULL AND m.telegram_id IN {_SERIES} THEN 'series'"
    " ELSE r.answer END AS answer,",
)
# Rule 2: nobody whose guardian's consent still waits for a moderator is named to an adult.
_NAMED = f" AND {adults_may_reach('m.telegram_id')}"


class AttendanceRepository(Repository):
    # --- asking the organisers -------------------------------------------------------------

    async def to_ask(self, now: datetime, since: datetime) -> list[int]:
        """Open events that ended at or before `now` and after `since`, whose organisers were
        not asked yet; the oldest first."""
        rows = await self._db.fetch_all(
            f"SELECT e.id FROM events e WHERE e.status = 'open'"
            f" AND e.attendance_asked_at IS NULL AND {_END} <= {_SECONDS.format(name='now')}"
            f" AND {_END} > {_SECONDS.format(name='since')} ORDER BY e.starts_at, e.id",
            {"now": to_db_time(now), "since": to_db_time(since)},
        )
        return [int(row["id"]) for row in rows]

    async def mark_asked(self, event_id: int, now: datetime, tasks: Sequence[NewTask]) -> bool:
        """Remember the organisers were asked, and store the notes that ask them, at once: a
        crash leaves both or neither. False if they were asked already."""
        async with self._db.transaction() as tx:
            changed = await tx.execute(
                "UPDATE events SET attendance_asked_at = ?"
                " WHERE id = ? AND attendance_asked_at IS NULL",
                (to_db_time(now), event_id),
            )
            if not changed:
                return False
            await insert_tasks(tx, tasks, now)
        return True

    # --- the list -----------------------------------------------------------------------------

    async def sheet(self, event_id: int) -> tuple[list[Person], int]:
        """Everyone who said Going, then everyone marked without having said it, each by first
        name (to be found at a glance); and how many of them may not be named yet (rule 2)."""
        rows = await self._db.fetch_all(
            f"{_PERSON} WHERE (r.answer = 'going' OR a.member_id IS NOT NULL){_NAMED}"
            " ORDER BY coalesce(a.added, 0), p.first_name COLLATE NOCASE, m.telegram_id",
            {"event": event_id},
        )
        total = await self._db.fetch_one(
            "SELECT count(*) AS n FROM members m"
            " LEFT JOIN rsvps r ON r.event_id = :event AND r.member_id = m.telegram_id"
            " LEFT JOIN attendance a ON a.event_id = :event AND a.member_id = m.telegram_id"
            " WHERE (r.answer = 'going' OR a.member_id IS NOT NULL)",
            {"event": event_id},
        )
        people = [from_row(Person, row) for row in rows]
        return people, (int(total["n"]) if total else 0) - len(people)

    async def addable(
        self, event_id: int, project_id: int | None, series_id: int | None
    ) -> list[Person]:
        """Who may be added as come without having said Going: those who answered otherwise
        (Maybe, Can't go, the waitlist, a seat offered), the participants of the event's
        project, and those who answered another date of its series (their answer: 'series');
        never anyone else. Not those marked already."""
        rows = await self._db.fetch_all(
            f"{_ADDABLE} WHERE a.member_id IS NULL AND coalesce(r.answer, '') != 'going'"
            " AND (r.member_id IS NOT NULL OR m.telegram_id IN (SELECT ap.member_id"
            "  FROM applications ap WHERE ap.project_id = :project AND ap.status = 'accepted')"
            f" OR m.telegram_id IN {_SERIES}){_NAMED}"
            " ORDER BY p.first_name COLLATE NOCASE, m.telegram_id",
            {"event": event_id, "project": project_id, "series": series_id},
        )
        return [from_row(Person, row) for row in rows]

    async def findable(
        self, event_id: int, participants_of: int | None, joined_by: datetime
    ) -> list[Person]:
        """Everyone with a finished profile who may be named (rule 2), did not say Going, is
        not marked yet and had joined by `joined_by` (`participants_of` a project: only its
        participants), to be found by first name; the event's ages are the service's to
        check."""
        rows = await self._db.fetch_all(
            f"{_PERSON} WHERE a.member_id IS NULL AND p.completed_at IS NOT NULL"
            # One who said Going is on the list already: found here, she would be "added".
            " AND coalesce(r.answer, '') != 'going' AND m.created_at <= :joined_by"
            " AND (:project IS NULL OR m.telegram_id IN (SELECT ap.member_id"
            "  FROM applications ap WHERE ap.project_id = :project AND ap.status = 'accepted'))"
            f"{_NAMED} ORDER BY p.first_name COLLATE NOCASE, m.telegram_id",
            {"event": event_id, "project": participants_of, "joined_by": to_db_time(joined_by)},
        )
        return [from_row(Person, row) for row in rows]

    async def person(self, event_id: int, member_id: int) -> Person | None:
        """One person as the list shows them; None if no longer in the community."""
        row = await self._db.fetch_one(
            f"{_PERSON} WHERE m.telegram_id = :member", {"event": event_id, "member": member_id}
        )
        return from_row(Person, row) if row else None

    # --- marking ------------------------------------------------------------------------------

    async def mark(
        self, event_id: int, member_id: int, minutes: int, added: bool, by: int, now: datetime
    ) -> Marked:
        async with self._db.transaction() as tx:
            exists = await tx.fetch_one("SELECT 1 FROM members WHERE telegram_id = ?", (member_id,))
            if exists is None:
                return Marked.GONE
            changed = await tx.execute(
                "INSERT INTO attendance (event_id, member_id, minutes, added, marked_by,"
                " marked_at) VALUES (?, ?, ?, ?, ?, ?)"
                " ON CONFLICT (event_id, member_id) DO NOTHING",
                (event_id, member_id, minutes, int(added), by, to_db_time(now)),
            )
        return Marked.MARKED if changed else Marked.ALREADY

    async def unmark(self, event_id: int, member_id: int) -> bool:
        async with self._db.transaction() as tx:
            changed = await tx.execute(
                "DELETE FROM attendance WHERE event_id = ? AND member_id = ?",
                (event_id, member_id),
            )
        return changed > 0

    async def set_minutes(
        self, event_id: int, member_id: int, minutes: int, by: int, now: datetime
    ) -> int | None:
        """The time credited to someone marked; returns what it was (None: not marked)."""
        async with self._db.transaction() as tx:
            before = await tx.fetch_one(
                "SELECT minutes FROM attendance WHERE event_id = ? AND member_id = ?",
                (event_id, member_id),
            )
            if before is None:
                return None
            await tx.execute(
                "UPDATE attendance SET minutes = ?, marked_by = ?, marked_at = ?"
                " WHERE event_id = ? AND member_id = ?",
                (minutes, by, to_db_time(now), event_id, member_id),
            )
        return int(before["minutes"])

    async def marked_count(self, event_id: int) -> int:
        row = await self._db.fetch_one(
            "SELECT count(*) AS n FROM attendance WHERE event_id = ?", (event_id,)
        )
        return int(row["n"]) if row else 0

    # --- lists for organisers -----------------------------------------------------------------

    async def ended(
        self, organiser: int | None, now: datetime, since: datetime, limit: int, offset: int
    ) -> tuple[list[Ended], int]:
        """Open events that ended after `since` and before `now`, that one coordinator
        organises (None: everyone's); the most recent first, one page and the total."""
        where = (
            f" FROM events e WHERE e.status = 'open' AND {_END} <= {_SECONDS.format(name='now')}"
            f" AND {_END} > {_SECONDS.format(name='since')}"
            " AND (:who IS NULL OR e.created_by = :who OR e.project_id IN"
            " (SELECT c.project_id FROM project_coordinators c WHERE c.coordinator_id = :who))"
        )
        values = {"now": to_db_time(now), "since": to_db_time(since), "who": organiser}
        total = await self._db.fetch_one(f"SELECT count(*) AS n{where}", values)
        rows = await self._db.fetch_all(
            "SELECT e.id, e.title, e.starts_at, e.duration_minutes,"
            " (SELECT count(*) FROM attendance a WHERE a.event_id = e.id) AS marked"
            f"{where} ORDER BY e.starts_at DESC, e.id DESC LIMIT :limit OFFSET :offset",
            {**values, "limit": limit, "offset": offset},
        )
        return [from_row(Ended, row) for row in rows], int(total["n"]) if total else 0

    async def in_progress(self, organiser: int | None, now: datetime) -> list[Ended]:
        """Open events started and not yet ended at `now`, that one coordinator organises
        (None: everyone's); the soonest to end first."""
        rows = await self._db.fetch_all(
            "SELECT e.id, e.title, e.starts_at, e.duration_minutes, 0 AS marked FROM events e"
            f" WHERE e.status = 'open' AND e.starts_at <= :now"
            f" AND {_END} > {_SECONDS.format(name='now')}"
            " AND (:who IS NULL OR e.created_by = :who OR e.project_id IN"
            " (SELECT c.project_id FROM project_coordinators c WHERE c.coordinator_id = :who))"
            f" ORDER BY {_END}, e.id",
            {"now": to_db_time(now), "who": organiser},
        )
        return [from_row(Ended, row) for row in rows]

    async def event_marks(self, event_id: int) -> list[Person]:
        """Everyone marked as come, for the event's file (rule 2 as on the screen)."""
        rows = await self._db.fetch_all(
            f"{_PERSON} WHERE a.member_id IS NOT NULL{_NAMED}"
            " ORDER BY p.first_name COLLATE NOCASE, m.telegram_id",
            {"event": event_id},
        )
        return [from_row(Person, row) for row in rows]

    async def project_marks(self, project_id: int) -> list[ProjectMark]:
        """Every mark of every event of the project, by date then first name."""
        rows = await self._db.fetch_all(
            "SELECT e.id AS event_id, e.title, e.starts_at, a.member_id, p.first_name,"
            " p.birth_year, p.birth_month, a.minutes, a.added"
            " FROM attendance a JOIN events e ON e.id = a.event_id"
            " LEFT JOIN profiles p ON p.member_id = a.member_id"
            f" WHERE e.project_id = ? AND {adults_may_reach('a.member_id')}"
            " ORDER BY e.starts_at, e.id, p.first_name COLLATE NOCASE, a.member_id",
            (project_id,),
        )
        return [from_row(ProjectMark, row) for row in rows]

    async def of_member(self, member_id: int) -> list[CameRecord]:
        """Every event the member was marked as having come to, by date."""
        rows = await self._db.fetch_all(
            "SELECT e.title AS event, e.starts_at, a.minutes, a.added, a.marked_at"
            " FROM attendance a JOIN events e ON e.id = a.event_id"
            " WHERE a.member_id = ? ORDER BY e.starts_at, e.id",
            (member_id,),
        )
        return [from_row(CameRecord, row) for row in rows]
