"""Staff, the admin's side: invites that name the person they are for (`/invite`), the admin's
decision on whoever opened one, the staff list (`/staff`, moderators too) and `/demote`. Roles
are checked when each command or button runs."""

from __future__ import annotations

import secrets
from datetime import datetime
from typing import Annotated, Literal

from telegram import Bot, CallbackQuery, InlineKeyboardMarkup, Update
from telegram.error import TelegramError

from bot.core.i18n import Html
from bot.services.pending import PendingInput
from bot.services.staff import INVITABLE, Role
from bot.services.staff_invites import INVITE_PREFIX, Admin, InviteOpened, Verdict, opened_note
from bot.wiring import Services
from handlers.common import drop_keyboard, edit_screen, reply, send
from handlers.kit.callback_data import CallbackData, Shape
from handlers.kit.commands import publish_personal_menu
from handlers.kit.context import BotContext
from handlers.kit.edits import redraw
from handlers.kit.guards import STALE, button, requires
from handlers.kit.person import Person, roles_of
from handlers.screens import Screen, Screens, pager
from storage.staff import StaffMember
from storage.staff_invites import StaffInvite

ROLE_WORDS = {
    "coordinator": Role.COORDINATOR,
    "coordinatore": Role.COORDINATOR,
    "coordinatrice": Role.COORDINATOR,
    "moderator": Role.MODERATOR,
    "moderatore": Role.MODERATOR,
    "moderatrice": Role.MODERATOR,
    "coordinamento": Role.COORDINATOR,
    "moderazione": Role.MODERATOR,
}
# The typed answer the bot waits for after a role was chosen: the invitee's name.
INVITEE = "staff_invitee_"


class InviteAs(CallbackData, prefix="si"):
    """A role button of one /invite screen: `nonce` tells a second tap on it from a new one."""

    role: Annotated[Role, Shape("|".join(INVITABLE))]
    nonce: int


class DecideInvite(CallbackData, prefix="sv"):
    decision: Literal["ok", "no"]
    invite: int


class InviteAgain(CallbackData, prefix="sa"):
    invite: int


class StaffPage(CallbackData, prefix="sl"):
    page: Annotated[int, Shape(r"[0-9]{1,4}")]


STAFF_PER_PAGE = 8  # two lines each for an admin: one phone screen


def admin_of(person: Person) -> Admin:
    return Admin(person.id, person.first_name)


# --- inviting -----------------------------------------------------------------------------


async def invite(update: Update, context: BotContext, person: Person) -> None:
    """/invite, /invite moderator, /invite moderator Marco Rossi"""
    args = context.args or []
    role = ROLE_WORDS.get(args[0].casefold()) if args else None
    if role is None:
        nonce = secrets.randbelow(10**12)
        buttons = [InviteAs(role, nonce).button(person.text(f"role-{role}")) for role in INVITABLE]
        await reply(context, person, "invite-which", InlineKeyboardMarkup([buttons]))
        return
    message = update.effective_message
    invitee = " ".join(args[1:])
    if not invitee or message is None:
        await ask_invitee(context, person, role, secrets.randbelow(10**12))
        await reply(context, person, "staff-invite-ask-name", role=person.text(f"role-{role}"))
        return
    await make_invite(context, person, role, invitee, f"m:{person.id}:{message.message_id}")


async def ask_invitee(context: BotContext, person: Person, role: Role, nonce: int) -> None:
    await context.services.pending.expect(person.id, f"{INVITEE}{role.value}", nonce)


@button(InviteAs)
@requires(Role.ADMIN)
async def invite_button(
    query: CallbackQuery, context: BotContext, person: Person, data: InviteAs
) -> None:
    services = context.services
    if await services.staff_invites.made(f"p:{data.nonce}"):
        await query.answer(person.text("staff-invite-made-already"), show_alert=True)
        return
    asked = await services.pending.get(person.id)
    if asked == PendingInput(f"{INVITEE}{data.role.value}", data.nonce):
        await query.answer(person.text("staff-invite-type-name"))  # a second tap: nothing new
        return
    await ask_invitee(context, person, data.role, data.nonce)
    await query.answer()
    role = person.text(f"role-{data.role}")
    await edit_screen(query, Screen(person.text("staff-invite-ask-name", role=role)))


async def take_invitee(context: BotContext, person: Person, text: str, asked: PendingInput) -> bool:
    """The name of the person an admin invites, typed after choosing the role."""
    services = context.services
    if not asked.kind.startswith(INVITEE):
        return False
    if not person.has(Role.ADMIN):
        await services.pending.clear(person.id)
        await reply(context, person, "admin-only")
        return True
    if services.staff_invites.invitee_problem(text):
        await reply(context, person, "staff-invite-bad-name")
        return True
    await services.pending.clear(person.id)
    role = Role(asked.kind.removeprefix(INVITEE))
    await make_invite(context, person, role, text, f"p:{asked.ref}")
    return True


