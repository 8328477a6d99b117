"""How a repeating event reads: its rule in words ("every Thursday"), the preview's dates, the
line beside it in /events and /myevents, and the card's "Going to all" and "Other dates".
Rendering only: no I/O. The buttons' data, `sr:…`, is the `SeriesButton` family below."""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated, Any
from zoneinfo import ZoneInfo

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.domain.recurrence import LAST, Phrase, Rule, phrase, week_of_month
from bot.services.event_series import AllAnswered
from bot.services.series_drafts import monthly_weeks
from handlers.event_screens import ORIGIN, EventDetails, Local, when_short
from handlers.kit.callback_data import CallbackData, Shape
from handlers.screens import Screen, Screens, pager
from storage.events import Event

DATES_PER_PAGE = 5
FIRST_DATES = 3  # the preview names the first few dates, then the last
# More dates than this (half a year of Thursdays) and the preview says how long it goes on for:
# "01/12" read as next December made 51 dates, and only the count showed it.
MANY_DATES = 26


class SeriesButton(CallbackData, prefix="sr"):
    pass


class GoingToAll(SeriesButton, tag="a"):
    series: int
    event: int  # the date whose card it was pressed on, drawn again with the answer
    origin: Annotated[str, Shape(ORIGIN)]


class NoneOfThem(SeriesButton, tag="n"):
    series: int
    event: int
    origin: Annotated[str, Shape(ORIGIN)]


class OtherDates(SeriesButton, tag="d"):
    series: int
    event: int
    origin: Annotated[str, Shape(ORIGIN)]
    page: int = 0


def rule_words(screens: Screens, said: Phrase) -> str:
    """ "ogni giovedì", "il secondo sabato di ogni mese"."""
    return screens.text(
        said.key,
        weekday=screens.text(f"weekday-{said.weekday}"),
        day=said.weekday,
        week=said.week_of_month or 0,
    )


def date_day(screens: Screens, at: datetime, zone: ZoneInfo) -> str:
    """ "giovedì 10 dicembre": which date of a series, without its time."""
    there = at.astimezone(zone)
    return screens.text(
        "series-date-day",
        weekday=screens.text(f"weekday-{there.weekday()}"),
        day=str(there.day),
        month=screens.text(f"event-month-{there.month}"),
    )


def monthly_label(screens: Screens, first: date, week: int) -> str:
    """The monthly button: "Ogni mese, 2º sabato", "Ogni mese, ultimo venerdì"; from a fifth
    weekday, "Ogni mese, 5º giovedì" (which is then explained and the last one offered)."""
    weekday = screens.text(f"weekday-{first.weekday()}")
    day = first.weekday()
    if week == LAST:
        which = screens.text("series-which-last", weekday=weekday, day=day)
    elif week > 4:
        return screens.label("series-button-monthly-fifth", weekday=weekday, day=day)
    else:
        which = screens.text("series-which", weekday=weekday, day=day, week=week)
    return screens.label("series-button-monthly", rule=which)


def monthly_choices(first: date) -> tuple[int, ...]:
    """The monthly buttons the "Does it repeat?" question shows: the date's own week (a fifth
    one too, to be told why not), and the last one when the date is also the last."""
    nth = week_of_month(first)
    return (nth,) if nth > 4 else monthly_weeks(first)


def preview_lines(screens: Screens, rule: Rule, local: Local, starts: list[datetime]) -> str:
    """The rule in words, the first dates, how many and the last one."""
    shown = ", ".join(when_short(screens, at, local) for at in starts[:FIRST_DATES])
    lines = screens.text(
        "series-preview",
        rule=rule_words(screens, phrase(rule)),
        count=len(starts),
        dates=shown,
        more=screens.text("series-preview-more") if len(starts) > FIRST_DATES else "",
        last=when_short(screens, starts[-1], local),
    )
    if len(starts) <= MANY_DATES:
        return lines
    months = max(1, round((starts[-1] - starts[0]).days / 30.44))
    span = "year" if 11 <= months <= 12 else "more" if months > 12 else "months"
    long = screens.text("series-preview-long", count=len(starts), span=span, months=months)
    return f"{lines}\n{long}"


