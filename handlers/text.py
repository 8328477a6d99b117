"""Typed text in a private chat goes to whichever conversation the person is in, else a hint."""

from __future__ import annotations

from telegram import Update

from bot.context import BotContext
from handlers import coordinators, fallback, new_event, new_project, onboarding, projects, staff

# Each takes the text if the person is in its conversation (False otherwise), in this order.
CONVERSATIONS = (
    onboarding.take_text,
    staff.take_text,
    projects.take_text,
    coordinators.take_text,
    new_project.take_text,
    new_event.take_text,
)


async def on_text(update: Update, context: BotContext) -> None:
    for take in CONVERSATIONS:
        if await take(update, context):
            return
    await fallback.stray_text(update, context)
