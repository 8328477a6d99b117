"""Reports and safeguarding escalation (safeguarding rules 19 and 25).

A report (a message in a group, a person, a worry) goes at once, as a card, to every
safeguarding lead (`SAFEGUARDING_IDS`; the admins when none is named) and to the moderators'
chat (`MOD_CHAT_ID`), never to the person reported. The first decision on a card wins (one
atomic update); the reporter is told, kindly and without details, that it was looked at. Open
reports are announced again to the leads every day, by a durable task."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from enum import StrEnum
from zoneinfo import ZoneInfo

from bot.core.audit import AuditLog
from bot.core.clock import Clock
from bot.core.keyed_hash import KeyedHash
from bot.core.tasks import Nothing, TaskDispatcher, TaskKind
from bot.domain.age_bands import age_band
from bot.services.ages import Ages
from bot.services.notifications import Note, NotificationGate, Purpose
from bot.services.sanctions import Acted, SanctionService, Verdict
from bot.services.staff import StaffService
from storage.profiles import ProfileRepository
from storage.reports import (
    CardCopy,
    Handled,
    NewReport,
    Report,
    ReportDraft,
    ReportRepository,
    ThreadMessage,
)
from storage.tasks import Task

logger = logging.getLogger(__name__)

REPORTS_DAILY = TaskKind("reports_daily", Nothing)
DAILY_AT = time(9, 0)  # local time: the leads' morning


STAFF_BAND = "staff"  # in place of an age band: staff are adults, their age is not asked


class Filing(StrEnum):
    """What filing a report did: a new one, another person added to an open report of the
    same group message, or nothing (this person had reported that message already)."""

    NEW = "new"
    JOINED = "joined"
    ALREADY = "already"


@dataclass(frozen=True)
class Filed:
    report: Report
    how: Filing


class Decision(StrEnum):
    """What a lead or moderator did with a report (its `outcome`)."""

    DISMISSED = "dismissed"
    HANDLED = "handled"
    WARN = "warn"
    MUTE = "mute"
    BAN = "ban"

    @property
    def state(self) -> str:
        return "dismissed" if self is Decision.DISMISSED else "handled"

    @property
    def sanction(self) -> bool:
        return self in (Decision.WARN, Decision.MUTE, Decision.BAN)


@dataclass(frozen=True)
class ReportCard(Note):
    """The card the leads and the moderators' chat get. Names are first names with the age
    band ("Giulia", "13–15"; empty: unknown), as staff may see them (rule 16)."""

    report_id: int
    category: str
    at: datetime
    group: str
    quoted: str
    text: str
    reporter: str
    reporter_band: str
    reported: str
    reported_band: str
    state: str
    outcome: str
    handled_by: str
    in_group: bool  # a message in a group with a known author: it can be sanctioned there
    reporters: int = 1
    note: str = ""
    can_write: bool = False  # the reporter can be written to (not erased)
    thread: tuple[ThreadMessage, ...] = ()


@dataclass(frozen=True)
class LookedAt(Note):
    """The reporter hears that their report was looked at: which one (its day and what it
    was about), never what was decided nor about whom."""

    at: str  # ISO time the report was made (a note kept for after quiet hours holds JSON only)
    category: str
    in_group: bool


@dataclass(frozen=True)
class OpenReports(Note):
    """The leads' daily reminder: this many reports are still open."""

    count: int


@dataclass(frozen=True)
class Decided:
    """The result of pressing a card's button: `won` if this press closed it; otherwise it
    was closed before (by `report.handled_name`), or, `may_not_act`, the presser may not
    sanction in that group and the report stays open."""

    won: bool
    report: Report
    sanctioned: bool = False  # the sanction was applied in the group
    may_not_act: bool = False
    unchanged: Verdict | None = None  # the sanction changed nothing: the report is open again
    needs_reason: bool = False  # a minor's plea is not dismissed without a reason


@dataclass(frozen=True)
class Handler:
    """Who decides on a report (a first name as staff see it), and their reason or rule."""

    id: int
    name: str
    note: str | None = None


