"""/report everywhere (safeguarding rule 19) and help one message away (rule 25).

- In a community group, as a reply: the replied message is reported at once; the command is
  deleted so the reported person does not see who reported; the reporter is thanked in private
  (or, if they never started the bot, by a neutral note in the group that names nobody).
- Anywhere else in a group: a pointer to the private chat.
- In private: a category by buttons, optional words (or Skip), then confirm. Nothing is sent
  without the person's tap.
- Private text that asks for help or speaks of bullying, harassment or danger, in any state:
  a warm answer, the report button (those words kept as the report's), and for minors and
  people of unknown age the helplines.
"""

from __future__ import annotations

import logging
from typing import Literal, get_args

from telegram import (
    CallbackQuery,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    Message,
    Update,
    User,
)
from telegram.error import BadRequest, Forbidden

from bot.core.log_lines import chat_ref
from bot.domain.distress import distress_in
from bot.domain.report_guess import guess_category
from bot.services.conversations import Flow
from bot.services.pending import PendingInput
from bot.services.reports import Filing
from handlers import report_cards, report_reasons, report_thread
from handlers.common import drop_keyboard, edit_screen
from handlers.kit.callback_data import CallbackData
from handlers.kit.context import BotContext
from handlers.kit.edits import edit_message
from handlers.kit.fleeting import fleeting
from handlers.kit.guards import button
from handlers.kit.person import Person
from handlers.screens import Screen, Screens
from storage.reports import NewReport

logger = logging.getLogger(__name__)

REPORT_TEXT = "report-text"  # the pending question: the words of a report being written
DEEP_LINK = "report"  # /start report: from a group to the private chat
# Questions whose typed answer belongs to a report (its words, a reason, a message to or from
# the reporter): never read as a new cry for help.
OWN_WORDS = frozenset(
    {REPORT_TEXT, report_reasons.REPORT_REASON, report_thread.WRITE, report_thread.REPLY}
)
KEPT_CHARACTERS = 1000  # of the reporter's words
# Flows in which an adult writes content for others (a project, an event): words such as
# "bullismo" there describe the project, and are the step's answer.
COMPOSING = frozenset({Flow.PROJECT_DRAFT, Flow.EVENT_DRAFT, Flow.BROADCAST_DRAFT})
STILL_WAITING = frozenset({Flow.ONBOARDING, Flow.PROFILE_EDIT, Flow.STAFF_JOIN, Flow.QUESTION})

Category = Literal["bullying", "harassment", "safety", "spam", "other"]
CATEGORIES: tuple[Category, ...] = get_args(Category)


class ReportCategory(CallbackData, prefix="yc"):
    category: Category


class ReportStep(CallbackData, prefix="ys"):
    action: Literal["start", "skip", "send", "change", "drop"]


# -- the words of someone asking for help (rule 25) --------------------------------------------


async def offer_help(context: BotContext, person: Person, text: str, flow: Flow | None) -> bool:
    """If the text asks for help: answered at once, and True (the text is not the step's
    answer). The person's words are kept only as a report draft they may send or drop."""
    if flow in COMPOSING:
        return False
    found = distress_in(text)
    if found is None:
        return False
    reports = context.services.reports
    await reports.keep_draft(person.id, found.category, text[:KEPT_CHARACTERS])
    lines = [person.text("distress-heard")]
    if await reports.is_minor(person.id):
        lines.append(person.text("report-helplines"))
    else:
        lines.append(person.text("distress-emergency"))
    if flow in STILL_WAITING:
        lines.append(person.text("distress-step-waits"))
    keyboard = InlineKeyboardMarkup(
        [[ReportStep("start").button(person.screens.label("distress-report-button"))]]
    )
    await context.bot.send_message(person.chat_id, "\n\n".join(lines), reply_markup=keyboard)
    return True


async def reporting(update: Update, context: BotContext, person: Person) -> bool:
    """Someone asking for help, or in the middle of a report: answered before anything the
    bot would ask again first (renewed consents)."""
    query = update.callback_query
    if query is not None:
        ours = (f"{ReportCategory.prefix}:", f"{ReportStep.prefix}:")
        return (query.data or "").startswith(ours)
    message = update.effective_message
    text = message.text if message is not None else None
    if not text or text.startswith("/"):
        return False
    if distress_in(text) is not None:
        return True
    pending = await context.services.pending.get(person.id)
    return pending is not None and pending.kind == REPORT_TEXT


