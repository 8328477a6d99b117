"""/projectlog: moderators read what coordinators and participants wrote to each other through
the bot (safeguarding rule 17). Each reading is audited."""

from __future__ import annotations

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update

from bot.core.i18n import Html
from handlers.common import reply, screens_for, send
from handlers.kit.context import BotContext
from handlers.project_screens import short
from handlers.screens import Screen

CALLBACK_PATTERN = r"^pl:\d{1,12}$"


async def choose_project(update: Update, context: BotContext) -> None:
    user = update.effective_user
    assert user is not None
    services = context.services
    if not services.is_moderator(user.id):
        await reply(update, context, "staff-only")
        return
    projects = await services.projects.all_projects(user.id)
    if not projects:
        await reply(update, context, "projectlog-none")
        return
    screens = await screens_for(update, context)
    rows = [
        [InlineKeyboardButton(short(project.title, 40), callback_data=f"pl:{project.id}")]
        for project in projects[:30]
    ]
    await send(
        update, context, Screen(screens.text("projectlog-which"), InlineKeyboardMarkup(rows))
    )


async def show_log(update: Update, context: BotContext) -> None:
    query = update.callback_query
    assert query is not None
    assert query.data is not None
    services = context.services
    screens = await screens_for(update, context)
    project_id = int(query.data.removeprefix("pl:"))
    messages = await services.projects.log(query.from_user.id, project_id)
    project = await services.projects.get(project_id)
    if messages is None or project is None:
        await query.answer(screens.text("staff-only"), show_alert=True)
        return
    await query.answer()
    staff_names = {member.telegram_id: member.name for member in await services.staff.staff()}
    zone = services.settings.zone
    lines = []
    for message in messages:
        when = message.sent_at.astimezone(zone).strftime("%d/%m %H:%M")
        if message.staff_id is not None:
            who = staff_names.get(message.staff_id, screens.text("role-admin"))
            key = "projectlog-staff-line"
        else:
            profile = await services.onboarding.profile(message.member_id or 0)
            who = profile.first_name if profile and profile.first_name else "—"
            key = "projectlog-member-line"
        lines.append(screens.text(key, when=when, who=who, text=short(message.text, 300)))
    await reply(
        update,
        context,
        "projectlog",
        title=project.title,
        count=len(messages),
        lines=Html("\n".join(lines) or "—"),
    )