@dataclass(kw_only=True, eq=False)
class ReportService:
    repository: ReportRepository
    profiles: ProfileRepository
    ages: Ages
    staff: StaffService
    notifications: NotificationGate
    tasks: TaskDispatcher
    audit: AuditLog
    hasher: KeyedHash
    clock: Clock
    zone: ZoneInfo
    leads: frozenset[int]
    mod_chat_id: int | None
    sanctions: SanctionService

    def lead_ids(self) -> frozenset[int]:
        """Who gets the cards in private: the safeguarding leads, else the admins."""
        return self.leads or self.staff.admin_ids

    def is_lead(self, telegram_id: int) -> bool:
        """Named in `SAFEGUARDING_IDS` (staff or not)."""
        return telegram_id in self.leads

    def may_handle(self, telegram_id: int) -> bool:
        """Leads, moderators and admins, checked at the moment of each press (rule 22)."""
        return telegram_id in self.leads or self.staff.is_moderator(telegram_id)

    async def is_minor(self, telegram_id: int) -> bool:
        """Under 18 or of unknown age, unless staff (adults, rule 2)."""
        return not self.staff.is_staff(telegram_id) and await self.ages.is_minor(telegram_id)

    async def file(self, report: NewReport) -> Filed:
        """Store the report and send its card at once. A group message reported before and
        still open gets this person added instead (its cards are to be redrawn); the same
        person reporting it again changes nothing."""
        reporter = self.hasher.of_id(report.reporter_id)
        if report.chat_id is not None and report.message_id is not None:
            earlier = await self.repository.of_message(report.chat_id, report.message_id)
            if earlier is not None:
                joined = await self._join(earlier, report.reporter_id, reporter)
                if joined is not None:
                    return joined
        if report.reported_id is not None and report.reported_hash is None:
            hashed = self.hasher.of_id(report.reported_id)
            report = NewReport(**{**report.__dict__, "reported_hash": hashed})
        report_id = await self.repository.add(report, self.clock.now())
        await self.repository.add_reporter(report_id, reporter)
        await self.audit.record(report.reporter_id, "report.filed", None, report=report_id)
        stored = await self.repository.get(report_id)
        assert stored is not None
        await self._announce(stored)
        return Filed(stored, Filing.NEW)

    async def _join(self, earlier: Report, reporter_id: int, reporter: str) -> Filed | None:
        """None: a new report is needed (the earlier one is closed and this is someone new)."""
        if await self.repository.has_reporter(earlier.id, reporter):
            return Filed(earlier, Filing.ALREADY)
        if not earlier.is_open:
            return None
        await self.repository.add_reporter(earlier.id, reporter)
        await self.audit.record(reporter_id, "report.joined", None, report=earlier.id)
        joined = await self.repository.get(earlier.id)
        assert joined is not None
        return Filed(joined, Filing.JOINED)

    async def _announce(self, report: Report) -> None:
        card = await self.card(report)
        for lead in sorted(self.lead_ids() - {report.reported_id}):
            await self.notifications.deliver(lead, card, Purpose.STAFF)
        if self.mod_chat_id is not None:
            await self.notifications.deliver_to_chat(self.mod_chat_id, card)

    async def _named(self, telegram_id: int | None, name: str | None) -> tuple[str, str]:
        """A first name as staff may see it and the age band, each empty when unknown."""
        if telegram_id is None:
            return name or "", ""
        if self.staff.is_staff(telegram_id) or telegram_id in self.leads:
            return name or "", STAFF_BAND
        profile = await self.profiles.get(telegram_id)
        age = self.ages.age_of(profile) if profile is not None else None
        shown = (profile.first_name if profile is not None else None) or name or ""
        return shown, age_band(age) if age is not None else ""

    async def card(self, report: Report) -> ReportCard:
        reporter, reporter_band = await self._named(report.reporter_id, report.reporter_name)
        reported, reported_band = await self._named(report.reported_id, report.reported_name)
        return ReportCard(
            report_id=report.id,
            category=report.category,
            at=report.at,
            group=report.chat_title or "",
            quoted=report.quoted or "",
            text=report.text or "",
            reporter=reporter,
            reporter_band=reporter_band,
            reported=reported,
            reported_band=reported_band,
            state=report.state,
            outcome=report.outcome or "",
            handled_by=report.handled_name or "",
            in_group=report.chat_id is not None and report.reported_id is not None,
            reporters=report.reporters,
            note=report.note or "",
            can_write=report.reporter_id is not None,
            thread=tuple(await self.repository.messages(report.id)),
        )

    async def get(self, report_id: int) -> Report | None:
        return await self.repository.get(report_id)

    async def decide(self, report_id: int, by: Handler, decision: Decision) -> Decided | None:
        """Close the report as `decision` if it is still open; None if there is no such
        report. A sanction is applied in the group only by the press that closed it, and only
        by someone who may moderate there (else the report stays open); one that changed
        nothing there (already out, already banned) leaves the report open, and says why."""
        report = await self.repository.get(report_id)
        if report is None:
            return None
        if decision.sanction and report.is_open and not await self.may_sanction(report, by.id):
            return Decided(False, report, may_not_act=True)
        if decision is Decision.DISMISSED and report.reporter_minor and not by.note:
            return Decided(False, report, needs_reason=True)
        handled = Handled(decision.state, decision.value, by.id, by.name, self.clock.now(), by.note)
        closed = await self.repository.close(report_id, handled)
        report = await self.repository.get(report_id)
        assert report is not None
        if not closed:
            return Decided(False, report)
        if decision.sanction:
            acted = await self._sanction(report, by, decision)
            if acted.verdict is not Verdict.DONE:
                return await self._unchanged(report, by.id, decision, acted.verdict)
        await self.audit.record(
            by.id,
            "report.handled",
            None,
            report=report_id,
            outcome=decision,
            reason=by.note or None,
        )
        if report.reporter_id is not None:
            looked = LookedAt(report.at.isoformat(), report.category, report.chat_id is not None)
            await self.notifications.deliver(report.reporter_id, looked, Purpose.CONSEQUENCE)
        return Decided(True, report, sanctioned=decision.sanction)

    async def _unchanged(
        self, report: Report, by: int, decision: Decision, verdict: Verdict
    ) -> Decided:
        await self.repository.reopen(report.id)
        await self.audit.record(
            by, "report.unchanged", None, report=report.id, outcome=decision, verdict=verdict
        )
        reopened = await self.repository.get(report.id)
        assert reopened is not None
        return Decided(True, reopened, unchanged=verdict)

    async def may_sanction(self, report: Report, by: int) -> bool:
        if report.chat_id is None or report.reported_id is None:
            return False
        return await self.sanctions.may_moderate(report.chat_id, by)

    async def _sanction(self, report: Report, by: Handler, decision: Decision) -> Acted:
        """The card's Warn, Mute or Ban, in the group of the reported message. The reason is
        the group rule or the words the moderator chose: never the report nor who made it."""
        assert report.chat_id is not None
        assert report.reported_id is not None
        chat, member, reason = report.chat_id, report.reported_id, by.note
        if decision is Decision.WARN:
            acted = await self.sanctions.warn(
                chat_id=chat, member_id=member, by=by.id, reason=reason, report_id=report.id
            )
        else:
            span = self.sanctions.limits.warn_mute if decision is Decision.MUTE else None
            act = self.sanctions.mute if decision is Decision.MUTE else self.sanctions.ban
            # A mute lasts as long as the group's own warning mute; a ban has no end.
            acted = await act(
                chat_id=chat, member_id=member, by=by.id, span=span, reason=reason,
                report_id=report.id,
            )  # fmt: skip
        if acted.verdict is Verdict.DONE and report.message_id is not None:
            # A message sanctioned for breaking a rule leaves the group with the sanction (the
            # card keeps its words for the moderators); already gone is fine.
            await self.sanctions.delete(
                chat_id=chat, message_ids=[report.message_id], author_id=member, by=by.id
            )
        return acted

    async def remember_card(self, report_id: int, chat_id: int, message_id: int) -> None:
        await self.repository.add_card(report_id, chat_id, message_id)

    async def cards(self, report_id: int) -> list[CardCopy]:
        return await self.repository.cards(report_id)

    async def page(self, page: int, per_page: int) -> tuple[list[Report], int, int]:
        """One page of reports (open first), the number of reports and of open ones."""
        found = await self.repository.page(per_page, page * per_page)
        return found, await self.repository.count(), await self.repository.count_open()

    # -- reports written in the private chat -------------------------------------------------

    async def draft(self, member_id: int) -> ReportDraft | None:
        return await self.repository.draft(member_id)

    async def keep_draft(self, member_id: int, category: str | None, text: str | None) -> None:
        await self.repository.save_draft(ReportDraft(member_id, category, text), self.clock.now())

    async def drop_draft(self, member_id: int) -> None:
        await self.repository.drop_draft(member_id)

    # -- the daily reminder ------------------------------------------------------------------

    def _next_run(self) -> datetime:
        local = self.clock.now().astimezone(self.zone)
        due = datetime.combine(local.date(), DAILY_AT, tzinfo=self.zone)
        return due if due > local else due + timedelta(days=1)

    async def schedule_daily(self) -> None:
        """Idempotent: one reminder a day, whatever the number of restarts."""
        due = self._next_run()
        await self.tasks.schedule(
            REPORTS_DAILY, Nothing(), due_at=due, dedupe_key=f"reports:{due.date()}"
        )

    async def run_daily(self, task: Task, _: Nothing) -> None:
        """Task `reports_daily`: the leads hear how many reports are still open."""
        await self.schedule_daily()  # first: a failed send must not end the daily chain
        count = await self.repository.count_open()
        if count:
            for lead in sorted(self.lead_ids()):
                await self.notifications.deliver(lead, OpenReports(count), Purpose.STAFF)
        logger.info("reports: %d open, the leads were reminded", count)
