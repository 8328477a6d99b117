"""/settings: language, each consent per purpose, whether "Maybe" answers get reminders, and
invitations to projects (rule 15 (d)), each one tap and effective at once (rule 12)."""

from __future__ import annotations

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update

from bot.core.i18n import SUPPORTED_LANGUAGES
from bot.domain.catalog import PURPOSES
from handlers.common import edit_screen, screens_for, send
from handlers.kit.commands import publish_personal_menu
from handlers.kit.context import BotContext
from handlers.screens import Screen, Screens

CALLBACK_PATTERN = r"^st:(lang:[a-z]{2}|c:[a-z]{1,16}|maybe|invitations)$"


async def settings_screen(update: Update, context: BotContext) -> Screen:
    user = update.effective_user
    assert user is not None
    services = context.services
    screens = await screens_for(update, context)
    granted = await services.consents.granted(user.id)
    preferences = await services.preferences.get(user.id)
    rows = [
        [
            InlineKeyboardButton(
                screens.text(
                    "choice-on" if code == screens.language else "choice-off",
                    label=services.translate(code, "language-name"),
                ),
                callback_data=f"st:lang:{code}",
            )
            for code in SUPPORTED_LANGUAGES
        ]
    ]
    chosen = {purpose for purpose, on in granted.items() if on}
    rows += screens.consent_rows(chosen, lambda purpose: f"st:c:{purpose}")
    rows.append([_toggle(screens, preferences.remind_maybe, "settings-remind-maybe", "st:maybe")])
    rows.append(
        [_toggle(screens, preferences.invitations, "settings-invitations", "st:invitations")]
    )
    return Screen(screens.text("settings-intro"), InlineKeyboardMarkup(rows))


def _toggle(screens: Screens, on: bool, label_key: str, data: str) -> InlineKeyboardButton:
    return InlineKeyboardButton(
        screens.text("consent-on" if on else "consent-off", label=screens.text(label_key)),
        callback_data=data,
    )


async def show_settings(update: Update, context: BotContext) -> None:
    user = update.effective_user
    assert user is not None
    if await context.services.members.get(user.id) is None:
        await send(
            update, context, Screen((await screens_for(update, context)).text("profile-none"))
        )
        return
    await send(update, context, await settings_screen(update, context))


async def change_setting(update: Update, context: BotContext) -> None:
    query = update.callback_query
    assert query is not None
    assert query.data is not None
    services = context.services
    user_id = query.from_user.id
    screens = await screens_for(update, context)
    if await services.members.get(user_id) is None:
        await query.answer(screens.text("onboarding-button-old"))
        return
    what, _, value = query.data.removeprefix("st:").partition(":")
    if what == "lang" and value in SUPPORTED_LANGUAGES:
        if await services.members.choose_language(user_id, value):
            await publish_personal_menu(
                context.bot, services.translate, user_id, value, services.staff.role_of(user_id)
            )
    elif what == "c" and value in PURPOSES:
        granted = await services.consents.granted(user_id)
        switching_on = not granted[value]
        if switching_on and await services.onboarding.under_guardian(user_id):
            # Below the consent age a guardian gives consent; anyone may withdraw it.
            await query.answer(screens.text("settings-ask-guardian"), show_alert=True)
            return
        await services.consents.decide(user_id, value, switching_on)
    elif what == "invitations":
        current = await services.preferences.get(user_id)
        await services.preferences.set_invitations(user_id, not current.invitations)
    elif what == "maybe":
        current = await services.preferences.get(user_id)
        await services.event_answers.set_remind_maybe(user_id, not current.remind_maybe)
    else:
        await query.answer(screens.text("button-expired"), show_alert=True)
        return
    await query.answer((await screens_for(update, context)).text("settings-saved"))
    await edit_screen(query, await settings_screen(update, context))
