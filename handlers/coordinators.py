"""Coordinators: import projects from a spreadsheet, run them from /myprojects, review
applications and write to participants. Every action checks, when it runs, that the person is a
coordinator of that project (or an admin)."""

from __future__ import annotations

import logging

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, InputFile, Update

from bot.core.i18n import Html
from bot.domain.project_import import MAX_BYTES, template
from bot.services.projects import (
    MAX_PROJECT_MESSAGE,
    MAX_REASON,
    ApplicationCard,
    ParticipantMessage,
    age_band,
)
from handlers import new_project, onboarding
from handlers.common import edit_screen, reply, screens_for, send
from handlers.kit.context import BotContext
from handlers.kit.notifier import Renderer
from handlers.project_screens import applicant_card, project_card, short, why
from handlers.screens import Screen, Screens
from storage.projects import Project

logger = logging.getLogger(__name__)

MY_PROJECTS_PATTERN = r"^mp:[vopcume]:\d{1,12}$"
REVIEW_PATTERN = r"^rv:[adn]:\d{1,12}$"
MAX_REPORT_LINES = 12
STATUS_ACTIONS = {"o": "open", "p": "paused", "c": "closed"}


async def import_help(update: Update, context: BotContext) -> None:
    user = update.effective_user
    chat = update.effective_chat
    assert user is not None
    assert chat is not None
    if not context.services.is_coordinator(user.id):
        await reply(update, context, "coordinator-only")
        return
    screens = await screens_for(update, context)
    await reply(update, context, "import-how")
    await context.bot.send_document(
        chat.id,
        InputFile(template(), filename="progetti-modello.csv"),
        caption=screens.text("import-template-caption"),
    )


async def on_document(update: Update, context: BotContext) -> None:
    """A spreadsheet from a coordinator is an import; anything else is stray media."""
    user = update.effective_user
    message = update.effective_message
    assert user is not None
    assert message is not None
    document = message.document
    if document is None or not context.services.is_coordinator(user.id):
        await onboarding.on_media(update, context)
        return
    if document.file_size is not None and document.file_size > MAX_BYTES:
        await reply(update, context, "import-problem-too-big")
        return
    data = bytes(await (await document.get_file()).download_as_bytearray())
    result, ids = await context.services.projects.import_csv(data, user.id)
    screens = await screens_for(update, context)
    if result.problems:
        lines = [
            screens.text(
                f"import-problem-{problem.what}",
                row=problem.row,
                column=problem.column,
                value=problem.value,
            )
            for problem in result.problems[:MAX_REPORT_LINES]
        ]
        more = len(result.problems) - MAX_REPORT_LINES
        if more > 0:
            lines.append(screens.text("import-more-problems", count=more))
        await reply(
            update,
            context,
            "import-failed",
            count=len(result.problems),
            lines=Html("\n".join(lines)),
        )
        return
    titles = "\n".join(screens.text("import-line", title=p.title) for p in result.projects)
    await reply(update, context, "import-done", count=len(ids), lines=Html(titles))


# --- /myprojects ----------------------------------------------------------------------------


async def my_projects(update: Update, context: BotContext) -> None:
    user = update.effective_user
    assert user is not None
    services = context.services
    if not services.is_coordinator(user.id):
        await reply(update, context, "coordinator-only")
        return
    projects = await services.projects.projects_of(user.id)
    if not projects:
        await reply(update, context, "myprojects-none")
        return
    screens = await screens_for(update, context)
    rows = [
        [
            InlineKeyboardButton(
                screens.label(
                    "myprojects-button",
                    title=short(project.title, 30),
                    status=screens.text(f"project-status-{project.status}"),
                ),
                callback_data=f"mp:v:{project.id}",
            )
        ]
        for project in projects[:20]
    ]
    await send(
        update,
        context,
        Screen(screens.text("myprojects-list", count=len(projects)), InlineKeyboardMarkup(rows)),
    )


def manage_screen(screens: Screens, project: Project) -> Screen:
    actions = {
        "draft": [("myprojects-publish", "o"), ("myprojects-close", "c")],
        "open": [("myprojects-pause", "p"), ("myprojects-close", "c")],
        "paused": [("myprojects-reopen", "o"), ("myprojects-close", "c")],
        "closed": [],
    }[project.status]
    rows = [
        [
            InlineKeyboardButton(screens.text(key), callback_data=f"mp:{code}:{project.id}")
            for key, code in actions
        ]
    ]
    if project.status != "closed":
        rows[0].append(
            InlineKeyboardButton(
                screens.text("myprojects-edit"), callback_data=f"mp:e:{project.id}"
            )
        )
    rows.append(
        [
            InlineKeyboardButton(
                screens.text("myprojects-participants"), callback_data=f"mp:u:{project.id}"
            ),
            InlineKeyboardButton(
                screens.text("myprojects-message"), callback_data=f"mp:m:{project.id}"
            ),
        ]
    )
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


