"""A report's card, as the safeguarding leads and the moderators' chat see it, its buttons
(dismiss, warn, mute, ban, mark handled), the daily reminder of open reports, and /reports,
the leads' paged list. Every press is authorized when it runs (rule 22); the first decision
wins and every copy of the card then shows it."""

from __future__ import annotations

import functools
import html
import logging
from collections.abc import Awaitable, Callable
from datetime import datetime
from typing import Annotated, Literal, TypeVar
from zoneinfo import ZoneInfo

from telegram import CallbackQuery, InlineKeyboardButton, InlineKeyboardMarkup, Message, Update
from telegram.error import BadRequest

from bot.core.log_lines import chat_ref
from bot.services.notifications import Recipient
from bot.services.pending import PendingInput
from bot.services.reports import (
    STAFF_BAND,
    Decided,
    Decision,
    Handler,
    LookedAt,
    OpenReports,
    ReportCard,
)
from bot.wiring import Services
from handlers import report_reasons
from handlers.kit.callback_data import CallbackData, Shape
from handlers.kit.context import BotContext
from handlers.kit.edits import edit_message, redraw
from handlers.kit.guards import STALE, ButtonHandler, button, refuse_button
from handlers.kit.notifier import SentHook
from handlers.kit.person import Person
from handlers.report_reasons import ReportReason
from handlers.report_thread import WriteToReporter
from handlers.screens import Screen, Screens, pager
from storage.reports import Report

logger = logging.getLogger(__name__)

PER_PAGE = 6
SHOWN_CHARACTERS = 400  # of a quoted message or the reporter's words, on a card
NOT_ALLOWED = "report-not-allowed"
THREAD_SHOWN = 4  # the latest messages with the reporter, on a card


Choice = Literal["dismissed", "handled", "warn", "mute", "ban"]
IN_THE_GROUP: tuple[Choice, ...] = ("warn", "mute", "ban")
ANYWHERE: tuple[Choice, ...] = ("dismissed", "handled")


class CardAction(CallbackData, prefix="ya"):
    report: int
    decision: Choice


class ReportsPage(CallbackData, prefix="yp"):
    page: Annotated[int, Shape(r"[0-9]{1,4}")]


class OpenReport(CallbackData, prefix="yo"):
    report: int


def _shown(text: str) -> str:
    return text if len(text) <= SHOWN_CHARACTERS else text[:SHOWN_CHARACTERS] + "…"


def _who(screens: Screens, name: str, band: str) -> str:
    if not name:
        return screens.text("report-card-someone")
    if band == STAFF_BAND:
        return screens.text("report-card-person-staff", name=name)
    if not band:
        return screens.text("report-card-person-no-age", name=name)
    return screens.text("report-card-person", name=name, band=band)


def _card_lines(screens: Screens, card: ReportCard, zone: ZoneInfo) -> list[str]:
    when = card.at.astimezone(zone).strftime("%d/%m/%Y %H:%M")
    lines = [
        screens.text(
            "report-card-heading",
            number=card.report_id,
            category=screens.text(f"report-category-{card.category}"),
            when=when,
        )
    ]
    if card.group:
        lines.append(screens.text("report-card-group", group=card.group))
        quoted = _shown(card.quoted) if card.quoted else screens.text("report-card-no-text")
        lines.append(screens.text("report-card-quoted", quoted=quoted))
    if card.text:
        lines.append(screens.text("report-card-words", words=_shown(card.text)))
    reporter = _who(screens, card.reporter, card.reporter_band)
    lines.append(screens.text("report-card-reporter", who=reporter))
    if card.reporters > 1:
        lines.append(screens.text("report-card-reporters", count=card.reporters))
    if card.reported or card.in_group:
        reported = _who(screens, card.reported, card.reported_band)
        lines.append(screens.text("report-card-reported", who=reported))
    for said in card.thread[-THREAD_SHOWN:]:
        key = "report-thread-from-reporter" if said.from_reporter else "report-thread-to-reporter"
        author = said.author_name or screens.text("report-card-someone")
        lines.append(screens.text(key, author=author, text=_shown(said.text)))
    return lines


def card_screen(screens: Screens, card: ReportCard, zone: ZoneInfo) -> Screen:
    lines = _card_lines(screens, card, zone)
    if card.state != "open":
        outcome = screens.text(f"report-outcome-{card.outcome}")
        by = card.handled_by or screens.text("report-card-a-lead")
        lines.append(screens.text("report-card-closed", outcome=outcome, by=by))
        if card.note:
            lines.append(screens.text("report-card-note", note=_shown(card.note)))
        return Screen("\n".join(lines))
    rows: list[list[InlineKeyboardButton]] = []
    if card.in_group:
        rows.append(
            [
                CardAction(card.report_id, kind).button(screens.label(f"report-button-{kind}"))
                for kind in IN_THE_GROUP
            ]
        )
    rows.append(
        [
            CardAction(card.report_id, kind).button(screens.label(f"report-button-{kind}"))
            for kind in ANYWHERE
        ]
    )
    if card.can_write:
        label = screens.label("report-button-write", name=card.reporter)
        rows.append([WriteToReporter(card.report_id).button(label)])
    return Screen("\n".join(lines), InlineKeyboardMarkup(rows))


