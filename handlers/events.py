"""Members and events: /events (what they may come to, 5 a page, Going / Maybe / Can't go on
each), /myevents (their answers, to change), reminders, and the notices of a change, a
cancellation or a freed seat. Every answer is checked again when its button is pressed."""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import replace

from telegram import (
    CallbackQuery,
    InlineKeyboardMarkup,
    Message,
    Update,
)

from bot.core.i18n import Html
from bot.services.event_answers import Refusal
from bot.services.event_notices import EventNotice, EventReminder, Notice
from bot.wiring import Services
from handlers.calendar_files import (
    offering_calendar_update,
    send_event_file,
    with_my_calendar_button,
)
from handlers.common import edit_screen, reply, send
from handlers.event_screens import (
    COPY_VIEW,
    NOTICE_VIEW,
    PER_PAGE,
    AnswerEvent,
    CalendarFile,
    ConfirmSeat,
    CopyState,
    EventButton,
    EventDetails,
    EventsPage,
    Local,
    MyEventsPage,
    announcement_copy,
    audience,
    event_card,
    event_page,
    events_page,
    my_events_page,
    when_with_year,
)
from handlers.kit.context import BotContext
from handlers.kit.edits import edit_message, redraw
from handlers.kit.guards import button
from handlers.kit.notifier import Renderer
from handlers.kit.person import Person
from handlers.screens import Screen, Screens
from handlers.series_lists import card_line, mine_lines, upcoming_lines, with_its_series
from handlers.series_screens import GoingToAll, OtherDates, date_day
from storage.events import Event

NAMES = {"g": "going", "m": "maybe", "n": "no"}


def left_words(screens: Screens, minutes: int) -> str:
    if minutes >= 48 * 60:
        return screens.text("event-left-days", days=round(minutes / (24 * 60)))
    if minutes >= 120 or minutes == 60:
        return screens.text("event-left-hours", hours=round(minutes / 60))
    return screens.text("event-left-minutes", minutes=minutes)


def local(services: Services) -> Local:
    return Local(services.settings.zone, services.clock.now())


async def notice_card(services: Services, screens: Screens, event: Event) -> str:
    """The event as a reminder or a notice shows it: one phone screen."""
    title = await project_title(services, event)
    return event_card(screens, event, local(services), title, NOTICE_VIEW)


class NoticeCards:
    """The cards of the events reminders and notices are about, kept for the few hundred most
    recent (event, language, year): everyone going to an event gets the same card, drawn once.
    The event itself is part of the key, so a change draws it anew."""

    SIZE = 512

    def __init__(self, services: Services) -> None:
        self._services = services
        self._cards: OrderedDict[tuple[Event, str, int, str | None], str] = OrderedDict()

    async def card(self, screens: Screens, event: Event) -> str:
        services = self._services
        title = await project_title(services, event)
        now = local(services)
        key = (event, screens.language, now.now.astimezone(now.zone).year, title)
        card = self._cards.get(key)
        if card is None:
            card = event_card(screens, event, now, title, NOTICE_VIEW)
            self._cards[key] = card
            if len(self._cards) > self.SIZE:
                self._cards.popitem(last=False)
        return card


async def project_title(services: Services, event: Event) -> str | None:
    if event.project_id is None:
        return None
    project = await services.projects.get(event.project_id)
    return project.title if project is not None else None


async def announcement_screen(
    services: Services, screens: Screens, event: Event, body: str, state: CopyState
) -> Screen:
    """One member's copy of the event's announcement, as it reads now."""
    title = await project_title(services, event)
    view = replace(COPY_VIEW, answered=state.answer is not None)
    card = event_card(screens, event, local(services), title, view)
    repeats = await card_line(services, screens, event)
    if repeats is not None:
        card = f"{card}\n\n{repeats}"  # one announcement for the whole series
    return announcement_copy(screens, event, card, body, state)


async def _announcement_body(services: Services, event_id: int) -> str:
    """The line the announcement had above the card (none, for most)."""
    found = await services.broadcasts.repository.of_event(event_id)
    return found[0].body if found else ""


def gone_key(event: Event | None) -> str:
    """Why an event can no longer be answered, the one that is true."""
    if event is None:
        return "event-refused-gone"
    if event.status != "open":
        return "event-refused-cancelled"
    return "event-refused-started"


