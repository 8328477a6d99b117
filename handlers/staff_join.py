"""Staff, the invited adult's side: `/start staff_<token>` from their own account, a name (typed
again to correct it), the code of conduct, then waiting for an admin to confirm who they are."""

from __future__ import annotations

from telegram import CallbackQuery, InlineKeyboardMarkup, Update

from bot.services.staff_invites import JoinProblem, Named
from handlers import onboarding
from handlers.common import drop_keyboard, edit_screen, reply, send
from handlers.kit.callback_data import CallbackData
from handlers.kit.context import BotContext
from handlers.kit.guards import STALE, button
from handlers.kit.person import Person
from handlers.screens import Screen
from storage.staff_invites import Opener, StaffInvite


class AcceptConduct(CallbackData, prefix="sj:accept"):
    pass


class CorrectName(CallbackData, prefix="sj:name"):
    pass


class NoLinkAwaited(CallbackData, prefix="sj:young"):
    """Someone whose staff link did not work says they are a young person after all."""


def opener_of(update: Update, person: Person) -> Opener:
    """How Telegram shows this account, for the admin to recognise them."""
    user = update.effective_user
    display = user.full_name if user is not None else person.first_name
    username = user.username if user is not None else None
    return Opener(person.id, display, username, person.language)


async def open_link(update: Update, context: BotContext, person: Person, token: str) -> None:
    joining = await context.services.staff_invites.open(token, opener_of(update, person))
    if joining.problem is not None:
        await reply(context, person, _REFUSALS[joining.problem])
        return
    assert joining.invite is not None
    await show_where(context, person, joining.invite)


_REFUSALS = {
    JoinProblem.UNKNOWN: "join-unknown",
    JoinProblem.EXPIRED: "join-expired",
    JoinProblem.TAKEN: "join-taken",
    JoinProblem.MINOR: "staff-join-minor",
    JoinProblem.MEMBER: "join-member",
    JoinProblem.ALREADY: "join-already",
}


async def resume(context: BotContext, person: Person) -> bool:
    """/start while waiting for the admin (or half-way through joining, or for a new link after
    one that did not work): where they are, never the youth onboarding."""
    invites = context.services.staff_invites
    invite = await invites.joining(person.id)
    if invite is not None:
        await show_where(context, person, invite)
        return True
    if await invites.waits_for_new_link(person.id):
        await send(context, person, new_link_screen(person))
        return True
    return False


def new_link_screen(person: Person) -> Screen:
    young = NoLinkAwaited().button(person.text("staff-join-not-staff"))
    return Screen(person.text("staff-join-new-link-wait"), InlineKeyboardMarkup([[young]]))


@button(NoLinkAwaited)
async def no_link_awaited_button(
    query: CallbackQuery, context: BotContext, person: Person, data: NoLinkAwaited
) -> None:
    """A young person who tried a staff link by mistake: the youth sign-up after all."""
    await drop_keyboard(query)
    if not await context.services.staff_invites.stop_waiting(person.id):
        await query.answer(person.text(STALE))
        return
    await query.answer()
    await context.services.members.first_contact(person.id, person.app_language)
    await onboarding.start(context, person)


async def show_where(context: BotContext, person: Person, invite: StaffInvite) -> None:
    if invite.name is None:
        await reply(context, person, "join-ask-name", role=person.text(f"role-{invite.role}"))
    elif invite.conduct_accepted_at is None:
        await show_conduct(context, person, invite.name)
    else:
        await send(context, person, waiting_screen(person, invite.name))


def waiting_screen(person: Person, name: str) -> Screen:
    keyboard = InlineKeyboardMarkup([[CorrectName().button(person.text("staff-join-correct"))]])
    return Screen(person.text("staff-join-waiting", name=name), keyboard)


async def take_text(context: BotContext, person: Person, text: str) -> bool:
    """The name of an adult joining the staff; typed again, it corrects it."""
    invites = context.services.staff_invites
    named = await invites.give_name(person.id, text)
    if named is None:
        if not await invites.waits_for_new_link(person.id):
            return False
        await send(context, person, new_link_screen(person))
        return True
    if named is Named.BAD:
        await reply(context, person, "join-bad-name")
        return True
    invite = await invites.joining(person.id)
    name = invite.name if invite is not None and invite.name else text
    if named is Named.WAITING:
        await send(context, person, waiting_screen(person, name))
    elif named is Named.CORRECTED:
        await reply(context, person, "staff-join-name-corrected", name=name)
    else:
        await show_conduct(context, person, name)
    return True


async def show_conduct(context: BotContext, person: Person, name: str) -> None:
    keyboard = InlineKeyboardMarkup([[AcceptConduct().button(person.text("join-accept"))]])
    screen = Screen(person.text("staff-conduct"), keyboard)
    await send(context, person, screen.with_hint(person.text("staff-join-name-check", name=name)))


@button(AcceptConduct)
async def conduct_button(
    query: CallbackQuery, context: BotContext, person: Person, data: AcceptConduct
) -> None:
    invite = await context.services.staff_invites.accept_conduct(person.id)
    if invite is None:
        await query.answer(person.text(STALE))
        return
    await query.answer()
    await edit_screen(query, waiting_screen(person, invite.name or "—"))


@button(CorrectName)
async def correct_name_button(
    query: CallbackQuery, context: BotContext, person: Person, data: CorrectName
) -> None:
    if await context.services.staff_invites.correct_name(person.id) is None:
        await query.answer(person.text(STALE))
        return
    await query.answer()
    await reply(context, person, "staff-join-rename")