def card_renderer(zone: ZoneInfo) -> Callable[[Screens, ReportCard], Awaitable[Screen]]:
    async def render(screens: Screens, card: ReportCard) -> Screen:
        return card_screen(screens, card, zone)

    return render


def card_sent(services: Services) -> SentHook[ReportCard]:
    """Each copy of a card is remembered, so that all of them show the outcome later."""

    async def remember(card: ReportCard, _recipient: Recipient, message: Message) -> None:
        await services.reports.remember_card(card.report_id, message.chat_id, message.message_id)

    return remember


def looked_at_renderer(zone: ZoneInfo) -> Callable[[Screens, LookedAt], Awaitable[Screen]]:
    """Which report was looked at: its day and what it was about, as the reporter knows it."""

    async def render(screens: Screens, note: LookedAt) -> Screen:
        when = datetime.fromisoformat(note.at).astimezone(zone).strftime("%d/%m")
        about = screens.text(f"report-category-{note.category}")
        where = "group" if note.in_group else "private"
        return Screen(screens.text("report-looked-at", when=when, about=about, where=where))

    return render


async def render_open_reports(screens: Screens, note: OpenReports) -> Screen:
    keyboard = InlineKeyboardMarkup(
        [[ReportsPage(0).button(screens.label("report-daily-open-list"))]]
    )
    return Screen(screens.text("report-daily", count=note.count), keyboard)


D = TypeVar("D", bound=CallbackData)


def for_leads(handler: ButtonHandler[D]) -> ButtonHandler[D]:
    """Leads, moderators and admins, checked at the press (a moderator demoted since the
    card came is refused, rule 22)."""

    @functools.wraps(handler)
    async def run(query: CallbackQuery, context: BotContext, person: Person, data: D) -> None:
        if context.services.reports.may_handle(person.id):
            await handler(query, context, person, data)
        else:
            await refuse_button(query, person, NOT_ALLOWED, "of a report card without the role")

    return run


@button(CardAction)
@for_leads
async def decide(
    query: CallbackQuery, context: BotContext, person: Person, data: CardAction
) -> None:
    """✅ Gestita acts at once; the others first ask why (handlers.report_reasons)."""
    reports = context.services.reports
    decision = Decision(data.decision)
    report = await reports.get(data.report)
    if report is None:
        await query.answer(person.text(STALE))
    elif not report.is_open:
        await _already_handled(query, context, person, report)
    elif decision is Decision.HANDLED:
        decided = await reports.decide(report.id, Handler(person.id, person.first_name), decision)
        said = await tell_decided(context, person, decided)
        await query.answer(html.unescape(said), show_alert=said != person.text("report-decided"))
    else:
        await report_reasons.ask(query, context, person, report, decision)


async def tell_decided(context: BotContext, person: Person, decided: Decided | None) -> str:
    """What happened, for the one who decided; every copy of the card then shows the report
    as it is (closed, or still open when nothing changed in the group)."""
    if decided is None:
        return person.text(STALE)
    if decided.may_not_act:
        # A lead who is no moderator in that group: the report stays open for someone who is.
        return person.text("report-may-not-act")
    if decided.needs_reason:
        return person.text("report-needs-reason")
    await show_everywhere(context, decided.report)
    if not decided.won:
        return _handled_by(person, decided.report)
    if decided.unchanged is not None:
        return person.text("report-unchanged", why=decided.unchanged.value)
    return person.text("report-decided")


@button(ReportReason)
@for_leads
async def choose_reason(
    query: CallbackQuery, context: BotContext, person: Person, data: ReportReason
) -> None:
    await context.services.pending.clear(person.id)
    if data.reason == "back":
        await query.answer()
        await edit_message(query, person.text("report-reason-back-done"), None)
        return
    screens = await _reason_screens(context, person, data)
    by = Handler(person.id, person.first_name, report_reasons.note_of(screens, data.reason))
    decided = await context.services.reports.decide(data.report, by, Decision(data.decision))
    said = await tell_decided(context, person, decided)
    if decided is not None and decided.needs_reason:
        await query.answer(html.unescape(said), show_alert=True)  # the reasons stay on screen
        return
    await query.answer()
    await edit_message(query, said, None)


async def _reason_screens(context: BotContext, person: Person, data: ReportReason) -> Screens:
    """A sanction's pressed rule is read by the member it sanctions: in their language."""
    if Decision(data.decision) is Decision.DISMISSED:
        return person.screens
    report = await context.services.reports.get(data.report)
    if report is None or report.reported_id is None:
        return person.screens
    language = await context.services.members.stored_language(report.reported_id)
    return person.screens.speaking(language) if language else person.screens