async def my_projects_button(update: Update, context: BotContext) -> None:
    query = update.callback_query
    assert query is not None
    assert query.data is not None
    services = context.services
    screens = await screens_for(update, context)
    _, action, raw_id = query.data.split(":")
    project = await services.projects.managed(query.from_user.id, int(raw_id))
    if project is None:
        logger.warning("user %d acted on a project they do not run", query.from_user.id)
        await query.answer(screens.text("not-your-project"), show_alert=True)
        return
    if action in STATUS_ACTIONS:
        changed = await services.projects.set_status(
            query.from_user.id, project.id, STATUS_ACTIONS[action]
        )
        if changed is None:
            await query.answer(screens.text("onboarding-button-old"))
            return
        await query.answer(screens.text(f"myprojects-now-{changed.status}"))
        await edit_screen(query, manage_screen(screens, changed))
        return
    await query.answer()
    if action == "v":
        await send(update, context, manage_screen(screens, project))
    elif action == "e":
        await services.pending.clear(query.from_user.id)
        draft = await services.drafts.edit_project(query.from_user.id, project.id)
        if draft is not None:
            await send(update, context, await new_project.draft_screen(update, context, draft))
    elif action == "u":
        names = []
        for member_id in await services.projects.participants(project.id):
            profile = await services.onboarding.profile(member_id)
            names.append(profile.first_name if profile and profile.first_name else "—")
        await reply(
            update,
            context,
            "myprojects-participants-list",
            title=project.title,
            count=len(names),
            names=", ".join(names) or "—",
        )
    elif action == "m":
        participants = await services.projects.participants(project.id)
        if not participants:
            await reply(update, context, "message-no-participants")
            return
        await services.pending.expect(query.from_user.id, "project_message", project.id)
        await reply(update, context, "message-type", count=len(participants), title=project.title)


# --- review ---------------------------------------------------------------------------------


def application_renderer() -> Renderer[ApplicationCard]:
    """The application card, to one of the project's coordinators, with Accept and Decline."""

    async def render(screens: Screens, note: ApplicationCard) -> Screen:
        application, age = note.application, note.age
        text = applicant_card(
            screens, note.profile, age, age_band(age), application.message, note.project
        )
        if note.hint is not None:
            text = f"{screens.text(note.hint)}\n\n{text}"
        keyboard = InlineKeyboardMarkup(
            [
                [
                    InlineKeyboardButton(
                        screens.text("review-accept"), callback_data=f"rv:a:{application.id}"
                    ),
                    InlineKeyboardButton(
                        screens.text("review-decline"), callback_data=f"rv:d:{application.id}"
                    ),
                ]
            ]
        )
        return Screen(text, keyboard)

    return render


async def review_button(update: Update, context: BotContext) -> None:
    query = update.callback_query
    assert query is not None
    assert query.data is not None
    services = context.services
    screens = await screens_for(update, context)
    _, action, raw_id = query.data.split(":")
    application_id = int(raw_id)
    found = await services.projects.application_for_reviewer(query.from_user.id, application_id)
    if found is None:
        logger.warning(
            "user %d reviewed an application of a project they do not run", query.from_user.id
        )
        await query.answer(screens.text("not-your-project"), show_alert=True)
        return
    application, _ = found
    if application.status != "applied":
        await query.answer(screens.text("review-already"))
        return
    if action == "d":
        await services.pending.expect(query.from_user.id, "decline", application_id)
        await query.answer()
        keyboard = InlineKeyboardMarkup(
            [
                [
                    InlineKeyboardButton(
                        screens.text("review-no-reason"), callback_data=f"rv:n:{application_id}"
                    )
                ]
            ]
        )
        await send(update, context, Screen(screens.text("review-ask-reason"), keyboard))
        return
    await query.answer()
    await decide(update, context, application_id, accept=action == "a", reason=None)


async def decide(
    update: Update, context: BotContext, application_id: int, *, accept: bool, reason: str | None
) -> None:
    user = update.effective_user
    assert user is not None
    services = context.services
    await services.pending.clear(user.id)
    done = await services.projects.review(user.id, application_id, accept, reason)
    if done is None:
        await reply(update, context, "review-already")
        return
    _, project = done
    await reply(
        update,
        context,
        "review-done-accepted" if accept else "review-done-declined",
        left=project.places_left,
        title=project.title,
    )


