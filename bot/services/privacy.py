"""The member's rights (safeguarding rules 10 and 11): everything held about them, and erasure."""

from __future__ import annotations

import html
import re
from dataclasses import asdict, dataclass
from datetime import datetime
from typing import Any

from bot.core.audit import AuditLog
from bot.core.clock import Clock
from bot.services.age_checks import AgeChecks
from bot.services.appeals import AppealService
from bot.services.members import MemberService
from bot.services.sanctions import SanctionService
from storage.attendance import AttendanceRepository
from storage.broadcasts import BroadcastRepository, ReceivedCopy
from storage.consent_history import ConsentHistory
from storage.consents import ConsentRepository
from storage.events import EventRepository
from storage.guardians import GuardianRepository
from storage.hours import HourRepository
from storage.preferences import PreferenceRepository
from storage.profiles import ProfileRepository
from storage.projects import ProjectRepository
from storage.reports import Report, ReportRepository

FIRST_WORDS = 8
_TAG = re.compile(r"<[^>]+>")


def first_words(body: str) -> str:
    """The start of a broadcast's text (Telegram HTML), plain: enough to recognise it."""
    words = html.unescape(_TAG.sub(" ", body)).split()
    shown = " ".join(words[:FIRST_WORDS])
    return f"{shown}…" if len(words) > FIRST_WORDS else shown


def _plain(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, tuple | list):
        return [_plain(item) for item in value]
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items()}
    return value


