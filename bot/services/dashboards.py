"""Staff dashboards: the community's figures for /stats (moderators and admins) and the CSV
files of /export (admins). Each use is audited; neither names a young person.

The export keeps to what an admin needs to count and plan (rule 7): members.csv has no name,
username or Telegram id, only a row number; attendance.csv points at that row number, so
turnout can be counted by age band or city without anyone's name leaving the bot (organisers
see first names of those Going at the door, in the bot, rule 16)."""

from __future__ import annotations

import asyncio
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from bot.core.audit import AuditLog
from bot.core.clock import Clock
from bot.domain.age_bands import age_band
from bot.domain.birth_month import BirthMonth
from bot.domain.community_stats import (
    CommunityFacts,
    CommunityStats,
    EventFacts,
    MemberFacts,
    community_stats,
)
from bot.domain.spreadsheet import Cell, csv_bytes, local_minute
from bot.services.stats_chart import ChartLabels, draw_chart
from storage.stats import AnswerRow, EventRow, MemberRow, ProjectRow, StatsRepository

LIST = "|"  # between the keys of a list inside one cell


@dataclass(frozen=True)
class ExportFile:
    name: str
    content: bytes
    rows: int


MEMBER_COLUMNS = (
    "row", "age_band", "city", "remote_only", "causes", "skills", "availability",
    "hours_per_week", "language", "joined", "consents",
)  # fmt: skip
PROJECT_COLUMNS = (
    "project", "title", "status", "city", "causes", "skills", "ages", "hours_per_week",
    "availability", "places", "deadline", "created", "published", "applications", "waiting",
    "accepted",
)  # fmt: skip
EVENT_COLUMNS = (
    "event", "title", "starts", "minutes", "place", "online", "seats", "project", "ages",
    "status", "going", "maybe", "not_going", "waitlist",
)  # fmt: skip
ATTENDANCE_COLUMNS = ("event", "title", "starts", "member_row", "answer", "answered")


@dataclass(kw_only=True, eq=False)
class Dashboards:
    repository: StatsRepository
    audit: AuditLog
    clock: Clock
    zone: ZoneInfo

    async def stats(self, actor_id: int) -> CommunityStats:
        now = self.clock.now().astimezone(self.zone)
        members = await self.repository.members()
        projects = await self.repository.projects()
        facts = CommunityFacts(
            members=tuple(self._member_facts(member, now) for member in members),
            projects=Counter(project.status for project in projects),
            applications=await self.repository.application_statuses(),
            events=tuple(self._event_facts(event) for event in await self.repository.events()),
            now=now,
        )
        await self.audit.record(actor_id, "stats_viewed")
        return community_stats(facts)

    async def chart(self, stats: CommunityStats, labels: ChartLabels) -> bytes:
        """The PNG, drawn in a worker thread so the bot keeps answering meanwhile."""
        return await asyncio.to_thread(draw_chart, stats, labels)

    async def export(
        self, actor_id: int, legend_header: Sequence[str], legend: Sequence[Sequence[Cell]]
    ) -> list[ExportFile]:
        """The four files, then `legend`: what each code in them means, in the admin's words
        (the columns and codes stay the same in every language, so formulas keep working)."""
        members = await self.repository.members()
        rows = {member.member_id: number for number, member in enumerate(members, start=1)}
        events = await self.repository.events()
        files = [
            self._file("members.csv", MEMBER_COLUMNS, [self._member(m, rows) for m in members]),
            self._file(
                "projects.csv",
                PROJECT_COLUMNS,
                [self._project(p) for p in await self.repository.projects()],
            ),
            self._file("events.csv", EVENT_COLUMNS, [self._event(e) for e in events]),
            self._file(
                "attendance.csv",
                ATTENDANCE_COLUMNS,
                self._answers(await self.repository.answers(), events, rows),
            ),
            ExportFile("legend.csv", csv_bytes(legend_header, legend), len(legend)),
        ]
        await self.audit.record(
            actor_id, "export_made", files={file.name: file.rows for file in files}
        )
        return files

    # --- the figures ------------------------------------------------------------------------

    def _member_facts(self, member: MemberRow, now: datetime) -> MemberFacts:
        return MemberFacts(
            age=self._age(member, now),
            city=member.city,
            causes=member.causes,
            joined=member.completed_at.astimezone(self.zone).date(),
        )

    def _event_facts(self, event: EventRow) -> EventFacts:
        return EventFacts(
            title=event.title,
            starts=event.starts_at.astimezone(self.zone),
            capacity=event.capacity,
            going=event.going,
            cancelled=event.status == "cancelled",
        )

    @staticmethod
    def _age(member: MemberRow, now: datetime) -> int | None:
        if member.birth_year is None or member.birth_month is None:
            return None
        return BirthMonth(member.birth_year, member.birth_month).youngest_age_on(now.date())

    # --- the files --------------------------------------------------------------------------

    @staticmethod
    def _file(name: str, header: Sequence[str], rows: list[list[Cell]]) -> ExportFile:
        return ExportFile(name, csv_bytes(header, rows), len(rows))

    def _local(self, instant: datetime | None) -> str | None:
        return local_minute(None if instant is None else instant.astimezone(self.zone))

    def _member(self, member: MemberRow, rows: dict[int, int]) -> list[Cell]:
        age = self._age(member, self.clock.now().astimezone(self.zone))
        return [
            rows[member.member_id],
            None if age is None else age_band(age),
            member.city,
            int(member.city is None),
            LIST.join(member.causes),
            LIST.join(member.skills),
            LIST.join(member.days),
            member.hours_per_week,
            member.language,
            # The month only (rule 7), as its first day: Excel reads "2026-12" as a day of
            # December 2026 and shows "dic-26", but keeps "2026-12-01" a date it can sort.
            member.completed_at.astimezone(self.zone).strftime("%Y-%m-01"),
            LIST.join(sorted(member.consents)),
        ]

    def _project(self, project: ProjectRow) -> list[Cell]:
        return [
            project.id,
            project.title,
            project.status,
            project.city,
            LIST.join(project.causes),
            LIST.join(project.skills),
            f"{project.min_age}-{project.max_age}",
            project.hours_per_week,
            LIST.join(project.days),
            project.places,
            None if project.deadline is None else project.deadline.isoformat(),
            self._local(project.created_at),
            self._local(project.published_at),
            project.applications,
            project.applied,
            project.accepted,
        ]

    def _event(self, event: EventRow) -> list[Cell]:
        ages = None if event.min_age is None else f"{event.min_age}-{event.max_age}"
        return [
            event.id,
            event.title,
            self._local(event.starts_at),
            event.duration_minutes,
            event.place,
            int(event.link is not None),
            event.capacity,
            event.project,
            ages,
            event.status,
            event.going,
            event.maybe,
            event.declined,
            event.waiting,
        ]

    def _answers(
        self, answers: list[AnswerRow], events: list[EventRow], rows: dict[int, int]
    ) -> list[list[Cell]]:
        by_id = {event.id: event for event in events}
        return [
            [
                answer.event_id,
                by_id[answer.event_id].title,
                self._local(by_id[answer.event_id].starts_at),
                rows.get(answer.member_id),
                answer.answer,
                self._local(answer.answered_at),
            ]
            for answer in answers
        ]
