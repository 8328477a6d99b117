"""/demote: an admin removes someone from the staff. A tap on a name asks first (who, which
role), so a mis-tap removes nobody; the result names them; the person is told kindly in private;
and if they are still in the moderators' chat (MOD_CHAT_ID), where report cards arrive, the
admin is told and, where the bot may, offered a button that takes them out of it.

Projects they run: the question names those nobody else would run; after, the rest of each
shared team is told who runs it now, and the admin gets the projects left with nobody, with a
button to take them on (then in the admin's /myprojects, to add a coordinator or close them)."""

from __future__ import annotations

from typing import Literal

from telegram import CallbackQuery, InlineKeyboardMarkup, Update
from telegram.error import TelegramError

from bot.services.notifications import Outcome, Purpose, Text
from bot.services.staff import Role
from handlers.common import edit_screen, reply_choice, send
from handlers.kit.callback_data import CallbackData
from handlers.kit.commands import publish_personal_menu
from handlers.kit.context import BotContext
from handlers.kit.guards import STALE, button, requires
from handlers.kit.person import Person, roles_of
from handlers.screens import Screen
from storage.projects import Project
from storage.staff import StaffMember

PRESENT = {"creator", "administrator", "member", "restricted"}


class Demote(CallbackData, prefix="sd"):
    """A name on the /demote list: asks before anything happens."""

    member: int


class ConfirmDemote(CallbackData, prefix="sc"):
    member: int
    answer: Literal["yes", "no"]


class TakeOn(CallbackData, prefix="so"):
    """The admin takes on the projects left with nobody to run them."""


class LeaveModChat(CallbackData, prefix="sx"):
    """Take a former staff member out of the moderators' chat."""

    member: int


async def demote(update: Update, context: BotContext, person: Person) -> None:
    buttons = [
        Demote(member.telegram_id).button(
            person.text("demote-button", name=member.name, role=person.text(f"role-{member.role}"))
        )
        for member in await context.services.staff.staff()
    ]
    await reply_choice(context, person, "demote-which", buttons, "demote-nobody")


async def _on_staff(context: BotContext, member_id: int) -> StaffMember | None:
    found = [m for m in await context.services.staff.staff() if m.telegram_id == member_id]
    return found[0] if found else None


@button(Demote)
@requires(Role.ADMIN)
async def demote_button(
    query: CallbackQuery, context: BotContext, person: Person, data: Demote
) -> None:
    member = await _on_staff(context, data.member)
    if member is None:
        await query.answer(person.text(STALE))
        return
    await query.answer()
    name, role = member.name, person.text(f"role-{member.role}")
    yes = ConfirmDemote(data.member, "yes").button(person.screens.label("demote-yes", name=name))
    no = ConfirmDemote(data.member, "no").button(person.screens.label("demote-no"))
    text = person.text("demote-confirm", name=name, role=role)
    alone = (await context.services.cocoordination.left_alone(data.member)).alone
    if alone:
        titles = _titles(alone)
        text = f"{text}\n\n{person.text('demote-projects-alone', name=name, titles=titles)}"
    await edit_screen(query, Screen(text, InlineKeyboardMarkup([[yes], [no]])))


@button(ConfirmDemote)
@requires(Role.ADMIN)
async def confirm_button(
    query: CallbackQuery, context: BotContext, person: Person, data: ConfirmDemote
) -> None:
    services = context.services
    member = await _on_staff(context, data.member)
    if member is None:
        await query.answer(person.text(STALE))
        return
    await query.answer()
    if data.answer == "no":
        await edit_screen(query, Screen(person.text("demote-kept", name=member.name)))
        return
    language = services.staff.language_of(member.telegram_id)
    before = await services.cocoordination.left_alone(member.telegram_id)
    if not await services.staff.demote(person.id, member.telegram_id):
        await edit_screen(query, Screen(person.text(STALE)))
        return
    await services.cocoordination.staff_left(member.telegram_id, member.name, before.shared)
    told = await _tell(context, member, language)
    role = person.text(f"role-{member.role}")
    done = person.text("demote-done", name=member.name, role=role)
    told_key = "demote-told" if told else "demote-not-told"
    await edit_screen(query, Screen(f"{done}\n{person.text(told_key, name=member.name)}"))
    await publish_personal_menu(
        context,
        member.telegram_id,
        language or services.members.default_language,
        roles_of(services.staff, member.telegram_id),
    )
    await _mod_chat_reminder(context, person, member)
    await _projects_left(context, person, member)


