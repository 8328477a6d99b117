"""Staff: admins invite moderators and coordinators with one-time links (`/invite`), list them
(`/staff`) and revoke roles (`/demote`); the adult who opens an invite gives a name and accepts
the code of conduct. Roles are checked when each command or button runs."""

from __future__ import annotations

import logging

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update

from bot.core.i18n import Html
from bot.services.staff import INVITABLE, INVITE_PREFIX, Role
from handlers.common import edit_screen, language_of, reply, screens_for, send
from handlers.kit.commands import publish_personal_menu
from handlers.kit.context import BotContext
from handlers.screens import Screen

logger = logging.getLogger(__name__)

INVITE_PATTERN = r"^si:(coordinator|moderator)$"
DEMOTE_PATTERN = r"^sd:\d{1,20}$"
CONDUCT_PATTERN = r"^sj:accept$"
ROLE_WORDS = {
    "coordinator": Role.COORDINATOR,
    "coordinatore": Role.COORDINATOR,
    "coordinatrice": Role.COORDINATOR,
    "moderator": Role.MODERATOR,
    "moderatore": Role.MODERATOR,
    "moderatrice": Role.MODERATOR,
}


async def invite(update: Update, context: BotContext) -> None:
    """/invite coordinator | moderator"""
    user = update.effective_user
    assert user is not None
    services = context.services
    if not services.is_admin(user.id):
        await reply(update, context, "admin-only")
        return
    role = ROLE_WORDS.get(context.args[0].casefold()) if context.args else None
    if role is None:
        screens = await screens_for(update, context)
        buttons = [
            InlineKeyboardButton(screens.text(f"role-{r}"), callback_data=f"si:{r}")
            for r in INVITABLE
        ]
        await send(
            update, context, Screen(screens.text("invite-which"), InlineKeyboardMarkup([buttons]))
        )
        return
    await send_invite(update, context, role)


async def invite_button(update: Update, context: BotContext) -> None:
    query = update.callback_query
    assert query is not None
    assert query.data is not None
    screens = await screens_for(update, context)
    if not context.services.is_admin(query.from_user.id):
        logger.warning("user %d pressed an admin button without the role", query.from_user.id)
        await query.answer(screens.text("admin-only"), show_alert=True)
        return
    await query.answer()
    await edit_screen(query, Screen(screens.text("invite-which")))
    await send_invite(update, context, Role(query.data.removeprefix("si:")))


async def send_invite(update: Update, context: BotContext, role: Role) -> None:
    user = update.effective_user
    assert user is not None
    token = await context.services.staff.invite(user.id, role)
    screens = await screens_for(update, context)
    link = f"https://t.me/{context.bot.username}?start={INVITE_PREFIX}{token}"
    await reply(update, context, "invite-link", role=screens.text(f"role-{role}"), link=link)


async def list_staff(update: Update, context: BotContext) -> None:
    user = update.effective_user
    assert user is not None
    services = context.services
    if not services.is_admin(user.id):
        await reply(update, context, "admin-only")
        return
    screens = await screens_for(update, context)
    members = await services.staff.staff()
    lines = [
        screens.text("staff-line", name=member.name, role=screens.text(f"role-{member.role}"))
        for member in members
    ]
    await reply(
        update,
        context,
        "staff-list",
        admins=len(services.settings.admin_ids),
        count=len(members),
        lines=Html("\n".join(lines)),
    )


async def demote(update: Update, context: BotContext) -> None:
    user = update.effective_user
    assert user is not None
    services = context.services
    if not services.is_admin(user.id):
        await reply(update, context, "admin-only")
        return
    screens = await screens_for(update, context)
    members = await services.staff.staff()
    if not members:
        await reply(update, context, "demote-nobody")
        return
    rows = [
        [
            InlineKeyboardButton(
                screens.text(
                    "demote-button", name=member.name, role=screens.text(f"role-{member.role}")
                ),
                callback_data=f"sd:{member.telegram_id}",
            )
        ]
        for member in members
    ]
    await send(update, context, Screen(screens.text("demote-which"), InlineKeyboardMarkup(rows)))


async def demote_button(update: Update, context: BotContext) -> None:
    query = update.callback_query
    assert query is not None
    assert query.data is not None
    services = context.services
    screens = await screens_for(update, context)
    if not services.is_admin(query.from_user.id):
        logger.warning("user %d pressed an admin button without the role", query.from_user.id)
        await query.answer(screens.text("admin-only"), show_alert=True)
        return
    target = int(query.data.removeprefix("sd:"))
    if not await services.staff.demote(query.from_user.id, target):
        await query.answer(screens.text("onboarding-button-old"))
        return
    await query.answer()
    await edit_screen(query, Screen(screens.text("demote-done")))
    await publish_personal_menu(
        context.bot, services.translate, target, services.members.default_language, None
    )


# --- joining ------------------------------------------------------------------------------


async def open_link(update: Update, context: BotContext, token: str) -> None:
    """`/start staff_<token>` from the invited adult's own account."""
    user = update.effective_user
    assert user is not None
    services = context.services
    is_member = await services.onboarding.profile(user.id) is not None
    joining = await services.staff.open(token, user.id, is_member)
    if joining.problem is not None:
        await reply(update, context, f"join-{joining.problem.value}")
        return
    screens = await screens_for(update, context)
    assert joining.role is not None
    await reply(update, context, "join-ask-name", role=screens.text(f"role-{joining.role}"))


async def take_text(update: Update, context: BotContext) -> bool:
    """The name of an adult joining the staff."""
    user = update.effective_user
    message = update.effective_message
    assert user is not None
    assert message is not None
    staff = context.services.staff
    joining = await staff.joining(user.id)
    if joining is None:
        return False
    _, name = joining
    if name is not None:
        await show_conduct(update, context, "join-press-accept")
        return True
    if not await staff.give_name(user.id, message.text or ""):
        await reply(update, context, "join-bad-name")
        return True
    await show_conduct(update, context)
    return True


async def show_conduct(update: Update, context: BotContext, hint: str | None = None) -> None:
    screens = await screens_for(update, context)
    keyboard = InlineKeyboardMarkup(
        [[InlineKeyboardButton(screens.text("join-accept"), callback_data="sj:accept")]]
    )
    screen = Screen(screens.text("staff-conduct"), keyboard)
    await send(update, context, screen.with_hint(screens.text(hint)) if hint else screen)


async def conduct_button(update: Update, context: BotContext) -> None:
    query = update.callback_query
    assert query is not None
    services = context.services
    screens = await screens_for(update, context)
    is_member = await services.onboarding.profile(query.from_user.id) is not None
    role = await services.staff.accept_conduct(
        query.from_user.id, await language_of(update, context), is_member
    )
    if role is None:
        await query.answer(screens.text("onboarding-button-old"))
        return
    await query.answer()
    await edit_screen(
        query, Screen(screens.text("join-welcome", role=screens.text(f"role-{role}")))
    )
    await publish_personal_menu(
        context.bot,
        services.translate,
        query.from_user.id,
        await language_of(update, context),
        role,
    )
