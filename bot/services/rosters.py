"""Who is in a project and who is coming to an event, for the people who run them: "Who's
coming" on the screen, and the lists as spreadsheets to print or share.

Rule 16 decides every name: a project's participants and applicants applied to it; an event's
organisers see the first name of everyone who said Going (they need them at the door), and of
someone who answered otherwise only if that member is visible to projects or takes part in the
event's project. A member whose guardian's consent still waits for a moderator is never named
(rule 2). Rows carry a first name, an age band and what was answered: never a username, an id,
a birth date or a contact. Every reading and every file is audited (rule 20)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import Enum

from bot.core.audit import AuditLog
from bot.core.clock import Clock
from bot.domain.age_bands import age_band
from bot.domain.birth_month import BirthMonth
from bot.services.events import EventService
from bot.services.project_catalogue import ProjectCatalogue
from storage.events import Event
from storage.projects import Project
from storage.rosters import Attendee, Invitation, RosterRepository

# A seat offered from the waitlist is held until they confirm, but they have not said they are
# coming yet: shown apart ("offered"), never in the list for the door.
GOING = ("going",)
# A second tap on Download within this long gets "sent just now", not a second file.
SAME_EXPORT = timedelta(seconds=30)


@dataclass(frozen=True)
class RosterRow:
    """One person in a list: what every file and screen may show of them."""

    first_name: str
    age_band: str | None
    answer: str  # a project: accepted, applied; an event: going, offered, maybe, waitlist, no
    at: datetime | None  # applied (projects) or answered (events)
    message: str | None = None  # their application's message (projects only)
    accepted_at: datetime | None = None  # projects: when they were accepted, if they were


@dataclass(frozen=True)
class Coming:
    """Who's coming, as an event's organisers see it."""

    going: list[str]  # first names, in alphabetical order
    unnamed: int  # Going, but not to be named yet (rule 2)
    maybe: int
    waiting: int
    offered: int = 0  # a freed seat held for them, not confirmed yet: not Going


class NoFile(Enum):
    NOT_YOURS = "not-yours"
    EMPTY = "empty"
    JUST_SENT = "just-sent"


@dataclass(frozen=True)
class ProjectList:
    project: Project
    rows: list[RosterRow]


@dataclass(frozen=True)
class EventList:
    event: Event
    rows: list[RosterRow]
    unnamed: int  # answered, but not to be named to organisers


@dataclass(kw_only=True, eq=False)
class Rosters:
    repository: RosterRepository
    catalogue: ProjectCatalogue
    events: EventService
    audit: AuditLog
    clock: Clock
    _sent: dict[tuple[int, str, int], datetime] = field(default_factory=dict)

    async def coming(self, user_id: int, event_id: int) -> tuple[Event, Coming] | None:
        """Who's coming, for the event's organisers (None for anyone else); audited."""
        event = await self.events.managed(user_id, event_id)
        if event is None:
            return None
        await self.audit.record(user_id, "event.attendees_viewed", None, event=event_id)
        answers = await self.repository.attendees(event_id)
        going = [a for a in answers if a.answer in GOING]
        named = sorted((a.first_name or "?" for a in going if a.reachable), key=str.casefold)
        return event, Coming(
            going=named,
            unnamed=len(going) - len(named),
            maybe=sum(a.answer == "maybe" for a in answers),
            waiting=sum(a.answer == "waitlist" for a in answers),
            offered=sum(a.answer == "offered" for a in answers),
        )

    async def project_list(
        self, user_id: int, project_id: int, *, variant: str = ""
    ) -> ProjectList | NoFile:
        """The project's participants, then those waiting for an answer, for its file
        (`variant`: which kind of file, so a double tap on one button sends one)."""
        project = await self.catalogue.managed(user_id, project_id)
        if project is None:
            return NoFile.NOT_YOURS
        members = await self.repository.project_members(project_id)
        if not members:
            return NoFile.EMPTY
        if self._just_sent(user_id, f"project{variant}", project_id):
            return NoFile.JUST_SENT
        rows = [
            RosterRow(
                first_name=member.first_name or "?",
                age_band=self._band(member.birth_year, member.birth_month),
                answer=member.status,
                at=member.applied_at,
                message=member.message,
                accepted_at=member.decided_at if member.status == "accepted" else None,
            )
            for member in members
        ]
        await self.audit.record(
            user_id, "project.participants_exported", None, project=project_id, count=len(rows)
        )
        return ProjectList(project, rows)

    async def event_list(
        self, user_id: int, event_id: int, *, variant: str = ""
    ) -> EventList | NoFile:
        """Everyone the organisers may name, by answer: Going first."""
        event = await self.events.managed(user_id, event_id)
        if event is None:
            return NoFile.NOT_YOURS
        answers = await self.repository.attendees(event_id)
        named = [a for a in answers if _may_name(a)]
        if not named:
            return NoFile.EMPTY
        if self._just_sent(user_id, f"event{variant}", event_id):
            return NoFile.JUST_SENT
        order = {"going": 0, "offered": 1, "maybe": 2, "waitlist": 3, "no": 4}
        named.sort(key=lambda a: order[a.answer])  # stable: in the order they answered
        rows = [
            RosterRow(
                first_name=a.first_name or "?",
                # Rule 16: the door needs a first name; the age band only for members staff
                # may see anyway (visible to projects or in the event's project).
                age_band=self._band(a.birth_year, a.birth_month) if a.visible else None,
                answer=a.answer,
                at=a.answered_at,
            )
            for a in named
        ]
        await self.audit.record(
            user_id, "event.attendees_exported", None, event=event_id, count=len(rows)
        )
        return EventList(event, rows, unnamed=len(answers) - len(named))

    async def invitations(self, user_id: int, project_id: int) -> Sequence[Invitation]:
        """The project's invitations and where each stands, for its coordinators."""
        if await self.catalogue.managed(user_id, project_id) is None:
            return []
        return await self.repository.invitations(project_id)

    def _band(self, year: int | None, month: int | None) -> str | None:
        if year is None or month is None:
            return None
        return age_band(BirthMonth(year, month).youngest_age_on(self.clock.now().date()))

    def just_sent(self, user_id: int, kind: str, ref: int) -> bool:
        """The same file to the same person moments ago (for other lists' files too)."""
        return self._just_sent(user_id, kind, ref)

    def _just_sent(self, user_id: int, kind: str, ref: int) -> bool:
        """A double tap: the same file to the same person moments ago. Remembered in this
        process only: after a restart a second file is harmless."""
        now = self.clock.now()
        for key, at in list(self._sent.items()):
            if now - at >= SAME_EXPORT:
                del self._sent[key]
        if (user_id, kind, ref) in self._sent:
            return True
        self._sent[(user_id, kind, ref)] = now
        return False


def _may_name(attendee: Attendee) -> bool:
    """Rule 16 as amended: everyone Going (a seat offered to them too: they are on their way to
    the door list); the others only if staff may see them anyway."""
    return attendee.reachable and (attendee.answer in (*GOING, "offered") or attendee.visible)
