"""One command table (`handlers.routes.COMMANDS`) feeds the routing, /help, the command menus per
language and role, the role checks and what is answered while renewed consents are asked.

A row says who may use the command (`role`: None for everyone; an admin acts as every role),
whether it also answers in groups, and whether /help and the menus show it. Adding a command is
one row there plus its handler `(update, context, person)`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from telegram import BotCommand, BotCommandScopeChat
from telegram.ext import CommandHandler, ExtBot, filters

from bot.core.i18n import SUPPORTED_LANGUAGES, Translator
from bot.services.staff import Role
from handlers.kit.context import BotContext
from handlers.kit.guards import PersonHandler, for_person, requires


@dataclass(frozen=True)
class Command:
    name: str
    handler: PersonHandler
    role: Role | None = None  # who may use it; None: everyone
    groups: bool = False  # answers in groups too, not only in private chats
    listed: bool = True  # shown by /help and in the command menus
    before_consents: bool = False  # answered even while renewed consents are asked for
    members_only: bool = False  # a young person's own: staff are refused, so never shown them
    # Group moderation: the group's own administrators may use it too, so the handler asks who
    # may act at that moment (Telegram knows them, the bot's roles do not); listed by `role`.
    group_admins: bool = False
    # Also for the safeguarding leads, who need not be staff: the handler checks who may use it,
    # and their own /help lists it; staff see it by `role`.
    leads: bool = False
    # A second role that may use it (/broadcast: coordinators and moderators); the handler
    # checks the person itself, and /help lists it under both roles.
    also: Role | None = None

    def usable_by(self, roles: Iterable[Role]) -> bool:
        held = frozenset(roles)
        return self.role is None or self.role in held or self.also in held

    def shown_to(self, roles: frozenset[Role]) -> bool:
        """In /help and the menu of someone with these roles (no roles: a member)."""
        return self.listed and self.usable_by(roles) and not (self.members_only and roles)

    def route(self) -> CommandHandler[BotContext, None]:
        handler = self.handler
        if self.role is not None and not (self.group_admins or self.leads or self.also):
            handler = requires(self.role)(self.handler)
        return CommandHandler(
            self.name,
            for_person(handler),
            filters=None if self.groups or self.group_admins else filters.ChatType.PRIVATE,
        )


def command_table() -> tuple[Command, ...]:
    """The table lives with the routing map, which imports every handler; some of those publish
    menus from it, so it is looked up when first needed rather than imported up here."""
    from handlers.routes import COMMANDS

    return COMMANDS


def commands_for(roles: Iterable[Role], table: Sequence[Command] | None = None) -> tuple[str, ...]:
    """What /help and the menu show someone with these roles, in the table's order."""
    held = frozenset(roles)
    rows = command_table() if table is None else table
    return tuple(row.name for row in rows if row.shown_to(held))


def bot_commands(translate: Translator, language: str, names: tuple[str, ...]) -> list[BotCommand]:
    return [BotCommand(name, translate(language, f"command-{name}")) for name in names]


async def publish_command_menu(bot: ExtBot[None], translate: Translator) -> None:
    """The menu per Telegram app language, plus a default for everyone else."""
    everyone = commands_for(())
    await bot.set_my_commands(bot_commands(translate, translate.default_language, everyone))
    for language in SUPPORTED_LANGUAGES:
        await bot.set_my_commands(
            bot_commands(translate, language, everyone), language_code=language
        )


async def publish_personal_menu(
    context: BotContext, chat_id: int, language: str, roles: Iterable[Role]
) -> None:
    """After /language or a change of role, one person's menu: their language, their roles."""
    await context.bot.set_my_commands(
        bot_commands(context.services.translate, language, commands_for(roles)),
        scope=BotCommandScopeChat(chat_id),
    )
