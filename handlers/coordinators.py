"""/myprojects: a coordinator's projects, each with its status, participants and actions. Every
action checks, when it runs, that the person is a coordinator of that project (or an admin)."""

from __future__ import annotations

import logging
from typing import Literal

from telegram import CallbackQuery, InlineKeyboardMarkup, Update

from bot.services.conversations import Flow
from bot.services.draft_flow import Busy
from handlers import new_project, project_messages
from handlers.common import edit_screen, first_name_of, reply, reply_choice, send
from handlers.draft_steps import EditInstead, ask_which_to_keep
from handlers.exports import participants_row
from handlers.kit.callback_data import CallbackData
from handlers.kit.context import BotContext
from handlers.kit.guards import STALE, button, refuse_button
from handlers.kit.person import Person
from handlers.project_screens import project_card, short
from handlers.screens import Screen, Screens
from storage.projects import Project

logger = logging.getLogger(__name__)

Action = Literal["v", "o", "p", "c", "e", "u", "m"]
STATUS_ACTIONS = {"o": "open", "p": "paused", "c": "closed"}
# What a project's first row offers, by its status.
STATUS_BUTTONS: dict[str, list[tuple[str, Action]]] = {
    "draft": [("myprojects-publish", "o"), ("myprojects-close", "c")],
    "open": [("myprojects-pause", "p"), ("myprojects-close", "c")],
    "paused": [("myprojects-reopen", "o"), ("myprojects-close", "c")],
    "closed": [],
}


class MyProject(CallbackData, prefix="mp"):
    """/myprojects: v view, o open, p pause, c close, e edit, u participants, m message them."""

    action: Action
    project: int


# --- /myprojects ----------------------------------------------------------------------------


async def my_projects(update: Update, context: BotContext, person: Person) -> None:
    projects = await context.services.projects.projects_of(person.id)
    buttons = [
        MyProject("v", project.id).button(
            person.screens.label(
                "myprojects-button",
                title=short(project.title, 30),
                status=person.text(f"project-status-{project.status}"),
            )
        )
        for project in projects[:20]
    ]
    count = len(projects)
    await reply_choice(context, person, "myprojects-list", buttons, "myprojects-none", count=count)


def manage_screen(screens: Screens, project: Project) -> Screen:
    actions = list(STATUS_BUTTONS[project.status])
    if project.status != "closed":
        actions.append(("myprojects-edit", "e"))
    rows = [
        [MyProject(code, project.id).button(screens.text(key)) for key, code in actions],
        [
            MyProject("u", project.id).button(screens.text("myprojects-participants")),
            MyProject("m", project.id).button(screens.text("myprojects-message")),
        ],
        participants_row(screens, project.id),
    ]
    status = screens.text(
        "myprojects-status",
        status=screens.text(f"project-status-{project.status}"),
        taken=project.taken,
        places=project.places,
    )
    return Screen(
        f"{project_card(screens, project)}\n\n{status}",
        InlineKeyboardMarkup([r for r in rows if r]),
    )


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
            await query.answer(person.text(STALE))
            return
        await query.answer(person.text(f"myprojects-now-{changed.status}"))
        await edit_screen(query, manage_screen(person.screens, changed))
        return
    await query.answer()
    if data.action == "v":
        await send(context, person, manage_screen(person.screens, project))
    elif data.action == "e":
        draft = await services.drafts.edit_project(person.id, project.id)
        if isinstance(draft, Busy):
            instead = EditInstead("p", project.id)
            await ask_which_to_keep(context, person, draft.flow, Flow.PROJECT_DRAFT, instead)
        elif draft is not None:
            await send(context, person, await new_project.draft_screen(context, person, draft))
    elif data.action == "u":
        await _participants(context, person, project)
    else:
        await project_messages.ask_message(context, person, project)


async def _participants(context: BotContext, person: Person, project: Project) -> None:
    members = await context.services.projects.participants(project.id)
    names = [await first_name_of(context, member_id) for member_id in members]
    await reply(
        context,
        person,
        "myprojects-participants-list",
        title=project.title,
        count=len(names),
        names=", ".join(names) or "—",
    )
