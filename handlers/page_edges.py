"""The place of ⬅️ on a list's first page and of ➡️ on its last (handlers.screens.pager): a
press there, often the second of a double tap, only says where the list is."""

from __future__ import annotations

from telegram import CallbackQuery

from handlers.kit.context import BotContext
from handlers.kit.guards import button
from handlers.kit.person import Person
from handlers.screens import PageEdge


@button(PageEdge)
async def page_edge(
    query: CallbackQuery, context: BotContext, person: Person, data: PageEdge
) -> None:
    await query.answer(person.text("page-edge-first" if data.edge == "f" else "page-edge-last"))
