"""A member says yes to a coordinator's invitation from /myapplications: one tap, and they are
in (the coordinator asked them; nobody accepts them a second time)."""

from __future__ import annotations

from telegram import CallbackQuery

from bot.services.applications import InvitationAnswer
from handlers.common import reply
from handlers.kit.callback_data import CallbackData
from handlers.kit.context import BotContext
from handlers.kit.guards import STALE, button, finished_member
from handlers.kit.person import Person


class AcceptInvitation(CallbackData, prefix="ia"):
    application: int


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
