"""Small helpers every handler uses: localized replies, screens, keyboards that may be gone."""

from __future__ import annotations

from telegram import CallbackQuery, InlineKeyboardButton, InlineKeyboardMarkup, Message

from handlers.kit.context import BotContext
from handlers.kit.edits import edit_message
from handlers.kit.person import Person
from handlers.screens import Screen


async def reply(
    context: BotContext,
    person: Person,
    key: str,
    reply_markup: InlineKeyboardMarkup | None = None,
    **args: object,
) -> Message:
    """Answer in the chat the update came from, in the person's language."""
    return await context.bot.send_message(
        person.chat_id, person.text(key, **args), reply_markup=reply_markup
    )


async def reply_choice(
    context: BotContext,
    person: Person,
    key: str,
    buttons: list[InlineKeyboardButton],
    none: str,
    **args: object,
) -> None:
    """`key` with a button a row to pick from, or `none` when there is nothing to pick."""
    if not buttons:
        await reply(context, person, none)
        return
    keyboard = InlineKeyboardMarkup([[choice] for choice in buttons])
    await reply(context, person, key, keyboard, **args)


async def send(context: BotContext, person: Person, screen: Screen) -> Message:
    return await context.bot.send_message(person.chat_id, screen.text, reply_markup=screen.keyboard)


async def drop_keyboard(query: CallbackQuery) -> None:
    await edit_keyboard(query, None)


async def edit_keyboard(query: CallbackQuery, keyboard: InlineKeyboardMarkup | None) -> None:
    # Too old to edit, or already like this after a double tap: the answer is stored anyway.
    await edit_message(query, None, keyboard)


async def edit_screen(query: CallbackQuery, screen: Screen) -> None:
    await edit_message(query, screen.text, screen.keyboard)


async def first_name_of(context: BotContext, member_id: int) -> str:
    """A member's first name as staff may see it (rule 16), "—" without one."""
    profile = await context.services.onboarding.profile(member_id)
    return profile.first_name if profile is not None and profile.first_name else "—"
