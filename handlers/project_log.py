"""/projectlog: moderators read what coordinators and participants wrote to each other through
the bot (safeguarding rule 17). A project opens on its threads by person (each participant's
messages and the replies to them alone, and what went to all participants); a thread reads in
order, a page at a time; the whole log is there too, newest first (◀ ▶), and as a text file.
Texts held for contact details (rule 24) are there, marked as never delivered. `/projectlog
Radio` opens a project by part of its title. Each reading is audited."""

from __future__ import annotations

from datetime import datetime, timedelta

from telegram import CallbackQuery, InlineKeyboardButton, InlineKeyboardMarkup, InputFile, Update

from bot.core.i18n import Html
from bot.domain.pages import pages
from bot.domain.titles import ascii_slug, matching
from bot.services.contact_guard import ContactAlert
from bot.services.staff import Role
from handlers.common import edit_screen, reply, send
from handlers.kit.callback_data import CallbackData
from handlers.kit.context import BotContext
from handlers.kit.guards import button, requires
from handlers.kit.person import Person
from handlers.project_pages import button_title, paged_heading, paged_rows
from handlers.screens import Screen, Screens
from handlers.thread_screens import (
    LINE_EXTRA,
    PAGE_BUDGET,
    Entry,
    ThreadView,
    entries,
    line,
    line_key,
    thread_name,
    thread_of_key,
    thread_page,
    threads_screen,
)
from storage.projects import Project

# Taps on 📄 this close together are one request: a double tap sends one file.
FILE_AGAIN_WITHIN = timedelta(seconds=10)
LAST_FILE = "projectlog-file"  # in the moderator's user_data: (project, when it was sent)


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
    if isinstance(data, LogFile):
        await _file_pressed(query, context, person, data.project)
        return
    screen = await _screen(context, person, data)
    if screen is None:
        await query.answer(person.text("staff-only"), show_alert=True)
        return
    if isinstance(data, OpenLog):
        await send(context, person, screen)
    else:
        await edit_screen(query, screen)
    await query.answer()  # after the redraw: the press is over when the screen is there


async def _file_pressed(
    query: CallbackQuery, context: BotContext, person: Person, project_id: int
) -> None:
    services = context.services
    if _file_just_sent(context, project_id, services.clock.now()):
        await query.answer(person.text("projectlog-file-again"))
        return
    messages = await services.projects.log(person.id, project_id)
    project = await services.projects.get(project_id)
    if messages is None or project is None:
        await query.answer(person.text("staff-only"), show_alert=True)
        return
    await query.answer()
    await _send_file(context, person, project, await entries(context, person, messages))


async def _screen(context: BotContext, person: Person, data: ProjectLog) -> Screen | None:
    """What a press shows, read now; None for someone who may not read the log (rule 22)."""
    services = context.services
    project = await services.projects.get(data.project)
    if project is None:
        return None
    view = _view(project)
    whole = [LogFile(project.id).button(person.text("projectlog-file"))]
    if isinstance(data, ThreadPage):
        member, former = thread_of_key(data.member)
        thread = await services.project_threads.thread(person.id, project.id, member, former)
        if thread is None:
            return None
        found = await entries(context, person, thread)
        who = await thread_name(context, person, member, former)
        return thread_page(person, view, (data.member, who), found, data.page, [whole])
    if isinstance(data, LogPage):
        messages = await services.projects.log(person.id, data.project)
        if messages is None:
            return None
        return _page(person, project, await entries(context, person, messages), data.page)
    threads = await services.project_threads.threads(person.id, project.id)
    if threads is None:
        return None
    page = data.page if isinstance(data, LogThreads) else 0
    everything = [LogPage(project.id, 0).button(person.text("projectlog-everything"))]
    return await threads_screen(context, person, view, threads, page, [everything, whole])


def _view(project: Project) -> ThreadView:
    return ThreadView(
        project,
        thread=lambda member, page: ThreadPage(project.id, member, page),
        threads=lambda page: LogThreads(project.id, page),
    )


def _page(person: Person, project: Project, log: list[Entry], number: int) -> Screen:
    """The whole log, newest first, a page at a time."""
    found = pages([len(entry.text) + LINE_EXTRA for entry in log], PAGE_BUDGET)
    if not found:
        return Screen(person.text("projectlog-empty", title=project.title))
    number = min(number, len(found) - 1)
    lines = "\n\n".join(line(person, log[index]) for index in found[number])
    text = person.text(
        "projectlog",
        title=project.title,
        count=len(log),
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
    context: BotContext, person: Person, project: Project, log: list[Entry]
) -> None:
    """The whole log, oldest first, as plain text: a transcript to read or keep."""
    label = person.screens.label
    heading = label("projectlog-file-heading", title=project.title, count=len(log))
    lines = [heading, ""]
    for entry in reversed(log):
        lines += [label(line_key(entry), when=entry.when, who=entry.who, text=entry.text), ""]
    services = context.services
    today = services.clock.now().astimezone(services.settings.zone).date().isoformat()
    slug = ascii_slug(project.title, f"project-{project.id}")
    await context.bot.send_document(
        person.chat_id,
        InputFile("\n".join(lines).encode(), filename=f"projectlog-{slug}-{today}.txt"),
        caption=person.text("projectlog-file-caption", title=project.title),
    )
