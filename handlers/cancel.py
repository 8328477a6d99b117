"""/cancel: stops whatever the person is writing — an event or a project being written, else a
typed-text question or the onboarding (which has its own way of pausing)."""

from __future__ import annotations

from datetime import UTC, datetime

from telegram import Update

from bot.context import BotContext
from bot.draft_flow import DraftFlow
from handlers import onboarding
from handlers.common import reply
from handlers.draft_steps import cancelled_key
from storage.drafts import Draft


async def cancel(update: Update, context: BotContext) -> None:
    user = update.effective_user
    assert user is not None
    services = context.services
    # Both an event and a project half-written: the one touched last, as typed text does.
    flows: list[tuple[datetime, DraftFlow, Draft]] = []
    candidates: tuple[DraftFlow, ...] = (services.event_drafts, services.drafts)
    for candidate in candidates:
        found = await candidate.draft(user.id)
        if found is not None:
            flows.append((found.updated_at or datetime.min.replace(tzinfo=UTC), candidate, found))
    if flows:
        _, flow, draft = max(flows, key=lambda entry: entry[0])
        await flow.cancel(user.id)
        await services.pending.clear(user.id)
        await reply(update, context, cancelled_key(flow, draft))
        return
    await onboarding.cancel(update, context)