@dataclass(kw_only=True, eq=False)
class PrivacyService:
    members: MemberService
    profiles: ProfileRepository
    consents: ConsentRepository
    guardians: GuardianRepository
    history: ConsentHistory
    preferences: PreferenceRepository
    audit: AuditLog
    clock: Clock
    projects: ProjectRepository
    events: EventRepository
    age_checks: AgeChecks
    sanctions: SanctionService
    appeals: AppealService
    reports: ReportRepository
    broadcasts: BroadcastRepository
    hours: HourRepository
    attendance: AttendanceRepository

    async def export_as_guardian(self, telegram_id: int) -> list[dict[str, Any]]:
        """What a parent or guardian gave about themself on each child's request (their own
        data, erased with the child's): the child's name, the name and relationship stated,
        where the request stands and when it was decided."""
        return [
            {
                "child": request.telegram_name,
                "name_given": request.guardian_name,
                "relationship": request.relationship,
                "status": request.shown_status,
                "decided_at": _plain(request.decided_at),
                "erase_at": _plain(request.erase_at),
            }
            for request in await self.guardians.answered_by(telegram_id)
        ]

    async def export(self, member_id: int) -> dict[str, Any] | None:
        """Everything held about the member, as plain JSON-ready data; None if nothing is.
        Reports about them, and who made them, are never part of it."""
        member = await self.members.get(member_id)
        if member is None:
            return None
        profile = await self.profiles.get(member_id)
        consents = await self.consents.of_member(member_id)
        request = await self.guardians.of_member(member_id)
        preferences = await self.preferences.get(member_id)
        profile_data = asdict(profile) if profile else None
        if profile_data:
            profile_data.pop("member_id")
        guardian = None
        if request is not None:
            # The guardian's own account is theirs, not the member's: not exported. What they
            # stated for this child's consent is part of the child's record.
            guardian = {
                "status": request.shown_status,
                "reference_code": request.reference_code,
                "name_shown_to_guardian": request.telegram_name,
                "method": request.method,
                "requested_at": request.created_at,
                "link_expires_at": request.link_expires_at,
                "decided_at": request.decided_at,
                "guardian_name": request.guardian_name,
                "relationship": request.relationship,
                "signed_on": request.signed_on.isoformat() if request.signed_on else None,
                "verified_at": request.verified_at,
            }
        applications = []
        for application in await self.projects.applications_of(member_id):
            project = await self.projects.get(application.project_id)
            applications.append(
                {
                    "project": project.title if project else None,
                    "status": application.status,
                    "message": application.message,
                    "applied_at": application.created_at,
                }
            )
        exported: dict[str, Any] = _plain(
            {
                "exported_at": self.clock.now(),
                "member": {
                    "telegram_id": member.telegram_id,
                    "language": member.language,
                    "telegram_app_language": member.app_language,
                    "reachable": member.reachable,
                    "first_contact_at": member.created_at,
                    "last_seen_at": member.last_seen_at,
                },
                "profile": profile_data,
                "appeals": await self.appeals.about(member_id),
                "consents": [asdict(consent) for consent in consents.values()],
                "guardian_consent": guardian,
                "consent_history": [
                    {key: value for key, value in asdict(event).items() if key != "actor_id"}
                    for event in await self.history.of_member(member_id)
                ],
                "preferences": asdict(preferences),
                "applications": applications,
                "participations": [a for a in applications if a["status"] == "accepted"],
                "event_answers": [asdict(a) for a in await self.events.answers_of(member_id)],
                "age_check": await self.age_checks.about(member_id),
                "volunteer_hours": await self._hours(member_id),
                "sanctions": await self._sanctions(member_id),
                "reports_made": await self._reports_made(member_id),
                "announcements_received": await self._announcements(member_id),
            }
        )
        return exported

    async def _hours(self, member_id: int) -> dict[str, Any]:
        """The events she was marked as having come to, and the statements she asked for as
        they were printed, but for the code and the surname: neither is kept (their keyed hashes
        are no use to her)."""
        return {
            # Each mark once: the event, its time, the hours, whether she was added, when.
            "attended": [asdict(mark) for mark in await self.attendance.of_member(member_id)],
            "statements": [
                {
                    "first_name": statement.first_name,
                    "school_year": statement.school_year,
                    "total_minutes": statement.total_minutes,
                    "events": [asdict(line) for line in statement.lines],
                    "issued_at": statement.issued_at,
                }
                for statement in await self.hours.statements_of(member_id)
            ],
        }

    async def _sanctions(self, member_id: int) -> list[dict[str, Any]]:
        """Warnings, mutes, bans and kicks in the community groups, those from before a
        /deleteme included; who decided is the moderator's data, not the member's."""
        return [
            {
                "kind": sanction.kind,
                "group_id": sanction.chat_id,
                "at": sanction.at,
                "until": sanction.until,
                "reason": sanction.reason,
                "why": sanction.source,
                "lifted_at": sanction.lifted_at,
                "lifted_reason": sanction.lifted_reason,
            }
            for sanction in await self.sanctions.of_member(member_id)
        ]

    async def announcements(self, member_id: int) -> list[ReceivedCopy]:
        """The announcements meant for them, each copy's fate (one row per copy is kept)."""
        return await self.broadcasts.received_by(member_id)

    async def _announcements(self, member_id: int) -> list[dict[str, Any]]:
        """Their own copies only: the day, the kind, the event's title or the first words,
        what happened to it, and who sent it by role alone (staff's ids are not theirs)."""
        return [
            {
                "day": copy.updated_at.date().isoformat(),
                "kind": copy.kind,
                "about": copy.event_title or first_words(copy.body),
                "from": copy.sender_role or "staff",
                "what_happened": copy.state,
            }
            for copy in await self.announcements(member_id)
        ]

    async def reports_made(self, member_id: int) -> list[Report]:
        """Only the reports they made. A report about them is never shown to them: it would
        tell them who reported them (rule 19), and its words are the reporter's."""
        return await self.reports.made_by(member_id)

    async def _reports_made(self, member_id: int) -> dict[str, Any]:
        """Their own words and where each report stands; not the message they quoted nor the
        names in it (someone else's data), nor the leads' notes."""
        draft = await self.reports.draft(member_id)
        return {
            "sent": [
                {
                    "at": report.at,
                    "category": report.category,
                    "words": report.text,
                    "group": report.chat_title,
                    "state": report.state,
                }
                for report in await self.reports_made(member_id)
            ],
            "being_written": (
                {"category": draft.category, "words": draft.text} if draft is not None else None
            ),
        }

    async def what_stays(self, member_id: int) -> str | None:
        """What an erasure keeps of them (rule 11): "sanctions" still in force (by keyed hash),
        "reports" they made (without their name), "both", or None."""
        now = self.clock.now()
        sanctions = any(
            sanction.in_force(now) and sanction.kind != "kick"
            for sanction in await self.sanctions.of_member(member_id)
        )
        reports = bool(await self.reports.made_by(member_id))
        if sanctions and reports:
            return "both"
        return "sanctions" if sanctions else "reports" if reports else None

    async def erase(self, member_id: int, created_at: datetime) -> bool:
        """/deleteme, confirmed. `created_at` ties the confirmation to this account: a button
        from before a deletion and a new start erases nothing."""
        member = await self.members.get(member_id)
        if member is None or int(member.created_at.timestamp()) != int(created_at.timestamp()):
            return False
        await self.audit.record(member_id, "member.erased_self", member_id)
        return await self.members.erase(member_id)
