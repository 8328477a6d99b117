"""Members and projects: /projects (best matches first, with the reasons), details, "I'm
interested" with an optional message, /myapplications, and writing to a project's coordinators.
Eligibility is checked again whenever a button runs."""

from __future__ import annotations

from telegram import CallbackQuery, InlineKeyboardButton, InlineKeyboardMarkup, Update

from bot.core.i18n import Html
from bot.domain.catalog import CAUSES
from bot.services.applications import MAX_MESSAGE, MAX_PROJECT_MESSAGE
from bot.services.contact_guard import ContactDetailsHeld
from bot.services.pending import PendingInput
from bot.services.project_matching import NoMatchWhy
from handlers import contact_hold
from handlers.common import drop_keyboard, edit_screen, reply, send
from handlers.consent_switch import not_visible_key
from handlers.delivery import delivery_lines
from handlers.invitations import AcceptInvitation
from handlers.kit.context import BotContext
from handlers.kit.edits import redraw
from handlers.kit.guards import STALE, button, finished_member
from handlers.kit.person import Person
from handlers.project_pages import button_title, paged_heading, paged_rows
from handlers.project_screens import (
    REMOTE,
    Apply,
    ApplyWithoutMessage,
    ApplyWithStart,
    BrowsePage,
    CancelApplying,
    MoveApplication,
    PickCause,
    ProjectDetails,
    Projects,
    ProjectsOfCause,
    ProjectsPage,
    RemoteProjects,
    WriteToProject,
    matches_page,
    project_card,
    short,
)
from handlers.screens import Screen
from storage.projects import Application, Project

PER_PAGE = 5
MOVES = {"w": "withdrawn", "l": "left", "d": "invite_declined"}


async def projects_screen(context: BotContext, person: Person, page: int) -> Screen:
    services = context.services
    screens = person.screens
    found = await services.matching.matches(person.id, page, PER_PAGE)
    if found.why_none is not None:
        keyboard = InlineKeyboardMarkup(
            [
                [
                    PickCause().button(screens.text("projects-browse")),
                    RemoteProjects().button(screens.text("projects-remote")),
                ]
            ]
        )
        key = f"projects-none-{found.why_none.value}"
        if found.why_none is NoMatchWhy.NO_CONSENT:
            key = not_visible_key(await services.consents.of(person.id))
        return Screen(screens.text(key), keyboard)
    return matches_page(screens, found, page, PER_PAGE)


@finished_member
async def show_projects(update: Update, context: BotContext, person: Person) -> None:
    await send(context, person, await projects_screen(context, person, 0))


@button(Projects)
@finished_member
async def projects_button(
    query: CallbackQuery, context: BotContext, person: Person, data: Projects
) -> None:
    if isinstance(data, Apply):
        await ask_message(query, context, person, data.project)
        return
    if isinstance(data, ProjectsPage):
        await redraw(query, person, await projects_screen(context, person, data.page))
        return
    if isinstance(data, BrowsePage):
        cause = None if data.cause == REMOTE else data.cause
        await redraw(query, person, await browse_screen(context, person, cause, data.page))
        return
    await query.answer()
    pending = context.services.pending
    if isinstance(data, PickCause):
        buttons = [ProjectsOfCause(cause).button(person.text(f"cause-{cause}")) for cause in CAUSES]
        rows = [buttons[i : i + 2] for i in range(0, len(buttons), 2)]
        await reply(context, person, "projects-pick-cause", InlineKeyboardMarkup(rows))
    elif isinstance(data, RemoteProjects | ProjectsOfCause):
        cause = data.cause if isinstance(data, ProjectsOfCause) else None
        await send(context, person, await browse_screen(context, person, cause))
    elif isinstance(data, ProjectDetails):
        await send(context, person, await details_screen(context, person, data.project))
    elif isinstance(data, ApplyWithoutMessage):
        await pending.clear(person.id)
        await submit(context, person, data.project, None)
    elif isinstance(data, ApplyWithStart):
        await _apply_with_start(query, context, person, data.project)
    elif isinstance(data, CancelApplying):
        await pending.clear(person.id)
        await edit_screen(query, Screen(person.text("apply-cancelled")))


