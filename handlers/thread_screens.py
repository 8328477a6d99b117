"""A project's messages read as threads by person (rule 17): the list of threads (each
participant's messages with the replies to them alone, and what went to all participants) and
one thread in order, a page at a time. Drawn alike for the moderators' /projectlog and for a
project's coordinators; each reader's buttons come from a `ThreadView`."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.core.i18n import Html
from bot.domain.pages import pages
from handlers.common import first_name_of
from handlers.kit.callback_data import CallbackData
from handlers.kit.context import BotContext
from handlers.kit.person import Person
from handlers.screens import Screen
from storage.project_messages import ThreadSummary
from storage.projects import Project, ProjectMessage

# Characters of messages on one page: with the heading and the names it fits Telegram's 4,096.
PAGE_BUDGET = 3500
LINE_EXTRA = 90  # the time, the name and a held mark before each message
THREADS_PER_PAGE = 8
EVERYONE = 0  # in a thread's button: the messages to all the participants
# In a thread's button, FORMER + its key: the replies to a participant who has since left
# (above every Telegram id, which stays below 2**52).
FORMER = 10**17
NEWEST = 9999  # a thread's page that means its last one: it opens on the latest messages

Rows = list[list[InlineKeyboardButton]]


@dataclass(frozen=True)
class Entry:
    """One message of the log as a reader sees it."""

    when: str
    who: str
    by_staff: bool
    text: str
    held: bool = False


@dataclass(frozen=True)
class ThreadView:
    """Whose screens these are: the project, and the buttons to a thread's page (member or
    `EVERYONE`, page) and to a page of the list of threads."""

    project: Project
    thread: Callable[[int, int], CallbackData]
    threads: Callable[[int], CallbackData]


async def entries(
    context: BotContext, person: Person, messages: list[ProjectMessage]
) -> list[Entry]:
    services = context.services
    zone = services.settings.zone
    staff_names = {member.telegram_id: member.name for member in await services.staff.staff()}
    names: dict[int, str] = {}
    found = []
    for message in messages:
        if message.staff_id is not None:
            who = staff_names.get(message.staff_id, person.text("role-admin"))
            if message.to_member_id is not None:
                who += f" → {await _name(context, names, message.to_member_id)}"
            elif message.to_former is not None:
                who += f" → {person.screens.label('projectlog-former')}"
        else:
            who = await _name(context, names, message.member_id or 0)
        when = message.sent_at.astimezone(zone).strftime("%d/%m/%Y %H:%M")
        by_staff = message.staff_id is not None
        text = message.text
        if message.minors_from is not None:
            until = message.minors_from.astimezone(zone).strftime("%d/%m %H:%M")
            text += "\n" + person.screens.label("projectlog-minors-from", until=until)
        found.append(Entry(when, who, by_staff, text, message.held is not None))
    return found


async def _name(context: BotContext, names: dict[int, str], member_id: int) -> str:
    """A member's first name, read once per screen."""
    if member_id not in names:
        names[member_id] = await first_name_of(context, member_id)
    return names[member_id]


def line_key(entry: Entry) -> str:
    if entry.held:
        return "projectlog-held-line"
    return "projectlog-staff-line" if entry.by_staff else "projectlog-member-line"


def line(person: Person, entry: Entry) -> str:
    return person.text(line_key(entry), when=entry.when, who=entry.who, text=entry.text)


def thread_key(thread: ThreadSummary) -> int:
    """What a thread's button carries: the member, `EVERYONE`, or `FORMER` + its key."""
    if thread.former is not None:
        return FORMER + thread.former
    return thread.member_id or EVERYONE


def thread_of_key(key: int) -> tuple[int | None, int | None]:
    """A button's thread back: (member or None, the key of a former member's thread)."""
    if key >= FORMER:
        return None, key - FORMER
    return (None if key == EVERYONE else key), None


async def thread_name(
    context: BotContext, person: Person, member_id: int | None, former: int | None = None
) -> str:
    if former is not None:
        return f"→ {person.screens.label('projectlog-former')}"
    if member_id is None:
        return person.screens.label("projectlog-everyone")
    return await first_name_of(context, member_id)


async def threads_screen(
    context: BotContext,
    person: Person,
    view: ThreadView,
    threads: list[ThreadSummary],
    number: int,
    under: Rows,
) -> Screen:
    """The project's threads by person, the most recently active first, a page at a time;
    `under`: the reader's own buttons below them."""
    project = view.project
    if not threads:
        return Screen(person.text("projectlog-empty", title=project.title))
    last = (len(threads) - 1) // THREADS_PER_PAGE
    number = max(0, min(number, last))
    shown = threads[number * THREADS_PER_PAGE : (number + 1) * THREADS_PER_PAGE]
    zone = context.services.settings.zone
    lines, rows = [], []
    for thread in shown:
        who = await thread_name(context, person, thread.member_id, thread.former)
        key = "projectlog-thread-everyone" if thread.member_id is None else "projectlog-thread"
        if thread.former is not None:
            key = "projectlog-thread-former"
        when = thread.last_at.astimezone(zone).strftime("%d/%m %H:%M")
        lines.append(person.text(key, who=who, count=thread.count, last=when))
        label = person.screens.label(f"{key}-open", who=who, count=thread.count)
        rows.append([view.thread(thread_key(thread), NEWEST).button(label)])
    text = person.text(
        "projectlog-threads",
        title=project.title,
        count=sum(thread.count for thread in threads),
        threads=len(threads),
        page=number + 1,
        pages=last + 1,
        lines=Html("\n".join(lines)),
    )
    moves = page_moves(person, number, last, view.threads)
    return Screen(text, InlineKeyboardMarkup([*rows, *([moves] if moves else []), *under]))


def page_moves(
    person: Person, number: int, last: int, to: Callable[[int], CallbackData]
) -> list[InlineKeyboardButton]:
    moves: list[InlineKeyboardButton] = []
    if number > 0:
        moves.append(to(number - 1).button(person.text("projectlog-page-before", page=number)))
    if number < last:
        moves.append(to(number + 1).button(person.text("projectlog-page-after", page=number + 2)))
    return moves


def thread_page(
    person: Person,
    view: ThreadView,
    thread: tuple[int, str],
    found: list[Entry],
    number: int,
    under: Rows,
) -> Screen:
    """One thread (member, `EVERYONE` or `FORMER` + key, and its name) in order, oldest
    first; it opens on its last page, the latest messages. `under`: the reader's own buttons."""
    member, who = thread
    back = view.threads(0).button(person.text("projectlog-threads-back"))
    split = pages([len(entry.text) + LINE_EXTRA for entry in found], PAGE_BUDGET)
    if not split:
        text = person.text("projectlog-thread-empty", who=who)
        return Screen(text, InlineKeyboardMarkup([[back]]))
    number = max(0, min(number, len(split) - 1))
    lines = "\n\n".join(line(person, found[index]) for index in split[number])
    text = person.text(
        "projectlog-thread-page",
        title=view.project.title,
        who=who,
        count=len(found),
        page=number + 1,
        pages=len(split),
        lines=Html(lines),
    )
    moves = page_moves(person, number, len(split) - 1, lambda page: view.thread(member, page))
    rows = [row for row in (moves, *under, [back]) if row]
    return Screen(text, InlineKeyboardMarkup(rows))
