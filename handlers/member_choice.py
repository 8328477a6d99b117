"""Finding a member by a typed first name, for moderators (/member, /modlog): one match is the
caller's to open; several get a button each, told apart by age band and city (never an id)."""

from __future__ import annotations

from collections.abc import Callable

from telegram import InlineKeyboardMarkup

from bot.services.member_record import Match
from handlers.common import reply
from handlers.kit.callback_data import CallbackData
from handlers.kit.context import BotContext
from handlers.kit.person import Person
from handlers.screens import Screens

MOST_CHOICES = 12  # buttons for members of one name: more, and the moderator types more letters
TYPED_SHOWN = 40


def city_text(screens: Screens, city: str | None, remote_only: bool) -> str:
    if remote_only or city is None:
        return screens.text("records-city-remote" if remote_only else "records-city-unknown")
    return city


def match_label(screens: Screens, match: Match) -> str:
    return screens.label(
        "records-match",
        name=match.first_name,
        band=match.band or screens.text("records-band-unknown"),
        city=city_text(screens, match.city, match.remote_only),
    )


async def found_one(
    context: BotContext, person: Person, typed: str, opens: Callable[[int], CallbackData]
) -> int | None:
    """The member a typed name names, if exactly one; otherwise the moderator is answered:
    nothing found, too many, or a button for each to choose from."""
    found = await context.services.member_records.find(typed)
    if len(found) == 1:
        return found[0].member_id
    shown = typed[:TYPED_SHOWN]
    if not found:
        await reply(context, person, "records-no-match", typed=shown)
    elif len(found) > MOST_CHOICES:
        await reply(context, person, "records-too-many", typed=shown, count=len(found))
    else:
        buttons = [[opens(m.member_id).button(match_label(person.screens, m))] for m in found]
        await reply(context, person, "records-which", InlineKeyboardMarkup(buttons), typed=shown)
    return None
