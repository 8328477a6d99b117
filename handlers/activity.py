"""Runs before every other handler, for people writing to the bot in private:

- records activity (any message or button), which retention counts (rule 13);
- asks members again for their consents when the privacy notice changed (rule 3), before
  anything else; the commands marked `before_consents` in the command table (the person's
  rights, and a way out) still answer first.
"""

from __future__ import annotations

from telegram import Update
from telegram.ext import ApplicationHandlerStop

from bot.domain.onboarding_steps import ReturnTo, Step
from handlers import guardian, reports
from handlers.common import reply
from handlers.conversation import command_ends_question
from handlers.kit.commands import command_table
from handlers.kit.context import BotContext
from handlers.kit.person import Person, person_of
from handlers.onboarding import ask


def answered_first(update: Update) -> bool:
    """A command answered even before the consents are renewed."""
    message = update.effective_message
    text = message.text if message is not None and update.callback_query is None else None
    if not text or not text.startswith("/"):
        return False
    name = text[1:].split()[0].split("@")[0] if text[1:].strip() else ""
    return any(row.name == name and row.before_consents for row in command_table())


async def before_everything(update: Update, context: BotContext) -> None:
    chat = update.effective_chat
    if chat is None or chat.type != "private" or update.my_chat_member:
        return
    person = await person_of(update, context)
    if person is None:
        return
    services = context.services
    await services.members.touch(person.id)
    await command_ends_question(update, context, person)
    if not await services.consents.outdated(person.id) or answered_first(update):
        return
    if await reports.reporting(update, context, person):
        return  # help one message away (rule 25): the consents are asked again next time
    onboarding = services.onboarding
    if person.is_staff:
        return
    if await onboarding.under_guardian(person.id):
        await ask_guardian_again(context, person)
        return
    if await onboarding.conversation(person.id) is not None:
        return  # the onboarding's own consent question, or an edit, comes first
    if not await onboarding.is_member(person.id):
        return
    await onboarding.edit(person.id, Step.CONSENTS, ReturnTo.PROFILE)
    if update.callback_query is not None:
        await update.callback_query.answer()
    await ask(context, person, Step.CONSENTS, "reconsent-intro")
    raise ApplicationHandlerStop


async def ask_guardian_again(context: BotContext, person: Person) -> None:
    """Below the consent age the guardian renews the consents: a new link, once. Meanwhile only
    the purposes already consented to continue."""
    request = await context.services.guardians.request_of(person.id)
    if request is None or request.status != "consented":
        return  # already asked: the link is out
    await reply(context, person, "reconsent-guardian")
    await guardian.send_new_link(context, person)
