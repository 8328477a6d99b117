"""Event reminders and seat offers as members receive them (the /events commands come next)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update

from bot.context import BotContext
from handlers.common import Outbox, edit_screen, screens_for
from handlers.screens import Screen, Screens
from storage.tasks import Task

CALLBACK_PATTERN = r"^ev:[nc]:\d{1,12}$"


def left_words(screens: Screens, minutes: int) -> str:
    if minutes >= 120:
        return screens.text("event-left-hours", hours=round(minutes / 60))
    return screens.text("event-left-minutes", minutes=minutes)


def reminder_task(outbox: Outbox) -> Callable[[Task], Awaitable[None]]:
    """Task `event_reminder`: decided again when it runs, then sent with a "Can't come"."""

    async def remind(task: Task) -> None:
        services = outbox.services
        reminder = await services.events.reminder_to_send(task)
        if reminder is None:
            return
        member = await services.members.get(reminder.member_id)
        if member is None:
            return
        screens = Screens(services.translate, services.members.language_of(member))
        minutes = int(reminder.left.total_seconds() // 60)
        keyboard = InlineKeyboardMarkup(
            [
                [
                    InlineKeyboardButton(
                        screens.text("event-cannot"), callback_data=f"ev:n:{reminder.event.id}"
                    )
                ]
            ]
        )
        await services.messenger.send(
            reminder.member_id,
            "event-reminder",
            keyboard,
            title=reminder.event.title,
            left=left_words(screens, minutes),
            place=reminder.event.place or reminder.event.link or "—",
        )

    return remind


async def event_button(update: Update, context: BotContext) -> None:
    query = update.callback_query
    assert query is not None
    assert query.data is not None
    services = context.services
    screens = await screens_for(update, context)
    _, action, raw_id = query.data.split(":")
    event_id = int(raw_id)
    if action == "n":
        await services.events.cannot(query.from_user.id, event_id)
        await query.answer()
        await edit_screen(query, Screen(screens.text("event-cannot-done")))
    else:
        confirmed = await services.events.confirm_offer(query.from_user.id, event_id)
        await query.answer(None if confirmed else screens.text("onboarding-button-old"))
        if confirmed:
            await edit_screen(query, Screen(screens.text("event-seat-confirmed")))
