"""The member's rights: /mydata (a summary and a JSON file) and /deleteme (warning, confirmation,
erasure). Both work in any state, mid-conversation included."""

from __future__ import annotations

import json
from datetime import UTC, datetime

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, InputFile, Update

from bot.core.i18n import Html
from handlers.common import edit_screen, reply, screens_for
from handlers.kit.context import BotContext
from handlers.screens import Screen

DELETE_PATTERN = r"^dm:(yes:\d{1,12}|no)$"


async def my_data(update: Update, context: BotContext) -> None:
    user = update.effective_user
    chat = update.effective_chat
    assert user is not None
    assert chat is not None
    services = context.services
    exported = await services.privacy.export(user.id)
    if exported is None:
        await reply(update, context, "mydata-nothing")
        return
    screens = await screens_for(update, context)
    profile = await services.onboarding.profile(user.id)
    if profile is not None and profile.first_name:
        summary = screens.card(profile, await services.consents.granted(user.id))
    else:
        summary = screens.text("mydata-no-profile")
    await reply(update, context, "mydata-summary", card=Html(summary))
    document = json.dumps(exported, ensure_ascii=False, indent=2).encode()
    await context.bot.send_document(
        chat.id,
        InputFile(document, filename="generazione-changemaker-my-data.json"),
        caption=screens.text("mydata-caption"),
    )


async def delete_me(update: Update, context: BotContext) -> None:
    user = update.effective_user
    assert user is not None
    services = context.services
    member = await services.members.get(user.id)
    if member is None:
        await reply(update, context, "deleteme-nothing")
        return
    screens = await screens_for(update, context)
    # The confirmation names this account's first contact: a button left from before a deletion
    # and a new start cannot erase the new account.
    stamp = int(member.created_at.timestamp())
    keyboard = InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton(
                    screens.text("deleteme-confirm"), callback_data=f"dm:yes:{stamp}"
                )
            ],
            [InlineKeyboardButton(screens.text("deleteme-keep"), callback_data="dm:no")],
        ]
    )
    hours = 0  # volunteer hours and applications arrive with projects
    await context.bot.send_message(
        user.id,
        screens.text("deleteme-warning", hours=hours, applications=0),
        reply_markup=keyboard,
    )


async def delete_button(update: Update, context: BotContext) -> None:
    query = update.callback_query
    assert query is not None
    assert query.data is not None
    screens = await screens_for(update, context)
    if query.data == "dm:no":
        await query.answer()
        await edit_screen(query, Screen(screens.text("deleteme-kept")))
        return
    stamp = int(query.data.removeprefix("dm:yes:"))
    created_at = datetime.fromtimestamp(stamp, UTC)
    erased = await context.services.privacy.erase(query.from_user.id, created_at)
    if erased:
        await context.services.event_answers.recover()  # their seats go to those waiting
    if not erased:
        await query.answer(screens.text("deleteme-already"), show_alert=True)
        return
    await query.answer()
    await edit_screen(query, Screen(screens.text("deleteme-done")))
