"""How events read on a phone: the start in words, the card, the lists with their answer buttons.
Rendering only: no I/O. The buttons' data, `ev:…`, is the `EventButton` family below.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Annotated, Literal
from zoneinfo import ZoneInfo

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.core.i18n import Html
from bot.services.event_answers import Page
from handlers.kit.callback_data import CallbackData, Shape
from handlers.project_screens import short
from handlers.screens import Screen, Screens, pager
from storage.events import Counts, Event, Rsvp

PER_PAGE = 5
NOTICE_DESCRIPTION = 200  # a reminder or a notice stays within one phone screen
AnswerCode = Literal["g", "m", "n"]
ANSWERS: tuple[tuple[AnswerCode, str], ...] = (("g", "going"), ("m", "maybe"), ("n", "no"))
PAGE = Shape(r"[0-9]{1,4}")
# Which screen an answer came from, to draw again: `l<page>` /events, `a<page>` /myevents, `d`
# and one of those for an event opened from that list, `r` a reminder or a notice (kept), `b` a
# new event's announcement (drawn again with the answer marked).
ORIGIN = r"[lan][0-9]{1,4}"  # /events (l), /myevents (a), a notice (n: kept, not redrawn)


class EventButton(CallbackData, prefix="ev"):
    pass


class AnswerEvent(EventButton):
    """Going, Maybe, Can't go."""

    answer: AnswerCode
    event: int
    source: Annotated[str, Shape(f"d?{ORIGIN}|r|b")] = "r"


class EventDetails(EventButton, tag="d"):
    event: int
    origin: Annotated[str, Shape(ORIGIN)]


class ConfirmSeat(EventButton, tag="c"):
    """A seat offered from the waitlist: taken."""

    event: int


class CalendarFile(EventButton, tag="i"):
    event: int


class EventsPage(EventButton, tag="p"):
    page: Annotated[int, PAGE]


class MyEventsPage(EventButton, tag="a"):
    page: Annotated[int, PAGE]


@dataclass(frozen=True)
class Local:
    """The time zone events are shown in, and now: a year is named only when not this one."""

    zone: ZoneInfo
    now: datetime


@dataclass(frozen=True)
class CardView:
    """Who reads an event's card: its organiser (with the audience, the reminders and how many
    answered), or a member; without the seats for someone who has one (a reminder)."""

    for_organiser: bool = False
    counts: Counts | None = None
    with_seats: bool = True
    description_limit: int | None = None
    answered: bool = False  # a full event is no news of a waitlist to someone who answered


MEMBER_VIEW = CardView()
ORGANISER_VIEW = CardView(for_organiser=True)
# What members get unasked, a reminder or a notice: one phone screen.
NOTICE_VIEW = CardView(with_seats=False, description_limit=NOTICE_DESCRIPTION)


def _date_text(screens: Screens, key: str, at: datetime, zone: ZoneInfo, *, short: bool) -> str:
    """`key` filled with `at`'s weekday, day, month, year and time in `zone`; `short` names
    the weekday and month in their short forms."""
    there = at.astimezone(zone)
    weekday, month = ("weekday-short-", "month-short-") if short else ("weekday-", "event-month-")
    return screens.text(
        key,
        weekday=screens.text(f"{weekday}{there.weekday()}"),
        day=str(there.day),
        month=screens.text(f"{month}{there.month}"),
        year=str(there.year),
        time=there.strftime("%H:%M"),
    )


def when_words(screens: Screens, at: datetime, zone: ZoneInfo, *, year: bool = False) -> str:
    """ "sabato 14 marzo, 18:30", or with the year: "sabato 14 marzo 2027, 18:30"."""
    return _date_text(screens, "event-date-year" if year else "event-date", at, zone, short=False)


def not_this_year(at: datetime, zone: ZoneInfo, now: datetime) -> bool:
    """Whether a date with its weekday names its year: like a calendar app, only when it is
    not this one (a day alone, a deadline, always does: `Screens.calendar_day`)."""
    return at.astimezone(zone).year != now.astimezone(zone).year


def when_with_year(screens: Screens, at: datetime, zone: ZoneInfo, now: datetime) -> str:
    return when_words(screens, at, zone, year=not_this_year(at, zone, now))


