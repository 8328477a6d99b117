"""Why a report card's decision was taken, asked before it acts: a dismissal (a reason may be
given, and must be for a minor's plea) and a warn, mute or ban (the group rule the member
broke, matching the report's category, or words the moderator types in private). The reason a
member reads never says that someone reported them."""

from __future__ import annotations

from typing import Literal

from telegram import CallbackQuery, InlineKeyboardMarkup

from bot.services.reports import Decision
from handlers.kit.callback_data import CallbackData
from handlers.kit.context import BotContext
from handlers.kit.person import Person
from handlers.screens import Screen, Screens
from storage.reports import Report

REPORT_REASON = "report-reason"  # the pending question: a decision's reason, typed
DECISIONS: tuple[Decision, ...] = tuple(Decision)
TYPED_CHARACTERS = 200

Reason = Literal["none", "fine", "solved", "respect", "harassment", "contacts", "spam", "back"]
RULES: tuple[Reason, ...] = ("respect", "harassment", "contacts", "spam")
DISMISSALS: tuple[Reason, ...] = ("fine", "solved")
# The group rule a report of each category is most likely about: offered first.
RULE_OF: dict[str, Reason] = {
    "bullying": "respect",
    "harassment": "harassment",
    "safety": "harassment",
    "spam": "spam",
    "other": "respect",
}


Asked = Literal["dismissed", "warn", "mute", "ban"]
ASKED: dict[Decision, Asked] = {
    Decision.DISMISSED: "dismissed",
    Decision.WARN: "warn",
    Decision.MUTE: "mute",
    Decision.BAN: "ban",
}


class ReportReason(CallbackData, prefix="yr"):
    report: int
    decision: Asked
    reason: Reason


def pending_ref(report_id: int, decision: Decision) -> int:
    return report_id * len(DECISIONS) + DECISIONS.index(decision)


def from_ref(ref: int) -> tuple[int, Decision]:
    report_id, index = divmod(ref, len(DECISIONS))
    return report_id, DECISIONS[index]


def note_of(screens: Screens, reason: Reason) -> str | None:
    """What is kept (and, for a sanction, what the member reads) for a pressed reason."""
    return None if reason in ("none", "back") else screens.text(f"report-reason-{reason}")


def _choices(report: Report, decision: Decision) -> list[Reason]:
    if decision is Decision.DISMISSED:
        return [*DISMISSALS, *(() if report.reporter_minor else ("none",))]
    first = RULE_OF.get(report.category, "respect")
    return [first, *(rule for rule in RULES if rule != first)]


def reason_screen(screens: Screens, report: Report, decision: Decision, private: bool) -> Screen:
    lines = [screens.text(f"report-reason-ask-{decision.value}", number=report.id)]
    if decision is Decision.DISMISSED and report.reporter_minor:
        lines.append(screens.text("report-reason-minor"))
    if private:
        lines.append(screens.text("report-reason-type"))
    value = ASKED[decision]
    rows = [
        [ReportReason(report.id, value, reason).button(screens.label(f"report-reason-{reason}"))]
        for reason in (*_choices(report, decision), "back")
    ]
    return Screen("\n".join(lines), InlineKeyboardMarkup(rows))


async def ask(
    query: CallbackQuery, context: BotContext, person: Person, report: Report, decision: Decision
) -> None:
    """A new message under the card, to the one who pressed (in a lead's private chat they
    may also type the reason)."""
    message = query.message
    if message is None:
        return
    if decision.sanction and not await context.services.reports.may_sanction(report, person.id):
        await query.answer(person.screens.label("report-may-not-act"), show_alert=True)
        return
    await query.answer()
    private = message.chat.type == "private"
    screen = reason_screen(person.screens, report, decision, private)
    await context.bot.send_message(
        message.chat.id,
        screen.text,
        reply_markup=screen.keyboard,
        reply_to_message_id=message.message_id,
    )
    if private:
        await context.services.pending.expect(
            person.id, REPORT_REASON, pending_ref(report.id, decision)
        )
