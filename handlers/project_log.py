"""/projectlog: moderators read what coordinators and participants wrote to each other through
the bot (safeguarding rule 17), newest first, a page at a time (◀ ▶), or the whole log as a
text file; texts held for contact details (rule 24) are there too, marked as never delivered.
`/projectlog Radio` opens a project by part of its title. Each reading is audited."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from telegram import CallbackQuery, InlineKeyboardButton, InlineKeyboardMarkup, InputFile, Update

from bot.core.i18n import Html
from bot.domain.pages import pages
from bot.domain.titles import ascii_slug, matching
from bot.services.contact_guard import ContactAlert
from bot.services.staff import Role
from handlers.common import edit_screen, first_name_of, reply, send
from handlers.kit.callback_data import CallbackData
from handlers.kit.context import BotContext
from handlers.kit.guards import button, requires
from handlers.kit.person import Person
from handlers.project_pages import button_title, paged_heading, paged_rows
from handlers.screens import Screen, Screens
from storage.projects import Project, ProjectMessage

# Characters of messages on one page: with the heading and the names it fits Telegram's 4,096.
PAGE_BUDGET = 3500
LINE_EXTRA = 90  # the time, the name and a held mark before each message
# Taps on 📄 this close together are one request: a double tap sends one file.
FILE_AGAIN_WITHIN = timedelta(seconds=10)
LAST_FILE = "projectlog-file"  # in the moderator's user_data: (project, when it was sent)


class ProjectLog(CallbackData, prefix="pl"):
    project: int


class OpenLog(ProjectLog, tag="o"):
    """From the list of projects: the newest page, as a new message."""


class LogPage(ProjectLog, tag="p"):
    """◀ ▶: another page, in place."""

    page: int


class LogFile(ProjectLog, tag="f"):
    pass


@dataclass(frozen=True)
class Entry:
    """One message of the log as a moderator reads it."""

    when: str
    who: str
    by_staff: bool
    text: str
    held: bool = False


async def render_alert(screens: Screens, note: ContactAlert) -> Screen:
    """A held text, to a moderator: the facts to act on and the way straight into the log."""
    names = ", ".join(note.minors)
    extra = note.minors_count - len(note.minors)
    if extra > 0:
        names += f" (+{extra} {screens.text('contacts-alert-more')})"
    text = screens.text(
        "contacts-alert",
        named="yes" if note.sender else "no",
        sender=note.sender,
        at=note.at,
        project=note.project,
        recipients=note.recipients,
        count=note.minors_count,
        minors=names,
        times=note.times,
        text=note.text,
    )
    read = OpenLog(note.project_id).button(screens.label("contacts-alert-log"))
    return Screen(text, InlineKeyboardMarkup([[read]]))


async def choose_project(update: Update, context: BotContext, person: Person) -> None:
    projects = await context.services.projects.all_projects(person.id)
    typed = " ".join(context.args or [])
    found = matching(typed, projects, lambda project: project.title)
    if len(found) == 1:
        await _open(context, person, found[0].id)
        return
    key = "projectlog-matches" if found else "projectlog-no-match" if typed else "projectlog-which"
    if not projects:
        await reply(context, person, "projectlog-none")
        return
    heading = person.text(key, typed=typed[:40])
    await send(context, person, _projects_page(person, found or projects, heading, 0))


class LogProjects(CallbackData, prefix="kl"):
    """◀ ▶ through every project, to choose whose log to read."""

    page: int


def _projects_page(person: Person, shown: list[Project], heading: str, page: int) -> Screen:
    buttons = [OpenLog(project.id).button(button_title(project.title, 40)) for project in shown]
    text = paged_heading(person.screens, heading, page, len(buttons))
    # Pages past the first are of every project (a typed part of a title is not kept).
    rows = paged_rows(person.screens, buttons, page, LogProjects)
    return Screen(text, InlineKeyboardMarkup(rows))


@button(LogProjects)
@requires(Role.MODERATOR)
async def log_projects_page(
    query: CallbackQuery, context: BotContext, person: Person, data: LogProjects
) -> None:
    projects = await context.services.projects.all_projects(person.id)
    await query.answer()
    heading = person.text("projectlog-which")
    await edit_screen(query, _projects_page(person, projects, heading, data.page))


async def _open(context: BotContext, person: Person, project_id: int) -> None:
    messages = await context.services.projects.log(person.id, project_id)
    project = await context.services.projects.get(project_id)
    if messages is not None and project is not None:
        entries = await _entries(context, person, messages)
        await send(context, person, _page(person, project, entries, 0))


def _file_just_sent(context: BotContext, project_id: int, now: datetime) -> bool:
    """True for the second tap of a burst; otherwise remembers this one. Checked before any
    await, and one person's updates run in order, so two taps cannot both pass."""
    last = context.user_data.get(LAST_FILE) if context.user_data is not None else None
    if last is not None and last[0] == project_id and now - last[1] < FILE_AGAIN_WITHIN:
        return True
    if context.user_data is not None:
        context.user_data[LAST_FILE] = (project_id, now)
    return False


