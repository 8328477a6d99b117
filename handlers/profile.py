"""/profile: the member's profile, each field editable alone with the onboarding's questions."""

from __future__ import annotations

from telegram import CallbackQuery, Update

from bot.domain.onboarding_steps import EDITABLE, ReturnTo
from handlers.common import drop_keyboard, reply, send
from handlers.guardian import local_date
from handlers.kit.context import BotContext
from handlers.kit.guards import STALE, button, not_ours
from handlers.kit.person import Person
from handlers.onboarding import ask
from handlers.onboarding_buttons import EditField


async def show_profile(update: Update, context: BotContext, person: Person) -> None:
    onboarding = context.services.onboarding
    if not await onboarding.is_member(person.id):
        if person.is_staff:
            await reply(context, person, "profile-staff")
        elif await _paused(context, person):
            return
        elif await onboarding.conversation(person.id) is not None:
            await reply(context, person, "profile-unfinished")
        else:
            await reply(context, person, "profile-none")
        return
    conversation = await onboarding.conversation(person.id)
    if conversation is not None and conversation.return_to is ReturnTo.PROFILE:
        await onboarding.cancel(person.id)  # /profile again closes an edit left half-way
    profile = await onboarding.profile(person.id)
    assert profile is not None
    granted = await onboarding.consents(person.id)
    await send(context, person, person.screens.profile(profile, granted))


async def _paused(context: BotContext, person: Person) -> bool:
    """A child paused after a consent ended hears why, until when, and what to do (not "finish
    your profile", which they cannot)."""
    request = await context.services.guardians.request_of(person.id)
    if request is None or request.erase_at is None:
        return False
    who = "withdrawn" if request.withdrawn_by is not None else "annulled"
    until = local_date(context, person.screens, request.erase_at)
    await reply(context, person, f"profile-paused-{who}", until=until)
    return True


@button(EditField)
async def edit_field(
    query: CallbackQuery, context: BotContext, person: Person, data: EditField
) -> None:
    onboarding = context.services.onboarding
    if data.step not in EDITABLE:
        await not_ours(query, person, "profile")
        return
    conversation = await onboarding.conversation(person.id)
    busy = conversation is not None and conversation.return_to is not ReturnTo.PROFILE
    if busy or not await onboarding.is_member(person.id):
        await query.answer(person.text(STALE))
        return
    await onboarding.edit(person.id, data.step, ReturnTo.PROFILE)
    await query.answer()
    await drop_keyboard(query)
    await ask(context, person, data.step)
