"""The statement of hours' "is this right?" step, and the making of it.

Once the surname passes the checks, one screen shows the name exactly as it will be printed,
the school year, the events and the total, with ✅ Make the statement / ✏️ First name /
✏️ Surname / ✖️ Cancel. The name waits for the press in this process's memory only
(`StatementHolds`): the surname is written nowhere. Only ✅ makes, keeps and sends the PDF,
once, and only with the numbers the preview showed (changed meanwhile, the preview is shown
again). /hours' questions (handlers/hours.py) route the presses."""

from __future__ import annotations

import asyncio
import logging
from typing import Annotated, Final, Literal

from telegram import CallbackQuery, InlineKeyboardButton, InlineKeyboardMarkup, InputFile
from telegram.error import TelegramError

from bot.domain.printed_name import NameOnStatement
from bot.domain.school_year import school_year_label, school_year_slug
from bot.services.hour_statement_pdf import (
    Issuer,
    PrintedStatement,
    StatementPerson,
    statement_pdf,
)
from bot.services.hours import IssuedStatement, YearOfHours
from bot.services.statement_holds import HeldStatement, Previewed
from handlers.common import drop_keyboard, reply, send
from handlers.hour_amount import amount
from handlers.kit.callback_data import CallbackData, Shape
from handlers.kit.context import BotContext
from handlers.kit.person import Person
from handlers.screens import Screen, Screens
from storage.hours import HourStatement

logger = logging.getLogger(__name__)
Language = Literal["it", "en"]
Action = Literal["ok", "first", "last", "no"]
_TOKEN: Final = r"[A-Za-z0-9_-]{8}"  # StatementHolds' tokens: secrets.token_urlsafe(6)


class StatementConfirm(CallbackData, prefix="hc"):
    """A press on the preview of the statement of `year` in `language`; `token` names the
    preview (an older one's buttons do not make the newer one). ✏️ is `first` (the first name
    asked again) or `last` (only the surname)."""

    action: Action
    year: int
    language: Language
    token: Annotated[str, Shape(_TOKEN)]


def preview_notes(screens: Screens, name: NameOnStatement, hours_changed: bool) -> list[str]:
    """The lines worth a second look under the name: the hours changed since the last preview,
    the words taken out of one name because they are the other, the capitals given, a word
    left in both names."""
    notes = [screens.text("statement-preview-hours-changed")] if hours_changed else []
    if name.moved_from:
        key = f"statement-preview-moved-{name.moved_from}"
        notes.append(screens.text(key, words=name.moved))
    if name.recased:
        notes.append(screens.text("statement-preview-capitals"))
    if name.twice:
        notes.append(screens.text("statement-preview-twice", words=name.twice))
    return notes


def preview_screen(screens: Screens, held: HeldStatement, notes: list[str]) -> Screen:
    """The name as printed, the year, the events and the total; below, the `notes`, then the
    buttons."""
    shows = held.shows
    parts = [
        screens.text(
            "statement-preview",
            name=f"{shows.first_name} {shows.surname}",
            year=school_year_label(shows.year),
            count=shows.count,
            total=amount(screens, shows.minutes),
        ),
        *notes,
        screens.text("statement-preview-ask"),
    ]

    def press(action: Action, key: str) -> InlineKeyboardButton:
        language: Language = "en" if shows.language == "en" else "it"
        return StatementConfirm(action, shows.year, language, held.token).button(screens.text(key))

    keyboard = InlineKeyboardMarkup(
        [
            [press("ok", "statement-preview-make")],
            [
                press("first", "statement-preview-change-first"),
                press("last", "statement-preview-change-surname"),
            ],
            [press("no", "statement-preview-cancel")],
        ]
    )
    return Screen("\n\n".join(parts), keyboard)


async def year_of(context: BotContext, person: Person, year: int) -> YearOfHours | None:
    found = await context.services.hours.years(person.id)
    return next((y for y in found if y.year == year), None)


