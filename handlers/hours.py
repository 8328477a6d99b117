"""/hours: a member's volunteering hours by school year, and the statement for school (the
surname asked then, printed, never kept); /verify CODE [SURNAME] for staff."""

from __future__ import annotations

from typing import Any, Final
from zoneinfo import ZoneInfo

from telegram import CallbackQuery, InlineKeyboardButton, InlineKeyboardMarkup, Update

from bot.core.i18n import Html
from bot.domain.hour_statement import (
    clean_surname,
    read_code,
    surname_problem,
)
from bot.domain.names import clean_name
from bot.domain.printed_name import is_a_reply, name_on_statement, printed_name
from bot.domain.school_year import school_year_label
from bot.services.hour_statement_pdf import printable
from bot.services.hours import Verdict, Verification, YearOfHours
from bot.services.pending import PendingInput
from bot.services.staff import Role
from handlers import statement_confirm
from handlers.common import drop_keyboard, reply, send
from handlers.hour_amount import amount
from handlers.kit.callback_data import CallbackData
from handlers.kit.context import BotContext
from handlers.kit.edits import redraw
from handlers.kit.guards import button
from handlers.kit.person import Person
from handlers.screens import Screen, Screens, pager
from handlers.statement_confirm import Language, StatementConfirm

PER_PAGE: Final = 10  # one short line each: a phone screen with the total and the buttons
FIRST_NAME: Final = "statement-first"  # the pending inputs: ref is the school year
SURNAME: Final = "statement-surname"  # kept with it: the first name chosen
# A statement goes to an Italian school: a member who speaks another language chooses its own.
SCHOOL_LANGUAGE: Final[Language] = "it"
_LANGUAGES: Final[dict[str, Language]] = {"it": "it", "en": "en"}  # the statement can be in


class HoursPress(CallbackData, prefix="hr"):
    pass


class HoursYear(HoursPress, tag="y"):
    year: int
    page: int = 0


class HoursStatement(HoursPress, tag="s"):
    year: int


class HoursLanguage(HoursPress, tag="l"):
    """The language the statement for that year is printed in."""

    year: int
    language: Language


class HoursFirstName(HoursPress, tag="f"):
    """The profile's first name goes on the statement for that year (in that language)."""

    year: int
    language: Language = SCHOOL_LANGUAGE


def _lines(screens: Screens, shown: YearOfHours, page: int, zone: ZoneInfo) -> list[str]:
    events = shown.events[page * PER_PAGE : (page + 1) * PER_PAGE]
    return [
        screens.text(
            "hours-line",
            day=event.starts_at.astimezone(zone).strftime("%d/%m"),
            title=event.title,
            hours=amount(screens, event.minutes),
        )
        for event in events
    ]