def refusal_text(screens: Screens, refused: dict[str, Any], first: datetime) -> str:
    """Why the repeat answer was refused, with its numbers."""
    problem = refused["problem"]
    weekday = screens.text(f"weekday-{first.weekday()}")
    args: dict[str, object] = {
        "first": screens.calendar_day(first.date()),
        "date": screens.calendar_day(first.date()),
        "weekday": weekday,
        "day": first.weekday(),
        "time": first.strftime("%H:%M"),
    }
    if refused.get("last_fitting"):
        args["last"] = screens.calendar_day(date.fromisoformat(refused["last_fitting"]))
    if refused.get("on"):
        args["on"] = screens.calendar_day(date.fromisoformat(refused["on"]))
    args["count"] = refused.get("would_be") or 0
    key = f"series-problem-{problem}"
    if problem == "too-many" and refused.get("would_be") is None:
        key = "series-problem-too-many-lots"
    return screens.text(key, **args)


def series_line(screens: Screens, said: Phrase, upcoming: int) -> str:
    """Under a series' next date in /events: "🔁 every Thursday · 12 dates"."""
    return screens.text("series-line", rule=rule_words(screens, said), count=upcoming)


def mine_line(screens: Screens, said: Phrase, going: int, upcoming: int) -> str:
    """Under it in /myevents: "🔁 every Thursday · you're going to 11 of 12"."""
    rule = rule_words(screens, said)
    return screens.text("series-mine", rule=rule, going=going, count=upcoming)


def card_rows(
    event: Event, origin: str, screens: Screens, *, going_to_all: bool = False
) -> list[list[InlineKeyboardButton]]:
    """Beside one date's answer buttons: all of them at once (marked when she goes to every
    one), and the other dates."""
    assert event.series_id is not None
    series, at = event.series_id, event.id
    every = screens.text("series-button-all")
    return [
        [
            GoingToAll(series, at, origin).button(f"• {every}" if going_to_all else every),
            screens.button("series-button-none", NoneOfThem(series, at, origin)),
        ],
        [screens.button("series-button-dates", OtherDates(series, at, origin))],
    ]


def with_series(screen: Screen, line: str, rows: list[list[InlineKeyboardButton]]) -> Screen:
    """A date's page with its series: the rule under the card, the series' buttons above the
    last row (Add to calendar, Back)."""
    keyboard = [list(row) for row in screen.keyboard.inline_keyboard] if screen.keyboard else []
    keyboard[-1:-1] = rows
    return Screen(f"{screen.text}\n\n{line}", InlineKeyboardMarkup(keyboard))


def dates_page(
    screens: Screens,
    dates: list[Event],
    answers: dict[int, str],
    pressed: OtherDates,
    local: Local,
) -> Screen:
    """The dates ahead, paged; each opens as its own card, to answer just that one."""
    if not dates:
        back = EventDetails(pressed.event, pressed.origin).button(screens.text("series-back"))
        return Screen(screens.text("series-none-left"), InlineKeyboardMarkup([[back]]))
    start = pressed.page * DATES_PER_PAGE
    shown = dates[start : start + DATES_PER_PAGE]
    lines = [screens.text("series-dates-heading", title=dates[0].title, count=len(dates))]
    numbers = []
    for number, event in enumerate(shown, start=start + 1):
        answer = answers.get(event.id)
        status = f" · {screens.text(f'event-your-{answer}')}" if answer else ""
        when = when_short(screens, event.starts_at, local)
        lines.append(screens.text("series-date-line", number=number, when=when, status=status))
        opens = EventDetails(event.id, pressed.origin)
        numbers.append(opens.button(screens.text("event-button-details", number=number)))
    rows = [numbers]
    nav = pager(
        screens,
        lambda page: OtherDates(pressed.series, pressed.event, pressed.origin, page),
        pressed.page,
        DATES_PER_PAGE,
        len(dates),
    )
    if nav:
        rows.append(nav)
    back = EventDetails(pressed.event, pressed.origin).button(screens.text("series-back"))
    rows.append([back])
    return Screen("\n".join(lines), InlineKeyboardMarkup(rows))


def all_answered_text(screens: Screens, done: AllAnswered, local: Local) -> str:
    """What "Going to all" did: how many dates, and where she waits in line."""
    lines = []
    if done.going:
        lines.append(screens.text("series-going-all", count=len(done.going)))
    elif done.waiting:
        return screens.text("series-going-all-only-waiting", count=len(done.waiting))
    for waiting in done.waiting[:2]:
        when = when_short(screens, waiting.event.starts_at, local)
        lines.append(screens.text("series-going-all-waiting", when=when, place=waiting.place or 1))
    if len(done.waiting) > 2:
        lines.append(screens.text("series-going-all-waiting-many", count=len(done.waiting) - 2))
    return "\n".join(lines)
