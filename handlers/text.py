"""Typed text in a private chat goes to whichever conversation the person is in, else a hint."""

from __future__ import annotations

from datetime import UTC, datetime

from telegram import Update

from bot.context import BotContext
from handlers import coordinators, fallback, new_event, new_project, onboarding, projects, staff


# Each takes the text if the person is in its conversation (False otherwise), in this order.
async def _event_draft_is_newer(update: Update, context: BotContext) -> bool:
    user = update.effective_user
    assert user is not None
    services = context.services
    event = await services.event_drafts.draft(user.id)
    project = await services.drafts.draft(user.id)
    if event is None or project is None:
        return False
    return (event.updated_at or _never()) > (project.updated_at or _never())


def _never() -> datetime:
    return datetime.min.replace(tzinfo=UTC)


CONVERSATIONS = (
    onboarding.take_text,
    staff.take_text,
    projects.take_text,
    coordinators.take_text,
    new_project.take_text,
    new_event.take_text,
)


async def on_text(update: Update, context: BotContext) -> None:
    conversations = list(CONVERSATIONS)
    if await _event_draft_is_newer(update, context):
        # Both an event and a project half-written: the text answers the one touched last.
        conversations.remove(new_event.take_text)
        conversations.insert(conversations.index(new_project.take_text), new_event.take_text)
    for take in conversations:
        if await take(update, context):
            return
    await fallback.stray_text(update, context)
