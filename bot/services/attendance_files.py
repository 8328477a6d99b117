"""Who came, as a spreadsheet for the people who run the event or the project: an event's list
(first name, age band, hours, added or not) and a project's (every event: event, date, first
name, hours; then the total per person). Never a username, an id or a birth date (rule 16);
every file audited (rule 20); an empty list is said, not sent as an empty file."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from bot.core.audit import AuditLog
from bot.services.attendance import AttendanceService, event_end
from bot.services.project_catalogue import ProjectCatalogue
from bot.services.rosters import NoFile, Rosters
from storage.attendance import AttendanceRepository, Person
from storage.events import Event
from storage.projects import Project


@dataclass(frozen=True)
class CameRow:
    name: str  # the first name, with the age band beside it where two are the same
    band: str | None
    minutes: int
    added: bool


@dataclass(frozen=True)
class EventCame:
    event: Event
    rows: list[CameRow]


@dataclass(frozen=True)
class ProjectCameRow:
    title: str
    starts_at: datetime
    name: str
    minutes: int


@dataclass(frozen=True)
class ProjectTotal:
    name: str
    band: str | None
    minutes: int
    events: int


@dataclass(frozen=True)
class ProjectCame:
    project: Project
    rows: list[ProjectCameRow]
    totals: list[ProjectTotal]


@dataclass(kw_only=True, eq=False)
class AttendanceFiles:
    repository: AttendanceRepository
    attendance: AttendanceService
    catalogue: ProjectCatalogue
    rosters: Rosters  # remembers files just sent: a double tap sends one
    audit: AuditLog

    async def event_file(
        self, user_id: int, event_id: int, *, variant: str = ""
    ) -> EventCame | NoFile:
        event = await self.attendance.events.managed(user_id, event_id)
        if event is None:
            return NoFile.NOT_YOURS
        if event_end(event) > self.attendance.clock.now():
            return NoFile.EMPTY
        marks = await self.repository.event_marks(event_id)
        if not marks:
            return NoFile.EMPTY
        if self.rosters.just_sent(user_id, f"came{variant}", event_id):
            return NoFile.JUST_SENT
        names = self.attendance.names(marks)
        rows = [
            CameRow(names[m.member_id], self.attendance.band(m), m.minutes or 0, m.added)
            for m in marks
        ]
        await self.audit.record(
            user_id, "attendance.exported", None, event=event_id, count=len(rows)
        )
        return EventCame(event, rows)

    async def project_file(
        self, user_id: int, project_id: int, *, variant: str = ""
    ) -> ProjectCame | NoFile:
        project = await self.catalogue.managed(user_id, project_id)
        if project is None:
            return NoFile.NOT_YOURS
        marks = await self.repository.project_marks(project_id)
        if not marks:
            return NoFile.EMPTY
        if self.rosters.just_sent(user_id, f"project-came{variant}", project_id):
            return NoFile.JUST_SENT
        people = {
            mark.member_id: Person(
                mark.member_id, mark.first_name, mark.birth_year, mark.birth_month, None, 0, False
            )
            for mark in marks
        }
        names = self.attendance.names(list(people.values()))
        rows = [
            ProjectCameRow(mark.title, mark.starts_at, names[mark.member_id], mark.minutes)
            for mark in marks
        ]
        totals = [
            ProjectTotal(
                names[member_id],
                self.attendance.band(person),
                sum(m.minutes for m in marks if m.member_id == member_id),
                sum(m.member_id == member_id for m in marks),
            )
            for member_id, person in people.items()
        ]
        totals.sort(key=lambda total: total.name.casefold())
        await self.audit.record(
            user_id, "attendance.exported", None, project=project_id, count=len(rows)
        )
        return ProjectCame(project, rows, totals)
