"""/settings: language, each consent per purpose, whether "Maybe" answers get reminders, and
invitations to projects (rule 15 (d)), each one tap and effective at once (rule 12)."""

from __future__ import annotations

from typing import Annotated, Literal

from telegram import CallbackQuery, InlineKeyboardButton, InlineKeyboardMarkup, Update

from bot.core.i18n import SUPPORTED_LANGUAGES
from bot.domain.catalog import PURPOSES
from handlers.common import edit_screen, reply, send
from handlers.consent_switch import tap_consent
from handlers.kit.callback_data import CallbackData, Shape
from handlers.kit.commands import publish_personal_menu
from handlers.kit.context import BotContext
from handlers.kit.guards import STALE, button, not_ours
from handlers.kit.person import Person, now_speaking
from handlers.onboarding_buttons import Wanted, wanted
from handlers.screens import Screen, Screens


class Setting(CallbackData, prefix="st"):
    pass


class SettingLanguage(Setting, tag="lang"):
    code: Annotated[str, Shape(r"[a-z]{2}")]


class SettingConsent(Setting, tag="c"):
    purpose: Annotated[str, Shape(r"[a-z]{1,16}")]
    to: Wanted


class SettingSwitch(Setting):
    """Reminders for "Maybe" answers too; invitations to projects."""

    which: Literal["maybe", "invitations"]


async def settings_screen(context: BotContext, person: Person) -> Screen:
    services = context.services
    screens = person.screens
    consents = await services.consents.of(person.id)
    preferences = await services.preferences.get(person.id)
    rows = [
        [
            SettingLanguage(code).button(
                screens.text(
                    "choice-on" if code == screens.language else "choice-off",
                    label=services.translate(code, "language-name"),
                )
            )
            for code in SUPPORTED_LANGUAGES
        ]
    ]
    chosen = {purpose for purpose, on in consents.granted.items() if on}
    rows += screens.consent_rows(
        chosen, lambda purpose: SettingConsent(purpose, wanted(purpose in chosen)), consents.locked
    )
    rows.append(
        [
            _toggle(
                screens, preferences.remind_maybe, "settings-remind-maybe", SettingSwitch("maybe")
            )
        ]
    )
    rows.append(
        [
            _toggle(
                screens,
                preferences.invitations,
                "settings-invitations",
                SettingSwitch("invitations"),
            )
        ]
    )
    intro = screens.text("settings-intro")
    text = screens.with_locked_note(intro, consents.locked, paper=consents.by_paper)
    return Screen(text, InlineKeyboardMarkup(rows))


def _toggle(screens: Screens, on: bool, label_key: str, data: Setting) -> InlineKeyboardButton:
    return data.button(
        screens.text("consent-on" if on else "consent-off", label=screens.text(label_key))
    )


async def show_settings(update: Update, context: BotContext, person: Person) -> None:
    if await context.services.members.get(person.id) is None:
        await reply(context, person, "profile-none")
        return
    await send(context, person, await settings_screen(context, person))


@button(Setting)
async def change_setting(
    query: CallbackQuery, context: BotContext, person: Person, data: Setting
) -> None:
    if await context.services.members.get(person.id) is None:
        await query.answer(person.text(STALE))
        return
    changed = await _change(query, context, person, data)
    if changed is None:
        return
    await query.answer(changed.text("settings-saved"))
    await edit_screen(query, await settings_screen(context, changed))


async def _change(
    query: CallbackQuery, context: BotContext, person: Person, data: Setting
) -> Person | None:
    """Make the change; the person as they are now (a new language), None if refused."""
    services = context.services
    if isinstance(data, SettingLanguage) and data.code in SUPPORTED_LANGUAGES:
        if await services.members.choose_language(person.id, data.code):
            await publish_personal_menu(context, person.id, data.code, person.roles)
        return now_speaking(context, person, data.code)
    if isinstance(data, SettingConsent) and data.purpose in PURPOSES:
        if not await tap_consent(query, context, person, data.purpose, data.to == "on"):
            # Pressed on an old screen, perhaps: show how things stand now.
            await edit_screen(query, await settings_screen(context, person))
            return None
    elif isinstance(data, SettingSwitch):
        current = await services.preferences.get(person.id)
        if data.which == "invitations":
            await services.preferences.set_invitations(person.id, not current.invitations)
        else:
            await services.event_answers.set_remind_maybe(person.id, not current.remind_maybe)
    else:
        await not_ours(query, person, "settings")
        return None
    return person
