"""Members and projects: /projects (best matches first, with the reasons), details, "I'm
interested" with an optional message, /myapplications, and writing to a project's coordinators.
Eligibility is checked again whenever a button runs."""

from __future__ import annotations

import logging

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update

from bot.core.i18n import Html
from bot.domain.catalog import CAUSES
from bot.services.projects import MAX_MESSAGE, MAX_PROJECT_MESSAGE
from handlers.common import edit_screen, reply, screens_for, send
from handlers.kit.context import BotContext
from handlers.project_screens import matches_page, project_card, short
from handlers.screens import Screen, Screens

logger = logging.getLogger(__name__)

PROJECTS_PATTERN = r"^pj:([pdas]:\d{1,12}|k:[a-z]{1,16}|c|x|r)$"
APPLICATIONS_PATTERN = r"^ap:[wld]:\d{1,12}$"
REPLY_PATTERN = r"^pr:\d{1,12}$"
PER_PAGE = 5


async def projects_screen(update: Update, context: BotContext, page: int) -> Screen:
    user = update.effective_user
    assert user is not None
    services = context.services
    screens = await screens_for(update, context)
    found = await services.projects.matches(user.id, page, PER_PAGE)
    if found.why_none is not None:
        keyboard = InlineKeyboardMarkup(
            [
                [
                    InlineKeyboardButton(screens.text("projects-browse"), callback_data="pj:c"),
                    InlineKeyboardButton(screens.text("projects-remote"), callback_data="pj:r"),
                ]
            ]
        )
        return Screen(screens.text(f"projects-none-{found.why_none.value}"), keyboard)
    return matches_page(screens, found.page, found.projects, page, found.total, PER_PAGE)


async def show_projects(update: Update, context: BotContext) -> None:
    user = update.effective_user
    assert user is not None
    if not await context.services.onboarding.is_member(user.id):
        await reply(update, context, "profile-none")
        return
    await send(update, context, await projects_screen(update, context, 0))


async def projects_button(update: Update, context: BotContext) -> None:
    query = update.callback_query
    assert query is not None
    assert query.data is not None
    services = context.services
    screens = await screens_for(update, context)
    member_id = query.from_user.id
    parts = query.data.split(":")
    action = parts[1]
    if not await services.onboarding.is_member(member_id):
        await query.answer(screens.text("onboarding-button-old"))
        return
    if action == "p":
        await query.answer()
        await edit_screen(query, await projects_screen(update, context, int(parts[2])))
    elif action == "c":
        await query.answer()
        buttons = [
            InlineKeyboardButton(screens.text(f"cause-{cause}"), callback_data=f"pj:k:{cause}")
            for cause in CAUSES
        ]
        rows = [buttons[i : i + 2] for i in range(0, len(buttons), 2)]
        await send(
            update, context, Screen(screens.text("projects-pick-cause"), InlineKeyboardMarkup(rows))
        )
    elif action == "r":
        await query.answer()
        await send(update, context, await browse_screen(update, context, None, screens))
    elif action == "k":
        await query.answer()
        await send(update, context, await browse_screen(update, context, parts[2], screens))
    elif action == "d":
        await query.answer()
        await send(update, context, await details_screen(update, context, int(parts[2]), screens))
    elif action == "a":
        await ask_message(update, context, int(parts[2]), screens)
    elif action == "s":
        await query.answer()
        await services.pending.clear(member_id)
        await submit(update, context, int(parts[2]), None)
    elif action == "x":
        await services.pending.clear(member_id)
        await query.answer()
        await edit_screen(query, Screen(screens.text("apply-cancelled")))


async def browse_screen(
    update: Update, context: BotContext, cause: str | None, screens: Screens
) -> Screen:
    user = update.effective_user
    assert user is not None
    if cause is not None and cause not in CAUSES:
        return Screen(screens.text("button-expired"))
    found = await context.services.projects.browse(user.id, cause)
    label = screens.text(f"cause-{cause}") if cause else screens.text("project-remote-button")
    if not found:
        return Screen(screens.text("projects-browse-none", cause=label))
    rows = [
        [InlineKeyboardButton(short(project.title, 40), callback_data=f"pj:d:{project.id}")]
        for project in found[:10]
    ]
    return Screen(
        screens.text("projects-browse-list", cause=label, count=len(found)),
        InlineKeyboardMarkup(rows),
    )


async def details_screen(
    update: Update, context: BotContext, project_id: int, screens: Screens
) -> Screen:
    user = update.effective_user
    assert user is not None
    services = context.services
    project = await services.projects.get(project_id)
    if project is None or project.status == "draft":
        return Screen(screens.text("project-gone"))
    problem = await services.projects.can_apply(user.id, project_id)
    keyboard = None
    if problem is None:
        keyboard = InlineKeyboardMarkup(
            [
                [
                    InlineKeyboardButton(
                        screens.text("projects-apply"), callback_data=f"pj:a:{project_id}"
                    )
                ]
            ]
        )
    text = project_card(screens, project)
    if problem is not None:
        text += "\n\n" + screens.text(f"apply-problem-{problem.value}")
    return Screen(text, keyboard)