def offsets_words(screens: Screens, offsets: tuple[timedelta, ...]) -> str:
    """ "24h, 1h", "2g, 30 min": reminder offsets, short, in the reader's language."""
    words = []
    for offset in offsets:
        minutes = int(offset.total_seconds() // 60)
        if minutes % (24 * 60) == 0 and minutes >= 48 * 60:
            words.append(screens.text("offset-days", n=minutes // (24 * 60)))
        elif minutes % 60 == 0:
            words.append(screens.text("offset-hours", n=minutes // 60))
        else:
            words.append(screens.text("offset-minutes", n=minutes))
    return ", ".join(words)


def where(screens: Screens, event: Event) -> str:
    if event.link:
        return screens.text("event-online", link=event.link)
    return event.place or "—"


def length(screens: Screens, minutes: int) -> str:
    hours, rest = divmod(minutes, 60)
    if hours and rest:
        return screens.text("event-length-both", hours=hours, minutes=rest)
    if hours:
        return screens.text("event-length-hours", hours=hours)
    return screens.text("event-length-minutes", minutes=rest)


def seats(screens: Screens, event: Event, *, answered: bool = False) -> str:
    left = event.seats_left
    if left is None:
        return screens.text("event-seats-unlimited")
    if left == 0:
        return screens.text("event-seats-full-short" if answered else "event-seats-full")
    return screens.text("event-seats-left", left=left, capacity=event.capacity or 0)


def audience(screens: Screens, event: Event, project_title: str | None) -> str:
    if event.participants_only:
        return screens.text("event-audience-project", project=project_title or "—")
    if event.min_age is not None and event.max_age is not None:
        return screens.text("event-audience-ages", low=event.min_age, high=event.max_age)
    return screens.text("event-audience-everyone")


def event_card(
    screens: Screens,
    event: Event,
    local: Local,
    project_title: str | None = None,
    view: CardView = MEMBER_VIEW,
) -> str:
    """The whole event, as `view` wants it."""
    lines = [
        screens.text("event-card-title", title=event.title),
        screens.text(
            "event-card-when",
            when=when_with_year(screens, event.starts_at, local.zone, local.now),
            length=length(screens, event.duration_minutes),
        ),
        screens.text("event-card-where", where=where(screens, event)),
    ]
    if view.with_seats:
        lines.append(seats(screens, event, answered=view.for_organiser or view.answered))
    if project_title and not event.participants_only:
        lines.append(screens.text("event-card-project", project=project_title))
    if view.for_organiser:
        lines += _organiser_lines(screens, event, project_title, view.counts)
    if event.description:
        lines.append("")
        description = event.description
        if view.description_limit is not None:
            description = short(" ".join(description.split()), view.description_limit)
        lines.append(screens.text("event-card-description", description=description))
    return "\n".join(lines)


def _organiser_lines(
    screens: Screens, event: Event, project_title: str | None, counts: Counts | None
) -> list[str]:
    """Who the event is for, its reminders and, once published, how many answered."""
    offsets = tuple(timedelta(minutes=m) for m in event.reminder_minutes)
    lines = [
        audience(screens, event, project_title),
        screens.text("event-card-reminders", offsets=offsets_words(screens, offsets))
        if offsets
        else screens.text("event-card-no-reminders"),
    ]
    if counts is not None:
        lines.append(
            screens.text(
                "event-card-counts", going=counts.going, maybe=counts.maybe, waiting=counts.waiting
            )
        )
    return lines


def when_short(screens: Screens, at: datetime, local: Local) -> str:
    """ "sab 14 mar 18:30": for lists, where five events share one screen; the year too
    ("sab 9 gen 2027 18:30") when it is not this one."""
    other_year = not_this_year(at, local.zone, local.now)
    key = "event-date-short-year" if other_year else "event-date-short"
    return _date_text(screens, key, at, local.zone, short=True)


def event_line(
    screens: Screens,
    number: int,
    event: Event,
    local: Local,
    answer: str | None,
) -> str:
    """One event of a list in two lines, numbered so its buttons can say which."""
    place = screens.text("event-line-online") if event.link else short(event.place or "—", 28)
    if event.status != "open":
        status = screens.text("event-line-cancelled")
    elif answer is not None:
        status = screens.text(f"event-your-{answer}")
    elif event.seats_left is None:
        status = ""
    elif event.seats_left == 0:
        status = screens.text("event-line-full")
    else:
        status = screens.text("event-line-left", left=event.seats_left)
    return screens.text(
        "event-line",
        number=number,
        title=short(event.title, 40),
        when=when_short(screens, event.starts_at, local),
        where=place,
        status=f" · {status}" if status else "",
    )


def answer_row(
    screens: Screens, number: int | None, event: Event, source: str, answer: str | None
) -> list[InlineKeyboardButton]:
    """Going / Maybe / Can't go for one event, the current answer marked; in a list, first
    a numbered ℹ️ that opens the whole event."""
    current = {"offered": "going", "waitlist": "going"}.get(answer or "", answer)
    row = []
    if number is not None:
        details = EventDetails(event.id, source)
        row.append(details.button(screens.text("event-button-details", number=number)))
    full = event.seats_left == 0 and current != "going"
    for code, name in ANSWERS:
        # Going on a full event means the waitlist: the button says so.
        shown = "waitlist" if name == "going" and full else name
        label = screens.text(f"event-button-{shown}")
        if current == name:
            label = f"• {label}"
        row.append(AnswerEvent(code, event.id, source).button(label))
    return row


# What members get unasked stays within one phone screen; the seats left are worth knowing.
COPY_VIEW = CardView(description_limit=NOTICE_DESCRIPTION)


@dataclass(frozen=True)
class CopyState:
    """What one member's copy of an event's announcement shows beside the card: their answer
    (marked, with the buttons to change it), and since when the event moved, if it did."""

    answer: str | None = None
    was: str | None = None  # the old start, in words


def announcement_copy(
    screens: Screens, event: Event, card: str, body: str, state: CopyState
) -> Screen:
    """One member's copy: the card, with Going (or the waitlist) and Maybe; once answered,
    the answer under it and all three buttons, the answer marked, to change it; a cancelled
    event's copy says so, without buttons."""
    line = Html(f"\n\n{body}") if body else ""
    lines = [screens.text("announce-copy", card=Html(card), line=line)]
    if event.status != "open":
        lines.append(screens.text("announce-copy-cancelled"))
        return Screen("\n\n".join(lines), None)
    if state.was is not None:
        lines.append(screens.text("announce-copy-moved", was=state.was))
    if state.answer is not None:
        lines.append(
            screens.text("event-your-answer", answer=screens.text(f"event-your-{state.answer}"))
        )
    lines.append(screens.text("announce-copy-footer"))
    row = answer_row(screens, None, event, "b", state.answer)
    if state.answer is None:
        row = row[:2]  # nothing to take back yet: Going (or the waitlist) and Maybe
    return Screen("\n\n".join(lines), InlineKeyboardMarkup([row]))


def event_page(
    screens: Screens, event: Event, card: str, answer: str | None, origin: str
) -> Screen:
    """One event in full (its `card`), opened from a list (`origin`: l<page> or a<page>), to
    answer it and go back."""
    text = card
    if answer is not None:
        text += "\n\n" + screens.text(
            "event-your-answer", answer=screens.text(f"event-your-{answer}")
        )
    rows = []
    if event.status == "open":
        rows.append(answer_row(screens, None, event, f"d{origin}", answer))
    back = EventsPage if origin.startswith("l") else MyEventsPage
    rows.append(
        [
            CalendarFile(event.id).button(screens.text("event-add-to-calendar")),
            back(int(origin[1:])).button(screens.text("event-back-to-list")),
        ]
    )
    return Screen(text, InlineKeyboardMarkup(rows))


def events_page(
    screens: Screens,
    found: Page[Event],
    answers: dict[int, str],
    page: int,
    local: Local,
    notes: dict[int, str] | None = None,
) -> Screen:
    """`notes`: a line under an event (a series' "every Thursday · 12 dates")."""
    if not found.items:
        return Screen(screens.text("events-none"))
    blocks = [screens.text("events-heading", count=found.total)]
    rows = []
    for number, event in enumerate(found.items, start=page * PER_PAGE + 1):
        answer = answers.get(event.id)
        blocks.append(event_line(screens, number, event, local, answer))
        if notes and event.id in notes:
            blocks.append(notes[event.id])
        rows.append(answer_row(screens, number, event, f"l{page}", answer))
    nav = pager(screens, EventsPage, page, PER_PAGE, found.total)
    if nav:
        rows.append(nav)
    return Screen("\n".join(blocks), InlineKeyboardMarkup(rows))


def my_events_page(
    screens: Screens,
    found: Page[tuple[Event, Rsvp]],
    page: int,
    local: Local,
    notes: dict[int, str] | None = None,
) -> Screen:
    if not found.items:
        return Screen(screens.text("myevents-none"))
    blocks = [screens.text("myevents-heading", count=found.total)]
    rows = []
    for number, (event, rsvp) in enumerate(found.items, start=page * PER_PAGE + 1):
        blocks.append(event_line(screens, number, event, local, rsvp.answer))
        if notes and event.id in notes:
            blocks.append(notes[event.id])
        if event.status == "open":
            rows.append(answer_row(screens, number, event, f"a{page}", rsvp.answer))
    nav = pager(screens, MyEventsPage, page, PER_PAGE, found.total)
    if nav:
        rows.append(nav)
    return Screen("\n".join(blocks), InlineKeyboardMarkup(rows) if rows else None)
