"""Applications to a project, reviewed by its coordinators: the card with Accept and Decline,
a decline's reason, and what the member was told."""

from __future__ import annotations

import html
from typing import Literal

from telegram import CallbackQuery, InlineKeyboardMarkup, Message

from bot.services.applications import MAX_REASON, ApplicationCard, age_band
from bot.services.contact_guard import ContactDetailsHeld
from bot.services.pending import PendingInput
from handlers import contact_hold
from handlers.common import drop_keyboard, first_name_of, reply, send
from handlers.delivery import delivery_lines
from handlers.kit.callback_data import CallbackData
from handlers.kit.context import BotContext
from handlers.kit.edits import edit_message
from handlers.kit.guards import button, refuse_button
from handlers.kit.notifier import Renderer
from handlers.kit.person import Person
from handlers.project_screens import applicant_card
from handlers.review_cards import already_said
from handlers.screens import Screen, Screens


class Review(CallbackData, prefix="rv"):
    """An application's card: a accept, d decline (asks why), n decline without a reason."""

    decision: Literal["a", "d", "n"]
    application: int


def application_renderer() -> Renderer[ApplicationCard]:
    """The application card, to one of the project's coordinators, with Accept and Decline."""

    async def render(screens: Screens, note: ApplicationCard) -> Screen:
        application = note.application
        band = age_band(note.age)
        text = applicant_card(screens, note.profile, band, application.message, note.project)
        if note.hint is not None:
            text = f"{screens.text(note.hint)}\n\n{text}"
        keyboard = review_buttons(application.id, screens)
        return Screen(text, keyboard)

    return render


@button(Review)
async def review_button(
    query: CallbackQuery, context: BotContext, person: Person, data: Review
) -> None:
    services = context.services
    found = await services.applications.application_for_reviewer(person.id, data.application)
    if found is None:
        await _not_reviewable(query, context, person, data.application)
        return
    application, _ = found
    if application.status != "applied":
        said = await already_said(context.bot, services, person, application)
        await query.answer(html.unescape(said))
        # The pressed card stops offering a decision that was made: a remembered copy is drawn
        # as every copy is (who decided, when), any other message says so under its text.
        if application.decided_by is not None and await _is_copy(query, context):
            await services.applications.redraw_cards(application.id)
        else:
            await _stamp_line(query, said)
        return
    await query.answer()
    if data.decision == "d":
        await stamp(query, context, person, "review-stamp-declining")
        await services.pending.expect(person.id, "decline", data.application)
        no_reason = Review("n", data.application).button(person.text("review-no-reason"))
        keyboard = InlineKeyboardMarkup([[no_reason]])
        await reply(context, person, "review-ask-reason", keyboard)
        return
    accept = data.decision == "a"
    decided = await decide(context, person, data.application, accept=accept, reason=None)
    if decided and not await _is_copy(query, context):  # copies were drawn again already
        key = "review-stamp-accepted" if accept else "review-stamp-declined"
        await stamp(query, context, person, key)


async def _not_reviewable(
    query: CallbackQuery, context: BotContext, person: Person, application_id: int
) -> None:
    """Gone, off the project since the card came (stepped down, or a colleague took them
    off), or never theirs."""
    applications = context.services.applications
    if not await applications.still_there(application_id):
        # The member withdrew or erased their profile since the card was sent (its copies went
        # with it): told to an adult who could have had the card, refused to anyone else.
        staff = context.services.staff
        if staff.is_admin(person.id) or person.id in await staff.names():
            await query.answer(person.text("review-gone"), show_alert=True)
        else:
            await refuse_button(
                query, person, "not-your-project", "to review a missing application"
            )
        return
    message = query.message
    project = None
    if isinstance(message, Message):
        project = await applications.former_card(
            person.id, application_id, message.chat_id, message.message_id
        )
    if project is None:
        await refuse_button(query, person, "not-your-project", "to review for a project not theirs")
        return
    said = person.screens.label("cocoord-no-longer", title=project.title)
    await query.answer(said, show_alert=True)
    await drop_keyboard(query)


async def _is_copy(query: CallbackQuery, context: BotContext) -> bool:
    message = query.message
    if not isinstance(message, Message):
        return False
    copy = await context.services.applications.card_copy(message.chat_id, message.message_id)
    return copy is not None


async def stamp(query: CallbackQuery, context: BotContext, person: Person, key: str) -> None:
    """The pressed card keeps its text, loses its buttons and says what was done and when."""
    services = context.services
    time = services.clock.now().astimezone(services.settings.zone).strftime("%H:%M")
    await _stamp_line(query, person.text(key, time=time))


async def _stamp_line(query: CallbackQuery, line: str) -> None:
    message = query.message
    if not isinstance(message, Message) or message.text is None:
        await drop_keyboard(query)
        return
    await edit_message(query, f"{message.text_html}\n\n{line}", None)


def review_buttons(application_id: int, screens: Screens) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        [
            [
                Review("a", application_id).button(screens.text("review-accept")),
                Review("d", application_id).button(screens.text("review-decline")),
            ]
        ]
    )


async def decline_not_sent(context: BotContext, person: Person, application_id: int) -> None:
    """A command came before the decline's reason: nothing was sent, and the coordinator must
    not believe otherwise. The card's buttons come again so one tap finishes it."""
    found = await context.services.applications.application_for_reviewer(person.id, application_id)
    if found is None or found[0].status != "applied":
        return
    application, project = found
    name = await first_name_of(context, application.member_id)
    keyboard = review_buttons(application_id, person.screens)
    await reply(
        context, person, "review-decline-not-sent", keyboard, name=name, title=project.title
    )


async def decide(
    context: BotContext, person: Person, application_id: int, *, accept: bool, reason: str | None
) -> bool:
    """Accept or decline; the coordinator reads what happened to the member's notice."""
    services = context.services
    await services.pending.clear(person.id)
    done = await services.applications.review(person.id, application_id, accept, reason)
    if done is None:
        await send(context, person, Screen(await _why_not(context, person, application_id)))
        return False
    project = done.project
    text = person.text(
        "review-done-accepted" if accept else "review-done-declined",
        left=project.places_left,
        title=project.title,
    )
    name = await first_name_of(context, done.application.member_id)
    told = delivery_lines(person.screens, done.told, services.settings.zone)
    heading = person.text("review-told", name=name)
    await send(context, person, Screen(f"{text}\n{heading}\n{told}"))
    return True


async def _why_not(context: BotContext, person: Person, application_id: int) -> str:
    """Why a decision did not go through: gone, decided meanwhile (by whom), or no longer
    this person's to make."""
    applications = context.services.applications
    known = await applications.with_project(application_id)
    if known is None:
        return person.text("review-gone")
    found = await applications.application_for_reviewer(person.id, application_id)
    if found is None:
        return person.text("cocoord-no-longer", title=known[1].title)
    if found[0].status != "applied":
        return await already_said(context.bot, context.services, person, found[0])
    return person.text("review-already")


async def take_text(context: BotContext, person: Person, typed: str, pending: PendingInput) -> bool:
    """A decline's reason."""
    if pending.kind != "decline":
        return False
    text = typed.strip()
    try:
        if len(text) > MAX_REASON:
            # Refused whole, never cut: what is sent is exactly what moderators can read.
            await reply(context, person, "message-too-long", max=MAX_REASON, length=len(text))
        else:
            await decide(context, person, pending.ref, accept=False, reason=text)
    except ContactDetailsHeld as held:
        await contact_hold.ask_again(context, person, held, pending)
    return True
