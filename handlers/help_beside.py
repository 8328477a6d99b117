"""Questions whose answer may rightly speak of bullying, harassment or danger: the words are
that answer, and help (rule 25) comes beside them instead of in their place.

A member explaining an appeal ("he mocked me for days, I answered badly") is telling their
side, not only asking for help: swallowing those words as a cry for help lost the appeal. The
report being written is itself the help; a moderator's reason is staff work.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from telegram import InlineKeyboardMarkup

from bot.domain.distress import distress_in
from handlers import appeal_cards, appeals, reports
from handlers.kit.context import BotContext
from handlers.kit.person import Person

Beside = Callable[[BotContext, Person, str], Awaitable[None]]


async def offer(context: BotContext, person: Person, text: str) -> None:
    """After the answer was taken: one short line and the report button, if the words speak
    of harm. The words are kept as a report draft too, so the button starts from them."""
    found = distress_in(text)
    if found is None:
        return
    services = context.services.reports
    await services.keep_draft(person.id, found.category, text[: reports.KEPT_CHARACTERS])
    minor = await services.is_minor(person.id)
    line = person.text("help-beside-minor" if minor else "help-beside-adult")
    keyboard = InlineKeyboardMarkup(
        [[reports.ReportStep("start").button(person.screens.label("distress-report-button"))]]
    )
    await context.bot.send_message(person.chat_id, line, reply_markup=keyboard)


async def _nothing(context: BotContext, person: Person, text: str) -> None:
    """The answer is enough: no offer beside it."""


# By the kind of question waiting: what comes beside the answer.
WELCOMING: dict[str, Beside] = {
    **{kind: _nothing for kind in reports.OWN_WORDS},
    appeals.WHY: offer,
    **{kind: _nothing for kind in appeal_cards.REASON_FOR},
}


def welcomes(kind: str | None) -> Beside | None:
    """What to add after the answer, if the question waiting welcomes words about harm."""
    return WELCOMING.get(kind) if kind is not None else None
