"""Coordinators: import projects from a spreadsheet, run them from /myprojects, review
applications and write to participants. Every action checks, when it runs, that the person is a
coordinator of that project (or an admin)."""

from __future__ import annotations

import logging
from typing import Literal

from telegram import CallbackQuery, InlineKeyboardMarkup, InputFile, Message, Update

from bot.core.i18n import Html
from bot.domain.project_import import MAX_BYTES, template
from bot.services.applications import (
    MAX_PROJECT_MESSAGE,
    MAX_REASON,
    ApplicationCard,
    ParticipantMessage,
    age_band,
)
from bot.services.contact_guard import ContactDetailsHeld
from bot.services.conversations import Flow
from bot.services.draft_flow import Busy
from bot.services.pending import PendingInput
from bot.services.staff import Role
from handlers import contact_hold, new_project, onboarding
from handlers.common import (
    drop_keyboard,
    edit_screen,
    first_name_of,
    reply,
    reply_choice,
    send,
)
from handlers.delivery import delivery_lines
from handlers.draft_steps import EditInstead, ask_which_to_keep
from handlers.kit.callback_data import CallbackData
from handlers.kit.context import BotContext
from handlers.kit.edits import edit_message
from handlers.kit.guards import STALE, button, refuse_button
from handlers.kit.notifier import Renderer
from handlers.kit.person import Person
from handlers.project_screens import WriteToProject, applicant_card, project_card, short
from handlers.screens import Screen, Screens
from storage.projects import Project

logger = logging.getLogger(__name__)

MAX_REPORT_LINES = 12
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


class Review(CallbackData, prefix="rv"):
    """An application's card: a accept, d decline (asks why), n decline without a reason."""

    decision: Literal["a", "d", "n"]
    application: int


async def import_help(update: Update, context: BotContext, person: Person) -> None:
    await reply(context, person, "import-how")
    await context.bot.send_document(
        person.chat_id,
        InputFile(template(), filename="progetti-modello.csv"),
        caption=person.text("import-template-caption"),
    )


async def on_document(update: Update, context: BotContext, person: Person) -> None:
    """A spreadsheet from a coordinator is an import; anything else is stray media."""
    message = update.effective_message
    document = message.document if message is not None else None
    if document is None or not person.has(Role.COORDINATOR):
        await onboarding.on_media(update, context, person)
        return
    if document.file_size is not None and document.file_size > MAX_BYTES:
        await reply(context, person, "import-problem-too-big")
        return
    data = bytes(await (await document.get_file()).download_as_bytearray())
    result, ids = await context.services.projects.import_csv(data, person.id)
    if not result.problems:
        titles = "\n".join(person.text("import-line", title=p.title) for p in result.projects)
        await reply(context, person, "import-done", count=len(ids), lines=Html(titles))
        return
    lines = [
        person.text(
            f"import-problem-{problem.what}",
            row=problem.row,
            column=problem.column,
            value=problem.value,
        )
        for problem in result.problems[:MAX_REPORT_LINES]
    ]
    more = len(result.problems) - MAX_REPORT_LINES
    if more > 0:
        lines.append(person.text("import-more-problems", count=more))
    count = len(result.problems)
    await reply(context, person, "import-failed", count=count, lines=Html("\n".join(lines)))


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
        await _ask_message(context, person, project)


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


async def _ask_message(context: BotContext, person: Person, project: Project) -> None:
    services = context.services
    participants = await services.projects.participants(project.id)
    if not participants:
        await reply(context, person, "message-no-participants")
        return
    await services.pending.expect(person.id, "project_message", project.id)
    count = len(participants)
    await reply(context, person, "message-type", count=count, title=project.title)


# --- review ---------------------------------------------------------------------------------


def application_renderer() -> Renderer[ApplicationCard]:
    """The application card, to one of the project's coordinators, with Accept and Decline."""

    async def render(screens: Screens, note: ApplicationCard) -> Screen:
        application = note.application
        band = age_band(note.age)
        text = applicant_card(screens, note.profile, band, application.message, note.project)
        if note.hint is not None:
            text = f"{screens.text(note.hint)}\n\n{text}"
        keyboard = review_buttons(application.id, screens)
        return Screen(text, keyboard)

    return render


