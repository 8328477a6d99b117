"""A member says yes to a coordinator's invitation from /myapplications: one tap, and they are
in (the coordinator asked them; nobody accepts them a second time)."""

from __future__ import annotations

from telegram import CallbackQuery, InlineKeyboardMarkup

from bot.services.applications import InvitationAnswer, InvitationNote
from handlers.common import reply
from handlers.kit.callback_data import CallbackData
from handlers.kit.context import BotContext
from handlers.kit.guards import STALE, button, finished_member
from handlers.kit.notifier import Renderer
from handlers.kit.person import Person
from handlers.project_screens import MoveApplication
from handlers.screens import Screen, Screens


class AcceptInvitation(CallbackData, prefix="ia"):
    application: int


def invitation_renderer() -> Renderer[InvitationNote]:
    """The invitation, answered where it arrives: one tap to take part."""

    async def render(screens: Screens, note: InvitationNote) -> Screen:
        keyboard = InlineKeyboardMarkup(
            [
                [
                    AcceptInvitation(note.application_id).button(screens.text("invitation-accept")),
                    MoveApplication("d", note.application_id).button(
                        screens.text("myapplications-decline-invite")
                    ),
                ]
            ]
        )
        return Screen(screens.text("invitation-card", title=note.title), keyboard)

    return render


@button(AcceptInvitation)
@finished_member
async def accept_pressed(
    query: CallbackQuery, context: BotContext, person: Person, data: AcceptInvitation
) -> None:
    applications = context.services.applications
    answered = await applications.accept_invitation(person.id, data.application)
    if answered.answer is InvitationAnswer.GONE or answered.project is None:
        await query.answer(person.text(STALE))
        return
    await query.answer()
    key = f"invitation-{answered.answer.value}"
    await reply(context, person, key, title=answered.project.title)
