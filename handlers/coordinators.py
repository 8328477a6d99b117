"""/myprojects: a coordinator's projects, each with its status, participants and actions. Every
action checks, when it runs, that the person is a coordinator of that project (or an admin)."""

from __future__ import annotations

import logging
from typing import Literal

from telegram import CallbackQuery, InlineKeyboardMarkup, Update

from bot.core.i18n import Html
from bot.services.conversations import Flow
from bot.services.draft_flow import Busy
from bot.services.project_catalogue import DeskProject
from handlers import my_threads, new_project, project_messages, review_cards
from handlers.attendance_files import project_row
from handlers.common import edit_screen, send
from handlers.draft_steps import EditInstead, ask_which_to_keep
from handlers.exports import participants_row
from handlers.kit.callback_data import CallbackData
from handlers.kit.context import BotContext
from handlers.kit.guards import button, refuse_button
from handlers.kit.person import Person
from handlers.pending_applications import open_list
from handlers.project_pages import (
    PER_PAGE,
    button_title,
    on_page,
    page_count,
    paged_rows,
    team_news,
    tell_colleagues,
)
from handlers.project_screens import project_card, short
from handlers.project_team import step_down_row
from handlers.publish_drafts import PublishStep
from handlers.screens import Screen, Screens, pager
from handlers.staff import started_first_name
from storage.projects import Project

logger = logging.getLogger(__name__)

Action = Literal["v", "o", "p", "c", "e", "u", "m", "b"]
STATUS_ACTIONS = {"o": "open", "p": "paused", "c": "closed"}
# What a project's first row offers, by its status.
STATUS_BUTTONS: dict[str, list[tuple[str, Action]]] = {
    "draft": [("myprojects-publish", "o"), ("myprojects-close", "c")],
    "open": [("myprojects-pause", "p"), ("myprojects-close", "c")],
    "paused": [("myprojects-reopen", "o"), ("myprojects-close", "c")],
    "closed": [],
}


class MyProjectsPage(CallbackData, prefix="kp"):
    """◀ ▶ through /myprojects."""

    page: int


class MyProject(CallbackData, prefix="mp"):
    """/myprojects: v view, o open, p pause, c close, e edit, u participants, m message them,
    b back to the project (in place, from its participants)."""

    action: Action
    project: int


class ParticipantsPage(CallbackData, prefix="kpg"):
    """◀ ▶ through a project's participants."""

    project: int
    page: int


PARTICIPANTS_PER_PAGE = 15  # a line each: with the heading, one phone screen


# --- /myprojects ----------------------------------------------------------------------------


async def my_projects(update: Update, context: BotContext, person: Person) -> None:
    await send(context, person, await projects_screen(context, person, 0))


async def projects_screen(context: BotContext, person: Person, page: int) -> Screen:
    """A page of the coordinator's projects, those with applications waiting first, then open,
    paused, drafts and closed: a line each with what waits, who is in and the places left (🤝:
    run with colleagues); a button each to open it; the applications waiting and Publish all
    drafts."""
    screens = person.screens
    desk = await context.services.projects.desk(person.id)
    if not desk:
        return Screen(screens.text("myprojects-none"))
    numbered = list(enumerate(desk, start=1))
    page = on_page(page, len(desk))
    shown = numbered[page * PER_PAGE : (page + 1) * PER_PAGE]
    lines = [_project_line(screens, number, line) for number, line in shown]
    if any(line.shared for _, line in shown):
        lines.append(screens.text("desk-shared-legend"))
    buttons = [
        MyProject("v", line.project.id).button(
            screens.label(
                "myprojects-button",
                title=button_title(line.project.title, 30),
                status=screens.text(f"project-status-{line.project.status}"),
            )
        )
        for line in desk
    ]
    rows = paged_rows(screens, buttons, page, MyProjectsPage)
    waiting = sum(line.waiting for line in desk)
    if waiting:
        rows.append([open_list(screens, "desk-waiting-button", count=waiting)])
    drafts = sum(1 for line in desk if line.project.status == "draft")
    if drafts:
        show = PublishStep("s").button(screens.label("desk-publish-all-button", count=drafts))
        rows.append([show])
    text = screens.text(
        "desk-projects",
        count=len(desk),
        page=page + 1,
        pages=page_count(len(desk)),
        lines=Html("\n".join(lines)),
    )
    return Screen(text, InlineKeyboardMarkup(rows))


