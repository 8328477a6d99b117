"""/help: the commands this person may use, in their language. A member sees one list. Staff
see one section at a time, the commands of one role they hold (the command table's order: their
widest role first), with a button for each other section, so each fits a phone's screen."""

from __future__ import annotations

from typing import Annotated

from telegram import CallbackQuery, InlineKeyboardMarkup, Update

from bot.core.i18n import Html
from bot.services.staff import Role
from handlers import pending_applications
from handlers.common import reply, send
from handlers.kit.callback_data import CallbackData, Shape
from handlers.kit.commands import Command, command_table
from handlers.kit.context import BotContext
from handlers.kit.edits import redraw
from handlers.kit.guards import STALE, button
from handlers.kit.person import Person
from handlers.screens import Screen

EVERYONE = "everyone"  # the section of the commands every person may use
GROUP = "group"  # the moderation commands used in the community groups: one screen of their own
# Someone who is only a parent or guardian (answered a child's request, no profile of their own):
# what is for them, not a youth member's list.
GUARDIAN_COMMANDS = ["guardian", "privacy", "mydata", "deleteme", "language", "about", "help"]
# A safeguarding lead who is not staff: besides the commands marked for leads.
LEAD_COMMANDS = ["privacy", "language", "help"]


class HelpSection(CallbackData, prefix="hp"):
    section: Annotated[str, Shape("|".join([*Role, EVERYONE, GROUP]))]


def _section_of(row: Command) -> str:
    if row.group_admins:
        return GROUP
    return EVERYONE if row.role is None else row.role.value


def sections(roles: frozenset[Role]) -> dict[str, list[str]]:
    """The commands someone with these roles may use, by the role each needs, in the order the
    sections first appear in the table."""
    grouped: dict[str, list[str]] = {}
    for row in command_table():
        if row.shown_to(roles):
            grouped.setdefault(_section_of(row), []).append(row.name)
    return grouped


def _lines(person: Person, names: list[str]) -> str:
    return "\n".join(
        person.text("help-line", command=name, description=person.text(f"command-{name}"))
        for name in names
    )


def section_screen(person: Person, shown: str) -> Screen:
    grouped = sections(person.roles)
    text = person.text(
        "help-section",
        heading=person.text(f"help-heading-{shown}"),
        commands=Html(_lines(person, grouped[shown])),
    )
    others = [
        HelpSection(section).button(person.screens.label(f"help-heading-{section}"))
        for section in grouped
        if section != shown
    ]
    keyboard = InlineKeyboardMarkup([others[i : i + 2] for i in range(0, len(others), 2)])
    return Screen(f"{text}\n\n{person.text('help-staff-more')}", keyboard)


async def show_help(update: Update, context: BotContext, person: Person) -> None:
    await send_help(context, person)


async def send_help(context: BotContext, person: Person) -> None:
    """The help this person may see now."""
    grouped = sections(person.roles)
    guardians = context.services.guardians
    if not person.is_staff and context.services.reports.is_lead(person.id):
        names = [row.name for row in command_table() if row.leads] + LEAD_COMMANDS
        await reply(context, person, "help-lead", commands=Html(_lines(person, names)))
        return
    if not person.is_staff:
        names = [name for group in grouped.values() for name in group]
        if await guardians.is_guardian_only(person.id):
            names = GUARDIAN_COMMANDS
        elif await guardians.answered_any(person.id):
            names.append("guardian")  # listed only for those who answered a request
        await reply(context, person, "help", commands=Html(_lines(person, names)), count=len(names))
        return
    screen = section_screen(person, next(iter(grouped)))
    await send(context, person, await pending_applications.with_waiting(context, person, screen))


@button(HelpSection)
async def help_section(
    query: CallbackQuery, context: BotContext, person: Person, data: HelpSection
) -> None:
    if data.section not in sections(person.roles) or not person.is_staff:
        # A role lost since: nothing of it is shown; on their own old help, the help they have
        # now comes instead (a press replayed from elsewhere gets only the pop-up).
        if query.message is None or query.message.chat.id != person.id:
            await query.answer(person.text(STALE))
            return
        await query.answer()
        await send_help(context, person)
        return
    await redraw(query, person, section_screen(person, data.section))
