"""Applications waiting for a coordinator's answer, as one list: those of one project, or of all
the projects they run, oldest first, one card a page with Accept and Decline. After a decision
the list moves on to the next card. The list is read again at every press, from what this
person may review now (rule 22)."""

from __future__ import annotations

import html
from typing import Literal

from telegram import CallbackQuery, InlineKeyboardButton, InlineKeyboardMarkup, Message

from bot.services.applications import WaitingReminder, age_band
from bot.services.pending import PendingInput
from bot.services.staff import Role
from handlers import review_cards, reviews
from handlers.common import edit_screen, reply, send
from handlers.kit.callback_data import CallbackData
from handlers.kit.context import BotContext
from handlers.kit.edits import edit_message
from handlers.kit.guards import button, refuse_button
from handlers.kit.person import Person
from handlers.project_screens import applicant_card
from handlers.screens import Screen, Screens

# A decline's reason typed from the list: the reviews' own, then the list moves on.
DECLINE = "decline-waiting"
ALL = 0  # the scope of a list across every project the coordinator runs


class Waiting(CallbackData, prefix="kw"):
    scope: int  # a project, or ALL


class WaitingOpen(Waiting, tag="o"):
    """From elsewhere (/start, /help, /myprojects, a reminder): the list as a new message."""


class WaitingPage(Waiting, tag="p"):
    index: int  # which card, from the oldest (0)


class WaitingDecide(Waiting, tag="d"):
    """a accept, d decline (asks why), n decline without a reason."""

    decision: Literal["a", "d", "n"]
    application: int


def open_list(screens: Screens, key: str, scope: int = ALL, **args: object) -> InlineKeyboardButton:
    return WaitingOpen(scope).button(screens.label(key, **args))


async def waiting_count(context: BotContext, person: Person) -> int:
    """How many applications wait for this person's answer, across their projects."""
    if not person.has(Role.COORDINATOR):
        return 0
    return len(await context.services.applications.waiting_for(person.id, None))


async def with_waiting(context: BotContext, person: Person, screen: Screen) -> Screen:
    """A coordinator's start or help screen, with how many wait and the way to them on top;
    nothing waiting, nothing added."""
    count = await waiting_count(context, person)
    if not count:
        return screen
    line = person.text("desk-waiting-line", count=count)
    rows = [[open_list(person.screens, "desk-waiting-open")]]
    if screen.keyboard is not None:
        rows += [list(row) for row in screen.keyboard.inline_keyboard]
    return Screen(f"{line}\n\n{screen.text}", InlineKeyboardMarkup(rows))


async def waiting_screen(context: BotContext, person: Person, scope: int, index: int) -> Screen:
    services, screens = context.services, person.screens
    found = await services.applications.waiting_for(person.id, scope or None)
    if not found:
        return Screen(screens.text("desk-waiting-none"))
    index = min(max(index, 0), len(found) - 1)
    application, project = found[index]
    day = application.created_at.astimezone(services.settings.zone).date()
    heading = screens.text(
        "desk-waiting-page", number=index + 1, count=len(found), day=screens.calendar_day(day)
    )
    facts = await services.applications.card_facts(application.member_id)
    if facts is None:
        card = screens.text("review-gone")
        rows = []
    else:
        profile, age = facts
        card = applicant_card(screens, profile, age_band(age), application.message, project)
        rows = [
            [
                WaitingDecide(scope, "a", application.id).button(screens.text("review-accept")),
                WaitingDecide(scope, "d", application.id).button(screens.text("review-decline")),
            ]
        ]
    moves = []
    if index > 0:
        moves.append(WaitingPage(scope, index - 1).button(screens.text("desk-waiting-previous")))
    if index + 1 < len(found):
        moves.append(WaitingPage(scope, index + 1).button(screens.text("desk-waiting-next")))
    rows.append(moves)
    return Screen(f"{heading}\n\n{card}", InlineKeyboardMarkup([row for row in rows if row]))