def _project_line(screens: Screens, number: int, line: DeskProject) -> str:
    project = line.project
    return screens.text(
        "desk-project-line",
        number=number,
        title=short(project.title, 40),
        status=screens.text(f"project-status-{project.status}"),
        shared="yes" if line.shared else "no",
        waiting=line.waiting,
        taken=project.taken,
        places=project.places,
        left=project.places_left,
    )


@button(MyProjectsPage)
async def my_projects_page(
    query: CallbackQuery, context: BotContext, person: Person, data: MyProjectsPage
) -> None:
    await query.answer()
    await edit_screen(query, await projects_screen(context, person, data.page))


def manage_screen(screens: Screens, project: Project, waiting: int = 0, team: str = "") -> Screen:
    """A project's screen; `team`, who runs it ("👥 Coordinators: …"), under its status."""
    actions = list(STATUS_BUTTONS[project.status])
    if project.status != "closed":
        actions.append(("myprojects-edit", "e"))
    rows = [
        [MyProject(code, project.id).button(screens.text(key)) for key, code in actions],
        [
            MyProject("u", project.id).button(screens.text("myprojects-participants")),
            MyProject("m", project.id).button(screens.text("myprojects-message")),
        ],
        [my_threads.messages_button(screens, project.id)],
        participants_row(screens, project.id),
        project_row(screens, project.id),
        step_down_row(screens, project.id),
    ]
    if waiting:
        rows.append([open_list(screens, "desk-waiting-button", project.id, count=waiting)])
    status = screens.text(
        "desk-project-status",
        status=screens.text(f"project-status-{project.status}"),
        taken=project.taken,
        places=project.places,
        waiting=waiting,
    )
    if team:
        status = f"{status}\n{team}"
    return Screen(
        f"{project_card(screens, project)}\n\n{status}",
        InlineKeyboardMarkup([r for r in rows if r]),
    )


async def project_screen(context: BotContext, person: Person, project: Project) -> Screen:
    """The project's screen as it is now: what waits, and who runs it."""
    waiting = await _waiting(context, project)
    team = await team_line(context, person, project.id)
    return manage_screen(person.screens, project, waiting, team)


async def team_line(context: BotContext, person: Person, project_id: int) -> str:
    """Everyone who runs the project, admins included, so nobody is surprised that a colleague
    gets its cards and copies: staff by the name an admin confirmed, an admin from ADMIN_IDS by
    their Telegram first name when they started the bot ("Paola (admin)")."""
    services = context.services
    staff_names = await services.staff.names()
    names = []
    for coordinator in await services.projects.coordinators(project_id):
        if name := staff_names.get(coordinator):
            names.append(name)
        elif first := await started_first_name(context.bot, services, coordinator):
            names.append(person.text("desk-coordinator-admin", name=first))
        else:
            names.append(person.text("desk-coordinator-an-admin"))
    if not names:
        return ""
    return person.text("desk-coordinators", names=", ".join(names))


