"""Joining and leaving a community group: one welcome per join (a burst of joiners shares one,
and each new welcome replaces the last), newcomers held read-only until they finish the
onboarding when ONBOARDING_REQUIRED is on, and the hold lifted as soon as they finish.

Joins are read from `chat_member` updates only, not from "X joined" service messages: Telegram
sends one such update per join to a bot that administers the group (it must, to keep it), while
service messages are hidden in large groups and come again with the same join."""

from __future__ import annotations

import contextlib
import logging
from dataclasses import dataclass
from datetime import datetime
from enum import Enum

from telegram import ChatMember, ChatMemberUpdated, ChatPermissions, Update
from telegram.error import BadRequest, Forbidden, TelegramError

from bot.services.community_groups import InForce, JoinPlan, Welcome
from handlers.appeal_screens import when
from handlers.common import reply
from handlers.groups import link_button
from handlers.kit.context import BotContext
from handlers.kit.person import Person
from handlers.screens import Screens

logger = logging.getLogger(__name__)

_IN = {ChatMember.MEMBER, ChatMember.ADMINISTRATOR, ChatMember.OWNER}
# The group's welcome ends with a line in this language too: a newcomer who does not read the
# community's language still learns why they cannot write yet.
_SUMMARY_LANGUAGE = "en"
_WELCOME_KEYS = {
    Welcome.BACK: "groups-welcome-back",
    Welcome.OPEN: "groups-welcome-open",
    Welcome.HELD: "groups-welcome-held",
}


def _present(member: ChatMember) -> bool:
    """In the group (a restricted member too), as opposed to gone or banned."""
    if member.status == ChatMember.RESTRICTED:
        return bool(getattr(member, "is_member", False))
    return member.status in _IN


async def member_changed(update: Update, context: BotContext) -> None:
    change = update.chat_member
    if change is None or not context.services.groups.is_community(change.chat.id):
        return
    user = change.new_chat_member.user
    if user.is_bot:
        return  # bots are never welcomed, nor held
    was, now = _present(change.old_chat_member), _present(change.new_chat_member)
    if was and not now:
        await context.services.groups.left(change.chat.id, user.id)
    elif now and not was:
        await _joined(context, change)


async def _joined(context: BotContext, change: ChatMemberUpdated) -> None:
    groups = context.services.groups
    chat_id, member_id = change.chat.id, change.new_chat_member.user.id
    async with groups.welcoming(chat_id):
        standing = await groups.in_force(chat_id, member_id)
        plan = await groups.joined(chat_id, member_id)
        # A held newcomer reads only until released, and the release keeps the mute.
        if standing is not None and not (plan.hold and standing.kind == "mute"):
            await _sanction_again(context, chat_id, member_id, standing)
            return
        if plan.hold and not await _hold(context, chat_id, member_id):
            plan = await groups.could_not_hold(chat_id, member_id)
        await _welcome(context, chat_id, plan)


async def _hold(context: BotContext, chat_id: int, member_id: int) -> bool:
    try:
        await context.bot.restrict_chat_member(
            chat_id,
            member_id,
            ChatPermissions.no_permissions(),
            use_independent_chat_permissions=True,
        )
    except (BadRequest, Forbidden) as error:
        logger.warning("cannot restrict newcomers in chat %d: %s", chat_id, error.message)
        # The admins are told once, in the group; the newcomer is welcomed as if not held,
        # so the bot never says they must wait when nothing stops them writing.
        if await context.services.groups.cannot_restrict(chat_id):
            screens = _group_screens(context)
            await context.bot.send_message(chat_id, screens.text("groups-cannot-restrict"))
        return False
    await context.services.groups.held(chat_id, member_id)
    return True


async def _sanction_again(
    context: BotContext, chat_id: int, member_id: int, standing: InForce
) -> None:
    """Back in a group while a ban or mute of theirs runs (after /deleteme, the same Telegram
    id): it applies again, as Telegram would have kept it; no welcome for them."""
    if standing.kind == "ban":
        try:
            await context.bot.ban_chat_member(chat_id, member_id, until_date=standing.until)
        except TelegramError as error:
            logger.warning("cannot ban someone again in chat %d: %s", chat_id, error)
        return
    if await _mute_until(context, chat_id, member_id, standing.until):
        words = sanction_words(context, standing, "groups-rejoined")
        await context.services.groups.tell_sanction(member_id, *words)


async def _mute_until(
    context: BotContext, chat_id: int, member_id: int, until: datetime | None
) -> bool:
    try:
        await context.bot.restrict_chat_member(
            chat_id,
            member_id,
            ChatPermissions.no_permissions(),
            use_independent_chat_permissions=True,
            until_date=until,
        )
    except TelegramError as error:
        logger.warning("cannot keep a mute in chat %d: %s", chat_id, error)
        return False
    return True


