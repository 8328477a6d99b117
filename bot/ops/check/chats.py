"""The Community chats section: the bot's place and rights in every chat the settings name."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from telegram import (
    Bot,
    Chat,
    ChatFullInfo,
    ChatMember,
    ChatMemberAdministrator,
    ChatMemberOwner,
    ChatMemberRestricted,
)
from telegram.error import BadRequest, Forbidden, TelegramError

from bot.core.settings import Settings
from bot.ops.check.report import Finding, Mark, fix, good, note

# The administrator rights moderation uses (handlers/kit/group_actions.py), as Telegram's
# apps name the switches.
COMMUNITY_RIGHTS = {
    "can_delete_messages": "Delete messages",
    "can_restrict_members": "Ban users",
}
PRESENT = {"creator", "administrator", "member", "restricted"}
CHAT_SETTINGS = frozenset({"community_chat_ids", "mod_chat_id", "mod_log_chat_id"})

# The rules of one kind of chat: (the chat, the bot's membership, the chat's name) → findings.
Judge = Callable[[ChatFullInfo, ChatMember, str], list[Finding]]


@dataclass(frozen=True)
class ChatsChecked:
    findings: list[Finding]
    moderators: Mark | None  # the moderators' chat's mark; None: MOD_CHAT_ID is not set


async def check_chats(bot: Bot, settings: Settings, bad: frozenset[str]) -> ChatsChecked:
    """`bad`: settings reported as invalid above; their chats are not looked at."""
    found: list[Finding] = []
    for chat_id in sorted(settings.community_chat_ids):
        found.extend(await _chat(bot, chat_id, "community group", _community))
    moderators: Mark | None = None
    if settings.mod_chat_id is not None:
        chat = await _chat(bot, settings.mod_chat_id, "moderators' chat", _moderators)
        moderators = chat[0].mark
        found.extend(chat)
    if settings.mod_log_chat_id is not None:
        found.extend(await _chat(bot, settings.mod_log_chat_id, "audit log chat", _log))
    skipped = sorted(name.upper() for name in bad & CHAT_SETTINGS)
    if skipped:
        found.append(note(f"{' and '.join(skipped)}: not checked, fix the settings above first"))
    elif not found:
        found.append(note("no chat to check: COMMUNITY_CHAT_IDS and MOD_CHAT_ID are empty"))
    return ChatsChecked(found, moderators)


async def _chat(bot: Bot, chat_id: int, role: str, judge: Judge) -> list[Finding]:
    try:
        chat = await bot.get_chat(chat_id)
        member = await bot.get_chat_member(chat_id, bot.id)
    except Forbidden:
        return [fix(f"{role} {chat_id}: the bot was removed from it; add @{bot.username} again")]
    except BadRequest as error:
        if "not found" in error.message.lower():
            return [
                fix(
                    f"{role} {chat_id} not found: the bot was never added to it, or the id is "
                    f"wrong (add @{bot.username}, then check the id)"
                )
            ]
        return [fix(f"{role} {chat_id}: Telegram answered {error.message}")]
    except TelegramError as error:
        return [note(f"{role} {chat_id}: not checked, Telegram answered {error.message}")]
    return judge(chat, member, f"{role} “{chat.title or chat_id}”")


def _community(chat: ChatFullInfo, member: ChatMember, name: str) -> list[Finding]:
    if chat.type != Chat.SUPERGROUP:
        return [
            fix(
                f"{name} is a basic group: Telegram lets bots mute members only in supergroups; "
                "in the group's settings set Chat history for new members to Visible"
            )
        ]
    if not isinstance(member, ChatMemberAdministrator | ChatMemberOwner):
        return [
            fix(
                f"{name}: the bot is not an administrator; in the group, Edit → Administrators "
                f"→ Add Admin → the bot, with {_listed(COMMUNITY_RIGHTS.values())}"
            )
        ]
    missing = [
        label for right, label in COMMUNITY_RIGHTS.items() if not getattr(member, right, True)
    ]
    if missing:
        return [
            fix(
                f"{name}: the bot lacks {_listed(missing)}; in the group, Edit → "
                f"Administrators → the bot, switch on {_listed(missing)}"
            )
        ]
    return [good(f"{name}: administrator with {_listed(COMMUNITY_RIGHTS.values())}")]


def _moderators(chat: ChatFullInfo, member: ChatMember, name: str) -> list[Finding]:
    found = _can_send(member, name)
    if found[0].mark is Mark.GOOD and not getattr(member, "can_restrict_members", False):
        found.append(
            note(
                f"{name}: the bot cannot remove former staff from it; make it an administrator "
                "with Ban users, or remove them yourself"
            )
        )
    return found


def _log(chat: ChatFullInfo, member: ChatMember, name: str) -> list[Finding]:
    if chat.type == Chat.CHANNEL and not getattr(member, "can_post_messages", False):
        return [
            fix(
                f"{name} is a channel where the bot cannot post: make it an administrator with "
                "Post messages"
            )
        ]
    return _can_send(member, name)


def _can_send(member: ChatMember, name: str) -> list[Finding]:
    if member.status not in PRESENT or (
        isinstance(member, ChatMemberRestricted) and not member.is_member
    ):
        return [fix(f"{name}: the bot is not in it; add the bot to the chat")]
    if isinstance(member, ChatMemberRestricted) and not member.can_send_messages:
        return [fix(f"{name}: the bot may not send messages; lift its restriction")]
    return [good(f"{name}: the bot is in it and can send")]


def _listed(labels: Iterable[str]) -> str:
    names = [f"“{label}”" for label in labels]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