async def make_invite(
    context: BotContext, person: Person, role: Role, invitee: str, nonce: str
) -> None:
    services = context.services
    invites = services.staff_invites
    # The bot writes to the admin later about who opened it: in their app's language, as
    # after /start (an admin named in ADMIN_IDS may never have sent one).
    await services.members.first_contact(person.id, person.app_language)
    if invites.invitee_problem(invitee):
        await reply(context, person, "staff-invite-bad-name")
        return
    made = await invites.create(admin_of(person), role, invitee, nonce)
    if made is None:
        await reply(context, person, "staff-invite-made-already")
        return
    await send_link(context, person, made.role, made.invitee, made.token)


async def send_link(
    context: BotContext, person: Person, role: Role, invitee: str, token: str
) -> None:
    link = f"https://t.me/{context.bot.username}?start={INVITE_PREFIX}{token}"
    await reply(
        context,
        person,
        "staff-invite-link",
        role=person.text(f"role-{role}"),
        invitee=invitee,
        link=link,
    )


# --- the admin decides on whoever opened an invite -----------------------------------------


def opened_screen(screens: Screens, note: InviteOpened) -> Screen:
    role = screens.text(f"role-{note.role}")
    text = screens.text(
        "staff-invite-opened",
        role=role,
        invitee=note.invitee,
        display=note.display,
        username=_username(screens, note.username),
        name=note.name or screens.text("staff-no-name-yet"),
    )
    if note.corrected:
        text = screens.text("staff-invite-name-corrected") + "\n\n" + text
    if note.tried is not None:
        text = _tried_text(screens, note) + "\n\n" + text
    reject = DecideInvite("no", note.invite_id).button(screens.label("staff-invite-reject"))
    confirm = DecideInvite("ok", note.invite_id).button(screens.label("staff-invite-confirm"))
    # Before the code of conduct is accepted there is nothing to confirm yet, only to refuse.
    return Screen(text, InlineKeyboardMarkup([[confirm, reject] if note.ready else [reject]]))


def _username(screens: Screens, username: str | None) -> str:
    return f"@{username}" if username else screens.text("staff-no-username")


def _tried_text(screens: Screens, note: InviteOpened) -> str:
    """A second account found the link already opened: who it is, above who opened it."""
    assert note.tried is not None
    return screens.text(
        "staff-invite-tried",
        role=screens.text(f"role-{note.role}"),
        invitee=note.invitee,
        display=note.tried.display,
        username=_username(screens, note.tried.username),
    )


async def render_opened(screens: Screens, note: InviteOpened) -> Screen:
    return opened_screen(screens, note)


def _when(context: BotContext, at: datetime | None) -> str:
    return at.astimezone(context.services.settings.zone).strftime("%d/%m/%Y %H:%M") if at else ""


def decided_screen(context: BotContext, person: Person, invite: StaffInvite) -> Screen:
    """An invite someone decided: what it became, by whom, when; a rejected one offers a new
    link for the person it named."""
    args = {
        "role": person.text(f"role-{invite.role}"),
        "invitee": invite.invitee or "—",
        "name": invite.name or "—",
        "admin": invite.decided_by_name or "—",
        "when": _when(context, invite.decided_at),
    }
    if invite.decision == "confirmed":
        return Screen(person.text("staff-invite-confirmed", **args))
    again = InviteAgain(invite.id).button(
        person.screens.label("staff-invite-again", invitee=invite.invitee or "—")
    )
    keyboard = InlineKeyboardMarkup([[again]]) if invite.invitee else None
    return Screen(person.text("staff-invite-rejected", **args), keyboard)


@button(DecideInvite)
@requires(Role.ADMIN)
async def decide_button(
    query: CallbackQuery, context: BotContext, person: Person, data: DecideInvite
) -> None:
    services = context.services
    decision = await services.staff_invites.decide(
        admin_of(person), data.invite, confirm=data.decision == "ok"
    )
    invite = decision.invite
    if decision.verdict is Verdict.NOT_READY or invite is None:
        await query.answer(person.text(STALE))
        return
    if decision.verdict is Verdict.MEMBER:
        await query.answer(person.text("staff-invite-opener-member"), show_alert=True)
        return
    if decision.verdict is Verdict.ALREADY:
        await query.answer(
            person.text(
                "staff-invite-decided-already",
                decision=invite.decision or "",
                admin=invite.decided_by_name or "—",
                when=_when(context, invite.decided_at),
            ),
            show_alert=True,
        )
    else:
        await query.answer()
    await edit_screen(query, decided_screen(context, person, invite))
    if decision.verdict is Verdict.DONE and invite.decision == "confirmed":
        await _publish_menu_of(context, invite)


