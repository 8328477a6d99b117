"""Members and events: /events (what they may come to, 5 a page, Going / Maybe / Can't go on
each), /myevents (their answers, to change), reminders, and the notices of a change, a
cancellation or a freed seat. Every answer is checked again when its button is pressed."""

from __future__ import annotations

from telegram import (
    CallbackQuery,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    InputFile,
    Message,
    Update,
)

from bot.core.i18n import Html
from bot.domain.calendar_file import calendar_file
from bot.services.event_answers import Refusal
from bot.services.event_notices import EventNotice, EventReminder, Notice
from bot.wiring import Services
from handlers.common import edit_screen, reply, screens_for, send
from handlers.event_screens import (
    NOTICE_DESCRIPTION,
    PER_PAGE,
    audience,
    event_card,
    event_page,
    events_page,
    my_events_page,
    when_words,
)
from handlers.kit.context import BotContext
from handlers.kit.notifier import Renderer
from handlers.screens import Screen, Screens
from storage.events import Event

CALLBACK_PATTERN = (
    r"^ev:([gmn]:\d{1,12}(:(d?[la]\d{1,4}|r))?|d:\d{1,12}:[la]\d{1,4}|[ci]:\d{1,12}|[pa]:\d{1,4})$"
)
NAMES = {"g": "going", "m": "maybe", "n": "no"}


def left_words(screens: Screens, minutes: int) -> str:
    if minutes >= 48 * 60:
        return screens.text("event-left-days", days=round(minutes / (24 * 60)))
    if minutes >= 120 or minutes == 60:
        return screens.text("event-left-hours", hours=round(minutes / 60))
    return screens.text("event-left-minutes", minutes=minutes)


async def project_title(services: Services, event: Event) -> str | None:
    if event.project_id is None:
        return None
    project = await services.projects.get(event.project_id)
    return project.title if project is not None else None


def _answer_keyboard(
    screens: Screens, event: Event, *, offer: bool = False
) -> InlineKeyboardMarkup:
    if offer:
        first = InlineKeyboardButton(
            screens.text("event-button-confirm"), callback_data=f"ev:c:{event.id}"
        )
    else:
        first = InlineKeyboardButton(
            screens.text("event-button-going"), callback_data=f"ev:g:{event.id}:r"
        )
    return InlineKeyboardMarkup(
        [
            [
                first,
                InlineKeyboardButton(
                    screens.text("event-cannot"), callback_data=f"ev:n:{event.id}:r"
                ),
            ]
        ]
    )


# --- lists ------------------------------------------------------------------------------------


