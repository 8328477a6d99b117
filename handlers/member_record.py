"""/member <first name>: the member's card for moderators (issue 13, point 7) on one screen, with
a button per section (warnings and sanctions, reports, projects, events, the log about them).
Several members of that name: one button each (first name, age band, city; never an id). No
username, Telegram id or contact; each view is audited by the service."""

from __future__ import annotations

from datetime import datetime
from typing import Literal
from zoneinfo import ZoneInfo

from telegram import CallbackQuery, InlineKeyboardButton, InlineKeyboardMarkup, Update

from bot.core.i18n import Html
from bot.services.member_record import ConsentLine, MemberCard
from bot.services.staff import Role
from handlers.common import reply, send
from handlers.kit.callback_data import CallbackData
from handlers.kit.context import BotContext
from handlers.kit.edits import redraw
from handlers.kit.guards import button, requires
from handlers.kit.person import Person
from handlers.member_choice import city_text, found_one
from handlers.modlog import ModlogFor, party_text, telegram_names
from handlers.project_screens import short
from handlers.report_cards import OpenReport
from handlers.screens import Screen, Screens
from storage.member_record import ReportRow

Section = Literal["card", "sanctions", "reports", "projects", "events"]
SECTIONS: tuple[Section, ...] = ("sanctions", "reports", "projects", "events")
MAX_REASON = 80  # characters of a sanction's reason on the card


class MemberSection(CallbackData, prefix="um"):
    """A member's card, or one of its sections, drawn in place."""

    member: int
    section: Section


class OpenMember(CallbackData, prefix="uo"):
    """One of several members of the same name, chosen: their card, as a new message."""

    member: int


async def show_member(update: Update, context: BotContext, person: Person) -> None:
    typed = " ".join(context.args or []).strip()
    if not typed:
        await reply(context, person, "records-member-how")
        return
    member_id = await found_one(context, person, typed, OpenMember)
    if member_id is not None:
        await send(context, person, await member_screen(context, person, member_id))


@button(OpenMember)
@requires(Role.MODERATOR)
async def open_member(
    query: CallbackQuery, context: BotContext, person: Person, data: OpenMember
) -> None:
    await query.answer()
    await send(context, person, await member_screen(context, person, data.member))


@button(MemberSection)
@requires(Role.MODERATOR)
async def member_section(
    query: CallbackQuery, context: BotContext, person: Person, data: MemberSection
) -> None:
    await redraw(query, person, await member_screen(context, person, data.member, data.section))


async def member_screen(
    context: BotContext, person: Person, member_id: int, section: Section = "card"
) -> Screen:
    services = context.services
    card = await services.member_records.card(person.id, member_id)
    if card is None:
        return Screen(person.text("records-member-gone"))
    draw = CardText(person.screens, services.settings.zone, services.clock.now())
    if section == "card":
        return Screen(draw.card(card), _card_keyboard(person.screens, card))
    if section == "sanctions":
        draw.deciders = await _deciders(context, person.screens, card)
    back = MemberSection(member_id, "card").button(person.text("records-back"))
    rows = _report_buttons(person.screens, card) if section == "reports" else []
    return Screen(draw.section(card, section), InlineKeyboardMarkup([*rows, [back]]))


def _report_buttons(screens: Screens, card: MemberCard) -> list[list[InlineKeyboardButton]]:
    """Each listed report opens its card (the same button as in /reports)."""
    buttons = [
        OpenReport(r.id).button(screens.label("records-report-open", number=r.id))
        for r in card.reports.recent
    ]
    return [buttons[i : i + 3] for i in range(0, len(buttons), 3)]


async def _deciders(
    context: BotContext, screens: Screens, card: MemberCard
) -> tuple[tuple[str, str], ...]:
    """Who gave each sanction and who lifted it, named as /modlog names them."""
    services = context.services
    names = telegram_names(context.bot, services)

    async def by(telegram_id: int | None, action: str) -> str:
        party = await services.mod_log.party_of(telegram_id, action)
        if party.kind == "bot":
            return screens.text("records-by-bot")
        return screens.text("records-by", who=await party_text(screens, party, names))

    found = []
    for s in card.sanctions:
        if s.by_id is None and s.source in {"flood", "warn_limit"}:
            given = screens.text(f"records-by-{s.source}")
        else:
            given = await by(s.by_id, f"sanction.{s.kind}")
        lifted = await by(s.lifted_by, f"sanction.lifted.{s.kind}") if s.lifted_at else ""
        found.append((given, lifted))
    return tuple(found)


def _card_keyboard(screens: Screens, card: MemberCard) -> InlineKeyboardMarkup:
    buttons = [
        MemberSection(card.member_id, section).button(screens.text(f"records-section-{section}"))
        for section in SECTIONS
    ]
    log = ModlogFor(card.member_id).button(
        screens.label("records-section-log", name=card.first_name)
    )
    rows: list[list[InlineKeyboardButton]] = [buttons[:2], buttons[2:], [log]]
    return InlineKeyboardMarkup(rows)