def _titles(projects: list[Project]) -> str:
    return "\n".join(f"• {project.title}" for project in projects)


async def _projects_left(context: BotContext, person: Person, member: StaffMember) -> None:
    """The admin hears which projects nobody runs now, and how to give them someone."""
    alone = await context.services.cocoordination.nobody_runs()
    if not alone:
        return
    text = person.text("demote-projects-left", name=member.name, titles=_titles(alone))
    take = TakeOn().button(person.screens.label("demote-take-on"))
    await send(context, person, Screen(text, InlineKeyboardMarkup([[take]])))


@button(TakeOn)
@requires(Role.ADMIN)
async def take_on_button(
    query: CallbackQuery, context: BotContext, person: Person, data: TakeOn
) -> None:
    taken = await context.services.cocoordination.take_on(person.id)
    await query.answer()
    if not taken:
        await edit_screen(query, Screen(person.text("demote-take-on-none")))
        return
    text = person.text("demote-taken-on", titles=_titles(taken))
    await edit_screen(query, Screen(text))


async def _tell(context: BotContext, member: StaffMember, language: str | None) -> bool:
    """The person hears it from the bot, in private. They are no staff any more, so the gate
    is told to expect them for this one message, as for an adult waiting on an invite."""
    staff = context.services.staff
    staff.expect(member.telegram_id, language)
    try:
        note = Text("staff-removed-note", {"name": member.name, "role": member.role})
        delivery = await context.services.notifications.deliver(
            member.telegram_id, note, Purpose.STAFF
        )
    finally:
        staff.forget(member.telegram_id)
    return delivery.outcome is Outcome.SENT


async def _in_mod_chat(context: BotContext, member_id: int) -> bool | None:
    """Whether they are in the moderators' chat; None if the bot cannot tell."""
    chat_id = context.services.settings.mod_chat_id
    assert chat_id is not None
    try:
        status = (await context.bot.get_chat_member(chat_id, member_id)).status
    except TelegramError:
        return None
    return str(status) in PRESENT


async def _mod_chat_reminder(context: BotContext, person: Person, member: StaffMember) -> None:
    if context.services.settings.mod_chat_id is None:
        return
    inside = await _in_mod_chat(context, member.telegram_id)
    if inside is False:
        return
    if inside is None:
        await send(context, person, Screen(person.text("demote-mod-chat-check", name=member.name)))
        return
    remove = LeaveModChat(member.telegram_id).button(
        person.screens.label("demote-mod-chat-remove", name=member.name)
    )
    text = person.text("demote-mod-chat", name=member.name)
    await send(context, person, Screen(text, InlineKeyboardMarkup([[remove]])))


@button(LeaveModChat)
@requires(Role.ADMIN)
async def leave_mod_chat_button(
    query: CallbackQuery, context: BotContext, person: Person, data: LeaveModChat
) -> None:
    services = context.services
    chat_id = services.settings.mod_chat_id
    name = (await services.staff.names()).get(data.member, "—")
    # Back on the staff since (invited again): they stay in the chat.
    if chat_id is None or services.staff.is_staff(data.member):
        await query.answer(person.text(STALE))
        return
    await query.answer()
    try:
        await context.bot.ban_chat_member(chat_id, data.member)
        await context.bot.unban_chat_member(chat_id, data.member, only_if_banned=True)
    except TelegramError:
        await edit_screen(query, Screen(person.text("demote-mod-chat-failed", name=name)))
        return
    await edit_screen(query, Screen(person.text("demote-mod-chat-removed", name=name)))
