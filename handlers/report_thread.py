"""✉️ on a report's card: a lead writes to whoever made the report, who may reply; every lead
and the moderators' chat get each message (bot.services.report_thread, rule 17)."""

from __future__ import annotations

from telegram import CallbackQuery, InlineKeyboardMarkup
from telegram.error import BadRequest, Forbidden

from bot.services.pending import PendingInput
from bot.services.report_thread import Sent, ThreadPost, ToReporter
from handlers.kit.callback_data import CallbackData
from handlers.kit.context import BotContext
from handlers.kit.guards import STALE, button, refuse_button
from handlers.kit.person import Person
from handlers.screens import Screen, Screens

WRITE = "report-write"  # pending: a lead's message to a reporter (ref: the report)
REPLY = "report-reply"  # pending: the reporter's answer (ref: the report)


class WriteToReporter(CallbackData, prefix="yw"):
    report: int


class ReplyToLeads(CallbackData, prefix="yq"):
    report: int


@button(WriteToReporter)
async def write_pressed(
    query: CallbackQuery, context: BotContext, person: Person, data: WriteToReporter
) -> None:
    """Typed in the lead's private chat, wherever the card was pressed."""
    reports = context.services.reports
    if not reports.may_handle(person.id):
        await refuse_button(
            query, person, "report-not-allowed", "of a report card without the role"
        )
        return
    report = await reports.get(data.report)
    if report is None or report.reporter_id is None:
        await query.answer(person.text(STALE))
        return
    card = await reports.card(report)
    try:
        await context.bot.send_message(
            person.id, person.text("report-write-ask", name=card.reporter, number=report.id)
        )
    except (Forbidden, BadRequest):
        await query.answer(person.screens.label("report-write-start-me"), show_alert=True)
        return
    await query.answer()
    await context.services.pending.expect(person.id, WRITE, report.id)


@button(ReplyToLeads)
async def reply_pressed(
    query: CallbackQuery, context: BotContext, person: Person, data: ReplyToLeads
) -> None:
    report = await context.services.reports.get(data.report)
    if report is None or report.reporter_id != person.id:
        await refuse_button(query, person, STALE, "of a report's reply not theirs")
        return
    await query.answer()
    await context.bot.send_message(person.chat_id, person.text("report-reply-ask"))
    await context.services.pending.expect(person.id, REPLY, report.id)


async def take_text(context: BotContext, person: Person, typed: str, pending: PendingInput) -> bool:
    """The lead's message, or the reporter's reply."""
    if pending.kind not in (WRITE, REPLY):
        return False
    thread = context.services.report_thread
    if pending.kind == WRITE:
        if not context.services.reports.may_handle(person.id):
            await context.services.pending.clear(person.id)
            await context.bot.send_message(person.chat_id, person.text("report-not-allowed"))
            return True
        sent = await thread.write(pending.ref, person.id, person.first_name, typed)
    else:
        sent = await thread.reply(pending.ref, person.id, typed)
    if sent is not Sent.CONTACTS:  # else the question stays: they may write it again
        await context.services.pending.clear(person.id)
    key = f"report-{'write' if pending.kind == WRITE else 'reply'}-{sent.value}"
    await context.bot.send_message(person.chat_id, person.text(key))
    return True


async def render_to_reporter(screens: Screens, note: ToReporter) -> Screen:
    keyboard = InlineKeyboardMarkup(
        [[ReplyToLeads(note.report_id).button(screens.label("report-reply-button"))]]
    )
    return Screen(screens.text("report-to-reporter", text=note.text), keyboard)


async def render_post(screens: Screens, note: ThreadPost) -> Screen:
    key = "report-post-from-reporter" if note.from_reporter else "report-post-to-reporter"
    said = screens.text(
        key, number=note.report_id, author=note.author, reporter=note.reporter, text=note.text
    )
    keyboard = InlineKeyboardMarkup(
        [
            [
                WriteToReporter(note.report_id).button(
                    screens.label("report-button-write", name=note.reporter)
                )
            ]
        ]
    )
    return Screen(said, keyboard)
