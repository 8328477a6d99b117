"""/cancel: stops whatever the person is writing — an event or a project being written, else a
typed-text question or the onboarding (which has its own way of pausing)."""

from __future__ import annotations

from telegram import Update

from bot.context import BotContext
from handlers import onboarding
from handlers.common import reply


async def cancel(update: Update, context: BotContext) -> None:
    user = update.effective_user
    assert user is not None
    services = context.services
    for drafts, prefix in ((services.event_drafts, "newevent"), (services.drafts, "newproject")):
        draft = await drafts.draft(user.id)
        if draft is not None:
            await drafts.cancel(user.id)
            await services.pending.clear(user.id)
            editing = draft.data.get("editing") is not None
            await reply(
                update, context, f"{prefix}-edit-cancelled" if editing else f"{prefix}-cancelled"
            )
            return
    await onboarding.cancel(update, context)