# -- /report -----------------------------------------------------------------------------------


def deep_link(context: BotContext, person: Person) -> InlineKeyboardMarkup:
    url = f"https://t.me/{context.bot.username}?start={DEEP_LINK}"
    label = person.screens.label("report-open-private")
    return InlineKeyboardMarkup([[InlineKeyboardButton(label, url=url)]])


async def report(update: Update, context: BotContext, person: Person) -> None:
    message = update.effective_message
    chat = update.effective_chat
    if message is None or chat is None:
        return
    if chat.type == "private":
        await begin(context, person)
        return
    replied = message.reply_to_message
    community = chat.id in context.services.settings.community_chat_ids
    author = replied.from_user if replied is not None else None
    if not community or replied is None or author is None or author.is_bot:
        # Nobody in the group should see who wants to report: the command goes at once, the
        # pointer after a while.
        await fleeting(
            context,
            message,
            person.text("report-group-pointer"),
            deep_link(context, person),
            command_now=True,
        )
        return
    await _report_in_group(context, person, message, replied, author)


def _quoted(message: Message) -> str | None:
    """What the reported message said when it was reported (it may be deleted later)."""
    return message.text or message.caption


async def _report_in_group(
    context: BotContext, person: Person, command: Message, replied: Message, author: User
) -> None:
    reports = context.services.reports
    words = " ".join(context.args or ()) or None
    filed = await reports.file(
        NewReport(
            reporter_id=person.id,
            reporter_minor=await reports.is_minor(person.id),
            category=guess_category(words, _quoted(replied)),
            text=words[:KEPT_CHARACTERS] if words else None,
            chat_id=command.chat.id,
            message_id=replied.message_id,
            quoted=_quoted(replied),
            reported_id=author.id,
            chat_title=command.chat.title,
            reporter_name=person.first_name,
            reported_name=author.first_name,
        )
    )
    await _hide_command(context, command)
    if filed.how is Filing.JOINED:
        await report_cards.show_everywhere(context, filed.report)  # "reported by 2 people"
    if not await _thank_in_private(context, person, filed.how):
        await context.bot.send_message(
            command.chat.id,
            person.text("report-group-received"),
            reply_markup=deep_link(context, person),
        )


async def _hide_command(context: BotContext, command: Message) -> None:
    """The reported person must not see who reported them."""
    try:
        await context.bot.delete_message(command.chat.id, command.message_id)
    except BadRequest as error:  # already gone, or the bot may not delete there
        logger.info("report command in chat %s not deleted: %s", chat_ref(command.chat.id), error)


async def _thank_in_private(context: BotContext, person: Person, how: Filing) -> bool:
    """Only someone who started the bot can be written to (rule 14)."""
    addressee = await context.services.members.addressee(person.id)
    if addressee is None or not addressee.reachable:
        return False
    said = await thanks(context, person)
    if how is Filing.ALREADY:
        said = person.text("report-already-reported")
    try:
        await context.bot.send_message(person.id, said)
    except (Forbidden, BadRequest):
        return False
    return True


async def thanks(context: BotContext, person: Person) -> str:
    """The reporter is thanked at once; a minor (or someone of unknown age) also sees the
    helplines."""
    said = person.text("report-thanks")
    if await context.services.reports.is_minor(person.id):
        said += "\n\n" + person.text("report-helplines")
    return said


# -- writing a report in the private chat ------------------------------------------------------


def categories_screen(screens: Screens) -> Screen:
    rows = [
        [ReportCategory(category).button(screens.label(f"report-category-{category}"))]
        for category in CATEGORIES
    ]
    rows.append([ReportStep("drop").button(screens.label("report-button-drop"))])
    return Screen(screens.text("report-choose"), InlineKeyboardMarkup(rows))


async def begin(context: BotContext, person: Person) -> None:
    """/report in private, or the group's deep link: a new report, from its category."""
    await context.services.reports.keep_draft(person.id, None, None)
    # Words typed before a category is chosen are the report's, not stray text.
    await context.services.pending.expect(person.id, REPORT_TEXT, 0)
    screen = categories_screen(person.screens)
    await context.bot.send_message(person.chat_id, screen.text, reply_markup=screen.keyboard)