def _answer_keyboard(
    screens: Screens,
    event: Event,
    *,
    offer: bool = False,
    maybe: bool = False,
    answer: str | None = None,
) -> InlineKeyboardMarkup:
    """Going (or the held seat) and Can't come; with Maybe too for someone who said maybe.
    `answer`, hers, is marked as the event card marks it."""
    current = {"offered": "going", "waitlist": "going"}.get(answer or "", answer)

    def marked(name: str, label: str) -> str:
        return f"• {label}" if current == name else label

    if offer:
        first = ConfirmSeat(event.id).button(screens.text("event-button-confirm"))
    else:
        going = marked("going", screens.text("event-button-going"))
        first = AnswerEvent("g", event.id).button(going)
    row = [first]
    if maybe:
        label = marked("maybe", screens.text("event-button-maybe"))
        row.append(AnswerEvent("m", event.id).button(label))
    row.append(AnswerEvent("n", event.id).button(marked("no", screens.text("event-cannot"))))
    return InlineKeyboardMarkup([row])


def _cancelled_notice(
    screens: Screens, event: Event, services: Services
) -> tuple[str, InlineKeyboardMarkup | None]:
    """A cancelled event; a cancelled date of a series says it is that date alone, with the
    series' dates a tap away (read as the whole meeting otherwise)."""
    zone, now = services.settings.zone, services.clock.now()
    when = when_with_year(screens, event.starts_at, zone, now)
    if event.series_id is None:
        return screens.text("event-notice-cancelled", title=event.title, when=when), None
    day = date_day(screens, event.starts_at, zone)
    dates = OtherDates(event.series_id, event.id, "n0")
    keyboard = InlineKeyboardMarkup([[dates.button(screens.text("manageseries-see-dates"))]])
    return screens.text("event-notice-cancelled-date", title=event.title, day=day), keyboard


# --- lists ------------------------------------------------------------------------------------


