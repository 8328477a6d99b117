"""/privacy: answered in every state (before, during and after onboarding, after deletion, in
groups too), as Telegram requires of every bot. A short page with a button per topic, so each
part fits a phone screen (safeguarding rule 5)."""

from __future__ import annotations

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update

from handlers.common import edit_screen, screens_for, send
from handlers.kit.context import BotContext
from handlers.screens import Screen, Screens

SECTIONS = ("who", "keep", "see", "rights")
CALLBACK_PATTERN = r"^pv:(who|keep|see|rights|home)$"


def privacy_screen(screens: Screens, section: str, controller: str, max_age: int) -> Screen:
    buttons = [
        InlineKeyboardButton(screens.text(f"privacy-button-{name}"), callback_data=f"pv:{name}")
        for name in SECTIONS
        if name != section
    ]
    if section != "home":
        buttons.append(
            InlineKeyboardButton(screens.text("privacy-button-home"), callback_data="pv:home")
        )
    rows = [buttons[i : i + 2] for i in range(0, len(buttons), 2)]
    text = screens.text(f"privacy-{section}", controller=controller, max=max_age)
    return Screen(text, InlineKeyboardMarkup(rows))


async def show_privacy(update: Update, context: BotContext) -> None:
    screens = await screens_for(update, context)
    settings = context.services.settings
    await send(
        update, context, privacy_screen(screens, "home", settings.data_controller, settings.max_age)
    )


async def show_section(update: Update, context: BotContext) -> None:
    query = update.callback_query
    assert query is not None
    assert query.data is not None
    screens = await screens_for(update, context)
    settings = context.services.settings
    await query.answer()
    section = query.data.removeprefix("pv:")
    await edit_screen(
        query, privacy_screen(screens, section, settings.data_controller, settings.max_age)
    )