async def ask_message(
    update: Update, context: BotContext, project_id: int, screens: Screens
) -> None:
    query = update.callback_query
    assert query is not None
    services = context.services
    problem = await services.projects.can_apply(query.from_user.id, project_id)
    if problem is not None:
        await query.answer(screens.text(f"apply-problem-{problem.value}"), show_alert=True)
        return
    await query.answer()
    await services.pending.expect(query.from_user.id, "apply", project_id)
    project = await services.projects.get(project_id)
    assert project is not None
    keyboard = InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton(
                    screens.text("apply-without-message"), callback_data=f"pj:s:{project_id}"
                )
            ],
            [InlineKeyboardButton(screens.text("apply-cancel"), callback_data="pj:x")],
        ]
    )
    await send(
        update,
        context,
        Screen(screens.text("apply-ask-message", title=project.title, max=MAX_MESSAGE), keyboard),
    )


async def submit(update: Update, context: BotContext, project_id: int, message: str | None) -> None:
    user = update.effective_user
    assert user is not None
    services = context.services
    application = await services.projects.apply(user.id, project_id, message)
    if application is None:
        problem = await services.projects.can_apply(user.id, project_id)
        key = f"apply-problem-{problem.value}" if problem else "apply-problem-already"
        await reply(update, context, key)
        return
    project = await services.projects.get(project_id)
    assert project is not None
    await reply(update, context, "application-sent", title=project.title)


# --- /myapplications ------------------------------------------------------------------------


async def my_applications(update: Update, context: BotContext) -> None:
    user = update.effective_user
    assert user is not None
    services = context.services
    found = await services.projects.applications_of(user.id)
    if not found:
        await reply(update, context, "myapplications-none")
        return
    screens = await screens_for(update, context)
    lines = []
    rows = []
    for application, project in found[:10]:
        lines.append(
            screens.text(
                "myapplications-line",
                title=project.title,
                status=screens.text(f"application-status-{application.status}"),
            )
        )
        title = short(project.title, 24)
        if application.status == "invited":
            rows.append(
                [
                    InlineKeyboardButton(
                        screens.label("myapplications-accept-invite", title=title),
                        callback_data=f"pj:a:{project.id}",
                    ),
                    InlineKeyboardButton(
                        screens.text("myapplications-decline-invite"),
                        callback_data=f"ap:d:{application.id}",
                    ),
                ]
            )
        elif application.status == "applied":
            rows.append(
                [
                    InlineKeyboardButton(
                        screens.label("myapplications-withdraw", title=title),
                        callback_data=f"ap:w:{application.id}",
                    )
                ]
            )
        elif application.status == "accepted":
            rows.append(
                [
                    InlineKeyboardButton(
                        screens.label("myapplications-write", title=title),
                        callback_data=f"pr:{project.id}",
                    ),
                    InlineKeyboardButton(
                        screens.text("myapplications-leave"), callback_data=f"ap:l:{application.id}"
                    ),
                ]
            )
    text = screens.text("myapplications-list", lines=Html("\n".join(lines)))
    await send(update, context, Screen(text, InlineKeyboardMarkup(rows) if rows else None))


async def applications_button(update: Update, context: BotContext) -> None:
    query = update.callback_query
    assert query is not None
    assert query.data is not None
    services = context.services
    screens = await screens_for(update, context)
    _, action, raw_id = query.data.split(":")
    to_status = {"w": "withdrawn", "l": "left", "d": "invite_declined"}[action]
    moved = await services.projects.member_moves(query.from_user.id, int(raw_id), to_status)
    if moved is None:
        await query.answer(screens.text("onboarding-button-old"))
        return
    await query.answer()
    project = await services.projects.get(moved.project_id)
    assert project is not None
    await reply(update, context, f"application-{to_status}", title=project.title)


# --- writing to the coordinators ------------------------------------------------------------


async def reply_button(update: Update, context: BotContext) -> None:
    query = update.callback_query
    assert query is not None
    assert query.data is not None
    services = context.services
    screens = await screens_for(update, context)
    project_id = int(query.data.removeprefix("pr:"))
    if query.from_user.id not in await services.projects.participants(project_id):
        await query.answer(screens.text("onboarding-button-old"))
        return
    await query.answer()
    await services.pending.expect(query.from_user.id, "reply", project_id)
    project = await services.projects.get(project_id)
    assert project is not None
    await reply(update, context, "reply-type", title=project.title)


async def take_text(update: Update, context: BotContext) -> bool:
    """An application's message, or a participant's message to the coordinators."""
    user = update.effective_user
    message = update.effective_message
    assert user is not None
    assert message is not None
    services = context.services
    pending = await services.pending.get(user.id)
    if pending is None or pending.kind not in {"apply", "reply"}:
        return False
    text = " ".join((message.text or "").split())
    if pending.kind == "apply":
        if len(text) > MAX_MESSAGE:
            await reply(
                update, context, "apply-message-too-long", max=MAX_MESSAGE, length=len(text)
            )
            return True
        await services.pending.clear(user.id)
        await submit(update, context, pending.ref, text)
        return True
    if len(text) > MAX_PROJECT_MESSAGE:
        await reply(update, context, "message-too-long", max=MAX_PROJECT_MESSAGE, length=len(text))
        return True
    await services.pending.clear(user.id)
    if not await services.projects.member_message(user.id, pending.ref, text):
        await reply(update, context, "onboarding-button-old")
        return True
    await reply(update, context, "reply-sent")
    return True