@button(Review)
async def review_button(
    query: CallbackQuery, context: BotContext, person: Person, data: Review
) -> None:
    services = context.services
    found = await services.applications.application_for_reviewer(person.id, data.application)
    if found is None and not await services.applications.still_there(data.application):
        # The member withdrew or erased their profile since the card was sent.
        await query.answer(person.text("review-gone"), show_alert=True)
        return
    if found is None:
        await refuse_button(query, person, "not-your-project", "to review for a project not theirs")
        return
    application, _ = found
    if application.status != "applied":
        already = ALREADY.get(application.status, "review-already")
        await query.answer(person.text(already))
        # Another copy of the card (a co-coordinator's) was decided: this one stops offering it.
        await stamp(query, context, person, already)
        return
    await query.answer()
    if data.decision == "d":
        await stamp(query, context, person, "review-stamp-declining")
        await services.pending.expect(person.id, "decline", data.application)
        no_reason = Review("n", data.application).button(person.text("review-no-reason"))
        keyboard = InlineKeyboardMarkup([[no_reason]])
        await reply(context, person, "review-ask-reason", keyboard)
        return
    accept = data.decision == "a"
    if await decide(context, person, data.application, accept=accept, reason=None):
        key = "review-stamp-accepted" if accept else "review-stamp-declined"
        await stamp(query, context, person, key)


# A late press on a card says what was decided, not just that something was.
ALREADY = {"accepted": "review-already-accepted", "declined": "review-already-declined"}


async def stamp(query: CallbackQuery, context: BotContext, person: Person, key: str) -> None:
    """The pressed card keeps its text, loses its buttons and says what was done and when."""
    message = query.message
    if not isinstance(message, Message) or message.text is None:
        await drop_keyboard(query)
        return
    services = context.services
    time = services.clock.now().astimezone(services.settings.zone).strftime("%H:%M")
    await edit_message(query, f"{message.text_html}\n\n{person.text(key, time=time)}", None)


def review_buttons(application_id: int, screens: Screens) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        [
            [
                Review("a", application_id).button(screens.text("review-accept")),
                Review("d", application_id).button(screens.text("review-decline")),
            ]
        ]
    )


async def decline_not_sent(context: BotContext, person: Person, application_id: int) -> None:
    """A command came before the decline's reason: nothing was sent, and the coordinator must
    not believe otherwise. The card's buttons come again so one tap finishes it."""
    found = await context.services.applications.application_for_reviewer(person.id, application_id)
    if found is None or found[0].status != "applied":
        return
    application, project = found
    name = await first_name_of(context, application.member_id)
    keyboard = review_buttons(application_id, person.screens)
    await reply(
        context, person, "review-decline-not-sent", keyboard, name=name, title=project.title
    )


async def decide(
    context: BotContext, person: Person, application_id: int, *, accept: bool, reason: str | None
) -> bool:
    """Accept or decline; the coordinator reads what happened to the member's notice."""
    services = context.services
    await services.pending.clear(person.id)
    done = await services.applications.review(person.id, application_id, accept, reason)
    if done is None:
        gone = not await services.applications.still_there(application_id)
        await reply(context, person, "review-gone" if gone else "review-already")
        return False
    project = done.project
    text = person.text(
        "review-done-accepted" if accept else "review-done-declined",
        left=project.places_left,
        title=project.title,
    )
    name = await first_name_of(context, done.application.member_id)
    told = delivery_lines(person.screens, done.told, services.settings.zone)
    heading = person.text("review-told", name=name)
    await send(context, person, Screen(f"{text}\n{heading}\n{told}"))
    return True


async def take_text(context: BotContext, person: Person, typed: str, pending: PendingInput) -> bool:
    """A decline reason, or a message to a project's participants."""
    services = context.services
    if pending.kind not in {"decline", "project_message"}:
        return False
    text = typed.strip()
    limit = MAX_REASON if pending.kind == "decline" else MAX_PROJECT_MESSAGE
    try:
        if len(text) > limit:
            # Refused whole, never cut: what is sent is exactly what moderators can read.
            await reply(context, person, "message-too-long", max=limit, length=len(text))
        elif pending.kind == "decline":
            await decide(context, person, pending.ref, accept=False, reason=text)
        else:
            await services.pending.clear(person.id)
            await _message_participants(context, person, pending.ref, text)
    except ContactDetailsHeld as held:
        await contact_hold.ask_again(context, person, held, pending)
    return True


async def _message_participants(
    context: BotContext, person: Person, project_id: int, text: str
) -> None:
    sent = await context.services.applications.staff_message(person.id, project_id, text)
    if sent is None:
        await reply(context, person, "not-your-project")
        return
    project = await context.services.projects.get(project_id)
    heading = person.text("message-sent", title=project.title if project else "—")
    report = delivery_lines(person.screens, sent[0], context.services.settings.zone)
    await send(context, person, Screen(f"{heading}\n{report}"))


def message_renderer() -> Renderer[ParticipantMessage]:
    """A coordinator's message to a participant, with a button to answer."""

    async def render(screens: Screens, note: ParticipantMessage) -> Screen:
        text = screens.text("project-message", project=note.title, text=note.text)
        answer = WriteToProject(note.project_id).button(screens.text("message-reply"))
        return Screen(text, InlineKeyboardMarkup([[answer]]))

    return render