async def take_reason(
    context: BotContext, person: Person, typed: str, pending: PendingInput
) -> bool:
    """A reason typed in a lead's private chat (the pending question `report-reason`)."""
    if pending.kind != report_reasons.REPORT_REASON:
        return False
    await context.services.pending.clear(person.id)
    if not context.services.reports.may_handle(person.id):
        await context.bot.send_message(person.chat_id, person.text(NOT_ALLOWED))
        return True
    report_id, decision = report_reasons.from_ref(pending.ref)
    note = typed.strip()[: report_reasons.TYPED_CHARACTERS]
    by = Handler(person.id, person.first_name, note)
    said = await tell_decided(
        context, person, await context.services.reports.decide(report_id, by, decision)
    )
    await context.bot.send_message(person.chat_id, said)
    return True


async def _already_handled(
    query: CallbackQuery, context: BotContext, person: Person, report: Report
) -> None:
    """The second of two presses: who was first, and what they chose."""
    await query.answer(html.unescape(_handled_by(person, report)), show_alert=True)
    await _redraw_copy(context, query, await context.services.reports.card(report))


def _handled_by(person: Person, report: Report) -> str:
    by = report.handled_name or person.text("report-card-a-lead")
    outcome = person.text(f"report-outcome-{report.outcome}")
    return person.text("report-already-handled", by=by, outcome=outcome)


async def show_everywhere(context: BotContext, report: Report) -> None:
    """Every copy of the card (each lead's, the moderators' chat's) shows the report as it is
    now: its outcome, or the people who reported it since."""
    reports = context.services.reports
    card = await reports.card(report)
    for copy in await reports.cards(report.id):
        await _edit_copy(context, copy.chat_id, copy.message_id, card)


async def _redraw_copy(context: BotContext, query: CallbackQuery, card: ReportCard) -> None:
    message = query.message
    if message is not None:
        await _edit_copy(context, message.chat.id, message.message_id, card)


async def _edit_copy(context: BotContext, chat_id: int, message_id: int, card: ReportCard) -> None:
    language: str = context.services.settings.default_language
    if chat_id > 0:
        language = await context.services.members.language_for(chat_id, None)
    screens = Screens(context.services.translate, language)
    screen = card_screen(screens, card, context.services.settings.zone)
    try:
        await context.bot.edit_message_text(
            screen.text, chat_id=chat_id, message_id=message_id, reply_markup=screen.keyboard
        )
    except BadRequest as error:
        # Already like this, deleted by its reader, or too old: the decision stands anyway.
        logger.info(
            "report card %d in chat %s not edited: %s", card.report_id, chat_ref(chat_id), error
        )


# -- /reports ----------------------------------------------------------------------------------


async def list_reports(update: Update, context: BotContext, person: Person) -> None:
    """/reports: for the leads, moderators and admins only."""
    if not context.services.reports.may_handle(person.id):
        await context.bot.send_message(person.chat_id, person.text(NOT_ALLOWED))
        return
    screen = await reports_screen(context, person, 0)
    await context.bot.send_message(person.chat_id, screen.text, reply_markup=screen.keyboard)


async def reports_screen(context: BotContext, person: Person, page: int) -> Screen:
    screens = person.screens
    found, total, still_open = await context.services.reports.page(page, PER_PAGE)
    if total == 0:
        return Screen(screens.text("reports-none"))
    zone = context.services.settings.zone
    lines, rows = [], []
    for report in found:
        category = screens.text(f"report-category-{report.category}")
        when = report.at.astimezone(zone).strftime("%d/%m %H:%M")
        state = "open" if report.is_open else report.outcome or report.state
        lines.append(
            screens.text(
                "reports-line",
                number=report.id,
                category=category,
                when=when,
                state=screens.text(f"report-outcome-{state}"),
            )
        )
        label = screens.label("reports-open", number=report.id)
        rows.append([OpenReport(report.id).button(label)])
    nav = pager(screens, ReportsPage, page, PER_PAGE, total)
    if nav:
        rows.append(nav)
    pages = (total + PER_PAGE - 1) // PER_PAGE
    heading = screens.text(
        "reports-heading", open=still_open, total=total, page=page + 1, pages=pages
    )
    return Screen(heading + "\n" + "\n".join(lines), InlineKeyboardMarkup(rows))


@button(ReportsPage)
@for_leads
async def reports_page(
    query: CallbackQuery, context: BotContext, person: Person, data: ReportsPage
) -> None:
    await redraw(query, person, await reports_screen(context, person, data.page))


@button(OpenReport)
@for_leads
async def open_report(
    query: CallbackQuery, context: BotContext, person: Person, data: OpenReport
) -> None:
    reports = context.services.reports
    report = await reports.get(data.report)
    if report is None:
        await query.answer(person.text(STALE))
        return
    await query.answer()
    screen = card_screen(person.screens, await reports.card(report), context.services.settings.zone)
    sent = await context.bot.send_message(person.chat_id, screen.text, reply_markup=screen.keyboard)
    await reports.remember_card(report.id, sent.chat_id, sent.message_id)
