"""Messages between a project's coordinators and its participants (rule 17): they go through the
bot, are logged for moderators, and are checked for contact details (rule 24). "Write to
participants" reaches them all; Reply, on a member's message (or a colleague's copy of a reply
to one), answers that member alone. The project's other coordinators get a copy of both."""

from __future__ import annotations

from telegram import CallbackQuery, InlineKeyboardMarkup

from bot.services.applications import MAX_PROJECT_MESSAGE
from bot.services.contact_guard import ContactDetailsHeld
from bot.services.pending import PendingInput
from bot.services.project_threads import (
    MemberWrote,
    ParticipantMessage,
    Refused,
    ReplyRefused,
    ThreadCopy,
)
from handlers import contact_hold
from handlers.common import drop_keyboard, reply, send
from handlers.delivery import delivery_lines
from handlers.kit.callback_data import CallbackData
from handlers.kit.context import BotContext
from handlers.kit.guards import button, refuse_button
from handlers.kit.notifier import Renderer
from handlers.kit.person import Person
from handlers.project_screens import WriteToProject
from handlers.project_team import team_names
from handlers.screens import Screen, Screens
from storage.projects import Project

THREAD_REPLY = "thread_reply"  # a pending input: its ref is the message being answered


class ReplyToOne(CallbackData, prefix="pt"):
    """Reply, under a member's message or a copy of a reply to one: to that member alone."""

    message: int


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
    """A message to a project's participants, or a reply to one of them."""
    if pending.kind not in {"project_message", THREAD_REPLY}:
        return False
    text = typed.strip()
    try:
        if len(text) > MAX_PROJECT_MESSAGE:
            # Refused whole, never cut: what is sent is exactly what moderators can read.
            await reply(
                context, person, "message-too-long", max=MAX_PROJECT_MESSAGE, length=len(text)
            )
        elif pending.kind == THREAD_REPLY:
            await context.services.pending.clear(person.id)
            await _reply_to_one(context, person, pending.ref, text)
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


@button(ReplyToOne)
async def reply_pressed(
    query: CallbackQuery, context: BotContext, person: Person, data: ReplyToOne
) -> None:
    """Checked now (rule 22): the member still here and in the project, the presser still
    one of its coordinators."""
    target = await context.services.project_threads.reply_target(person.id, data.message)
    if isinstance(target, Refused):
        if target.why is ReplyRefused.NEVER_YOURS:
            await refuse_button(
                query, person, "not-your-project", "to reply in a project not theirs"
            )
            return
        if target.why is ReplyRefused.GONE:
            await drop_keyboard(query)  # nobody left to answer, ever
        await query.answer(_refusal(person, target), show_alert=True)
        return
    await query.answer()
    await context.services.pending.expect(person.id, THREAD_REPLY, data.message)
    services = context.services
    colleagues = [
        c for c in await services.projects.coordinators(target.project.id) if c != person.id
    ]
    copies = (
        await team_names(context.bot, services, person.screens, colleagues) if colleagues else ""
    )
    await reply(
        context,
        person,
        "thread-reply-type",
        name=target.name,
        title=target.project.title,
        copies=copies,
        others=len(colleagues),
    )


def _refusal(person: Person, refused: Refused) -> str:
    if refused.why is ReplyRefused.NEVER_YOURS:
        return person.text("not-your-project")
    return person.text(f"thread-reply-{refused.why.value}", name=refused.name or "—")


async def _reply_to_one(context: BotContext, person: Person, message_id: int, text: str) -> None:
    replied = await context.services.project_threads.reply(person.id, message_id, text)
    if isinstance(replied, Refused):
        await send(context, person, Screen(_refusal(person, replied)))
        return
    heading = person.text("thread-reply-sent", name=replied.name)
    report = delivery_lines(person.screens, replied.report, context.services.settings.zone)
    await send(context, person, Screen(f"{heading}\n{report}"))


async def reply_not_sent(context: BotContext, person: Person, left: PendingInput | None) -> None:
    """Another command came instead of the reply: it was not sent, and Reply is here again
    (the member's message may be far up the chat by now)."""
    if left is None or left.kind != THREAD_REPLY:
        return
    target = await context.services.project_threads.reply_target(person.id, left.ref)
    if isinstance(target, Refused):
        await reply(context, person, "thread-reply-not-sent")
        return
    again = ReplyToOne(left.ref).button(person.screens.label("thread-reply", name=target.name))
    await reply(context, person, "thread-reply-not-sent", InlineKeyboardMarkup([[again]]))


async def render_member_wrote(screens: Screens, note: MemberWrote) -> Screen:
    """A participant's message, to each coordinator, with Reply to them alone."""
    text = screens.text("thread-member-wrote", name=note.name, title=note.title, text=note.text)
    answer = ReplyToOne(note.message_id).button(screens.label("thread-reply", name=note.name))
    return Screen(text, InlineKeyboardMarkup([[answer]]))


async def render_copy(screens: Screens, note: ThreadCopy) -> Screen:
    """What a colleague wrote, so every coordinator sees both sides of every thread."""
    author = note.author or screens.text("role-admin")
    if note.to is None:
        text = screens.text("thread-copy-all", author=author, title=note.title, text=note.text)
        return Screen(text)
    text = screens.text(
        "thread-copy-one", author=author, name=note.to, title=note.title, text=note.text
    )
    answer = ReplyToOne(note.message_id).button(screens.label("thread-reply", name=note.to))
    return Screen(text, InlineKeyboardMarkup([[answer]]))


def message_renderer() -> Renderer[ParticipantMessage]:
    """A coordinator's message to a participant, with a button to answer."""

    async def render(screens: Screens, note: ParticipantMessage) -> Screen:
        key = "thread-reply-to-you" if note.to_you else "project-message"
        text = screens.text(key, project=note.title, text=note.text, author=note.author or "none")
        answer = WriteToProject(note.project_id).button(screens.text("message-reply"))
        return Screen(text, InlineKeyboardMarkup([[answer]]))

    return render
