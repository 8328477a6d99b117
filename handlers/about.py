"""/about: who the community is, in a few lines, and where else to find it. The name is
COMMUNITY_NAME, the links ABOUT_LINKS (buttons), the words `about` in locales/."""

from __future__ import annotations

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update

from bot.core.settings import Settings
from handlers.common import send
from handlers.kit.context import BotContext
from handlers.kit.person import Person
from handlers.screens import Screen, Screens


def about_screen(screens: Screens, settings: Settings) -> Screen:
    text = screens.text(
        "about", name=settings.community_name, low=settings.min_age, high=settings.max_age
    )
    links = settings.links
    if not links:
        return Screen(text)
    rows = [[InlineKeyboardButton(label, url=url)] for label, url in links]
    return Screen(f"{text}\n\n{screens.text('about-links')}", InlineKeyboardMarkup(rows))


async def show_about(update: Update, context: BotContext, person: Person) -> None:
    await send(context, person, about_screen(person.screens, context.services.settings))