async def browse_screen(
    context: BotContext, person: Person, cause: str | None, page: int = 0
) -> Screen:
    if cause is not None and cause not in CAUSES:
        return Screen(person.text("button-expired"))
    found = await context.services.matching.browse(person.id, cause)
    label = person.text(f"cause-{cause}") if cause else person.text("project-remote-button")
    if not found:
        return Screen(person.text("projects-browse-none", cause=label))
    buttons = [ProjectDetails(p.id).button(button_title(p.title, 40)) for p in found]
    rows = paged_rows(person.screens, buttons, page, lambda to: BrowsePage(cause or REMOTE, to))
    heading = person.text("projects-browse-list", cause=label, count=len(found))
    return Screen(
        paged_heading(person.screens, heading, page, len(found)), InlineKeyboardMarkup(rows)
    )


async def details_screen(context: BotContext, person: Person, project_id: int) -> Screen:
    services = context.services
    project = await services.projects.get(project_id)
    if project is None or project.status == "draft":
        return Screen(person.text("project-gone"))
    problem = await services.matching.can_apply(person.id, project_id)
    text = project_card(person.screens, project)
    if problem is not None:
        return Screen(f"{text}\n\n{person.text(f'apply-problem-{problem.value}')}")
    apply = Apply(project_id).button(person.text("projects-apply"))
    return Screen(text, InlineKeyboardMarkup([[apply]]))


async def ask_message(
    query: CallbackQuery, context: BotContext, person: Person, project_id: int
) -> None:
    services = context.services
    problem = await services.matching.can_apply(person.id, project_id)
    if problem is not None:
        await query.answer(person.text(f"apply-problem-{problem.value}"), show_alert=True)
        return
    await query.answer()
    await services.pending.expect(person.id, "apply", project_id)
    project = await services.projects.get(project_id)
    assert project is not None
    keyboard = InlineKeyboardMarkup(
        [
            [ApplyWithoutMessage(project_id).button(person.text("apply-without-message"))],
            [CancelApplying().button(person.text("apply-cancel"))],
        ]
    )
    text = person.text("apply-ask-message", title=project.title, max=MAX_MESSAGE)
    await send(context, person, Screen(text, keyboard))


async def submit(context: BotContext, person: Person, project_id: int, message: str | None) -> None:
    services = context.services
    application = await services.applications.apply(person.id, project_id, message)
    if application is None:
        problem = await services.matching.can_apply(person.id, project_id)
        key = f"apply-problem-{problem.value}" if problem else "apply-problem-already"
        await reply(context, person, key)
        return
    project = await services.projects.get(project_id)
    assert project is not None
    joined = application.status == "accepted"  # they had been invited: they are in
    key = "invitation-joined" if joined else "application-sent"
    await reply(context, person, key, title=project.title)


# --- /myapplications ------------------------------------------------------------------------


async def my_applications(update: Update, context: BotContext, person: Person) -> None:
    found = await context.services.applications.applications_of(person.id)
    if not found:
        await reply(context, person, "myapplications-none")
        return
    lines = []
    rows = []
    for application, project in found[:10]:
        status = person.text(f"application-status-{application.status}")
        lines.append(person.text("myapplications-line", title=project.title, status=status))
        row = _application_row(person, application, project)
        if row:
            rows.append(row)
    text = person.text("myapplications-list", lines=Html("\n".join(lines)))
    await send(context, person, Screen(text, InlineKeyboardMarkup(rows) if rows else None))


def _application_row(
    person: Person, application: Application, project: Project
) -> list[InlineKeyboardButton]:
    """What the member can do with an application, in its state."""
    title = short(project.title, 24)
    label = person.screens.label
    if application.status == "invited":
        return [
            AcceptInvitation(application.id).button(
                label("myapplications-accept-invite", title=title)
            ),
            MoveApplication("d", application.id).button(
                person.text("myapplications-decline-invite")
            ),
        ]
    if application.status == "applied":
        withdraw = label("myapplications-withdraw", title=title)
        return [MoveApplication("w", application.id).button(withdraw)]
    if application.status == "accepted":
        return [
            WriteToProject(project.id).button(label("myapplications-write", title=title)),
            MoveApplication("l", application.id).button(person.text("myapplications-leave")),
        ]
    return []


