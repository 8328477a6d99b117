"""📋 Who came: after an event ends its organisers get a note with "Mark attendance"; the list
(also from /manageevents → 📋 Ended events) has a toggle for each one who said Going, "All of
them", "Add a member who came" and "Hours" for one person's time. Every press writes at once
and redraws the message in place; every press is checked again by bot.services.attendance."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from telegram import CallbackQuery, InlineKeyboardButton, InlineKeyboardMarkup

from bot.domain.credited_time import UnclearHours, parse_credit
from bot.services.attendance import (
    FOUND_AT_MOST,
    SEARCH_AT_LEAST,
    Done,
    NotEnded,
    Refusal,
    Refused,
    Sheet,
    folded,
)
from bot.services.attendance_asks import AttendanceAsk
from bot.services.pending import PendingInput
from bot.services.staff import Role
from bot.wiring import Services
from handlers.common import reply, send
from handlers.event_screens import when_short
from handlers.events import local
from handlers.hour_amount import amount
from handlers.kit.callback_data import CallbackData
from handlers.kit.context import BotContext
from handlers.kit.edits import edit_message, redraw
from handlers.kit.guards import button, refuse_button, requires
from handlers.kit.notifier import Renderer
from handlers.kit.person import Person
from handlers.project_pages import button_title
from handlers.screens import Screen, Screens, pager
from storage.attendance import Person as Marked

PER_PAGE = 20  # names, two a row: one phone screen
ENDED_PER_PAGE = 8
# The question that waits for one person's typed hours: the event in its kind
# ("attendance-hours:42"), the member as its reference, never a row's number (SQLite reuses them).
HOURS = "attendance-hours"
# The question that waits for a first name to find someone to add ("attendance-find:42").
FIND = "attendance-find"
QUICK_MINUTES = (60, 90, 120, 180)


class Came(CallbackData, prefix="at"):
    event: int


class CameOpen(Came, tag="o"):
    """From the note or the ended events: the list, page 0 (audited: a reading)."""


class CamePage(Came, tag="p"):
    page: int


class CameMark(Came, tag="m"):
    """`came` 1: mark as come; 0: take the mark back (as the button read when drawn)."""

    member: int
    came: int
    page: int = 0


class CameAll(Came, tag="a"):
    page: int = 0


class CameAddList(Came, tag="l"):
    page: int = 0


class CameAdd(Came, tag="n"):
    member: int


class CameFind(Came, tag="f"):
    """Asks for a first name: the members the event is for, found by it, to add."""


class CameHoursList(Came, tag="h"):
    page: int = 0


class CameHours(Came, tag="k"):
    """Asks for one person's hours; `minutes` above 0: a quick choice, saved at once."""

    member: int
    minutes: int = 0


class EndedPage(CallbackData, prefix="ae"):
    page: int


class CameFile(CallbackData, prefix="af"):
    """Who came to the event `number` (or, `ProjectCameFile`, to a project's events) as a
    file: x an Excel workbook, c a CSV."""

    number: int
    form: Literal["x", "c"] = "x"


class EventCameFile(CameFile, tag="e"):
    pass


class ProjectCameFile(CameFile, tag="p"):
    pass


# --- the note after the end --------------------------------------------------------------------


def ask_renderer(services: Services) -> Renderer[AttendanceAsk]:
    async def render(screens: Screens, note: AttendanceAsk) -> Screen:
        event = note.event
        text = screens.text(
            "attendance-ask",
            title=event.title,
            when=when_short(screens, event.starts_at, local(services)),
        )
        open_list = CameOpen(event.id).button(screens.text("attendance-open"))
        return Screen(text, InlineKeyboardMarkup([[open_list]]))

    return render


# --- the list ----------------------------------------------------------------------------------


def _label(screens: Screens, sheet: Sheet, person: Marked) -> str:
    name = sheet.names[person.member_id]
    if person.minutes is None:
        return screens.label("attendance-person-off", name=name)
    return screens.label("attendance-person-on", name=name, hours=amount(screens, person.minutes))


