"""What members post in a community group, checked for two things (safeguarding rule 26 and the
group's own rule 2). Contact details (a number, an e-mail, an @name, an invitation to another
app) are removed whoever posts them, but staff and the group's admins: the member is told why
in private, at once, and moderators and safeguarding leads are told what kind of detail it was,
never the detail itself, with the message it answered. An adult asking for a contact, a private
chat or secrecy is quoted to moderators and safeguarding leads. New and edited messages alike."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from typing import TypeVar

from telegram import ChatMember, Message, Update
from telegram.error import BadRequest, Forbidden

from bot.core.i18n import Html
from bot.core.log_lines import chat_ref
from bot.services.community_groups import AdultAsked, ContactRemoved, Party, Posted, Replied
from handlers.kit.context import BotContext
from handlers.screens import Screen, Screens

logger = logging.getLogger(__name__)

_Alert = TypeVar("_Alert", ContactRemoved, AdultAsked)


async def remove_contacts(update: Update, context: BotContext) -> None:
    message, chat, user = update.effective_message, update.effective_chat, update.effective_user
    if message is None or chat is None or user is None or user.is_bot:
        return  # an anonymous admin or a channel writes as a bot: staff, not a member
    groups = context.services.groups
    text = message.text or message.caption
    if not text or not groups.is_community(chat.id):
        return
    posted = Posted(user.id, user.first_name, chat.id, chat.title or "", text, _replied(message))
    kinds = await groups.contacts_to_remove(user.id, text)
    if kinds and await _runs_the_group(context, chat.id, user.id):
        return
    removed = bool(kinds) and await _delete(message, chat.id)
    asked = await groups.adult_asked(posted, removed=removed)
    if asked is not None:
        await _to_mod_chat(context, render_asked, asked)
    if kinds:
        alert = await groups.contact_removed(posted, kinds, removed=removed)
        await _to_mod_chat(context, render_alert, alert)


def _replied(message: Message) -> Replied | None:
    """The message this one answers, if a person wrote it (not the bot, not a service note)."""
    answered = message.reply_to_message
    if answered is None or answered.from_user is None or answered.from_user.is_bot:
        return None
    text = answered.text or answered.caption or ""
    return Replied(answered.from_user.id, answered.from_user.first_name, text)


async def _delete(message: Message, chat_id: int) -> bool:
    try:
        return await message.delete()
    except (BadRequest, Forbidden) as error:
        logger.warning("cannot delete a message in chat %s: %s", chat_ref(chat_id), error.message)
        return False


async def _to_mod_chat(
    context: BotContext, render: Callable[[Screens, _Alert], Awaitable[Screen]], note: _Alert
) -> None:
    mod_chat = context.services.settings.mod_chat_id
    if mod_chat is not None:
        screens = Screens(context.services.translate, context.services.settings.default_language)
        await context.bot.send_message(mod_chat, (await render(screens, note)).text)


async def _runs_the_group(context: BotContext, chat_id: int, user_id: int) -> bool:
    """The group's own administrators are the organisation's adults, even when the bot does not
    know their age (they never onboard): the group's contact e-mail is theirs to post. Asked
    only once contact details are found, so ordinary chatter costs no call."""
    member = await context.bot.get_chat_member(chat_id, user_id)
    return member.status in {ChatMember.ADMINISTRATOR, ChatMember.OWNER}


def _band(party: Party) -> str:
    return party.band or "unknown"


async def render_alert(screens: Screens, note: ContactRemoved) -> Screen:
    found = "\n".join(screens.text(f"contacts-found-{kind}") for kind in note.kinds)
    replied = ""
    if note.replied_to is not None:
        replied = "\n" + screens.text(
            "groups-contacts-reply",
            name=note.replied_to.first_name,
            band=_band(note.replied_to),
            quote=note.replied_text,
        )
    return Screen(
        screens.text(
            "groups-contacts-alert",
            name=note.first_name,
            band=note.band or "unknown",
            group=note.group,
            found=Html(found),
            context=Html(replied),
            removed="yes" if note.removed else "no",
            told=note.told,
        )
    )


async def render_asked(screens: Screens, note: AdultAsked) -> Screen:
    to = ""
    if note.to is not None:
        to = screens.text("groups-solicit-to", minor=note.to.first_name, band=_band(note.to))
    return Screen(
        screens.text(
            "groups-solicit-alert",
            adult=note.adult.first_name,
            band=note.adult.band,
            group=note.group,
            to=Html(to),
            quote=note.quote,
            removed="yes" if note.removed else "no",
        )
    )