async def _events_screen(context: BotContext, person: Person, page: int) -> Screen:
    services = context.services
    found = await services.event_answers.upcoming(person.id, page, PER_PAGE)
    if isinstance(found, Refusal):
        return Screen(person.text(f"event-refused-{found.value}"))
    if page > 0 and not found.items and found.total:
        # The page emptied since it was drawn (events started or answered): the last one left.
        return await _events_screen(context, person, (found.total - 1) // PER_PAGE)
    answers = {}
    for event in found.items:
        rsvp = await services.event_answers.rsvp(person.id, event.id)
        if rsvp is not None:
            answers[event.id] = rsvp.answer
    notes = await upcoming_lines(services, person.screens, person.id, found.items)
    return events_page(person.screens, found, answers, page, local(services), notes)


async def _my_events_screen(context: BotContext, person: Person, page: int) -> Screen:
    services = context.services
    found = await services.event_series.my_answers_once(person.id, page, PER_PAGE)
    if page > 0 and not found.items and found.total:
        return await _my_events_screen(context, person, (found.total - 1) // PER_PAGE)
    events = [event for event, _ in found.items]
    notes = await mine_lines(services, person.screens, person.id, events)
    screen = my_events_page(person.screens, found, page, local(services), notes)
    if not await services.calendar_files.has_file(person.id):
        return screen
    return with_my_calendar_button(person.screens, screen)


async def _event_screen(context: BotContext, person: Person, event_id: int, origin: str) -> Screen:
    services = context.services
    event = await services.events.get(event_id)
    refusal = await services.event_answers.refusal(person.id, event)
    rsvp = await services.event_answers.rsvp(person.id, event_id)
    if event is None or (refusal is not None and rsvp is None):
        return Screen(person.text(f"event-refused-{(refusal or Refusal.GONE).value}"))
    title = await project_title(services, event)
    card = event_card(person.screens, event, local(services), title)
    if event.status == "cancelled":
        # A cancelled date is said so, with nothing to answer; a series' with its other dates.
        if event.series_id is None:
            return Screen(f"{card}\n\n{person.text('event-refused-cancelled')}")
        dates = OtherDates(event.series_id, event.id, origin)
        return Screen(
            f"{card}\n\n{person.text('event-date-cancelled')}",
            InlineKeyboardMarkup([[person.screens.button("series-button-dates", dates)]]),
        )
    page = event_page(person.screens, event, card, rsvp.answer if rsvp else None, origin)
    return await with_its_series(services, person.screens, person.id, event, page, origin)


async def _send_calendar_file(
    query: CallbackQuery, context: BotContext, person: Person, event_id: int
) -> None:
    """📆 Add to calendar: the event as an .ics file (to someone who may see it)."""
    services = context.services
    event = await services.events.get(event_id)
    answered = await services.event_answers.rsvp(person.id, event_id) is not None
    refusal = await services.event_answers.refusal(person.id, event)
    if event is None or (refusal is not None and not answered):
        await query.answer(person.text("event-refused-gone"), show_alert=True)
        return
    await query.answer()
    await send_event_file(context, person, event)


async def show_events(update: Update, context: BotContext, person: Person) -> None:
    if person.is_staff and not await context.services.onboarding.is_member(person.id):
        await reply(context, person, "events-staff")  # staff run events, they don't answer
        return
    await send(context, person, await _events_screen(context, person, 0))


async def show_my_events(update: Update, context: BotContext, person: Person) -> None:
    await send(context, person, await _my_events_screen(context, person, 0))


# --- buttons ----------------------------------------------------------------------------------


@button(EventButton)
async def event_button(
    query: CallbackQuery, context: BotContext, person: Person, data: EventButton
) -> None:
    if isinstance(data, AnswerEvent):
        await _answer(query, context, person, data)
    elif isinstance(data, CalendarFile):
        await _send_calendar_file(query, context, person, data.event)
    elif isinstance(data, ConfirmSeat):
        confirmed = await context.services.event_answers.confirm_offer(person.id, data.event)
        if not confirmed:
            await query.answer(person.text("event-offer-gone"), show_alert=True)
            return
        await query.answer()
        await _keep_card(query, person.text("event-seat-confirmed"))
    else:
        await redraw(query, person, await _redraw(context, person, data))


async def _redraw(context: BotContext, person: Person, data: EventButton) -> Screen:
    """A page of /events or /myevents, or an event opened from one."""
    if isinstance(data, EventDetails):
        return await _event_screen(context, person, data.event, data.origin)
    if isinstance(data, MyEventsPage):
        return await _my_events_screen(context, person, data.page)
    assert isinstance(data, EventsPage)
    return await _events_screen(context, person, data.page)


async def _answer(
    query: CallbackQuery, context: BotContext, person: Person, data: AnswerEvent
) -> None:
    services = context.services
    answered = await services.event_answers.answer(person.id, data.event, NAMES[data.answer])
    if answered.refusal is Refusal.GONE:
        await _gone(query, context, person, data)
        return
    if answered.refusal is not None:
        key = f"event-refused-{answered.refusal.value}"
        if answered.refusal is Refusal.PROFILE and person.is_staff:
            # Staff see an announcement's buttons in its preview: they are for members.
            key = "announce-staff-pressed"
        await query.answer(person.text(key), show_alert=True)
        return
    event = await services.events.get(data.event)
    key = f"event-{'already' if answered.already else 'answered'}-{answered.answer}"
    if key == "event-answered-going" and event is not None and event.capacity is None:
        key = "event-answered-going-open"  # no seats counted: nothing is "saved"
    said = person.text(key)
    if key.startswith("event-answered-going") and event is not None and event.series_id:
        # One date of a series: which one, since only that one is answered.
        day = date_day(person.screens, event.starts_at, services.settings.zone)
        said = person.text(f"{key}-date", day=day)
    await query.answer(said, show_alert=answered.answer == "waitlist")
    if answered.already:
        return
    source = data.source
    if source[:1] in ("d", "l") and said != person.text(key) and event is not None:
        await edit_screen(query, await _one_date_going(context, person, event, source, said))
        return
    if source == "b" and event is not None:
        # An announcement: drawn again like /events, seats, the answer marked and the
        # buttons to change it (the pop-up's "tap Going" stays true).
        body = await _announcement_body(services, event.id)
        state = CopyState(answer=answered.answer)
        screen = await announcement_screen(services, person.screens, event, body, state)
        await edit_screen(query, screen)
    elif source.startswith("d"):
        await edit_screen(query, await _event_screen(context, person, data.event, source[1:]))
    elif source.startswith("l"):
        await edit_screen(query, await _events_screen(context, person, int(source[1:])))
    elif source.startswith("a"):
        await edit_screen(query, await _my_events_screen(context, person, int(source[1:])))
    else:
        # A reminder or a notice: the card stays (it says when and where), the answer is
        # written under it and its buttons go.
        await _keep_card(query, person.text(key))


async def _one_date_going(
    context: BotContext, person: Person, event: Event, source: str, said: str
) -> Screen:
    """Going to one date of a series, from /events or its card: the page again, with which date
    was answered above it, and "Going to all the dates" right there (the card has its own)."""
    if source.startswith("d"):
        return (await _event_screen(context, person, event.id, source[1:])).with_hint(said)
    screen = await _events_screen(context, person, int(source[1:]))
    assert event.series_id is not None
    every = GoingToAll(event.series_id, event.id, source).button(
        person.text("series-button-all-dates")
    )
    rows = [list(row) for row in screen.keyboard.inline_keyboard] if screen.keyboard else []
    return Screen(f"{said}\n\n{screen.text}", InlineKeyboardMarkup([[every], *rows]))


async def _gone(
    query: CallbackQuery, context: BotContext, person: Person, data: AnswerEvent
) -> None:
    """A press on an event that can no longer be answered: why (the reason that is true), and
    a notice's or an announcement's buttons go, since none of them works any more."""
    services = context.services
    event = await services.events.get(data.event)
    await query.answer(person.text(gone_key(event)), show_alert=True)
    if data.source == "b" and event is not None:
        body = await _announcement_body(services, event.id)
        screen = await announcement_screen(services, person.screens, event, body, CopyState())
        await edit_message(query, screen.text, None)
    elif data.source in ("r", "b"):
        await edit_message(query, None, None)


async def _keep_card(query: CallbackQuery, answer: str) -> None:
    message = query.message
    if not isinstance(message, Message) or message.text is None:
        return
    await edit_screen(query, Screen(f"{message.text_html}\n\n{answer}"))


# --- sent by durable tasks ----------------------------------------------------------------------


def reminder_renderer(services: Services) -> Renderer[EventReminder]:
    """An event reminder: the card, with a "Can't come"."""
    cards = NoticeCards(services)

    async def render(screens: Screens, note: EventReminder) -> Screen:
        minutes = int(note.left.total_seconds() // 60)
        cannot = AnswerEvent("n", note.event.id).button(screens.text("event-cannot"))
        card = await cards.card(screens, note.event)
        text = screens.text("event-reminder", left=left_words(screens, minutes), card=Html(card))
        return Screen(text, InlineKeyboardMarkup([[cannot]]))

    return render


def notice_renderer(services: Services) -> Renderer[EventNotice]:
    """A change, a cancellation or a freed seat, told to one member."""

    async def render(screens: Screens, note: EventNotice) -> Screen:
        event, what = note.event, note.what
        zone, now = services.settings.zone, services.clock.now()
        keyboard: InlineKeyboardMarkup | None = _answer_keyboard(screens, event)
        args: dict[str, object] = {"card": Html(await notice_card(services, screens, event))}
        if what is Notice.CANCELLED:
            return Screen(*_cancelled_notice(screens, event, services))
        if what is Notice.MOVED:
            args["was"] = when_with_year(screens, note.was or event.starts_at, zone, now)
            args["when"] = when_with_year(screens, event.starts_at, zone, now)
        elif what is Notice.RELEASED:
            keyboard = None
            title = await project_title(services, event)
            args = {"title": event.title, "audience": audience(screens, event, title)}
        elif what is Notice.LAPSED:
            args = {"title": event.title}
            going = AnswerEvent("g", event.id).button(screens.text("event-button-going"))
            keyboard = InlineKeyboardMarkup([[going]])
        elif what is Notice.OFFER:
            args["until"] = when_with_year(screens, note.until or now, zone, now)
            keyboard = _answer_keyboard(screens, event, offer=True)
        key = f"event-notice-{what.value}"
        if what is Notice.MOVED:
            # Every answer a tap away: the new time may suit someone who couldn't come.
            keyboard = _answer_keyboard(screens, event, maybe=True, answer=note.answer)
            if note.answer == "no":
                key += "-no"
        if what in (Notice.MOVED, Notice.PLACE) and note.answer == "maybe":
            # Someone who said maybe is asked again, with all three answers.
            key += "-maybe"
            keyboard = _answer_keyboard(screens, event, maybe=True, answer=note.answer)
        if what is Notice.MOVED and event.series_id is not None:
            # A date of a series moved alone (a change from a date on is a series notice): only
            # this date, the others stay as they are.
            key = key.replace("event-notice-moved", "seriesfix-notice-date-moved")
            args["title"] = event.title
        return Screen(screens.text(key, **args), keyboard)

    return offering_calendar_update(render, _outdated_in_calendar)


def _outdated_in_calendar(note: EventNotice) -> Event | None:
    """The event whose file someone going gets again: after a move, a new place or a
    cancellation her calendar holds it as it was."""
    news = note.what in (Notice.MOVED, Notice.PLACE, Notice.CANCELLED)
    return note.event if news and note.answer == "going" else None
