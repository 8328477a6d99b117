"""/profile: the member's profile, each field editable alone with the onboarding's questions."""

from __future__ import annotations

import logging

from telegram import Update

from bot.services.onboarding import EDITABLE, ReturnTo, Step
from handlers.common import drop_keyboard, reply, screens_for, send
from handlers.kit.context import BotContext
from handlers.onboarding import ask
from handlers.screens import PROFILE_EDIT

logger = logging.getLogger(__name__)

CALLBACK_PATTERN = rf"^{PROFILE_EDIT}:"


async def show_profile(update: Update, context: BotContext) -> None:
    user = update.effective_user
    assert user is not None
    onboarding = context.services.onboarding
    if not await onboarding.is_member(user.id):
        if context.services.is_staff(user.id):
            await reply(update, context, "profile-staff")
        elif await onboarding.conversation(user.id) is not None:
            await reply(update, context, "profile-unfinished")
        else:
            await reply(update, context, "profile-none")
        return
    conversation = await onboarding.conversation(user.id)
    if conversation is not None and conversation.return_to is ReturnTo.PROFILE:
        await onboarding.cancel(user.id)  # /profile again closes an edit left half-way
    profile = await onboarding.profile(user.id)
    assert profile is not None
    screens = await screens_for(update, context)
    await send(update, context, screens.profile(profile, await onboarding.consents(user.id)))


async def edit_field(update: Update, context: BotContext) -> None:
    query = update.callback_query
    assert query is not None
    assert query.data is not None
    onboarding = context.services.onboarding
    screens = await screens_for(update, context)
    step_name = query.data.removeprefix(f"{PROFILE_EDIT}:")
    step = Step(step_name) if step_name in Step.__members__.values() else None
    if step not in EDITABLE:
        logger.warning("user %d pressed a profile button we never drew", query.from_user.id)
        await query.answer(screens.text("button-expired"), show_alert=True)
        return
    assert step is not None
    conversation = await onboarding.conversation(query.from_user.id)
    busy = conversation is not None and conversation.return_to is not ReturnTo.PROFILE
    if busy or not await onboarding.is_member(query.from_user.id):
        await query.answer(screens.text("onboarding-button-old"))
        return
    await onboarding.edit(query.from_user.id, step, ReturnTo.PROFILE)
    await query.answer()
    await drop_keyboard(query)
    await ask(update, context, step)