def sanction_words(
    context: BotContext, standing: InForce, family: str = "groups-released"
) -> tuple[str, dict[str, str]]:
    """What tells them a ban or mute still runs: when they may write again, if it ends."""
    if standing.kind == "mute" and standing.until is not None:
        zone = context.services.settings.zone
        return f"{family}-paused", {"until": when(standing.until, zone)}
    return f"{family}-barred", {}


def _group_screens(context: BotContext) -> Screens:
    """A group speaks the community's default language."""
    services = context.services
    return Screens(services.translate, services.settings.default_language)


async def _welcome(context: BotContext, chat_id: int, plan: JoinPlan) -> None:
    if plan.welcome is None:
        return  # the welcome a moment ago greets them too
    if plan.replaces is not None:
        await _delete_quietly(context, chat_id, plan.replaces)
    screens = _group_screens(context)
    settings = context.services.settings
    text = screens.text(_WELCOME_KEYS[plan.welcome], community=settings.community_name)
    if plan.welcome is Welcome.HELD and settings.guardian_consent_below > settings.min_age:
        text += "\n" + screens.text(
            "groups-welcome-guardian", below=settings.guardian_consent_below
        )
    if settings.default_language != _SUMMARY_LANGUAGE:
        # Not everyone reads the community's language: one line of the same in English.
        english = Screens(context.services.translate, _SUMMARY_LANGUAGE)
        text += "\n\n" + english.text(f"groups-welcome-summary-{plan.welcome.name.lower()}")
    keyboard = (
        None
        if plan.welcome is Welcome.BACK
        else link_button(context, screens, "groups-welcome-button")
    )
    sent = await context.bot.send_message(chat_id, text, reply_markup=keyboard)
    await context.services.groups.welcomed(chat_id, sent.message_id, plan.welcome)


async def _delete_quietly(context: BotContext, chat_id: int, message_id: int) -> None:
    # Already gone (an admin deleted it), or older than Telegram lets bots delete: fine.
    with contextlib.suppress(BadRequest):
        await context.bot.delete_message(chat_id, message_id)


class Released(Enum):
    NOTHING = "nothing"  # held nowhere
    LIFTED = "lifted"
    WAITING = "waiting"  # still held: not finished (a guardian's consent to check)
    SANCTIONED = "sanctioned"  # finished, but a moderator's ban or mute still runs


@dataclass(frozen=True)
class Release:
    state: Released
    standing: InForce | None = None  # SANCTIONED: the sanction that still runs


async def release_holds(context: BotContext, member_id: int) -> Release:
    """Lift the hold in every community group where this person waits, if they have finished;
    a ban or mute in force stays (rule 11): the hold gives way to it, never lifts it."""
    groups = context.services.groups
    held = await groups.holds_of(member_id)
    if not held:
        return Release(Released.NOTHING)
    if not await groups.finished(member_id):
        return Release(Released.WAITING)
    kept: InForce | None = None
    for chat_id in held:
        standing = await groups.in_force(chat_id, member_id)
        if standing is None:
            over = await _lift(context, chat_id, member_id)
        else:
            kept = standing
            # A ban: they are not in the group, and nothing is lifted.
            over = standing.kind == "mute" and await _mute_until(
                context, chat_id, member_id, standing.until
            )
        if over:
            await groups.released(chat_id, member_id)
    if kept is not None:
        return Release(Released.SANCTIONED, kept)
    return Release(Released.LIFTED)


async def _lift(context: BotContext, chat_id: int, member_id: int) -> bool:
    try:
        # Every permission on lifts the restriction (Bot API): the member is back to the
        # group's own default permissions.
        await context.bot.restrict_chat_member(
            chat_id,
            member_id,
            ChatPermissions.all_permissions(),
            use_independent_chat_permissions=True,
        )
    except TelegramError as error:
        # The hold stays recorded, so an admin can lift it by hand and nothing pretends.
        logger.warning("cannot lift a hold in chat %d: %s", chat_id, error)
        return False
    return True


_RELEASE_KEYS = {Released.LIFTED: "groups-released", Released.WAITING: "groups-still-held"}


async def after_onboarding(context: BotContext, person: Person) -> None:
    """Right after the onboarding's last tap: the person is in the private chat, so they are
    answered there, at once."""
    released = await release_holds(context, person.id)
    if released.standing is not None:
        key, args = sanction_words(context, released.standing)
        await reply(context, person, key, None, **args)
    elif released.state is not Released.NOTHING:
        await reply(context, person, _RELEASE_KEYS[released.state])


async def after_check(context: BotContext, member_id: int) -> None:
    """A moderator checked a guardian's consent: the child is told through the gate."""
    released = await release_holds(context, member_id)
    groups = context.services.groups
    if released.state is Released.LIFTED:
        await groups.tell_released(member_id)
    elif released.standing is not None:
        await groups.tell_sanction(member_id, *sanction_words(context, released.standing))