def _pairs(buttons: list[InlineKeyboardButton]) -> list[list[InlineKeyboardButton]]:
    return [buttons[i : i + 2] for i in range(0, len(buttons), 2)]


def _heading(screens: Screens, services: Services, sheet: Sheet, page: int) -> list[str]:
    event = sheet.event
    marked = sum(person.minutes is not None for person in sheet.people)
    going = sum(person.answer == "going" for person in sheet.people)
    pages = max(1, -(-len(sheet.people) // PER_PAGE))
    lines = [
        screens.text(
            "attendance-heading",
            title=event.title,
            when=when_short(screens, event.starts_at, local(services)),
        ),
        screens.text("attendance-count", marked=marked, going=going),
    ]
    if pages > 1:
        lines.append(screens.text("attendance-page", page=page + 1, pages=pages))
    if sheet.unnamed:
        lines.append(screens.text("attendance-unnamed", count=sheet.unnamed))
    if sheet.credited < event.duration_minutes:  # a trip, a camp: 8 h a day, said once
        lines.append(screens.text("attendance-long-event", hours=amount(screens, sheet.credited)))
    return lines


def sheet_screen(screens: Screens, services: Services, sheet: Sheet, page: int) -> Screen:
    """Who came, a page of toggles; read only after the corrections window."""
    page = min(page, max(0, (len(sheet.people) - 1) // PER_PAGE))
    shown = sheet.people[page * PER_PAGE : (page + 1) * PER_PAGE]
    lines = _heading(screens, services, sheet, page)
    event_id = sheet.event.id
    rows: list[list[InlineKeyboardButton]] = []
    if not sheet.writable:
        closed = when_short(screens, sheet.closes_at, local(services))
        lines.append(screens.text("attendance-closed-since", when=closed))
        lines.extend(_label(screens, sheet, person) for person in shown)
        if not any(person.minutes is not None for person in sheet.people):
            lines.append(screens.text("attendance-closed-nobody"))
    elif not sheet.people:
        lines.append(screens.text("attendance-nobody-going"))
    else:
        lines.append(screens.text("attendance-how"))
        rows = _pairs(
            [
                CameMark(event_id, p.member_id, int(p.minutes is None), page).button(
                    _label(screens, sheet, p)
                )
                for p in shown
            ]
        )
    rows.append(
        pager(screens, lambda to: CamePage(event_id, to), page, PER_PAGE, len(sheet.people))
    )
    if sheet.writable:
        # "All of them" only while someone who said Going is still to mark: on an empty or
        # finished list it would answer "they were all marked already" for nobody.
        to_mark = any(p.answer == "going" and p.minutes is None for p in sheet.people)
        all_of_them = [CameAll(event_id, page).button(screens.text("attendance-all"))]
        rows.append(
            [
                *(all_of_them if to_mark else []),
                CameAddList(event_id).button(screens.text("attendance-add")),
            ]
        )
        if any(person.minutes is not None for person in sheet.people):
            rows.append([CameHoursList(event_id).button(screens.text("attendance-hours-button"))])
    rows.append(file_row(screens, event_id))
    rows.append([EndedPage(0).button(screens.text("attendance-ended-back"))])
    return Screen("\n".join(lines), InlineKeyboardMarkup([row for row in rows if row]))


def file_row(screens: Screens, event_id: int) -> list[InlineKeyboardButton]:
    return [
        EventCameFile(event_id, "c").button(screens.text("attendance-file-csv")),
        EventCameFile(event_id, "x").button(screens.text("attendance-file-xlsx")),
    ]


async def _refused(
    query: CallbackQuery, context: BotContext, person: Person, refusal: Refused, event_id: int
) -> None:
    """Why the list cannot be changed (or shown) now, in a pop-up."""
    if isinstance(refusal, NotEnded):
        ends = when_short(person.screens, refusal.ends_at, local(context.services))
        await query.answer(person.text("attendance-not-ended", when=ends), show_alert=True)
    elif refusal is Refusal.NOT_YOURS:
        await refuse_button(query, person, "attendance-not-yours", "on a list not theirs")
    elif refusal is Refusal.CLOSED:
        # The list stays, read only: what was marked can still be seen and downloaded.
        sheet = await context.services.attendance.sheet(person.id, event_id)
        if isinstance(sheet, Sheet):
            screen = sheet_screen(person.screens, context.services, sheet, 0)
            await edit_message(query, screen.text, screen.keyboard)
        await query.answer(person.text("attendance-closed"), show_alert=True)
    else:
        await query.answer(person.text(f"attendance-{refusal.value}"), show_alert=True)


async def _draw(
    query: CallbackQuery, context: BotContext, person: Person, event_id: int, page: int
) -> Sheet | None:
    """The list redrawn over the pressed message; None (and the press answered) if it may
    not be shown."""
    sheet = await context.services.attendance.sheet(person.id, event_id)
    if not isinstance(sheet, Sheet):
        await _refused(query, context, person, sheet, event_id)
        return None
    screen = sheet_screen(person.screens, context.services, sheet, page)
    await edit_message(query, screen.text, screen.keyboard)
    return sheet


_SAID = {
    Done.ALREADY: "attendance-already",
    Done.GONE: "attendance-gone",
    Done.NOT_ADDABLE: "attendance-not-addable",
}


async def _after(
    query: CallbackQuery,
    context: BotContext,
    person: Person,
    done: Done | Refused,
    target: tuple[int, int],
    asked: tuple[int, bool] | None = None,
) -> None:
    """A change was asked for: the list redrawn as it is now, and a word when nothing
    changed (marked already, no longer in the community). `asked`: the member and whether
    the press was to mark her, for "Luca is already marked"."""
    if isinstance(done, Refused):
        await _refused(query, context, person, done, target[0])
        return
    event_id, page = target
    sheet = await _draw(query, context, person, event_id, page)
    if sheet is None:
        return
    said = _SAID.get(done)
    if done is Done.ALREADY and asked is not None and asked[0] in sheet.names:
        key = "attendance-already-marked" if asked[1] else "attendance-already-unmarked"
        await query.answer(person.text(key, name=sheet.names[asked[0]]))
        return
    await query.answer(person.text(said) if said else None, show_alert=done is Done.GONE)


@button(Came)
@requires(Role.COORDINATOR, quietly=True)
async def came_button(
    query: CallbackQuery, context: BotContext, person: Person, data: Came
) -> None:
    attendance = context.services.attendance
    if isinstance(data, CameOpen | CamePage | CameAddList):
        await _drop_hours_question(context, person)
    if isinstance(data, CameOpen | CamePage):
        page = data.page if isinstance(data, CamePage) else 0
        sheet = await _draw(query, context, person, data.event, page)
        if sheet is not None:
            if isinstance(data, CameOpen):
                await attendance.opened(person.id, data.event)
            await query.answer()
    elif isinstance(data, CameMark):
        came = bool(data.came)
        done = await attendance.mark(person.id, data.event, data.member, came=came)
        asked = (data.member, came)
        await _after(query, context, person, done, (data.event, data.page), asked)
    elif isinstance(data, CameAll):
        count = await attendance.mark_all(person.id, data.event)
        if isinstance(count, Refused):
            await _refused(query, context, person, count, data.event)
        elif await _draw(query, context, person, data.event, data.page) is not None:
            await query.answer(person.text("attendance-all-done", count=count))
    else:
        await _picked(query, context, person, data)


async def _picked(query: CallbackQuery, context: BotContext, person: Person, data: Came) -> None:
    """Someone to add, or whose hours to change: the lists to pick from, and the picks."""
    if isinstance(data, CameAddList):
        await _add_list(query, context, person, data)
    elif isinstance(data, CameAdd):
        done = await context.services.attendance.add(person.id, data.event, data.member)
        await _after(query, context, person, done, (data.event, 0), (data.member, True))
    elif isinstance(data, CameFind):
        await _ask_name(query, context, person, data.event)
    elif isinstance(data, CameHoursList):
        await _hours_list(query, context, person, data)
    elif isinstance(data, CameHours):
        await _hours(query, context, person, data)


@dataclass(frozen=True)
class _Pages:
    """A page of people to pick from, two a row, and the way back to the list."""

    page: int
    to_page: Callable[[int], CallbackData]
    event_id: int

    def keyboard(
        self, screens: Screens, buttons: list[InlineKeyboardButton]
    ) -> InlineKeyboardMarkup:
        page = min(self.page, max(0, (len(buttons) - 1) // PER_PAGE))
        rows = _pairs(buttons[page * PER_PAGE : (page + 1) * PER_PAGE])
        rows.append(pager(screens, self.to_page, page, PER_PAGE, len(buttons)))
        rows.append([CamePage(self.event_id, 0).button(screens.text("attendance-back"))])
        return InlineKeyboardMarkup([row for row in rows if row])


async def _writable_sheet(
    query: CallbackQuery, context: BotContext, person: Person, event_id: int
) -> Sheet | None:
    """The list, if it may still be changed; None (and the press answered) if not."""
    sheet = await context.services.attendance.sheet(person.id, event_id)
    if not isinstance(sheet, Sheet) or not sheet.writable:
        refusal = sheet if not isinstance(sheet, Sheet) else Refusal.CLOSED
        await _refused(query, context, person, refusal, event_id)
        return None
    return sheet


async def _add_list(
    query: CallbackQuery, context: BotContext, person: Person, data: CameAddList
) -> None:
    """Who may be added: answered otherwise, or a participant of the event's project."""
    sheet = await _writable_sheet(query, context, person, data.event)
    if sheet is None:
        return
    people, names = await context.services.attendance.addable(person.id, data.event)
    screens = person.screens
    buttons = [
        CameAdd(data.event, p.member_id).button(
            screens.label(f"attendance-add-{p.answer or 'participant'}", name=names[p.member_id])
        )
        for p in people
    ]
    none = "attendance-add-none" if sheet.event.series_id else "attendance-add-none-single"
    key = "attendance-add-heading" if people else none
    text = screens.text(key, title=sheet.event.title)
    pages = _Pages(data.page, lambda to: CameAddList(data.event, to), data.event)
    keyboard = pages.keyboard(screens, buttons)
    find = [CameFind(data.event).button(screens.text("attendance-find"))]
    *picks, back = keyboard.inline_keyboard
    keyboard = InlineKeyboardMarkup([*picks, find, back])
    await redraw(query, person, Screen(text, keyboard))


async def _ask_name(
    query: CallbackQuery, context: BotContext, person: Person, event_id: int
) -> None:
    """ "Type a first name": a question that waits (/cancel leaves it)."""
    sheet = await _writable_sheet(query, context, person, event_id)
    if sheet is None:
        return
    await context.services.pending.expect(person.id, f"{FIND}:{event_id}", 0)
    await query.answer()
    back = CameAddList(event_id).button(person.text("attendance-back"))
    text = person.text("attendance-find-ask", title=sheet.event.title)
    await send(context, person, Screen(text, InlineKeyboardMarkup([[back]])))


async def _take_name(context: BotContext, person: Person, event_id: int, typed: str) -> None:
    """The members found by a typed first name, each as first name and age band (rule 16);
    none found: said, and the question still waits."""
    services = context.services
    if len(folded(typed)) < SEARCH_AT_LEAST:
        await reply(context, person, "attendance-find-short")
        return
    found = await services.attendance.find(person.id, event_id, typed)
    if not isinstance(found, list):
        await services.pending.clear(person.id)
        await reply(context, person, _not_saved(found))
        return
    name = typed.strip()[:40]
    if not found:
        await reply(context, person, "attendance-find-none", typed=name)
        return
    await services.pending.clear(person.id)
    screens = person.screens
    buttons = [
        CameAdd(event_id, p.member_id).button(
            screens.label(
                "attendance-found",
                name=p.first_name or "?",
                band=services.attendance.band(p) or "?",
            )
        )
        for p in found[:FOUND_AT_MOST]
    ]
    lines = [screens.text("attendance-found-heading", typed=name)]
    if len(found) > FOUND_AT_MOST:
        lines.append(screens.text("attendance-found-more", count=FOUND_AT_MOST))
    rows = [[button] for button in buttons]
    rows.append(
        [
            CameFind(event_id).button(screens.text("attendance-find-again")),
            CamePage(event_id, 0).button(screens.text("attendance-back")),
        ]
    )
    await send(context, person, Screen("\n".join(lines), InlineKeyboardMarkup(rows)))


async def _hours_list(
    query: CallbackQuery, context: BotContext, person: Person, data: CameHoursList
) -> None:
    sheet = await _writable_sheet(query, context, person, data.event)
    if sheet is None:
        return
    screens = person.screens
    buttons = [
        CameHours(data.event, p.member_id).button(_label(screens, sheet, p))
        for p in sheet.people
        if p.minutes is not None
    ]
    text = screens.text("attendance-hours-heading", title=sheet.event.title)
    pages = _Pages(data.page, lambda to: CameHoursList(data.event, to), data.event)
    await redraw(query, person, Screen(text, pages.keyboard(screens, buttons)))


async def _hours(
    query: CallbackQuery, context: BotContext, person: Person, data: CameHours
) -> None:
    """One person's hours: a quick choice saves at once; otherwise typed."""
    attendance = context.services.attendance
    if data.minutes:
        await _drop_hours_question(context, person)
        done = await attendance.set_minutes(person.id, data.event, data.member, data.minutes)
        await _after(query, context, person, done, (data.event, 0))
        return
    marked = await attendance.still_marked(person.id, data.event, data.member)
    if isinstance(marked, Refused):
        await _refused(query, context, person, marked, data.event)
        return
    if marked is not Done.MARKED:
        await query.answer(person.text(_not_saved(marked)), show_alert=True)
        return
    sheet = await attendance.sheet(person.id, data.event)
    name = sheet.names.get(data.member, "?") if isinstance(sheet, Sheet) else "?"
    await context.services.pending.expect(person.id, hours_kind(data.event), data.member)
    quick = [
        CameHours(data.event, data.member, minutes).button(amount(person.screens, minutes))
        for minutes in QUICK_MINUTES
    ]
    keyboard = InlineKeyboardMarkup(
        [quick, [CamePage(data.event, 0).button(person.text("attendance-back"))]]
    )
    await query.answer()
    await send(context, person, Screen(person.text("attendance-hours-ask", name=name), keyboard))


def _not_saved(done: Done | Refused) -> str:
    """Why typed hours were not saved, as a message's key."""
    if isinstance(done, Refusal):
        return f"attendance-{done.value}"
    return "attendance-not-marked" if done is Done.ALREADY else "attendance-gone"


def hours_kind(event_id: int) -> str:
    return f"{HOURS}:{event_id}"


def hours_event(kind: str) -> int | None:
    """The event a question for typed hours is about; None if the question is another."""
    head, _, event = kind.partition(":")
    return int(event) if head == HOURS and event.isdigit() else None


def _find_event(kind: str) -> int | None:
    """The event a question for a first name is about; None if the question is another."""
    head, _, event = kind.partition(":")
    return int(event) if head == FIND and event.isdigit() else None


async def _drop_hours_question(context: BotContext, person: Person) -> None:
    """Answered by a button, or left for the list: typed text is no longer hours (nor a
    name to find)."""
    asked = await context.services.pending.get(person.id)
    if asked is not None and (
        hours_event(asked.kind) is not None or _find_event(asked.kind) is not None
    ):
        await context.services.pending.clear(person.id)


async def take_text(context: BotContext, person: Person, typed: str, pending: PendingInput) -> bool:
    """Typed hours for one person: saved, then the list; a wrong time is asked again. Or a
    first name, to find someone who came."""
    finding = _find_event(pending.kind)
    if finding is not None:
        await _take_name(context, person, finding, typed)
        return True
    event_id = hours_event(pending.kind)
    if event_id is None:
        return False
    services = context.services
    member_id = pending.ref
    marked = await services.attendance.still_marked(person.id, event_id, member_id)
    if marked is not Done.MARKED:  # unmarked (or erased, or closed) since: the question goes
        await services.pending.clear(person.id)
        await reply(context, person, _not_saved(marked))
        return True
    try:
        minutes = parse_credit(typed) or 0
    except UnclearHours:
        await reply(context, person, "attendance-hours-unclear", typed=typed.strip())
        return True  # the question still waits
    attendance = services.attendance
    done = await attendance.set_minutes(person.id, event_id, member_id, minutes, sure=False)
    if done is Done.BAD_HOURS:
        await reply(context, person, "attendance-hours-bad")  # the question still waits
        return True
    if done is Done.LONGER_THAN_EVENT:
        await _ask_sure(context, person, (event_id, member_id), minutes)
        return True  # the ✅ button saves it; another time typed is read afresh
    await services.pending.clear(person.id)
    if done is not Done.HOURS_SET:
        await reply(context, person, _not_saved(done))
        return True
    sheet = await attendance.sheet(person.id, event_id)
    if isinstance(sheet, Sheet):
        await reply(
            context,
            person,
            "attendance-hours-saved",
            name=sheet.names.get(member_id, "?"),
            hours=amount(person.screens, minutes),
        )
        await send(context, person, sheet_screen(person.screens, services, sheet, 0))
    return True


async def _ask_sure(
    context: BotContext, person: Person, target: tuple[int, int], minutes: int
) -> None:
    """More than the event lasted: "Luca: 20 h, but the event lasted 1 h 30 min. Are you
    sure?", with a button to save it as typed and one to type it again."""
    event_id, member_id = target
    sheet = await context.services.attendance.sheet(person.id, event_id)
    if not isinstance(sheet, Sheet):
        return
    screens = person.screens
    hours = amount(screens, minutes)
    text = screens.text(
        "attendance-hours-sure",
        name=sheet.names.get(member_id, "?"),
        hours=hours,
        lasted=amount(screens, sheet.event.duration_minutes),
    )
    keyboard = InlineKeyboardMarkup(
        [
            [
                CameHours(event_id, member_id, minutes).button(
                    screens.label("attendance-hours-sure-yes", hours=hours)
                ),
                CameHours(event_id, member_id).button(screens.text("attendance-hours-again")),
            ]
        ]
    )
    await send(context, person, Screen(text, keyboard))


# --- recently ended events (from /manageevents) ------------------------------------------------


async def ended_screen(context: BotContext, person: Person, page: int) -> Screen:
    services = context.services
    screens = person.screens
    events, total = await services.attendance.ended(person.id, page, ENDED_PER_PAGE)
    if not events:
        return Screen(screens.text("attendance-ended-none"))
    rows = [
        [
            CameOpen(event.id).button(
                screens.label(
                    "attendance-ended-item",
                    title=button_title(event.title, 32),
                    when=when_short(screens, event.starts_at, local(services)),
                    marked=event.marked,
                )
            )
        ]
        for event in events
    ]
    rows.append(pager(screens, EndedPage, page, ENDED_PER_PAGE, total))
    text = screens.text("attendance-ended-heading", count=total)
    return Screen(text, InlineKeyboardMarkup([row for row in rows if row]))


def ended_button(screens: Screens) -> InlineKeyboardButton:
    """The way in from /manageevents."""
    return EndedPage(0).button(screens.text("attendance-ended-button"))


@button(EndedPage)
@requires(Role.COORDINATOR, quietly=True)
async def ended_page(
    query: CallbackQuery, context: BotContext, person: Person, data: EndedPage
) -> None:
    await redraw(query, person, await ended_screen(context, person, data.page))
