"""Staff: admins invite moderators and coordinators with one-time links (`/invite`), list them
(`/staff`) and revoke roles (`/demote`); the adult who opens an invite gives a name and accepts
the code of conduct. Roles are checked when each command or button runs."""

from __future__ import annotations

from typing import Annotated

from telegram import CallbackQuery, InlineKeyboardMarkup, Update

from bot.core.i18n import Html
from bot.services.staff import INVITABLE, INVITE_PREFIX, Role
from handlers.common import edit_screen, reply, reply_choice, send
from handlers.kit.callback_data import CallbackData, Shape
from handlers.kit.commands import publish_personal_menu
from handlers.kit.context import BotContext
from handlers.kit.guards import STALE, button, requires
from handlers.kit.person import Person, roles_of
from handlers.screens import Screen

ROLE_WORDS = {
    "coordinator": Role.COORDINATOR,
    "coordinatore": Role.COORDINATOR,
    "coordinatrice": Role.COORDINATOR,
    "moderator": Role.MODERATOR,
    "moderatore": Role.MODERATOR,
    "moderatrice": Role.MODERATOR,
}


class InviteAs(CallbackData, prefix="si"):
    role: Annotated[Role, Shape("|".join(INVITABLE))]


class Demote(CallbackData, prefix="sd"):
    member: int


class AcceptConduct(CallbackData, prefix="sj:accept"):
    pass


async def invite(update: Update, context: BotContext, person: Person) -> None:
    """/invite coordinator | moderator"""
    role = ROLE_WORDS.get(context.args[0].casefold()) if context.args else None
    if role is not None:
        await send_invite(context, person, role)
        return
    buttons = [InviteAs(role).button(person.text(f"role-{role}")) for role in INVITABLE]
    keyboard = InlineKeyboardMarkup([buttons])
    await reply(context, person, "invite-which", keyboard)


@button(InviteAs)
@requires(Role.ADMIN)
async def invite_button(
    query: CallbackQuery, context: BotContext, person: Person, data: InviteAs
) -> None:
    await query.answer()
    await edit_screen(query, Screen(person.text("invite-which")))
    await send_invite(context, person, data.role)


async def send_invite(context: BotContext, person: Person, role: Role) -> None:
    token = await context.services.staff.invite(person.id, role)
    link = f"https://t.me/{context.bot.username}?start={INVITE_PREFIX}{token}"
    await reply(context, person, "invite-link", role=person.text(f"role-{role}"), link=link)


async def list_staff(update: Update, context: BotContext, person: Person) -> None:
    services = context.services
    members = await services.staff.staff()
    lines = [
        person.text("staff-line", name=member.name, role=person.text(f"role-{member.role}"))
        for member in members
    ]
    await reply(
        context,
        person,
        "staff-list",
        admins=len(services.settings.admin_ids),
        count=len(members),
        lines=Html("\n".join(lines)),
    )


async def demote(update: Update, context: BotContext, person: Person) -> None:
    buttons = [
        Demote(member.telegram_id).button(
            person.text("demote-button", name=member.name, role=person.text(f"role-{member.role}"))
        )
        for member in await context.services.staff.staff()
    ]
    await reply_choice(context, person, "demote-which", buttons, "demote-nobody")


@button(Demote)
@requires(Role.ADMIN)
async def demote_button(
    query: CallbackQuery, context: BotContext, person: Person, data: Demote
) -> None:
    services = context.services
    if not await services.staff.demote(person.id, data.member):
        await query.answer(person.text(STALE))
        return
    await query.answer()
    await edit_screen(query, Screen(person.text("demote-done")))
    await publish_personal_menu(
        context,
        data.member,
        services.members.default_language,
        roles_of(services.staff, data.member),
    )


# --- joining ------------------------------------------------------------------------------


async def open_link(context: BotContext, person: Person, token: str) -> None:
    """`/start staff_<token>` from the invited adult's own account."""
    services = context.services
    is_member = await services.onboarding.profile(person.id) is not None
    joining = await services.staff.open(token, person.id, is_member)
    if joining.problem is not None:
        await reply(context, person, f"join-{joining.problem.value}")
        return
    assert joining.role is not None
    await reply(context, person, "join-ask-name", role=person.text(f"role-{joining.role}"))


async def take_text(context: BotContext, person: Person, text: str) -> bool:
    """The name of an adult joining the staff."""
    staff = context.services.staff
    joining = await staff.joining(person.id)
    if joining is None:
        return False
    _, name = joining
    if name is not None:
        await show_conduct(context, person, "join-press-accept")
        return True
    if not await staff.give_name(person.id, text):
        await reply(context, person, "join-bad-name")
        return True
    await show_conduct(context, person)
    return True


async def show_conduct(context: BotContext, person: Person, hint: str | None = None) -> None:
    keyboard = InlineKeyboardMarkup([[AcceptConduct().button(person.text("join-accept"))]])
    screen = Screen(person.text("staff-conduct"), keyboard)
    await send(context, person, screen.with_hint(person.text(hint)) if hint else screen)


@button(AcceptConduct)
async def conduct_button(
    query: CallbackQuery, context: BotContext, person: Person, data: AcceptConduct
) -> None:
    services = context.services
    is_member = await services.onboarding.profile(person.id) is not None
    role = await services.staff.accept_conduct(person.id, person.language, is_member)
    if role is None:
        await query.answer(person.text(STALE))
        return
    await query.answer()
    await edit_screen(query, Screen(person.text("join-welcome", role=person.text(f"role-{role}"))))
    await publish_personal_menu(
        context, person.id, person.language, roles_of(services.staff, person.id)
    )
