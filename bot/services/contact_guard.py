"""Safeguarding rule 24 for relayed texts: what an adult writes to a member under 18, or such a
member writes to an adult, goes through the bot only without contact details. The check runs
once, before anything is stored or sent; a held text raises `ContactDetailsHeld` so the caller
stops where it is and the sender can write it again."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from bot.core.audit import AuditLog
from bot.domain.contact_details import ContactKind, find_contacts
from bot.services.ages import Ages
from bot.services.notifications import NotificationGate, Purpose, Text
from bot.services.staff import Role, StaffService
from storage.projects import ProjectRepository


class ContactDetailsHeld(Exception):
    """A relayed text was not delivered: it holds these kinds of contact detail."""

    def __init__(self, kinds: tuple[ContactKind, ...], *, minors_addressed: int = 0) -> None:
        super().__init__(", ".join(kinds))
        self.kinds = kinds
        # An adult wrote to this many members under 18: the moderators were told.
        self.minors_addressed = minors_addressed


@dataclass(kw_only=True, eq=False)
class ContactGuard:
    ages: Ages
    staff: StaffService
    projects: ProjectRepository
    notifications: NotificationGate
    audit: AuditLog

    async def _is_minor(self, person_id: int) -> bool:
        # Staff are adults (rule 2); they have no profile to read an age from.
        return not self.staff.is_staff(person_id) and await self.ages.is_minor(person_id)

    async def check(
        self, sender_id: int, recipient_ids: Iterable[int], text: str | None, project_id: int
    ) -> None:
        """Raise `ContactDetailsHeld` if `text` may not go from the sender to the recipients;
        an adult writing to a minor is also reported to the moderators, with the text."""
        kinds = find_contacts(text) if text else ()
        if not kinds:
            return
        minors = [person for person in recipient_ids if await self._is_minor(person)]
        if await self._is_minor(sender_id):
            await self.audit.record(
                sender_id, "contacts.held", None, project=project_id, kinds=list(kinds)
            )
            raise ContactDetailsHeld(kinds)
        if not minors:
            return
        await self.audit.record(
            sender_id, "contacts.held_to_minor", None, project=project_id, kinds=list(kinds)
        )
        await self._alert_moderators(sender_id, len(minors), text or "", project_id)
        raise ContactDetailsHeld(kinds, minors_addressed=len(minors))

    async def _alert_moderators(
        self, sender_id: int, minors: int, text: str, project_id: int
    ) -> None:
        project = await self.projects.get(project_id)
        # Admins come from the settings and may have no name on the staff list.
        sender = next(
            (person.name for person in await self.staff.staff() if person.telegram_id == sender_id),
            "",
        )
        alert = Text(
            "contacts-alert",
            {
                "sender": sender,
                "named": "yes" if sender else "no",
                "minors": minors,
                "project": project.title if project else "—",
                "text": text,
            },
        )
        for moderator in await self._moderators():
            await self.notifications.deliver(moderator, alert, Purpose.STAFF)

    async def _moderators(self) -> list[int]:
        """Everyone who moderates: the moderators and the admins, each once."""
        named = [m.telegram_id for m in await self.staff.staff() if m.role == Role.MODERATOR]
        return sorted(set(named) | set(self.staff.admin_ids))
