"""The statement of hours' "is this right?" step, and the making of it.

Once the surname passes the checks, one screen shows the name exactly as it will be printed,
the school year, the events and the total, with ✅ Make the statement / ✏️ Change the name /
✖️ Cancel. The name waits for the press in this process's memory only (`StatementHolds`): the
surname is written nowhere. Only ✅ makes, keeps and sends the PDF, once. /hours' questions
(handlers/hours.py) route the presses: ✏️ asks the first name again."""

from __future__ import annotations

import asyncio
import logging
from typing import Annotated, Final, Literal

from telegram import CallbackQuery, InlineKeyboardButton, InlineKeyboardMarkup, InputFile
from telegram.error import BadRequest

from bot.domain.names import clean_name
from bot.domain.printed_name import printed_name, twice_typed
from bot.domain.school_year import school_year_label, school_year_slug
from bot.services.hour_statement_pdf import (
    Issuer,
    PrintedStatement,
    StatementPerson,
    statement_pdf,
)
from bot.services.hours import IssuedStatement, YearOfHours
from bot.services.statement_holds import HeldStatement
from handlers.common import drop_keyboard, reply
from handlers.hour_amount import amount
from handlers.kit.callback_data import CallbackData, Shape
from handlers.kit.context import BotContext
from handlers.kit.person import Person
from handlers.screens import Screen, Screens
from storage.hours import HourStatement

logger = logging.getLogger(__name__)
Language = Literal["it", "en"]
_TOKEN: Final = r"[A-Za-z0-9_-]{8}"  # StatementHolds' tokens: secrets.token_urlsafe(6)


class StatementConfirm(CallbackData, prefix="hc"):
    """A press on the preview of the statement of `year` in `language`; `token` names the
    preview (an older one's buttons do not make the newer one)."""

    action: Literal["ok", "edit", "no"]
    year: int
    language: Language
    token: Annotated[str, Shape(_TOKEN)]


def preview_screen(
    screens: Screens, held: HeldStatement, typed: tuple[str, str], year: YearOfHours
) -> Screen:
    """The name as printed, the year, the events and the total; below, the slips worth a second
    look (the capitals given to a name typed all in small letters or all in capitals, a word
    typed in both the first name and the surname), then the three buttons."""
    parts = [
        screens.text(
            "statement-preview",
            name=f"{held.first_name} {held.surname}",
            year=school_year_label(held.year),
            count=len(year.events),
            total=amount(screens, year.minutes),
        )
    ]
    if (held.first_name, held.surname) != tuple(clean_name(name) for name in typed):
        parts.append(screens.text("statement-preview-capitals"))
    twice = twice_typed(held.first_name, held.surname)
    if twice:
        parts.append(screens.text("statement-preview-twice", words=twice))
    parts.append(screens.text("statement-preview-ask"))

    def press(action: Literal["ok", "edit", "no"], key: str) -> list[InlineKeyboardButton]:
        language: Language = "en" if held.language == "en" else "it"
        return [StatementConfirm(action, held.year, language, held.token).button(screens.text(key))]

    keyboard = InlineKeyboardMarkup(
        [
            press("ok", "statement-preview-make"),
            press("edit", "statement-preview-change"),
            press("no", "statement-preview-cancel"),
        ]
    )
    return Screen("\n\n".join(parts), keyboard)


async def show_preview(
    context: BotContext, person: Person, asked: tuple[int, Language], first: str, surname: str
) -> None:
    """The preview of the statement of that year in that language (`asked`), for the name
    typed: held until she presses, replacing any preview before it."""
    services = context.services
    year, language = asked
    found = next((y for y in await services.hours.years(person.id) if y.year == year), None)
    if found is None:
        await services.pending.clear(person.id)
        await reply(context, person, "statement-no-hours")
        return
    holds = services.statement_holds
    older = holds.preview_of(person.id)
    held = holds.hold(person.id, year, language, printed_name(first), printed_name(surname))
    screen = preview_screen(person.screens, held, (first, surname), found)
    sent = await context.bot.send_message(person.chat_id, screen.text, reply_markup=screen.keyboard)
    holds.shown(person.id, held.token, sent.message_id)
    if older is not None:
        await _without_buttons(context, person, older)


async def _without_buttons(context: BotContext, person: Person, message_id: int) -> None:
    """A replaced preview loses its buttons: only the newest one can be pressed."""
    try:
        await context.bot.edit_message_reply_markup(person.chat_id, message_id)
    except BadRequest as error:  # too old, or gone: its buttons only say they no longer work
        logger.info("could not take the buttons off a replaced preview: %s", error)


async def make(
    query: CallbackQuery, context: BotContext, person: Person, data: StatementConfirm
) -> None:
    """✅: the statement made from the name held, kept, audited and sent; the name forgotten.
    With nothing held (the bot restarted, or a quarter of an hour went by) she is asked for the
    surname again: the question is still open."""
    services = context.services
    held = services.statement_holds.take(person.id, data.token)
    if held is None:
        await drop_keyboard(query)
        await query.answer()
        await reply(context, person, "statement-surname-again")
        return
    try:
        issued = await _issue(context, person, held)
    except BaseException:
        # Nothing was kept (the PDF is made first): the preview's ✅ may be tried again.
        services.statement_holds.give_back(person.id, held)
        raise
    await drop_keyboard(query)
    await services.pending.clear(person.id)
    await query.answer()
    if issued is None:
        await reply(context, person, "statement-no-hours")
        return
    await _deliver(context, person, issued, held.language)


async def _issue(
    context: BotContext, person: Person, held: HeldStatement
) -> IssuedStatement | None:
    services = context.services
    settings = services.settings
    printed = StatementPerson(held.first_name, held.surname)
    issuer = Issuer(
        settings.community_name,
        settings.statement_place,
        settings.statement_contact,
        settings.statement_signatory,
    )

    async def render(code: str, statement: HourStatement) -> bytes:
        issued_on = statement.issued_at.astimezone(settings.zone).date()
        # Some tenths of a second of CPU: in a thread, so other people's updates are not held up.
        return await asyncio.to_thread(
            statement_pdf,
            services.translate,
            held.language,
            PrintedStatement(statement, code, issued_on),
            printed,
            issuer,
        )

    await reply(context, person, "statement-making")
    return await services.hours.issue(person.id, held.year, held.first_name, held.surname, render)


async def _deliver(
    context: BotContext, person: Person, issued: IssuedStatement, language: str
) -> None:
    """The PDF, named in the language it is printed in, with a caption in hers."""
    statement = issued.statement
    year = school_year_label(statement.school_year)
    filename = context.services.translate.plain(
        language, "statement-file", year=school_year_slug(statement.school_year)
    )
    total = amount(person.screens, statement.total_minutes)
    await context.bot.send_document(
        person.chat_id,
        InputFile(issued.document, filename=filename),
        caption=person.text("statement-caption", year=year, total=total, code=issued.code),
    )
    await reply(context, person, "statement-sent", code=issued.code)


async def cancel(query: CallbackQuery, context: BotContext, person: Person) -> None:
    """✖️: nothing made, the name forgotten, the question closed."""
    context.services.statement_holds.drop(person.id)
    await context.services.pending.clear(person.id)
    await drop_keyboard(query)
    await reply(context, person, "statement-cancelled")
