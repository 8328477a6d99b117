"""/projectlog: moderators read what coordinators and participants wrote to each other through
the bot (safeguarding rule 17). A project opens on its threads by person (each participant's
messages and the replies to them alone, and what went to all participants); a thread reads in
order, a page at a time (◀ ▶); the whole log is there too, newest first, and as a text file.
Texts held for contact details (rule 24) are there, marked as never delivered. `/projectlog
Radio` opens a project by part of its title. Each reading is audited."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from telegram import CallbackQuery, InlineKeyboardButton, InlineKeyboardMarkup, InputFile, Update

from bot.core.i18n import Html
from bot.domain.pages import pages
from bot.domain.titles import ascii_slug, matching
from bot.services.contact_guard import ContactAlert
from bot.services.staff import Role
from handlers.common import edit_screen, first_name_of, reply_choice, send
from handlers.kit.callback_data import CallbackData
from handlers.kit.context import BotContext
from handlers.kit.guards import button, requires
from handlers.kit.person import Person
from handlers.project_screens import short
from handlers.screens import Screen, Screens
from storage.project_messages import ThreadSummary
from storage.projects import Project, ProjectMessage

# Characters of messages on one page: with the heading and the names it fits Telegram's 4,096.
PAGE_BUDGET = 3500
LINE_EXTRA = 90  # the time, the name and a held mark before each message
# Taps on 📄 this close together are one request: a double tap sends one file.
FILE_AGAIN_WITHIN = timedelta(seconds=10)
LAST_FILE = "projectlog-file"  # in the moderator's user_data: (project, when it was sent)
THREADS_PER_PAGE = 8
EVERYONE = 0  # in a thread's button: the messages to all the participants
NEWEST = 9999  # a thread's page that means its last one: it opens on the latest messages


class ProjectLog(CallbackData, prefix="pl"):
    project: int


class OpenLog(ProjectLog, tag="o"):
    """From the list of projects or an alert: the project's threads, as a new message."""


class LogThreads(ProjectLog, tag="t"):
    """The threads by person, a page of them, in place."""

    page: int


class ThreadPage(ProjectLog, tag="h"):
    """One person's thread (or `EVERYONE`), oldest first, a page of it, in place."""

    member: int
    page: int


class LogPage(ProjectLog, tag="p"):
    """The whole log, newest first: another page, in place."""

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
    shown = found or projects
    buttons = [OpenLog(project.id).button(short(project.title, 40)) for project in shown]
    await reply_choice(context, person, key, buttons[:30], "projectlog-none", typed=typed[:40])


async def _open(context: BotContext, person: Person, project_id: int) -> None:
    screen = await _screen(context, person, LogThreads(project_id, 0))
    if screen is not None:
        await send(context, person, screen)


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
    if isinstance(data, LogFile):
        messages = await services.projects.log(person.id, data.project)
        project = await services.projects.get(data.project)
        if messages is not None and project is not None:
            await query.answer()
            entries = await _entries(context, person, messages)
            await _send_file(context, person, project, entries)
            return
    screen = None if isinstance(data, LogFile) else await _screen(context, person, data)
    if screen is None:
        await query.answer(person.text("staff-only"), show_alert=True)
        return
    if isinstance(data, OpenLog):
        await send(context, person, screen)
    else:
        await edit_screen(query, screen)
    await query.answer()  # after the redraw: the press is over when the screen is there


async def _screen(context: BotContext, person: Person, data: ProjectLog) -> Screen | None:
    """What a press shows, read now; None for someone who may not read the log (rule 22)."""
    services = context.services
    project = await services.projects.get(data.project)
    if project is None:
        return None
    if isinstance(data, ThreadPage):
        member = None if data.member == EVERYONE else data.member
        thread = await services.project_threads.thread(person.id, project.id, member)
        if thread is None:
            return None
        entries = await _entries(context, person, thread)
        who = await _thread_name(context, person, member)
        return _thread_page(person, project, (data.member, who), entries, data.page)
    if isinstance(data, LogPage):
        messages = await services.projects.log(person.id, data.project)
        if messages is None:
            return None
        return _page(person, project, await _entries(context, person, messages), data.page)
    threads = await services.project_threads.threads(person.id, project.id)
    if threads is None:
        return None
    page = data.page if isinstance(data, LogThreads) else 0
    return await _threads_screen(context, person, project, threads, page)


