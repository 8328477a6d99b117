"""Runs before every other handler, for people writing to the bot in private:

- records activity (any message or button), which retention counts (rule 13);
- asks members again for their consents when the privacy notice changed (rule 3), before
  anything else; the rights commands still answer first.
"""

from __future__ import annotations

from telegram import Update
from telegram.ext import ApplicationHandlerStop

from bot.services.onboarding import ReturnTo, Step
from handlers import guardian
from handlers.common import reply
from handlers.kit.context import BotContext
from handlers.onboarding import ask

# Answered even before the consents are renewed: the person's rights, and a way out.
ALWAYS_ANSWERED = frozenset({"privacy", "mydata", "deleteme", "settings", "cancel", "help"})


async def before_everything(update: Update, context: BotContext) -> None:
    user = update.effective_user
    chat = update.effective_chat
    if user is None or chat is None or chat.type != "private" or update.my_chat_member:
        return
    services = context.services
    await services.members.touch(user.id)
    if not await services.consents.outdated(user.id):
        return
    message = update.effective_message
    text = message.text if message is not None and update.callback_query is None else None
    if text and text.startswith("/") and text[1:].split()[0].split("@")[0] in ALWAYS_ANSWERED:
        return
    onboarding = services.onboarding
    if services.is_staff(user.id):
        return
    if await onboarding.under_guardian(user.id):
        await ask_guardian_again(update, context)
        return
    if await onboarding.conversation(user.id) is not None:
        return  # the onboarding's own consent question, or an edit, comes first
    if not await onboarding.is_member(user.id):
        return
    await onboarding.edit(user.id, Step.CONSENTS, ReturnTo.PROFILE)
    if update.callback_query is not None:
        await update.callback_query.answer()
    await ask(update, context, Step.CONSENTS, "reconsent-intro")
    raise ApplicationHandlerStop


async def ask_guardian_again(update: Update, context: BotContext) -> None:
    """Below the consent age the guardian renews the consents: a new link, once. Meanwhile only
    the purposes already consented to continue."""
    user = update.effective_user
    assert user is not None
    request = await context.services.guardians.request_of(user.id)
    if request is None or request.status != "consented":
        return  # already asked: the link is out
    await reply(update, context, "reconsent-guardian")
    await guardian.send_new_link(update, context)
