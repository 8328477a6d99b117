"""/cancel: stops whatever the person is writing — an event or a project being written, else a
typed-text question or the onboarding (which has its own way of pausing)."""

from __future__ import annotations

from telegram import Update

from handlers import onboarding
from handlers.common import reply
from handlers.draft_steps import cancelled_key, latest_draft
from handlers.kit.context import BotContext
from handlers.kit.person import Person


async def cancel(update: Update, context: BotContext, person: Person) -> None:
    latest = await latest_draft(context, person.id)
    if latest is not None:
        flow, draft = latest
        await flow.cancel(person.id)
        await context.services.pending.clear(person.id)
        await reply(context, person, cancelled_key(flow, draft))
        return
    await onboarding.cancel(context, person)
