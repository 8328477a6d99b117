"""Messages between a project's coordinators and its participants (rule 17): they go through the
bot, are logged for moderators, and are checked for contact details (rule 24)."""

from __future__ import annotations

from telegram import InlineKeyboardMarkup

from bot.services.applications import MAX_PROJECT_MESSAGE
from bot.services.contact_guard import ContactDetailsHeld
from bot.services.pending import PendingInput
from bot.services.project_threads import ParticipantMessage
from handlers import contact_hold
from handlers.common import reply, send
from handlers.delivery import delivery_lines
from handlers.kit.context import BotContext
from handlers.kit.notifier import Renderer
from handlers.kit.person import Person
from handlers.project_screens import WriteToProject
from handlers.screens import Screen, Screens
from storage.projects import Project


async def ask_message(context: BotContext, person: Person, project: Project) -> None:
    services = context.services
    participants = await services.projects.participants(project.id)
    if not participants:
        await reply(context, person, "message-no-participants")
        return
    await services.pending.expect(person.id, "project_message", project.id)
    count = len(participants)
    await reply(context, person, "message-type", count=count, title=project.title)


async def take_text(context: BotContext, person: Person, typed: str, pending: PendingInput) -> bool:
    """A message to a project's participants."""
    if pending.kind != "project_message":
        return False
    text = typed.strip()
    try:
        if len(text) > MAX_PROJECT_MESSAGE:
            # Refused whole, never cut: what is sent is exactly what moderators can read.
            await reply(
                context, person, "message-too-long", max=MAX_PROJECT_MESSAGE, length=len(text)
            )
        else:
            await context.services.pending.clear(person.id)
            await _message_participants(context, person, pending.ref, text)
    except ContactDetailsHeld as held:
        await contact_hold.ask_again(context, person, held, pending)
    return True


async def _message_participants(
    context: BotContext, person: Person, project_id: int, text: str
) -> None:
    sent = await context.services.project_threads.staff_message(person.id, project_id, text)
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