async def show_preview(
    context: BotContext,
    person: Person,
    asked: tuple[int, Language],
    name: NameOnStatement,
    hours_changed: bool = False,
) -> None:
    """The preview of the statement of that year in that language (`asked`), for that name:
    held until she presses, replacing any preview before it."""
    services = context.services
    year, language = asked
    found = await year_of(context, person, year)
    holds = services.statement_holds
    if found is None:
        holds.drop(person.id)
        await services.pending.clear(person.id)
        await reply(context, person, "statement-no-hours")
        return
    older = holds.preview_of(person.id)
    shows = Previewed(
        year, language, name.first_name, name.surname, len(found.events), found.minutes
    )
    held = holds.hold(person.id, shows)
    notes = preview_notes(person.screens, name, hours_changed)
    screen = preview_screen(person.screens, held, notes)
    sent = await send(context, person, screen)
    holds.shown(person.id, held.token, sent.message_id)
    if older is not None:
        await _without_buttons(context, person, older)


async def _without_buttons(context: BotContext, person: Person, message_id: int) -> None:
    """A replaced preview loses its buttons: only the newest one can be pressed."""
    try:
        await context.bot.edit_message_reply_markup(person.chat_id, message_id)
    except TelegramError as error:  # too old, gone, or Telegram busy: its buttons only say
        logger.info("could not take the buttons off a replaced preview: %s", error)


async def _delete(context: BotContext, person: Person, message_id: int) -> None:
    try:
        await context.bot.delete_message(person.chat_id, message_id)
    except TelegramError as error:  # already gone, or too old: it only said "making"
        logger.info("could not delete the 'making the PDF' message: %s", error)


async def make(
    query: CallbackQuery, context: BotContext, person: Person, data: StatementConfirm
) -> None:
    """✅: the statement made from the name held, kept, audited and sent; the name forgotten.
    With nothing held (the bot restarted, or a quarter of an hour went by) she is asked for the
    surname again: the question is still open. With other hours than the preview showed (an
    organiser's correction meanwhile) the preview is shown again, with the new numbers."""
    services = context.services
    held = services.statement_holds.take(person.id, data.token)
    if held is None:
        await drop_keyboard(query)
        await query.answer()
        await reply(context, person, "statement-surname-again")
        return
    found = await year_of(context, person, held.shows.year)
    shows = held.shows
    if found is not None and (len(found.events), found.minutes) != (shows.count, shows.minutes):
        await drop_keyboard(query)
        await query.answer()
        again = NameOnStatement(shows.first_name, shows.surname)
        await show_preview(context, person, (data.year, data.language), again, True)
        return
    making = await reply(context, person, "statement-making")
    try:
        issued = await _issue(context, person, held)
    except BaseException:
        # Nothing was kept (the PDF is made first): the preview's ✅ may be tried again.
        services.statement_holds.give_back(person.id, held)
        await _delete(context, person, making.message_id)
        raise
    try:
        await drop_keyboard(query)
    except TelegramError as error:  # the statement is kept: it is sent all the same
        logger.info("could not take the buttons off a used preview: %s", error)
    await services.pending.clear(person.id)
    await query.answer()
    if issued is not None:
        await _deliver(context, person, issued, held.shows.language)
    else:
        await reply(context, person, "statement-no-hours")
    await _delete(context, person, making.message_id)


async def _issue(
    context: BotContext, person: Person, held: HeldStatement
) -> IssuedStatement | None:
    services = context.services
    settings = services.settings
    shows = held.shows
    printed = StatementPerson(shows.first_name, shows.surname)
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
            shows.language,
            PrintedStatement(statement, code, issued_on),
            printed,
            issuer,
        )

    return await services.hours.issue(
        person.id, shows.year, shows.first_name, shows.surname, render
    )


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


async def cancel(
    query: CallbackQuery, context: BotContext, person: Person, data: StatementConfirm
) -> None:
    """✖️: nothing made, the name forgotten, the question closed."""
    context.services.statement_holds.close(person.id, data.token)
    await context.services.pending.clear(person.id)
    await drop_keyboard(query)
    await reply(context, person, "statement-cancelled")


async def cancelled(context: BotContext, person: Person) -> bool:
    """/cancel: a name waiting for her press forgotten, and she is told so (as ✖️ tells her);
    False if none was waiting."""
    holds = context.services.statement_holds
    waiting = holds.waiting(person.id) is not None
    holds.drop(person.id)
    if waiting:
        await reply(context, person, "statement-cancelled")
    return waiting


def forget(context: BotContext, person: Person) -> None:
    """Another command: the question is over, and the name waiting for its press goes too."""
    context.services.statement_holds.drop(person.id)