async def _thread_name(context: BotContext, person: Person, member_id: int | None) -> str:
    if member_id is None:
        return person.screens.label("projectlog-everyone")
    return await first_name_of(context, member_id)


async def _threads_screen(
    context: BotContext,
    person: Person,
    project: Project,
    threads: list[ThreadSummary],
    number: int,
) -> Screen:
    """The project's threads by person, the most recently active first, a page at a time."""
    if not threads:
        return Screen(person.text("projectlog-empty", title=project.title))
    last = (len(threads) - 1) // THREADS_PER_PAGE
    number = max(0, min(number, last))
    shown = threads[number * THREADS_PER_PAGE : (number + 1) * THREADS_PER_PAGE]
    zone = context.services.settings.zone
    lines, rows = [], []
    for thread in shown:
        who = await _thread_name(context, person, thread.member_id)
        key = "projectlog-thread-everyone" if thread.member_id is None else "projectlog-thread"
        when = thread.last_at.astimezone(zone).strftime("%d/%m %H:%M")
        lines.append(person.text(key, who=who, count=thread.count, last=when))
        label = person.screens.label(f"{key}-open", who=who, count=thread.count)
        opens = ThreadPage(project.id, thread.member_id or EVERYONE, NEWEST)
        rows.append([opens.button(label)])
    text = person.text(
        "projectlog-threads",
        title=project.title,
        count=sum(thread.count for thread in threads),
        threads=len(threads),
        page=number + 1,
        pages=last + 1,
        lines=Html("\n".join(lines)),
    )
    moves = _moves(person, number, last, lambda page: LogThreads(project.id, page))
    everything = LogPage(project.id, 0).button(person.text("projectlog-everything"))
    whole = LogFile(project.id).button(person.text("projectlog-file"))
    rows += [row for row in (moves, [everything], [whole]) if row]
    return Screen(text, InlineKeyboardMarkup(rows))


def _moves(
    person: Person, number: int, last: int, to: Callable[[int], ProjectLog]
) -> list[InlineKeyboardButton]:
    moves: list[InlineKeyboardButton] = []
    if number > 0:
        moves.append(to(number - 1).button(person.text("projectlog-page-before", page=number)))
    if number < last:
        moves.append(to(number + 1).button(person.text("projectlog-page-after", page=number + 2)))
    return moves


def _thread_page(
    person: Person,
    project: Project,
    thread: tuple[int, str],
    entries: list[Entry],
    number: int,
) -> Screen:
    """One thread in order, oldest first; it opens on its last page, the latest messages."""
    member, who = thread
    found = pages([len(entry.text) + LINE_EXTRA for entry in entries], PAGE_BUDGET)
    back = LogThreads(project.id, 0).button(person.text("projectlog-threads-back"))
    if not found:
        return Screen(
            person.text("projectlog-thread-empty", who=who), InlineKeyboardMarkup([[back]])
        )
    number = max(0, min(number, len(found) - 1))
    lines = "\n\n".join(_line(person, entries[index]) for index in found[number])
    text = person.text(
        "projectlog-thread-page",
        title=project.title,
        who=who,
        count=len(entries),
        page=number + 1,
        pages=len(found),
        lines=Html(lines),
    )
    moves = _moves(
        person, number, len(found) - 1, lambda page: ThreadPage(project.id, member, page)
    )
    whole = LogFile(project.id).button(person.text("projectlog-file"))
    return Screen(text, InlineKeyboardMarkup([row for row in (moves, [back], [whole]) if row]))


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
            if message.to_member_id is not None:
                who += f" → {await _name(context, names, message.to_member_id)}"
        else:
            who = await _name(context, names, message.member_id or 0)
        when = message.sent_at.astimezone(zone).strftime("%d/%m/%Y %H:%M")
        by_staff = message.staff_id is not None
        text = message.text
        if message.minors_from is not None:
            until = message.minors_from.astimezone(zone).strftime("%d/%m %H:%M")
            text += "\n" + person.screens.label("projectlog-minors-from", until=until)
        entries.append(Entry(when, who, by_staff, text, message.held is not None))
    return entries


async def _name(context: BotContext, names: dict[int, str], member_id: int) -> str:
    """A member's first name, read once per screen."""
    if member_id not in names:
        names[member_id] = await first_name_of(context, member_id)
    return names[member_id]


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
    back = LogThreads(project.id, 0).button(person.text("projectlog-threads-back"))
    return Screen(text, InlineKeyboardMarkup([row for row in (moves, [whole], [back]) if row]))


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
