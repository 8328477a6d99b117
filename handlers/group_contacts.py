"""Contact details posted in a community group by a member under 18, or by someone whose age
the bot does not know (safeguarding rule 26): the message is removed, the member is told why in
private and the moderators are told what kind of detail it was, never the detail itself. New
and edited messages alike; adults are not touched."""

from __future__ import annotations

import logging

from telegram import ChatMember, Update
from telegram.error import BadRequest, Forbidden

from bot.core.i18n import Html
from bot.services.community_groups import ContactRemoved
from handlers.kit.context import BotContext
from handlers.screens import Screen, Screens

logger = logging.getLogger(__name__)


async def remove_contacts(update: Update, context: BotContext) -> None:
    message, chat, user = update.effective_message, update.effective_chat, update.effective_user
    if message is None or chat is None or user is None or user.is_bot:
        return  # an anonymous admin or a channel writes as a bot: staff, not a member
    groups = context.services.groups
    text = message.text or message.caption
    if not text or not groups.is_community(chat.id):
        return
    kinds = await groups.contacts_to_remove(user.id, text)
    if not kinds or await _runs_the_group(context, chat.id, user.id):
        return
    try:
        removed = await message.delete()
    except (BadRequest, Forbidden) as error:
        logger.warning("cannot delete a message in chat %d: %s", chat.id, error.message)
        removed = False
    alert = await groups.contact_removed(
        user.id, user.first_name, (chat.id, chat.title or ""), kinds, removed=removed
    )
    mod_chat = context.services.settings.mod_chat_id
    if mod_chat is not None:
        screens = Screens(context.services.translate, context.services.settings.default_language)
        await context.bot.send_message(mod_chat, (await render_alert(screens, alert)).text)


async def _runs_the_group(context: BotContext, chat_id: int, user_id: int) -> bool:
    """The group's own administrators are the organisation's adults, even when the bot does not
    know their age (they never onboard): the group's contact e-mail is theirs to post. Asked
    only once contact details are found, so ordinary chatter costs no call."""
    member = await context.bot.get_chat_member(chat_id, user_id)
    return member.status in {ChatMember.ADMINISTRATOR, ChatMember.OWNER}


async def render_alert(screens: Screens, note: ContactRemoved) -> Screen:
    found = "\n".join(screens.text(f"contacts-found-{kind}") for kind in note.kinds)
    return Screen(
        screens.text(
            "groups-contacts-alert",
            name=note.first_name,
            band=note.band or "unknown",
            group=note.group,
            found=Html(found),
            removed="yes" if note.removed else "no",
        )
    )