async def render_reminder(screens: Screens, note: WaitingReminder) -> Screen:
    """Under the 3-day reminder's card: how many wait in all, and the list."""
    keyboard = InlineKeyboardMarkup([[open_list(screens, "desk-waiting-open")]])
    return Screen(screens.text("desk-waiting-reminder", count=note.count), keyboard)


@button(Waiting)
async def waiting_button(
    query: CallbackQuery, context: BotContext, person: Person, data: Waiting
) -> None:
    services = context.services
    if data.scope != ALL and await services.projects.managed(person.id, data.scope) is None:
        await refuse_button(query, person, "not-your-project", "of a project they do not run")
        return
    if isinstance(data, WaitingOpen):
        await query.answer()
        await send(context, person, await waiting_screen(context, person, data.scope, 0))
    elif isinstance(data, WaitingPage):
        await query.answer()
        await edit_screen(query, await waiting_screen(context, person, data.scope, data.index))
    elif isinstance(data, WaitingDecide):
        await _decide(query, context, person, data)


async def _decide(
    query: CallbackQuery, context: BotContext, person: Person, data: WaitingDecide
) -> None:
    services = context.services
    found = await services.applications.application_for_reviewer(person.id, data.application)
    if found is None and await services.applications.still_there(data.application):
        await refuse_button(query, person, "not-your-project", "to review for a project not theirs")
        return
    if found is None or found[0].status != "applied":
        # Withdrawn, or answered by a colleague meanwhile: said on the card, which offers the
        # next one only (a second tap of a double tap never lands on another's Accept).
        if found is None:
            said = person.text("review-gone")
        else:
            said = await review_cards.already_said(context.bot, services, person, found[0])
        await query.answer(html.unescape(said), show_alert=True)
        await _moved_on(query, context, person, data.scope, said)
        return
    await query.answer()
    if data.decision == "d":
        await reviews.stamp(query, context, person, "review-stamp-declining")
        await services.pending.expect(person.id, DECLINE, data.application)
        no_reason = WaitingDecide(data.scope, "n", data.application)
        keyboard = InlineKeyboardMarkup([[no_reason.button(person.text("review-no-reason"))]])
        await reply(context, person, "review-ask-reason", keyboard)
        return
    accept = data.decision == "a"
    if await reviews.decide(context, person, data.application, accept=accept, reason=None):
        key = "review-stamp-accepted" if accept else "review-stamp-declined"
        time = services.clock.now().astimezone(services.settings.zone).strftime("%H:%M")
        await _moved_on(query, context, person, data.scope, person.text(key, time=time))


async def _moved_on(
    query: CallbackQuery, context: BotContext, person: Person, scope: int, line: str
) -> None:
    """The pressed card, in place, says what happened and offers "▶ Next (N waiting)": the next
    card comes only on that tap, so a double tap on Accept can never decide another
    application. Nothing left: it says so."""
    count = len(await context.services.applications.waiting_for(person.id, scope or None))
    message = query.message
    card = message.text_html if isinstance(message, Message) and message.text else ""
    parts = [part for part in (card, line) if part]
    if count:
        next_one = WaitingPage(scope, 0).button(person.text("desk-waiting-after", count=count))
        keyboard: InlineKeyboardMarkup | None = InlineKeyboardMarkup([[next_one]])
    else:
        parts.append(person.text("desk-waiting-none"))
        keyboard = None
    await edit_message(query, "\n\n".join(parts), keyboard)


async def take_text(context: BotContext, person: Person, typed: str, pending: PendingInput) -> bool:
    """A decline's reason typed from the list: declined as from the card, then the next one."""
    if pending.kind != DECLINE:
        return False
    await reviews.take_text(context, person, typed, PendingInput("decline", pending.ref))
    again = await context.services.pending.get(person.id)
    if again == PendingInput("decline", pending.ref):  # held for contact details: asked again
        await context.services.pending.expect(person.id, DECLINE, pending.ref)
        return True
    found = await context.services.applications.application_for_reviewer(person.id, pending.ref)
    if found is not None and found[0].status != "applied":
        await send(context, person, await waiting_screen(context, person, ALL, 0))
    return True
