"""/start: staff get their greeting; everyone else begins, resumes or is welcomed back."""

from __future__ import annotations

from telegram import Update

from bot.services.guardians import LINK_PREFIX
from bot.services.staff import INVITE_PREFIX
from handlers import guardian, onboarding, staff
from handlers.common import reply
from handlers.kit.context import BotContext


async def start(update: Update, context: BotContext) -> None:
    user = update.effective_user
    if user is None:
        return
    services = context.services
    if context.args and context.args[0].startswith(LINK_PREFIX):
        # A guardian opening a member's link: not a member themself, so nothing is stored
        # about them beyond the request they answer.
        await guardian.open_link(update, context, context.args[0].removeprefix(LINK_PREFIX))
        return
    if context.args and context.args[0].startswith(INVITE_PREFIX):
        # An adult joining the staff: never the youth onboarding.
        await staff.open_link(update, context, context.args[0].removeprefix(INVITE_PREFIX))
        return
    await services.members.first_contact(user.id, user.language_code)
    if services.is_staff(user.id):
        # Staff are adults: never the youth onboarding, never the age gate.
        await reply(update, context, "start-staff", name=user.first_name)
        return
    await onboarding.start(update, context)