@button(MyProject)
async def my_projects_button(
    query: CallbackQuery, context: BotContext, person: Person, data: MyProject
) -> None:
    services = context.services
    project = await services.projects.managed(person.id, data.project)
    if project is None:
        await refuse_button(query, person, "not-your-project", "of a project they do not run")
        return
    if data.action in STATUS_ACTIONS:
        status = STATUS_ACTIONS[data.action]
        changed = await services.projects.set_status(person.id, project.id, status)
        if changed is None:
            # A button drawn before a colleague (or another screen) changed it: the project as
            # it is now, with the buttons that fit.
            await query.answer(person.text("desk-project-changed"))
            await edit_screen(query, await project_screen(context, person, project))
            return
        await query.answer(person.text(f"myprojects-now-{changed.status}"))
        news = team_news(project.status, changed.status)
        await tell_colleagues(context, person, [(news, changed.id, changed.title)])
        await edit_screen(query, await project_screen(context, person, changed))
        return
    await query.answer()
    if data.action == "b":
        await edit_screen(query, await project_screen(context, person, project))
    elif data.action == "v":
        await send(context, person, await project_screen(context, person, project))
    elif data.action == "e":
        draft = await services.drafts.edit_project(person.id, project.id)
        if isinstance(draft, Busy):
            instead = EditInstead("p", project.id)
            await ask_which_to_keep(context, person, draft.flow, Flow.PROJECT_DRAFT, instead)
        elif draft is not None:
            await send(context, person, await new_project.draft_screen(context, person, draft))
    elif data.action == "u":
        await edit_screen(query, await _participants(context, person, project))
    else:
        await project_messages.ask_message(context, person, project)


async def _participants(
    context: BotContext, person: Person, project: Project, page: int = 0
) -> Screen:
    """Who is in, each with who accepted them ("Chiara — accepted by Emma"), fifteen a page
    (◀ ▶), what waits, and the way back to the project."""
    services = context.services
    members = await services.projects.participant_names(project.id)
    pages = max(1, -(-len(members) // PARTICIPANTS_PER_PAGE))
    page = min(max(page, 0), pages - 1)
    shown = members[page * PARTICIPANTS_PER_PAGE : (page + 1) * PARTICIPANTS_PER_PAGE]
    deciders = await services.projects.deciders(person.id, project.id) or {}
    by: dict[int, dict[str, str]] = {}
    lines = []
    for member_id, first_name in shown:
        name = first_name or "—"
        decider = deciders.get(member_id)
        if decider is None:
            lines.append(person.text("desk-participant", name=name))
        elif decider == person.id:
            lines.append(person.text("desk-participant-by-you", name=name))
        else:
            if decider not in by:
                by[decider] = await review_cards.named(context.bot, services, decider)
            who = by[decider]
            lines.append(
                person.text("desk-participant-by", name=name, who=who["who"], by=who["name"])
            )
    text = person.text(
        "desk-participants", title=project.title, count=len(members), lines=Html("\n".join(lines))
    ).rstrip()  # nobody yet: no empty line under the heading
    if pages > 1:
        text = person.text("desk-page-heading", heading=Html(text), page=page + 1, pages=pages)
    waiting = await _waiting(context, project)
    rows = []
    moves = pager(
        person.screens,
        lambda to: ParticipantsPage(project.id, to),
        page,
        PARTICIPANTS_PER_PAGE,
        len(members),
    )
    if moves:
        rows.append(moves)
    if waiting:
        text = f"{text}\n\n{person.text('desk-waiting-line', count=waiting)}"
        rows.append([open_list(person.screens, "desk-waiting-button", project.id, count=waiting)])
    rows.append([MyProject("b", project.id).button(person.text("desk-back-to-project"))])
    return Screen(text, InlineKeyboardMarkup(rows))


@button(ParticipantsPage)
async def participants_page(
    query: CallbackQuery, context: BotContext, person: Person, data: ParticipantsPage
) -> None:
    project = await context.services.projects.managed(person.id, data.project)
    if project is None:
        await refuse_button(query, person, "not-your-project", "of a project they do not run")
        return
    await query.answer()
    await edit_screen(query, await _participants(context, person, project, data.page))


async def _waiting(context: BotContext, project: Project) -> int:
    counts = await context.services.projects.waiting_counts([project.id])
    return counts.get(project.id, 0)
