"""Safeguarding rule 24 for relayed texts: what an adult writes to a member under 18, or such a
member writes to an adult, goes through the bot only without contact details. The check runs
once, before anything is stored or sent; a held text raises `ContactDetailsHeld` so the caller
stops where it is and the sender can write it again."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import timedelta
from zoneinfo import ZoneInfo

from bot.core.audit import AuditLog
from bot.core.clock import Clock
from bot.domain.age_bands import age_band
from bot.domain.contact_details import ContactKind, find_contacts
from bot.services.ages import Ages
from bot.services.notifications import Note, NotificationGate, Purpose
from bot.services.staff import Role, StaffService
from storage.profiles import ProfileRepository
from storage.project_messages import ProjectMessageRepository
from storage.projects import ProjectRepository

HELD_TO_MINOR = "contacts.held_to_minor"
# How far back a moderator is told about earlier holds by the same adult.
REPEAT_WINDOW = timedelta(days=30)
NAMED_MINORS = 5  # more than this and the alert gives the count only
LOGGED_CHARACTERS = 1000  # what the project log keeps of one message


class ContactDetailsHeld(Exception):
    """A relayed text was not delivered: it holds these kinds of contact detail."""

    def __init__(self, kinds: tuple[ContactKind, ...], *, minors_addressed: int = 0) -> None:
        super().__init__(", ".join(kinds))
        self.kinds = kinds
        # An adult wrote to this many members under 18: the moderators were told.
        self.minors_addressed = minors_addressed


@dataclass(frozen=True)
class ContactAlert(Note):
    """To a moderator: an adult's text to members under 18 was held. `minors` names up to
    `NAMED_MINORS` of them ("Giulia (13–15)"); `times` counts this hold too."""

    project_id: int
    project: str
    sender: str
    text: str
    at: str
    recipients: int
    minors_count: int
    minors: tuple[str, ...]
    times: int


@dataclass(kw_only=True, eq=False)
class ContactGuard:
    ages: Ages
    profiles: ProfileRepository
    staff: StaffService
    projects: ProjectRepository
    messages: ProjectMessageRepository
    notifications: NotificationGate
    audit: AuditLog
    clock: Clock
    zone: ZoneInfo

    async def _is_minor(self, person_id: int) -> bool:
        # Staff are adults (rule 2); they have no profile to read an age from.
        return not self.staff.is_staff(person_id) and await self.ages.is_minor(person_id)

    async def check(
        self,
        sender_id: int,
        recipient_ids: Iterable[int],
        text: str | None,
        project_id: int,
        *,
        to_member_id: int | None = None,
    ) -> None:
        """Raise `ContactDetailsHeld` if `text` may not go from the sender to the recipients;
        an adult writing to a minor is also reported to the moderators, with the text, and the
        text is kept in the project's log marked as held (in that member's thread when it was
        a reply to `to_member_id` alone)."""
        kinds = find_contacts(text) if text else ()
        if not kinds:
            return
        recipients = list(recipient_ids)
        minors = [person for person in recipients if await self._is_minor(person)]
        if await self._is_minor(sender_id):
            await self.audit.record(
                sender_id, "contacts.held", None, project=project_id, kinds=list(kinds)
            )
            raise ContactDetailsHeld(kinds)
        if not minors:
            return
        await self.audit.record(
            sender_id, HELD_TO_MINOR, None, project=project_id, kinds=list(kinds)
        )
        await self._keep_in_log(sender_id, text or "", project_id, to_member_id)
        await self._alert_moderators(sender_id, len(recipients), minors, text or "", project_id)
        raise ContactDetailsHeld(kinds, minors_addressed=len(minors))

    async def _keep_in_log(
        self, sender_id: int, text: str, project_id: int, to_member_id: int | None
    ) -> None:
        if to_member_id is not None:
            await self.messages.log_reply(
                project_id,
                sender_id,
                to_member_id,
                text[:LOGGED_CHARACTERS],
                self.clock.now(),
                held="contacts",
            )
            return
        by_staff = self.staff.is_staff(sender_id)
        await self.projects.log_message(
            project_id,
            None if by_staff else sender_id,
            sender_id if by_staff else None,
            text[:LOGGED_CHARACTERS],
            self.clock.now(),
            held="contacts",
        )

    async def _named(self, minors: list[int]) -> tuple[str, ...]:
        """First names with the age band, as coordinators see them (rule 16)."""
        named = []
        for member_id in minors[:NAMED_MINORS]:
            profile = await self.profiles.get(member_id)
            name = (profile.first_name if profile else None) or "—"
            age = self.ages.age_of(profile) if profile else None
            named.append(name if age is None else f"{name} ({age_band(age)})")
        return tuple(named)

    async def _alert_moderators(
        self, sender_id: int, recipients: int, minors: list[int], text: str, project_id: int
    ) -> None:
        project = await self.projects.get(project_id)
        # Admins come from the settings and may have no name on the staff list.
        sender = next(
            (person.name for person in await self.staff.staff() if person.telegram_id == sender_id),
            "",
        )
        alert = ContactAlert(
            project_id=project_id,
            project=project.title if project else "—",
            sender=sender,
            text=text,
            at=self.clock.now().astimezone(self.zone).strftime("%d/%m/%Y %H:%M"),
            recipients=recipients,
            minors_count=len(minors),
            minors=await self._named(minors),
            times=await self.audit.count_recent(sender_id, HELD_TO_MINOR, REPEAT_WINDOW),
        )
        for moderator in await self._moderators():
            await self.notifications.deliver(moderator, alert, Purpose.STAFF)

    async def _moderators(self) -> list[int]:
        """Everyone who moderates: the moderators and the admins, each once."""
        named = [m.telegram_id for m in await self.staff.staff() if m.role == Role.MODERATOR]
        return sorted(set(named) | set(self.staff.admin_ids))
