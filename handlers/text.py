"""Typed text in a private chat goes to whichever conversation the person is in, else a hint."""

from __future__ import annotations

from telegram import Update

from handlers import coordinators, fallback, new_event, new_project, onboarding, projects, staff
from handlers.draft_steps import latest_draft
from handlers.kit.context import BotContext
from handlers.kit.person import Person

# Each takes the text if the person is in its conversation (False otherwise), in this order.
CONVERSATIONS = (
    onboarding.take_text,
    staff.take_text,
    projects.take_text,
    coordinators.take_text,
    new_project.take_text,
    new_event.take_text,
)


async def on_text(update: Update, context: BotContext, person: Person) -> None:
    message = update.effective_message
    text = message.text if message is not None and message.text is not None else ""
    conversations = list(CONVERSATIONS)
    latest = await latest_draft(context, person.id)
    if latest is not None and latest[0] is context.services.event_drafts:
        # Both an event and a project half-written: the text answers the one touched last.
        conversations.remove(new_event.take_text)
        conversations.insert(conversations.index(new_project.take_text), new_event.take_text)
    for take in conversations:
        if await take(context, person, text):
            return
    await fallback.stray_text(update, context, person)