def hours_screen(
    screens: Screens, zone: ZoneInfo, years: list[YearOfHours], year: int, page: int
) -> Screen:
    """One school year's events (a page of them), the total, the statement's button and the
    other years she has hours in."""
    if not years:
        return Screen(screens.text("hours-none"))
    others = [
        HoursYear(other.year).button(
            screens.text("hours-year-button", year=school_year_label(other.year))
        )
        for other in years
        if other.year != year
    ]
    year_rows = [others[i : i + 3] for i in range(0, len(others), 3)]
    shown = next((found for found in years if found.year == year), None)
    if shown is None:
        text = screens.text("hours-none-this-year", year=school_year_label(year))
        return Screen(text, InlineKeyboardMarkup(year_rows))
    pages = max(1, -(-len(shown.events) // PER_PAGE))
    page = min(max(page, 0), pages - 1)
    parts = [
        screens.text("hours-title", year=school_year_label(year)),
        "\n".join(_lines(screens, shown, page, zone)),
        screens.text("hours-total", total=amount(screens, shown.minutes), count=len(shown.events)),
    ]
    if pages > 1:
        parts.append(screens.text("hours-page", page=page + 1, pages=pages))
    rows: list[list[InlineKeyboardButton]] = []
    nav = pager(screens, lambda p: HoursYear(year, p), page, PER_PAGE, len(shown.events))
    if nav:
        rows.append(nav)
    rows.append([HoursStatement(year).button(screens.text("hours-statement-button"))])
    rows += year_rows
    return Screen("\n\n".join(parts), InlineKeyboardMarkup(rows))


def hours_summary(screens: Screens, exported: dict[str, Any]) -> str:
    """/mydata's line about hours (from what the export lists), or nothing without any."""
    attended = exported["attended"]
    if not attended:
        return ""
    minutes = sum(int(event["minutes"]) for event in attended)
    return screens.text(
        "mydata-hours",
        total=amount(screens, minutes),
        count=len(attended),
        statements=len(exported["statements"]),
    )


async def show_hours(update: Update, context: BotContext, person: Person) -> None:
    hours = context.services.hours
    years = await hours.years(person.id)
    await send(
        context,
        person,
        hours_screen(
            person.screens, context.services.settings.zone, years, hours.current_year(), 0
        ),
    )


@button(HoursPress)
async def hours_button(
    query: CallbackQuery, context: BotContext, person: Person, data: HoursPress
) -> None:
    # Only ever her own hours: what a press can show is read for the person who pressed.
    hours = context.services.hours
    if isinstance(data, HoursYear):
        years = await hours.years(person.id)
        await redraw(
            query,
            person,
            hours_screen(
                person.screens, context.services.settings.zone, years, data.year, data.page
            ),
        )
        return
    assert isinstance(data, HoursStatement | HoursLanguage | HoursFirstName)
    await query.answer()
    # A statement begun again: a name waiting for an older preview's ✅ goes.
    context.services.statement_holds.drop(person.id)
    if not await hours.has_year(person.id, data.year):
        await reply(context, person, "statement-no-hours")
        return
    if isinstance(data, HoursFirstName):
        await _first_name_tapped(query, context, person, data)
        return
    if isinstance(data, HoursLanguage):
        await drop_keyboard(query)
        await _ask_first_name(context, person, data.year, data.language)
        return
    if person.language != SCHOOL_LANGUAGE:
        await _ask_language(context, person, data.year)
        return
    await _ask_first_name(context, person, data.year, SCHOOL_LANGUAGE)


async def _ask_language(context: BotContext, person: Person, year: int) -> None:
    """Which language the statement is printed in: hers, or the school's (Italian)."""
    translate = context.services.translate
    buttons = [
        HoursLanguage(year, language).button(translate.plain(language, "language-name"))
        for language in _LANGUAGES.values()
    ]
    await reply(
        context,
        person,
        "statement-ask-language",
        InlineKeyboardMarkup([buttons]),
        year=school_year_label(year),
    )


def _kind(step: str, language: str) -> str:
    """A statement's pending question, with the language it is printed in."""
    return f"{step}:{language}"


def _step(kind: str) -> tuple[str, Language] | None:
    """The question (FIRST_NAME or SURNAME) and the statement's language, if it is one."""
    step, _, code = kind.partition(":")
    language = _LANGUAGES.get(code)
    if step not in (FIRST_NAME, SURNAME) or language is None:
        return None
    return step, language


async def _ask_first_name(
    context: BotContext, person: Person, year: int, language: Language
) -> None:
    """Which first name goes on it: the profile's in one tap (when it could be printed as a
    name), or typed."""
    await context.services.pending.expect(person.id, _kind(FIRST_NAME, language), year)
    first = await _first_name(context, person)
    label = school_year_label(year)
    if not _usable(first):
        await reply(context, person, "statement-ask-first-typed", year=label)
        return
    tap = HoursFirstName(year, language).button(person.text("statement-first-button", first=first))
    await reply(
        context,
        person,
        "statement-ask-first",
        InlineKeyboardMarkup([[tap]]),
        year=label,
        first=first,
    )


async def _first_name_tapped(
    query: CallbackQuery, context: BotContext, person: Person, data: HoursFirstName
) -> None:
    """The profile's name, if the question it answers is still the one asked."""
    pending = await context.services.pending.get(person.id)
    asked = _kind(FIRST_NAME, data.language)
    if pending is None or pending.kind != asked or pending.ref != data.year:
        await drop_keyboard(query)
        # A first name typed meanwhile: the surname is what is asked now, not /hours again.
        on_surname = pending is not None and pending.kind == _kind(SURNAME, data.language)
        await reply(
            context, person, "statement-type-surname" if on_surname else "statement-first-old"
        )
        return
    first = await _first_name(context, person)
    if not _usable(first):
        await reply(context, person, "statement-first-type-it")
        return
    await drop_keyboard(query)
    await _ask_surname(context, person, pending.ref, clean_name(first), data.language)


async def _ask_surname(
    context: BotContext, person: Person, year: int, first: str, language: Language
) -> None:
    # The first name waits with the question: it is kept anyway, as printed, on the statement.
    pending = context.services.pending
    await pending.expect(person.id, _kind(SURNAME, language), year)
    await pending.keep_typed(person.id, first)
    await reply(context, person, "statement-ask-surname", year=school_year_label(year), first=first)


def _usable(first: str) -> bool:
    """A profile's name that can go on a statement as it is."""
    return bool(first) and _refusal(first, FIRST_NAME) is None


def _refusal(typed: str, kind: str) -> str | None:
    """Why a typed first name or surname cannot go on a statement (the key of what to tell
    her), or None: the checks of a name, then whether the PDF's font has its letters."""
    part = "first" if kind == FIRST_NAME else "surname"
    problem = surname_problem(typed)
    if problem is not None:
        return f"statement-{part}-{problem.value}"
    if not printable(clean_surname(typed)):
        return f"statement-{part}-unprintable"
    return None


async def _first_name(context: BotContext, person: Person) -> str:
    profile = await context.services.onboarding.profile(person.id)
    return profile.first_name if profile is not None and profile.first_name else person.first_name


async def take_text(context: BotContext, person: Person, typed: str, pending: PendingInput) -> bool:
    """The first name, then the surname for a statement: each checked (a wrong one is refused
    with the reason, and the question stays); then the statement's preview, which makes it
    only when she presses ✅ (handlers/statement_confirm.py)."""
    asked = _step(pending.kind)
    if asked is None:
        return False
    step, language = asked
    holds = context.services.statement_holds
    if step == SURNAME and holds.waiting(person.id) is not None and is_a_reply(typed):
        # "Sì!" or "ok" under the preview answers it, it is no surname: the preview stays.
        await reply(context, person, "statement-preview-use-buttons")
        return True
    refusal = _refusal(typed, step)
    if refusal is not None:
        await reply(context, person, refusal)
        return True
    if step == FIRST_NAME:
        await _ask_surname(context, person, pending.ref, clean_name(typed), language)
        return True
    services = context.services
    first = await services.pending.typed(person.id) or await _first_name(context, person)
    name = name_on_statement(first, typed, _printed)
    # The surname question stays open under the preview: a surname typed again replaces it.
    await statement_confirm.show_preview(context, person, (pending.ref, language), name)
    return True


def _printed(typed: str) -> str:
    """The name with a name's capitals, or as typed if the PDF's font lacks those capitals."""
    recased = printed_name(typed)
    return recased if printable(recased) else clean_name(typed)


@button(StatementConfirm)
async def confirm_button(
    query: CallbackQuery, context: BotContext, person: Person, data: StatementConfirm
) -> None:
    """The preview's buttons: only the newest preview of the question she is answering (another
    person's press, or one after /cancel, finds no such question), and ✅ at most once."""
    holds = context.services.statement_holds
    if holds.made(person.id, data.token):
        await query.answer(person.text("statement-already-sent"))
        return
    if holds.closed(person.id, data.token):
        await query.answer()  # a double tap on ✏️ or ✖️: the first press did it
        return
    pending = await context.services.pending.get(person.id)
    asked = _kind(SURNAME, data.language)
    if pending is None or pending.kind != asked or pending.ref != data.year:
        await query.answer(person.text("statement-first-old"), show_alert=True)
        await drop_keyboard(query)
        return
    if holds.holds_another(person.id, data.token):
        await query.answer(person.text("statement-preview-old"), show_alert=True)
        await drop_keyboard(query)
        return
    if data.action == "ok":
        # Answered once made: a PDF that fails is then told in the press's own pop-up.
        await statement_confirm.make(query, context, person, data)
        return
    await query.answer()
    if data.action == "no":
        await statement_confirm.cancel(query, context, person, data)
        return
    first = holds.waiting(person.id)
    holds.close(person.id, data.token)
    await drop_keyboard(query)
    if data.action == "last" and first is not None:
        await _ask_surname(context, person, data.year, first.shows.first_name, data.language)
    else:
        await _ask_first_name(context, person, data.year, data.language)


# --- /verify, for staff -----------------------------------------------------------------------


def _may_verify(person: Person) -> bool:
    return any(person.has(role) for role in (Role.COORDINATOR, Role.MODERATOR, Role.ADMIN))


async def verify(update: Update, context: BotContext, person: Person) -> None:
    """/verify CODE [SURNAME]: whether a statement is genuine and what it says. The code may be
    typed in lower case, with spaces or without its dashes."""
    if not _may_verify(person):
        await reply(context, person, "verify-staff-only")
        return
    words = context.args or []
    if not words:
        await reply(context, person, "verify-usage")
        return
    code, surname = _split(words)
    found = await context.services.hours.verify(code, surname, person.id)
    text = verification_text(person.screens, context.services.settings.zone, found, code)
    await context.bot.send_message(person.chat_id, text)


def _split(words: list[str]) -> tuple[str, str | None]:
    """The code may have been typed in pieces ("gc 7k4m q2xp"): the words that make it up,
    then the surname."""
    for taken in (3, 2, 1):
        if len(words) >= taken and read_code("".join(words[:taken])) is not None:
            rest = " ".join(words[taken:]).strip()
            return "".join(words[:taken]), rest or None
    return words[0], " ".join(words[1:]).strip() or None


def verification_text(screens: Screens, zone: ZoneInfo, found: Verification, typed: str) -> str:
    """What a verifier is told, in /verify and in `python -m bot verify`: the verdict first (a
    surname that does not match says so there, not under a "genuine"), then what it certifies."""
    if found.verdict is Verdict.MALFORMED:
        return screens.text("verify-malformed", typed=typed[:24])
    statement = found.statement
    if statement is None or found.verdict not in (Verdict.GENUINE, Verdict.SURNAME_DIFFERS):
        return screens.text(f"verify-{found.verdict.value}", code=found.code or "")
    headline = screens.text(f"verify-{found.verdict.value}", code=found.code)
    text = screens.text(
        "verify-certifies",
        first=statement.first_name,
        year=school_year_label(statement.school_year),
        total=amount(screens, statement.total_minutes),
        count=len(statement.lines),
        issued=screens.calendar_day(statement.issued_at.astimezone(zone).date()),
    )
    text = Html(headline + "\n" + text)
    if found.surname_matches:
        text = Html(text + "\n\n" + screens.text("verify-surname-matches"))
    elif found.surname_matches is None:
        # The code alone says nothing of the surname on the paper: say so, and how to check it.
        text = Html(text + "\n\n" + screens.text("verify-surname-unchecked"))
    return text
