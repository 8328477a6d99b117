"""Applications to a project, reviewed by its coordinators: the card with Accept and Decline,
a decline's reason, and what the member was told."""

from __future__ import annotations

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
    if found is None and not await services.applications.still_there(data.application):
        # The member withdrew or erased their profile since the card was sent.
        await query.answer(person.text("review-gone"), show_alert=True)
        return
    if found is None:
        await refuse_button(query, person, "not-your-project", "to review for a project not theirs")
        return
    application, _ = found
    if application.status != "applied":
        already = ALREADY.get(application.status, "review-already")
        await query.answer(person.text(already))
        # Another copy of the card (a co-coordinator's) was decided: this one stops offering it.
        await stamp(query, context, person, already)
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
    if await decide(context, person, data.application, accept=accept, reason=None):
        key = "review-stamp-accepted" if accept else "review-stamp-declined"
        await stamp(query, context, person, key)


# A late press on a card says what was decided, not just that something was.
ALREADY = {"accepted": "review-already-accepted", "declined": "review-already-declined"}


async def stamp(query: CallbackQuery, context: BotContext, person: Person, key: str) -> None:
    """The pressed card keeps its text, loses its buttons and says what was done and when."""
    message = query.message
    if not isinstance(message, Message) or message.text is None:
        await drop_keyboard(query)
        return
    services = context.services
    time = services.clock.now().astimezone(services.settings.zone).strftime("%H:%M")
    await edit_message(query, f"{message.text_html}\n\n{person.text(key, time=time)}", None)


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
        gone = not await services.applications.still_there(application_id)
        await reply(context, person, "review-gone" if gone else "review-already")
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
