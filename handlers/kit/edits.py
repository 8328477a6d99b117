"""Drawing over the message a button belongs to, in one place.

Telegram refuses an edit that would leave the message exactly as it is ("Bad Request: message is
not modified") — a screen drawn again with nothing new, a double tap — and an edit of a message
too old or gone. Neither is a failure of the press: the first means nothing changed, the second
leaves the old message as it is; a press whose whole answer is a screen says which (`redraw`).
"""

from __future__ import annotations

import logging
from enum import Enum

from telegram import CallbackQuery, InlineKeyboardMarkup
from telegram.error import BadRequest

from handlers.kit.person import Person
from handlers.screens import Screen

logger = logging.getLogger(__name__)

_NOT_MODIFIED = "message is not modified"


class Edited(Enum):
    CHANGED = "changed"
    UNCHANGED = "unchanged"  # it already read exactly so
    NOT_EDITABLE = "not-editable"  # too old, deleted, or not a message the bot can edit


async def edit_message(
    query: CallbackQuery, text: str | None, keyboard: InlineKeyboardMarkup | None
) -> Edited:
    """The pressed message's text and keyboard become these (`text` None: the keyboard only)."""
    try:
        if text is None:
            await query.edit_message_reply_markup(keyboard)
        else:
            await query.edit_message_text(text, reply_markup=keyboard)
    except BadRequest as error:
        if _NOT_MODIFIED in error.message.casefold():
            return Edited.UNCHANGED
        logger.info("could not edit a message in a private chat: %s", error)
        return Edited.NOT_EDITABLE
    return Edited.CHANGED


# What a press whose screen could not be drawn is told; one that was drawn is answered quietly.
_NOTES = {Edited.UNCHANGED: "screen-unchanged", Edited.NOT_EDITABLE: "button-expired"}


async def redraw(query: CallbackQuery, person: Person, screen: Screen) -> Edited:
    """A press whose whole answer is `screen` (a page, a section, a status to check): drawn
    over the message, and the press answered — with a short note when the screen already read
    exactly so, or the message can no longer change, since otherwise the tap would seem to do
    nothing."""
    edited = await edit_message(query, screen.text, screen.keyboard)
    note = _NOTES.get(edited)
    await query.answer(person.text(note) if note else None)
    return edited
