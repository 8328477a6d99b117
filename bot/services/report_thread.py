"""Writing to whoever made a report, and their replies (safeguarding rules 17 and 24).

A lead or moderator writes from the report's card; the text reaches the reporter through the
bot at once (for a minor this is safeguarding contact: it does not wait for quiet hours), with
a button to reply. Every message, both ways, is kept with the report, audited, and posted to
every lead and the moderators' chat: never an unseen one-to-one channel between an adult and
a minor. Contact details are refused both ways, as in every relayed text."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from bot.core.audit import AuditLog
from bot.core.clock import Clock
from bot.domain.contact_details import find_contacts
from bot.services.notifications import Delivery, Note, NotificationGate, Outcome, Purpose
from bot.services.reports import ReportService
from storage.reports import Report, ThreadMessage

KEPT_CHARACTERS = 1000


@dataclass(frozen=True)
class ToReporter(Note):
    """A lead's message, to the person who made the report."""

    report_id: int
    text: str


@dataclass(frozen=True)
class ThreadPost(Note):
    """A copy of each message of the thread, for every lead and the moderators' chat."""

    report_id: int
    author: str
    reporter: str
    from_reporter: bool
    text: str


class Sent(StrEnum):
    SENT = "sent"
    UNREACHABLE = "unreachable"  # blocked the bot, or gone
    CONTACTS = "contacts"  # holds contact details: not delivered
    NO_REPORT = "no-report"  # no such report, or no reporter any more (erased)


@dataclass(kw_only=True, eq=False)
class ReportThread:
    reports: ReportService
    notifications: NotificationGate
    audit: AuditLog
    clock: Clock

    async def messages(self, report_id: int) -> list[ThreadMessage]:
        return await self.reports.repository.messages(report_id)

    async def write(self, report_id: int, by: int, by_name: str, text: str) -> Sent:
        """A lead's message to the reporter; every lead sees it."""
        report = await self.reports.get(report_id)
        if report is None or report.reporter_id is None:
            return Sent.NO_REPORT
        if find_contacts(text):
            return Sent.CONTACTS
        text = text[:KEPT_CHARACTERS]
        note = ToReporter(report_id, text)
        # Urgent: an answer to someone's own plea does not wait for quiet hours.
        delivery: Delivery = await self.notifications.deliver(
            report.reporter_id, note, Purpose.CONSEQUENCE, deadline=self.clock.now()
        )
        if delivery.outcome is not Outcome.SENT:
            return Sent.UNREACHABLE
        await self._keep(report, by, ThreadMessage(self.clock.now(), False, by_name, text))
        return Sent.SENT

    async def reply(self, report_id: int, by: int, text: str) -> Sent:
        """The reporter's answer: to every lead and the moderators' chat."""
        report = await self.reports.get(report_id)
        if report is None or report.reporter_id != by:
            return Sent.NO_REPORT
        if find_contacts(text):
            return Sent.CONTACTS
        name = report.reporter_name
        message = ThreadMessage(self.clock.now(), True, name, text[:KEPT_CHARACTERS])
        await self._keep(report, by, message)
        return Sent.SENT

    async def _keep(self, report: Report, by: int, message: ThreadMessage) -> None:
        await self.reports.repository.add_message(report.id, message)
        action = "report.reply" if message.from_reporter else "report.message"
        await self.audit.record(by, action, None, report=report.id)
        card = await self.reports.card(report)
        post = ThreadPost(
            report.id, message.author_name or "", card.reporter, message.from_reporter, message.text
        )
        for lead in sorted(self.reports.lead_ids() - {report.reported_id}):
            await self.notifications.deliver(lead, post, Purpose.STAFF)
        if self.reports.mod_chat_id is not None:
            await self.notifications.deliver_to_chat(self.reports.mod_chat_id, post)
