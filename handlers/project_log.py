"""/projectlog: moderators read what coordinators and participants wrote to each other through
the bot (safeguarding rule 17). Each reading is audited."""

from __future__ import annotations

from telegram import CallbackQuery, Update

from bot.core.i18n import Html
from bot.services.staff import Role
from handlers.common import first_name_of, reply, reply_choice
from handlers.kit.callback_data import CallbackData
from handlers.kit.context import BotContext
from handlers.kit.guards import button, requires
from handlers.kit.person import Person
from handlers.project_screens import short
from storage.projects import ProjectMessage


class ProjectLog(CallbackData, prefix="pl"):
    project: int


async def choose_project(update: Update, context: BotContext, person: Person) -> None:
    projects = await context.services.projects.all_projects(person.id)
    buttons = [ProjectLog(project.id).button(short(project.title, 40)) for project in projects]
    await reply_choice(context, person, "projectlog-which", buttons[:30], "projectlog-none")


@button(ProjectLog)
@requires(Role.MODERATOR)
async def show_log(
    query: CallbackQuery, context: BotContext, person: Person, data: ProjectLog
) -> None:
    services = context.services
    messages = await services.projects.log(person.id, data.project)
    project = await services.projects.get(data.project)
    if messages is None or project is None:
        await query.answer(person.text("staff-only"), show_alert=True)
        return
    await query.answer()
    staff_names = {member.telegram_id: member.name for member in await services.staff.staff()}
    lines = [await _line(context, person, staff_names, message) for message in messages]
    await reply(
        context,
        person,
        "projectlog",
        title=project.title,
        count=len(messages),
        lines=Html("\n".join(lines) or "—"),
    )


async def _line(
    context: BotContext, person: Person, staff_names: dict[int, str], message: ProjectMessage
) -> str:
    when = message.sent_at.astimezone(context.services.settings.zone).strftime("%d/%m %H:%M")
    if message.staff_id is not None:
        who = staff_names.get(message.staff_id, person.text("role-admin"))
        key = "projectlog-staff-line"
    else:
        who = await first_name_of(context, message.member_id or 0)
        key = "projectlog-member-line"
    return person.text(key, when=when, who=who, text=short(message.text, 300))
