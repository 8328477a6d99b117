"""Lists of projects to pick from, a page at a time: a coordinator with 30 projects sees all 30
across the pages (◀ ▶), never the first few of them. And what one coordinator does to a
project's status, told to the colleagues who run it with them."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from telegram import InlineKeyboardButton

from bot.core.i18n import Html
from bot.services.notifications import Purpose, Text
from handlers import review_cards
from handlers.kit.callback_data import CallbackData
from handlers.kit.context import BotContext
from handlers.kit.person import Person
from handlers.screens import Screens, pager

PER_PAGE = 10  # buttons of projects on one page: with the heading, one phone screen
NAMED = 12  # titles named in one message (80 characters at most each): the rest counted


def named_titles(screens: Screens, titles: Sequence[str], key: str = "desk-title-line") -> Html:
    """A line per title, the first NAMED of them, then "…and 51 more projects": a list that
    always fits one message, however many projects (Telegram refuses past 4,096 characters)."""
    lines = [screens.text(key, title=title) for title in titles[:NAMED]]
    if len(titles) > NAMED:
        lines.append(screens.text("fx-titles-more", count=len(titles) - NAMED))
    return Html("\n".join(lines))


def button_title(title: str, limit: int) -> str:
    """A title cut to fit a button, keeping its end: "Orti di Barriera, gruppo del sabato" and
    "…, gruppo della domenica" stay two different buttons."""
    if len(title) <= limit:
        return title
    tail = limit // 3
    return f"{title[: limit - tail - 1].rstrip()}…{title[-tail:].lstrip()}"


def page_count(total: int) -> int:
    return max((total + PER_PAGE - 1) // PER_PAGE, 1)


def on_page(page: int, total: int) -> int:
    """A page that exists now (the list may have shrunk since the button was drawn)."""
    return min(max(page, 0), page_count(total) - 1)


def paged_rows(
    screens: Screens,
    buttons: Sequence[InlineKeyboardButton],
    page: int,
    to_page: Callable[[int], CallbackData],
) -> list[list[InlineKeyboardButton]]:
    """One project a row, this page's, then ◀ ▶ when there is more than one page."""
    page = on_page(page, len(buttons))
    rows = [[choice] for choice in buttons[page * PER_PAGE : (page + 1) * PER_PAGE]]
    moves = pager(screens, to_page, page, PER_PAGE, len(buttons))
    return [*rows, moves] if moves else rows


def paged_heading(screens: Screens, heading: str, page: int, total: int) -> str:
    """The list's question, with "page 2 of 3" when there are pages."""
    pages = page_count(total)
    if pages == 1:
        return heading
    page = on_page(page, total)
    return screens.text("desk-page-heading", heading=Html(heading), page=page + 1, pages=pages)


# What a colleague is told, by the status a project went from and to.
TEAM_NEWS = {
    ("draft", "open"): "desk-team-published",
    ("paused", "open"): "desk-team-reopened",
    ("open", "paused"): "desk-team-paused",
}


def team_news(before: str, after: str) -> str:
    return TEAM_NEWS.get((before, after), "desk-team-closed")


async def tell_colleagues(
    context: BotContext, person: Person, changed: Sequence[tuple[str, int, str]]
) -> None:
    """`changed`: (what happened, project, title) done by `person`. Each colleague who runs one
    of those projects is told, through the gate, in one message ("⏸️ Giorgio Conti paused
    «X»"; several published at once: one message naming them)."""
    services = context.services
    news: dict[int, list[tuple[str, str]]] = {}
    for key, project_id, title in changed:
        for colleague in await services.projects.coordinators(project_id):
            if colleague != person.id:
                news.setdefault(colleague, []).append((key, title))
    if not news:
        return
    by = await review_cards.named(context.bot, services, person.id)
    for colleague, items in news.items():
        if len(items) == 1:
            (key, title), *_ = items
            note = Text(key, {**by, "title": title})
        else:
            titles = "\n".join(f"• {title}" for _, title in items[:NAMED])
            key = "desk-team-many" if len(items) <= NAMED else "fx-team-many-more"
            more = {"count": len(items), "titles": titles, "more": len(items) - NAMED}
            note = Text(key, {**by, **more})
        await services.notifications.deliver(colleague, note, Purpose.STAFF)