@button(ProjectLog)
@requires(Role.MODERATOR)
async def show_log(
    query: CallbackQuery, context: BotContext, person: Person, data: ProjectLog
) -> None:
    services = context.services
    if isinstance(data, LogFile) and _file_just_sent(context, data.project, services.clock.now()):
        await query.answer(person.text("projectlog-file-again"))
        return
    messages = await services.projects.log(person.id, data.project)
    project = await services.projects.get(data.project)
    if messages is None or project is None:
        await query.answer(person.text("staff-only"), show_alert=True)
        return
    await query.answer()
    entries = await _entries(context, person, messages)
    if isinstance(data, LogFile):
        await _send_file(context, person, project, entries)
    elif isinstance(data, LogPage):
        await edit_screen(query, _page(person, project, entries, data.page))
    else:
        await send(context, person, _page(person, project, entries, 0))


async def _entries(
    context: BotContext, person: Person, messages: list[ProjectMessage]
) -> list[Entry]:
    services = context.services
    zone = services.settings.zone
    staff_names = {member.telegram_id: member.name for member in await services.staff.staff()}
    names: dict[int, str] = {}
    entries = []
    for message in messages:
        if message.staff_id is not None:
            who = staff_names.get(message.staff_id, person.text("role-admin"))
        else:
            member = message.member_id or 0
            if member not in names:
                names[member] = await first_name_of(context, member)
            who = names[member]
        when = message.sent_at.astimezone(zone).strftime("%d/%m/%Y %H:%M")
        by_staff = message.staff_id is not None
        text = message.text
        if message.minors_from is not None:
            until = message.minors_from.astimezone(zone).strftime("%d/%m %H:%M")
            text += "\n" + person.screens.label("projectlog-minors-from", until=until)
        entries.append(Entry(when, who, by_staff, text, message.held is not None))
    return entries


def _line_key(entry: Entry) -> str:
    if entry.held:
        return "projectlog-held-line"
    return "projectlog-staff-line" if entry.by_staff else "projectlog-member-line"


def _line(person: Person, entry: Entry) -> str:
    return person.text(_line_key(entry), when=entry.when, who=entry.who, text=entry.text)


def _page(person: Person, project: Project, entries: list[Entry], number: int) -> Screen:
    found = pages([len(entry.text) + LINE_EXTRA for entry in entries], PAGE_BUDGET)
    if not found:
        return Screen(person.text("projectlog-empty", title=project.title))
    number = min(number, len(found) - 1)
    lines = "\n\n".join(_line(person, entries[index]) for index in found[number])
    text = person.text(
        "projectlog",
        title=project.title,
        count=len(entries),
        page=number + 1,
        pages=len(found),
        lines=Html(lines),
    )
    moves: list[InlineKeyboardButton] = []
    if number > 0:
        moves.append(LogPage(project.id, number - 1).button(person.text("projectlog-newer")))
    if number + 1 < len(found):
        moves.append(LogPage(project.id, number + 1).button(person.text("projectlog-older")))
    whole = LogFile(project.id).button(person.text("projectlog-file"))
    return Screen(text, InlineKeyboardMarkup([row for row in (moves, [whole]) if row]))


async def _send_file(
    context: BotContext, person: Person, project: Project, entries: list[Entry]
) -> None:
    """The whole log, oldest first, as plain text: a transcript to read or keep."""
    label = person.screens.label
    heading = label("projectlog-file-heading", title=project.title, count=len(entries))
    lines = [heading, ""]
    for entry in reversed(entries):
        lines += [label(_line_key(entry), when=entry.when, who=entry.who, text=entry.text), ""]
    services = context.services
    today = services.clock.now().astimezone(services.settings.zone).date().isoformat()
    slug = ascii_slug(project.title, f"project-{project.id}")
    await context.bot.send_document(
        person.chat_id,
        InputFile("\n".join(lines).encode(), filename=f"projectlog-{slug}-{today}.txt"),
        caption=person.text("projectlog-file-caption", title=project.title),
    )