async def _publish_menu_of(context: BotContext, invite: StaffInvite) -> None:
    services = context.services
    assert invite.opened_by is not None
    language = invite.opener_language or services.members.default_language
    await publish_personal_menu(
        context, invite.opened_by, language, roles_of(services.staff, invite.opened_by)
    )


@button(InviteAgain)
@requires(Role.ADMIN)
async def again_button(
    query: CallbackQuery, context: BotContext, person: Person, data: InviteAgain
) -> None:
    made = await context.services.staff_invites.again(admin_of(person), data.invite)
    await drop_keyboard(query)
    if made is None:
        await query.answer(person.text("staff-invite-made-already"), show_alert=True)
        return
    await query.answer()
    await send_link(context, person, made.role, made.invitee, made.token)


# --- the staff list and demotion -----------------------------------------------------------


def staff_line(context: BotContext, person: Person, member: StaffMember) -> str:
    role = person.text(f"role-{member.role}")
    line = person.text("staff-line", name=member.name, role=role)
    if not person.has(Role.ADMIN):
        return line  # moderators: names and roles
    history = person.text(
        "staff-line-history",
        invited=member.invited_by_name or "—",
        confirmed=member.confirmed_by_name or "—",
        when=_when(context, member.confirmed_at or member.added_at),
    )
    return f"{line}\n{history}"


async def admin_lines(context: BotContext, person: Person) -> list[str]:
    """The admins by first name, as Telegram shows them: whom a moderator turns to when
    something can't wait. An admin who never wrote to the bot has no name the bot can see."""
    role = person.text("role-admin")
    lines = []
    for admin_id in sorted(context.services.staff.admin_ids):
        try:
            name = (await context.bot.get_chat(admin_id)).first_name
        except TelegramError:
            name = None
        shown = name or person.text("staff-admin-unnamed")
        lines.append(person.text("staff-line", name=shown, role=role))
    return lines


async def started_first_name(bot: Bot, services: Services, telegram_id: int) -> str | None:
    """Telegram's first name for someone who started the bot (rule 14: nobody else is asked)."""
    if await services.members.get(telegram_id) is None:
        return None
    try:
        return (await bot.get_chat(telegram_id)).first_name
    except TelegramError:
        return None


async def leads_text(context: BotContext, person: Person, staff: list[StaffMember]) -> str:
    """Who the safeguarding leads are (SAFEGUARDING_IDS), by first name only."""
    leads = sorted(context.services.settings.safeguarding_ids)
    if not leads:
        return person.text("records-leads-none")
    named = {member.telegram_id: member.name for member in staff}
    names = []
    for lead in leads:
        name = named.get(lead) or await started_first_name(context.bot, context.services, lead)
        names.append(name or person.text("records-lead-not-started"))
    return person.text("records-leads", count=len(leads), names=", ".join(names))


async def list_staff(update: Update, context: BotContext, person: Person) -> None:
    services = context.services
    await send(context, person, await staff_screen(context, person, 0))
    if not person.has(Role.ADMIN):
        return
    # Whoever waits for a decision: the same card the admin was sent, in case it was missed.
    waiting = await services.staff_invites.waiting()
    if waiting:
        await reply(context, person, "staff-waiting", count=len(waiting))
    for invite in waiting:
        await send(context, person, opened_screen(person.screens, opened_note(invite)))


async def staff_screen(context: BotContext, person: Person, page: int) -> Screen:
    services = context.services
    members = await services.staff.staff()
    shown = members[page * STAFF_PER_PAGE : (page + 1) * STAFF_PER_PAGE]
    lines = [staff_line(context, person, member) for member in shown]
    text = person.text(
        "staff-list",
        admins=len(services.settings.admin_ids),
        count=len(members),
        lines=Html("\n".join([*await admin_lines(context, person), *lines])),
    )
    text += "\n\n" + await leads_text(context, person, members)
    buttons = pager(person.screens, StaffPage, page, STAFF_PER_PAGE, len(members))
    return Screen(text, InlineKeyboardMarkup([buttons]) if buttons else None)


@button(StaffPage)
@requires(Role.MODERATOR)
async def staff_page(
    query: CallbackQuery, context: BotContext, person: Person, data: StaffPage
) -> None:
    await redraw(query, person, await staff_screen(context, person, data.page))