@button(MoveApplication)
async def applications_button(
    query: CallbackQuery, context: BotContext, person: Person, data: MoveApplication
) -> None:
    services = context.services
    to_status = MOVES[data.move]
    moved = await services.applications.member_moves(person.id, data.application, to_status)
    if moved is None:
        await query.answer(person.text(STALE))
        return
    await query.answer()
    project = await services.projects.get(moved.project_id)
    assert project is not None
    await reply(context, person, f"application-{to_status}", title=project.title)


# --- writing to the coordinators ------------------------------------------------------------


@button(WriteToProject)
async def reply_button(
    query: CallbackQuery, context: BotContext, person: Person, data: WriteToProject
) -> None:
    services = context.services
    if person.id not in await services.projects.participants(data.project):
        await query.answer(person.text(STALE))
        return
    await query.answer()
    await services.pending.expect(person.id, "reply", data.project)
    project = await services.projects.get(data.project)
    assert project is not None
    await reply(context, person, "reply-type", title=project.title)


async def take_text(context: BotContext, person: Person, typed: str, pending: PendingInput) -> bool:
    """An application's message, or a participant's message to the coordinators."""
    services = context.services
    if pending.kind not in {"apply", "reply"}:
        return False
    text = " ".join(typed.split())
    if pending.kind == "apply" and len(text) > MAX_MESSAGE:
        await _offer_the_start(context, person, pending.ref, text)
        return True
    if len(text) > MAX_PROJECT_MESSAGE:
        await reply(context, person, "message-too-long", max=MAX_PROJECT_MESSAGE, length=len(text))
        return True
    await services.pending.clear(person.id)
    try:
        if pending.kind == "apply":
            await submit(context, person, pending.ref, text)
        else:
            await _write_to_coordinators(context, person, pending.ref, text)
    except ContactDetailsHeld as held:
        await contact_hold.ask_again(context, person, held, pending)
    return True


def _start_of(text: str) -> str:
    """Up to the limit, not cutting a word in two (unless that would lose much)."""
    if len(text) <= MAX_MESSAGE:
        return text
    space = text.rfind(" ", 0, MAX_MESSAGE + 1)
    return text[: space if space > MAX_MESSAGE - 40 else MAX_MESSAGE].rstrip()


async def _offer_the_start(context: BotContext, person: Person, project_id: int, text: str) -> None:
    """Too long: kept, so a button can send its first part instead of typing it again."""
    await context.services.pending.keep_typed(person.id, text)
    keyboard = InlineKeyboardMarkup(
        [
            [ApplyWithStart(project_id).button(person.text("apply-keep-start", max=MAX_MESSAGE))],
            [ApplyWithoutMessage(project_id).button(person.text("apply-without-message"))],
            [CancelApplying().button(person.text("apply-cancel"))],
        ]
    )
    ending = _start_of(text)[-40:]
    said = person.text("apply-message-too-long", max=MAX_MESSAGE, length=len(text), ending=ending)
    await send(context, person, Screen(said, keyboard))


async def _apply_with_start(
    query: CallbackQuery, context: BotContext, person: Person, project_id: int
) -> None:
    pending = context.services.pending
    asked = await pending.get(person.id)
    typed = await pending.typed(person.id)
    if asked is None or asked.kind != "apply" or asked.ref != project_id or typed is None:
        # Lapsed or answered since (a second tap): the text is gone.
        await drop_keyboard(query)
        problem = await context.services.matching.can_apply(person.id, project_id)
        already = problem is not None and problem.value == "already"
        await reply(context, person, "apply-problem-already" if already else "apply-start-gone")
        return
    await pending.clear(person.id)
    await drop_keyboard(query)
    try:
        await submit(context, person, project_id, _start_of(typed))
    except ContactDetailsHeld as held:
        await contact_hold.ask_again(context, person, held, asked)


async def _write_to_coordinators(
    context: BotContext, person: Person, project_id: int, text: str
) -> None:
    told = await context.services.project_threads.member_message(person.id, project_id, text)
    if told is None:
        await reply(context, person, STALE)
        return
    report = delivery_lines(person.screens, told, context.services.settings.zone)
    await send(context, person, Screen(f"{person.text('reply-sent')}\n{report}"))
