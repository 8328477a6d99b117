"""Which commands each person may use: one list feeds /help and Telegram's command menu."""

from __future__ import annotations

from typing import Final

from telegram import BotCommand, BotCommandScopeChat
from telegram.ext import ExtBot

from bot.core.i18n import SUPPORTED_LANGUAGES, Translator
from bot.services.staff import Role

MEMBER_COMMANDS: Final = (
    "start",
    "projects",
    "myapplications",
    "events",
    "myevents",
    "profile",
    "settings",
    "privacy",
    "mydata",
    "deleteme",
    "language",
    "help",
    "cancel",
)
MODERATOR_COMMANDS: Final = ("pending", "consent", "projectlog")
COORDINATOR_COMMANDS: Final = (
    "newproject",
    "myprojects",
    "import",
    "candidates",
    "newevent",
    "manageevents",
)
ADMIN_COMMANDS: Final = ("invite", "staff", "demote")

ROLE_COMMANDS: Final[dict[Role | None, tuple[str, ...]]] = {
    None: (),
    Role.COORDINATOR: COORDINATOR_COMMANDS,
    Role.MODERATOR: MODERATOR_COMMANDS,
    Role.ADMIN: ADMIN_COMMANDS + MODERATOR_COMMANDS + COORDINATOR_COMMANDS,
}


def commands_for(role: Role | None) -> tuple[str, ...]:
    return ROLE_COMMANDS[role] + MEMBER_COMMANDS


def bot_commands(translate: Translator, language: str, names: tuple[str, ...]) -> list[BotCommand]:
    return [BotCommand(name, translate(language, f"command-{name}")) for name in names]


async def publish_command_menu(bot: ExtBot[None], translate: Translator) -> None:
    """The menu per Telegram app language, plus a default for everyone else."""
    await bot.set_my_commands(bot_commands(translate, translate.default_language, MEMBER_COMMANDS))
    for language in SUPPORTED_LANGUAGES:
        await bot.set_my_commands(
            bot_commands(translate, language, MEMBER_COMMANDS), language_code=language
        )


async def publish_personal_menu(
    bot: ExtBot[None], translate: Translator, chat_id: int, language: str, role: Role | None
) -> None:
    """After /language, the menu follows the chosen language, not the app's."""
    await bot.set_my_commands(
        bot_commands(translate, language, commands_for(role)),
        scope=BotCommandScopeChat(chat_id),
    )
