"""Who is in a project and who answered an event, as their organisers may list them (rule 16):
first name and birth month for the age band, what they answered and when. Never a username,
a Telegram id beyond the row's key, a birth date or a contact. Erased members are gone with
their rows (ON DELETE CASCADE)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from storage.db import Repository
from storage.guardians import adults_may_reach
from storage.rows import from_row


@dataclass(frozen=True)
class ProjectMember:
    """A participant, or an application still waiting for an answer."""

    member_id: int
    first_name: str | None
    birth_year: int | None
    birth_month: int | None
    status: str  # accepted or applied
    message: str | None
    applied_at: datetime
    decided_at: datetime | None


@dataclass(frozen=True)
class Attendee:
    member_id: int
    first_name: str | None
    birth_year: int | None
    birth_month: int | None
    answer: str  # going, offered, maybe, waitlist, no
    answered_at: datetime
    # Staff may see this profile anyway: visible to projects, or in the event's project.
    visible: bool
    # No guardian request waits for a moderator (rule 2): until then no adult sees the name.
    reachable: bool


@dataclass(frozen=True)
class Invitation:
    first_name: str | None  # None too when she may not be named (`named`)
    named: bool  # visible to matching, or she applied (rule 16): else counted, never named
    status: str
    # The invitation's message still waits (quiet hours for a minor) until then.
    waits_until: datetime | None


class RosterRepository(Repository):
    async def project_members(self, project_id: int) -> list[ProjectMember]:
        """Participants first, in the order they were accepted, then those waiting."""
        rows = await self._db.fetch_all(
            "SELECT a.member_id, p.first_name, p.birth_year, p.birth_month, a.status,"
            " a.message, a.created_at AS applied_at, a.decided_at"
            " FROM applications a LEFT JOIN profiles p ON p.member_id = a.member_id"
            " WHERE a.project_id = ? AND a.status IN ('accepted', 'applied')"
            " ORDER BY a.status != 'accepted', coalesce(a.decided_at, a.created_at), a.id",
            (project_id,),
        )
        return [from_row(ProjectMember, row) for row in rows]

    async def attendees(self, event_id: int) -> list[Attendee]:
        """Everyone who answered, in the order they got their place or answered."""
        rows = await self._db.fetch_all(
            "SELECT r.member_id, p.first_name, p.birth_year, p.birth_month, r.answer,"
            " r.answered_at,"
            " (EXISTS (SELECT 1 FROM consents c WHERE c.member_id = r.member_id"
            "   AND c.purpose = 'matching' AND c.granted = 1)"
            "  OR EXISTS (SELECT 1 FROM applications a WHERE a.member_id = r.member_id"
            "   AND a.project_id = e.project_id AND a.status = 'accepted')) AS visible,"
            f" {adults_may_reach('r.member_id')} AS reachable"
            " FROM rsvps r JOIN events e ON e.id = r.event_id"
            " LEFT JOIN profiles p ON p.member_id = r.member_id WHERE r.event_id = ?"
            " ORDER BY coalesce(r.queued_at, r.answered_at), r.member_id",
            (event_id,),
        )
        return [from_row(Attendee, row) for row in rows]

    async def invitations(self, project_id: int) -> list[Invitation]:
        """The project's invitations, newest first, with their message's wait if it waits. A
        member's name only while she is visible to matching or since she applied (rule 16): an
        invited member who switched matching off and never applied is not named."""
        rows = await self._db.fetch_all(
            "SELECT named, CASE WHEN named THEN first_name END AS first_name, status, waits_until"
            " FROM (SELECT p.first_name, a.status, t.due_at AS waits_until,"
            " (a.status IN ('applied', 'accepted', 'declined', 'withdrawn', 'left')"
            "  OR EXISTS (SELECT 1 FROM consents c WHERE c.member_id = a.member_id"
            "   AND c.purpose = 'matching' AND c.granted = 1)) AS named,"
            " a.invited_at, a.id"
            " FROM applications a LEFT JOIN profiles p ON p.member_id = a.member_id"
            " LEFT JOIN tasks t ON t.dedupe_key = 'invitation:' || a.id AND t.state = 'pending'"
            " WHERE a.project_id = ? AND a.invited_at IS NOT NULL)"
            " ORDER BY invited_at DESC, id DESC",
            (project_id,),
        )
        return [from_row(Invitation, row) for row in rows]