async def take_text(update: Update, context: BotContext) -> bool:
    """A decline reason, or a message to a project's participants."""
    user = update.effective_user
    message = update.effective_message
    assert user is not None
    assert message is not None
    services = context.services
    pending = await services.pending.get(user.id)
    if pending is None or pending.kind not in {"decline", "project_message"}:
        return False
    text = (message.text or "").strip()
    limit = MAX_REASON if pending.kind == "decline" else MAX_PROJECT_MESSAGE
    if len(text) > limit:
        # Refused whole, never cut: what is sent is exactly what moderators can read.
        await reply(update, context, "message-too-long", max=limit, length=len(text))
        return True
    if pending.kind == "decline":
        await decide(update, context, pending.ref, accept=False, reason=text)
        return True
    await services.pending.clear(user.id)
    sent = await services.projects.staff_message(user.id, pending.ref, text)
    if sent is None:
        await reply(update, context, "not-your-project")
        return True
    report, total = sent
    await reply(update, context, "message-sent", count=report.sent + report.held, total=total)
    return True


def message_renderer() -> Renderer[ParticipantMessage]:
    """A coordinator's message to a participant, with a button to answer."""

    async def render(screens: Screens, note: ParticipantMessage) -> Screen:
        text = screens.text("project-message", project=note.title, text=note.text)
        button = InlineKeyboardButton(
            screens.text("message-reply"), callback_data=f"pr:{note.project_id}"
        )
        return Screen(text, InlineKeyboardMarkup([[button]]))

    return render


# --- candidates and invitations -------------------------------------------------------------

CANDIDATES_PATTERN = r"^cd:(p:\d{1,12}|i:\d{1,12}:[0-9a-f]{12})$"


async def choose_candidates_project(update: Update, context: BotContext) -> None:
    """/candidates: which open project to find members for."""
    user = update.effective_user
    assert user is not None
    services = context.services
    if not services.is_coordinator(user.id):
        await reply(update, context, "coordinator-only")
        return
    open_projects = [p for p in await services.projects.projects_of(user.id) if p.status == "open"]
    if not open_projects:
        await reply(update, context, "candidates-no-open")
        return
    screens = await screens_for(update, context)
    rows = [
        [InlineKeyboardButton(short(p.title, 40), callback_data=f"cd:p:{p.id}")]
        for p in open_projects[:20]
    ]
    await send(
        update, context, Screen(screens.text("candidates-which"), InlineKeyboardMarkup(rows))
    )


async def candidates_screen(
    context: BotContext, screens: Screens, user_id: int, project: Project
) -> Screen:
    found = await context.services.projects.candidates(user_id, project.id) or []
    if not found:
        return Screen(screens.text("candidates-none", title=project.title))
    lines = [
        screens.text(
            "candidates-line",
            number=number,
            name=candidate.first_name,
            band=age_band(candidate.age),
            city=candidate.facts.city or screens.text("city-remote-only"),
            why=why(screens, candidate.reasons, "why-candidate-shares"),
        )
        for number, candidate in enumerate(found, start=1)
    ]
    buttons = [
        InlineKeyboardButton(
            screens.text("candidates-invite", number=number),
            callback_data=f"cd:i:{project.id}:{candidate.ref}",
        )
        for number, candidate in enumerate(found, start=1)
    ]
    rows = [buttons[i : i + 5] for i in range(0, len(buttons), 5)]
    text = screens.text("candidates-list", title=project.title, lines=Html("\n".join(lines)))
    return Screen(text, InlineKeyboardMarkup(rows))


async def candidates_button(update: Update, context: BotContext) -> None:
    query = update.callback_query
    assert query is not None
    assert query.data is not None
    services = context.services
    screens = await screens_for(update, context)
    parts = query.data.split(":")
    project = await services.projects.managed(query.from_user.id, int(parts[2]))
    if project is None:
        logger.warning(
            "user %d asked for candidates of a project they do not run", query.from_user.id
        )
        await query.answer(screens.text("not-your-project"), show_alert=True)
        return
    if parts[1] == "p":
        await query.answer()
        await send(
            update, context, await candidates_screen(context, screens, query.from_user.id, project)
        )
        return
    # The button names the candidate by a keyed hash, never by id: find them in the list now.
    found = await services.projects.candidates(query.from_user.id, project.id) or []
    chosen = next((c for c in found if c.ref == parts[3]), None)
    if chosen is None:
        await query.answer(screens.text("candidates-gone"), show_alert=True)
        return
    result = await services.projects.invite(query.from_user.id, project.id, chosen.member_id)
    await query.answer(screens.text(f"invite-result-{result.value}"), show_alert=True)
    await edit_screen(query, await candidates_screen(context, screens, query.from_user.id, project))
