"""/privacy: answered in every state (before, during and after onboarding, after deletion, in
groups too), as Telegram requires of every bot. A short page with a button per topic, so each
part fits a phone screen (safeguarding rule 5)."""

from __future__ import annotations

from typing import Final, Literal

from telegram import CallbackQuery, InlineKeyboardMarkup, Update

from handlers.common import send
from handlers.kit.callback_data import CallbackData
from handlers.kit.context import BotContext
from handlers.kit.edits import redraw
from handlers.kit.guards import button
from handlers.kit.person import Person
from handlers.screens import Screen, Screens

Section = Literal["home", "who", "keep", "see", "rights"]
SECTIONS: Final[tuple[Section, ...]] = ("who", "keep", "see", "rights")


class PrivacySection(CallbackData, prefix="pv"):
    section: Section


def privacy_screen(
    screens: Screens, section: Section, controller: str, max_age: int, contact: str = ""
) -> Screen:
    buttons = [
        PrivacySection(name).button(screens.text(f"privacy-button-{name}"))
        for name in SECTIONS
        if name != section
    ]
    if section != "home":
        buttons.append(PrivacySection("home").button(screens.text("privacy-button-home")))
    rows = [buttons[i : i + 2] for i in range(0, len(buttons), 2)]
    # GDPR art. 13: how to reach the data controller (their name until a contact is set).
    text = screens.text(
        f"privacy-{section}", controller=controller, max=max_age, contact=contact or controller
    )
    return Screen(text, InlineKeyboardMarkup(rows))


def _screen(context: BotContext, person: Person, section: Section) -> Screen:
    settings = context.services.settings
    return privacy_screen(
        person.screens,
        section,
        settings.data_controller,
        settings.max_age,
        settings.data_controller_contact,
    )


async def show_privacy(update: Update, context: BotContext, person: Person) -> None:
    await send(context, person, _screen(context, person, "home"))


@button(PrivacySection)
async def show_section(
    query: CallbackQuery, context: BotContext, person: Person, data: PrivacySection
) -> None:
    await redraw(query, person, _screen(context, person, data.section))