def confirm_screen(screens: Screens, category: str, words: str | None) -> Screen:
    shown = words if words else screens.text("report-no-words")
    keyboard = InlineKeyboardMarkup(
        [
            [ReportStep("send").button(screens.label("report-button-send"))],
            [ReportStep("change").button(screens.label("report-button-change"))],
            [ReportStep("drop").button(screens.label("report-button-drop"))],
        ]
    )
    category_name = screens.text(f"report-category-{category}")
    return Screen(
        screens.text("report-confirm", category=category_name, words=shown[:KEPT_CHARACTERS]),
        keyboard,
    )


@button(ReportCategory)
async def choose_category(
    query: CallbackQuery, context: BotContext, person: Person, data: ReportCategory
) -> None:
    reports = context.services.reports
    draft = await reports.draft(person.id)
    words = draft.text if draft is not None else None
    await reports.keep_draft(person.id, data.category, words)
    await query.answer()
    if words:
        await context.services.pending.clear(person.id)
        await edit_screen(query, confirm_screen(person.screens, data.category, words))
        return
    await context.services.pending.expect(person.id, REPORT_TEXT, 0)
    keyboard = InlineKeyboardMarkup(
        [[ReportStep("skip").button(person.screens.label("report-button-skip"))]]
    )
    await edit_message(query, person.text("report-ask-words"), keyboard)


async def take_text(context: BotContext, person: Person, typed: str, pending: PendingInput) -> bool:
    """The words of a report being written (the pending question `report-text`)."""
    if pending.kind != REPORT_TEXT:
        return False
    reports = context.services.reports
    draft = await reports.draft(person.id)
    if draft is not None and draft.category is None:
        # The category menu is still open: the words are kept, the type is asked again.
        await reports.keep_draft(person.id, None, typed[:KEPT_CHARACTERS])
        chosen = categories_screen(person.screens)
        said = person.text("report-words-kept") + "\n\n" + chosen.text
        await context.bot.send_message(person.chat_id, said, reply_markup=chosen.keyboard)
        return True
    await context.services.pending.clear(person.id)
    category = draft.category if draft is not None and draft.category else "other"
    await reports.keep_draft(person.id, category, typed[:KEPT_CHARACTERS])
    screen = confirm_screen(person.screens, category, typed)
    await context.bot.send_message(person.chat_id, screen.text, reply_markup=screen.keyboard)
    return True


@button(ReportStep)
async def report_step(
    query: CallbackQuery, context: BotContext, person: Person, data: ReportStep
) -> None:
    reports = context.services.reports
    draft = await reports.draft(person.id)
    if draft is None:
        # Sent or dropped already (a double tap, an old message): nothing happens twice.
        await query.answer(person.text("report-draft-gone"), show_alert=True)
        await drop_keyboard(query)
        return
    await query.answer()
    if data.action == "start" and draft.category and draft.text:
        screen = confirm_screen(person.screens, draft.category, draft.text)
        await edit_screen(query, screen)
    elif data.action in ("start", "change"):
        await edit_screen(query, categories_screen(person.screens))
    elif data.action == "skip":
        await context.services.pending.clear(person.id)
        category = draft.category or "other"
        await edit_screen(query, confirm_screen(person.screens, category, None))
    elif data.action == "send":
        await _send(query, context, person, draft.category or "other", draft.text)
    else:
        await reports.drop_draft(person.id)
        pending = await context.services.pending.get(person.id)
        if pending is not None and pending.kind == REPORT_TEXT:
            # Only the report's own question: one it was offered beside (an appeal's words)
            # still waits for its answer.
            await context.services.pending.clear(person.id)
        await edit_message(query, person.text("report-dropped"), None)


async def _send(
    query: CallbackQuery, context: BotContext, person: Person, category: str, words: str | None
) -> None:
    reports = context.services.reports
    await reports.drop_draft(person.id)
    await reports.file(
        NewReport(
            reporter_id=person.id,
            reporter_minor=await reports.is_minor(person.id),
            category=category,
            text=words,
            reporter_name=person.first_name,
        )
    )
    await edit_message(query, await thanks(context, person), None)
