"""The person an update comes from, resolved once per update: who, where, in which language,
with which staff roles. Handlers receive it from the guards instead of reading it again."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from telegram import Update

from bot.services.staff import Role, StaffService
from handlers.kit.context import BotContext
from handlers.screens import Screens


@dataclass(frozen=True)
class Person:
    id: int
    chat_id: int  # where the update came from: their private chat, or a group
    first_name: str
    app_language: str | None  # what their Telegram app says, before any choice of theirs
    roles: frozenset[Role]  # an admin acts as every role
    screens: Screens = field(repr=False, compare=False)  # texts in their language

    @property
    def language(self) -> str:
        return self.screens.language

    @property
    def is_staff(self) -> bool:
        return bool(self.roles)

    def has(self, role: Role) -> bool:
        return role in self.roles

    def text(self, key: str, **args: object) -> str:
        return self.screens.text(key, **args)

    def speaking(self, language: str) -> Person:
        return replace(self, screens=self.screens.speaking(language))


def roles_of(staff: StaffService, telegram_id: int) -> frozenset[Role]:
    """Every role someone acts as, by the staff service's own rules."""
    checks = (
        (Role.ADMIN, staff.is_admin),
        (Role.MODERATOR, staff.is_moderator),
        (Role.COORDINATOR, staff.is_coordinator),
    )
    return frozenset(role for role, holds in checks if holds(telegram_id))


async def person_of(update: Update, context: BotContext) -> Person | None:
    """The update's person, read once and kept on the update's context; None without a user."""
    if context.person is not None:
        return context.person
    user = update.effective_user
    if user is None:
        return None
    services = context.services
    language = await services.members.language_for(user.id, user.language_code)
    chat = update.effective_chat
    context.person = Person(
        id=user.id,
        chat_id=chat.id if chat is not None else user.id,
        first_name=user.first_name,
        app_language=user.language_code,
        roles=roles_of(services.staff, user.id),
        screens=Screens(services.translate, language),
    )
    return context.person


def now_speaking(context: BotContext, person: Person, language: str) -> Person:
    """After the person chose a language in this update: the rest of it speaks that one."""
    context.person = person.speaking(language)
    return context.person