class CardText:
    """The card's texts in one language, times in the community's zone."""

    def __init__(self, screens: Screens, zone: ZoneInfo, now: datetime) -> None:
        self.screens = screens
        self.zone = zone
        self.now = now
        # Per sanction, in the card's order: who gave it, who lifted it (the sanctions section).
        self.deciders: tuple[tuple[str, str], ...] = ()

    def day(self, at: datetime | None) -> str:
        if at is None:
            return "—"
        return at.astimezone(self.zone).strftime("%d/%m/%Y")

    def moment(self, at: datetime | None) -> str:
        if at is None:
            return "—"
        return at.astimezone(self.zone).strftime("%d/%m/%Y %H:%M")

    def card(self, card: MemberCard) -> str:
        text = self.screens.text
        consents = "\n".join(self._consent(line) for line in card.consents)
        in_force = sum(1 for s in card.sanctions if self._in_force(s.lifted_at, s.until))
        reports = card.reports
        return text(
            "records-card",
            name=card.first_name,
            band=card.band or text("records-band-unknown"),
            city=city_text(self.screens, card.city, card.remote_only),
            speaks=text(f"records-language-{card.language}")
            if card.language in {"it", "en"}
            else "—",
            since=self.day(card.since),
            role=text(f"records-role-{card.role}"),
            consents=Html(consents),
            sanctions=card.totals.sanctions,
            in_force=in_force,
            about_open=reports.about_open,
            about_closed=reports.about_closed,
            by=reports.by_open + reports.by_closed,
            projects=card.totals.applications,
            events=card.totals.answers,
        )

    def _consent(self, line: ConsentLine) -> str:
        text = self.screens.text
        if line.given_by is None:
            who = text("records-consent-never")
        elif line.given_by == "member":
            who = text("records-consent-by-member")
        elif line.on_paper:
            who = text("records-consent-by-guardian-paper")
        else:
            key = "checked" if line.checked else "unchecked"
            who = text(f"records-consent-by-guardian-{key}")
        return text(
            "records-consent-line",
            purpose=text(f"purpose-{line.purpose}"),
            on="yes" if line.granted else "no",
            who=who,
        )

    def _in_force(self, lifted_at: datetime | None, until: datetime | None) -> bool:
        return lifted_at is None and (until is None or until > self.now)

    def _extra(self, until: datetime | None, reason: str | None) -> str:
        text = self.screens.text
        parts = [text("records-sanction-until", until=self.moment(until))] if until else []
        if reason:
            parts.append(text("records-sanction-reason", reason=short(reason, MAX_REASON)))
        return "".join(parts)

    def _state(self, lifted_at: datetime | None, until: datetime | None) -> str:
        if lifted_at is not None:
            return "lifted"
        return "in-force" if self._in_force(None, until) else "over"

    def section(self, card: MemberCard, section: Section) -> str:
        lines = {
            "sanctions": self._sanctions,
            "reports": self._reports,
            "projects": self._projects,
            "events": self._events,
        }[section](card)
        older = self._older(card, section, len(lines))
        if older > 0:
            lines.append(self.screens.text("records-section-older", count=older))
        body = "\n".join(lines) if lines else self.screens.text("records-section-empty")
        return self.screens.text(
            f"records-heading-{section}", name=card.first_name, lines=Html(body)
        )

    @staticmethod
    def _older(card: MemberCard, section: Section, shown: int) -> int:
        """Rows beyond the newest the card lists (reports are counted on their own line)."""
        totals = card.totals
        listed = {
            "sanctions": totals.sanctions,
            "projects": totals.applications,
            "events": totals.answers,
        }
        return listed.get(section, shown) - shown

    def _sanctions(self, card: MemberCard) -> list[str]:
        text = self.screens.text
        deciders = self.deciders or (("", ""),) * len(card.sanctions)
        return [
            text(
                "records-sanction-line",
                kind=text(f"records-sanction-{s.kind}"),
                at=self.moment(s.at),
                extra=Html(self._extra(s.until, s.reason)),
                by=given,
                state="counted"
                if s.lifted_reason == "warn_limit"
                else self._state(s.lifted_at, s.until),
                lifted_by=lifted,
                lifted_at=self.moment(s.lifted_at),
            )
            for s, (given, lifted) in zip(card.sanctions, deciders, strict=True)
        ]

    def _reports(self, card: MemberCard) -> list[str]:
        text = self.screens.text
        counts = card.reports
        lines = [
            text(
                "records-reports-counts",
                name=card.first_name,
                about_open=counts.about_open,
                about_closed=counts.about_closed,
                by_open=counts.by_open,
                by_closed=counts.by_closed,
            )
        ]
        lines += [self._report(card.first_name, r) for r in counts.recent]
        total = counts.about_open + counts.about_closed + counts.by_open + counts.by_closed
        if total > len(counts.recent):
            lines.append(text("records-reports-older", count=total - len(counts.recent)))
        return lines

    def _report(self, name: str, report: ReportRow) -> str:
        text = self.screens.text
        outcome = report.outcome if report.outcome in {"warn", "mute", "ban"} else None
        return text(
            "records-report-line",
            number=str(report.id),
            at=self.moment(report.at),
            about="yes" if report.about else "no",
            name=name,
            category=text(f"records-report-{report.category}"),
            state=report.state,
            handler=report.handled_name or "—",
            outcome=text(f"records-report-outcome-{outcome}") if outcome else "",
        )

    def _projects(self, card: MemberCard) -> list[str]:
        text = self.screens.text
        return [
            text(
                "records-application-line",
                title=a.title,
                status=text(f"records-application-{a.status}"),
                at=self.day(a.created_at),
            )
            for a in card.applications
        ]

    def _events(self, card: MemberCard) -> list[str]:
        text = self.screens.text
        return [
            text(
                "records-answer-line",
                title=a.title,
                at=self.day(a.starts_at),
                answer=text(f"records-answer-{a.answer}"),
                cancelled="yes" if a.cancelled else "no",
            )
            for a in card.answers
        ]