async def _events_screen(update: Update, context: BotContext, page: int) -> Screen:
    user = update.effective_user
    assert user is not None
    services = context.services
    screens = await screens_for(update, context)
    found = await services.event_answers.upcoming(user.id, page, PER_PAGE)
    if isinstance(found, Refusal):
        return Screen(screens.text(f"event-refused-{found.value}"))
    if page > 0 and not found.items and found.total:
        # The page emptied since it was drawn (events started or answered): the last one left.
        return await _events_screen(update, context, (found.total - 1) // PER_PAGE)
    answers = {}
    for event in found.items:
        rsvp = await services.event_answers.rsvp(user.id, event.id)
        if rsvp is not None:
            answers[event.id] = rsvp.answer
    now = services.clock.now()
    return events_page(screens, found, answers, page, services.settings.zone, now)


async def _my_events_screen(update: Update, context: BotContext, page: int) -> Screen:
    user = update.effective_user
    assert user is not None
    services = context.services
    screens = await screens_for(update, context)
    found = await services.event_answers.my_answers(user.id, page, PER_PAGE)
    if page > 0 and not found.items and found.total:
        return await _my_events_screen(update, context, (found.total - 1) // PER_PAGE)
    return my_events_page(screens, found, page, services.settings.zone, services.clock.now())


async def _event_screen(update: Update, context: BotContext, event_id: int, origin: str) -> Screen:
    user = update.effective_user
    assert user is not None
    services = context.services
    screens = await screens_for(update, context)
    event = await services.events.get(event_id)
    refusal = await services.event_answers.refusal(user.id, event)
    rsvp = await services.event_answers.rsvp(user.id, event_id)
    if event is None or (refusal is not None and rsvp is None):
        return Screen(screens.text(f"event-refused-{(refusal or Refusal.GONE).value}"))
    return event_page(
        screens,
        event,
        rsvp.answer if rsvp else None,
        origin,
        services.settings.zone,
        services.clock.now(),
        await project_title(services, event),
    )


async def _send_calendar_file(update: Update, context: BotContext, event_id: int) -> None:
    """📆 Add to calendar: the event as an .ics file (to someone who may see it)."""
    query = update.callback_query
    assert query is not None
    services = context.services
    screens = await screens_for(update, context)
    event = await services.events.get(event_id)
    answered = await services.event_answers.rsvp(query.from_user.id, event_id) is not None
    refusal = await services.event_answers.refusal(query.from_user.id, event)
    if event is None or (refusal is not None and not answered):
        await query.answer(screens.text("event-refused-gone"), show_alert=True)
        return
    await query.answer()
    await context.bot.send_document(
        query.from_user.id,
        InputFile(calendar_file(event, services.clock.now()), filename="evento.ics"),
        caption=screens.text("event-calendar-caption", title=event.title),
    )


async def show_events(update: Update, context: BotContext) -> None:
    user = update.effective_user
    assert user is not None
    if context.services.is_staff(user.id) and not await context.services.onboarding.is_member(
        user.id
    ):
        await reply(update, context, "events-staff")  # staff run events, they don't answer
        return
    await send(update, context, await _events_screen(update, context, 0))


async def show_my_events(update: Update, context: BotContext) -> None:
    await send(update, context, await _my_events_screen(update, context, 0))


# --- buttons ----------------------------------------------------------------------------------


async def event_button(update: Update, context: BotContext) -> None:
    query = update.callback_query
    assert query is not None
    assert query.data is not None
    services = context.services
    screens = await screens_for(update, context)
    member_id = query.from_user.id
    parts = query.data.split(":")
    action = parts[1]
    if action in {"p", "a"}:
        await query.answer()
        page = int(parts[2])
        draw = _events_screen if action == "p" else _my_events_screen
        await edit_screen(query, await draw(update, context, page))
        return
    event_id = int(parts[2])
    if action == "d":
        await query.answer()
        await edit_screen(query, await _event_screen(update, context, event_id, parts[3]))
        return
    if action == "i":
        await _send_calendar_file(update, context, event_id)
        return
    if action == "c":
        confirmed = await services.event_answers.confirm_offer(member_id, event_id)
        if not confirmed:
            await query.answer(screens.text("event-offer-gone"), show_alert=True)
            return
        await query.answer()
        await _keep_card(query, screens.text("event-seat-confirmed"))
        return
    source = parts[3] if len(parts) == 4 else "r"
    answered = await services.event_answers.answer(member_id, event_id, NAMES[action])
    if answered.refusal is not None:
        await query.answer(screens.text(f"event-refused-{answered.refusal.value}"), show_alert=True)
        return
    key = f"event-answered-{answered.answer}"
    if answered.already:
        key = f"event-already-{answered.answer}"
    await query.answer(screens.text(key), show_alert=answered.answer == "waitlist")
    if answered.already:
        return
    if source.startswith("d"):
        await edit_screen(query, await _event_screen(update, context, event_id, source[1:]))
    elif source.startswith("l"):
        await edit_screen(query, await _events_screen(update, context, int(source[1:])))
    elif source.startswith("a"):
        await edit_screen(query, await _my_events_screen(update, context, int(source[1:])))
    else:
        # A reminder or a notice: the card stays (it says when and where), the answer is
        # written under it and its buttons go.
        await _keep_card(query, screens.text(key))


async def _keep_card(query: CallbackQuery, answer: str) -> None:
    message = query.message
    if not isinstance(message, Message) or message.text is None:
        return
    await edit_screen(query, Screen(f"{message.text_html}\n\n{answer}"))


# --- sent by durable tasks ----------------------------------------------------------------------


def reminder_renderer(services: Services) -> Renderer[EventReminder]:
    """An event reminder: the card, with a "Can't come"."""

    async def render(screens: Screens, note: EventReminder) -> Screen:
        minutes = int(note.left.total_seconds() // 60)
        keyboard = InlineKeyboardMarkup(
            [
                [
                    InlineKeyboardButton(
                        screens.text("event-cannot"),
                        callback_data=f"ev:n:{note.event.id}:r",
                    )
                ]
            ]
        )
        card = event_card(
            screens,
            note.event,
            services.settings.zone,
            services.clock.now(),
            project_title=await project_title(services, note.event),
            with_seats=False,
            description_limit=NOTICE_DESCRIPTION,
        )
        text = screens.text("event-reminder", left=left_words(screens, minutes), card=Html(card))
        return Screen(text, keyboard)

    return render


def notice_renderer(services: Services) -> Renderer[EventNotice]:
    """A change, a cancellation or a freed seat, told to one member."""

    async def render(screens: Screens, note: EventNotice) -> Screen:
        event, what = note.event, note.what
        zone = services.settings.zone
        card = event_card(
            screens,
            event,
            zone,
            services.clock.now(),
            project_title=await project_title(services, event),
            with_seats=False,
            description_limit=NOTICE_DESCRIPTION,
        )
        keyboard: InlineKeyboardMarkup | None = None
        args: dict[str, object] = {"card": Html(card)}
        if what is Notice.CANCELLED:
            args = {"title": event.title, "when": when_words(screens, event.starts_at, zone)}
        elif what is Notice.MOVED:
            args["was"] = when_words(screens, note.was or event.starts_at, zone)
            keyboard = _answer_keyboard(screens, event)
        elif what is Notice.RELEASED:
            title = await project_title(services, event)
            args = {"title": event.title, "audience": audience(screens, event, title)}
        elif what is Notice.LAPSED:
            args = {"title": event.title}
            keyboard = InlineKeyboardMarkup(
                [
                    [
                        InlineKeyboardButton(
                            screens.text("event-button-going"),
                            callback_data=f"ev:g:{event.id}:r",
                        )
                    ]
                ]
            )
        elif what is Notice.OFFER:
            args["until"] = when_words(screens, note.until or services.clock.now(), zone)
            keyboard = _answer_keyboard(screens, event, offer=True)
        else:
            keyboard = _answer_keyboard(screens, event)
        return Screen(screens.text(f"event-notice-{what.value}", **args), keyboard)

    return render
