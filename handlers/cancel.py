"""/cancel: stops whatever the person is writing — an event or a project being written, else a
typed-text question or the onboarding (which has its own way of pausing)."""

from __future__ import annotations

from telegram import Update

from handlers import onboarding
from handlers.common import reply
from handlers.draft_steps import cancelled_key, latest_draft
from handlers.kit.context import BotContext


async def cancel(update: Update, context: BotContext) -> None:
    user = update.effective_user
    assert user is not None
    services = context.services
    latest = await latest_draft(context, user.id)
    if latest is not None:
        flow, draft = latest
        await flow.cancel(user.id)
        await services.pending.clear(user.id)
        await reply(update, context, cancelled_key(flow, draft))
        return
    await onboarding.cancel(update, context)
