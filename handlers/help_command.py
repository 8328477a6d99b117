"""/help: the commands this person may use, in their language. A member sees one list; staff
see it grouped under a heading per role the commands need, in the command table's order."""

from __future__ import annotations

from telegram import Update

from bot.core.i18n import Html
from bot.services.staff import Role
from handlers.common import reply
from handlers.kit.commands import command_table
from handlers.kit.context import BotContext
from handlers.kit.person import Person


def _line(person: Person, name: str) -> str:
    return person.text("help-line", command=name, description=person.text(f"command-{name}"))


def sections(roles: frozenset[Role]) -> list[tuple[Role | None, list[str]]]:
    """The commands someone with these roles may use, grouped by the role each needs (None:
    everyone), groups in order of first appearance in the table."""
    grouped: dict[Role | None, list[str]] = {}
    for row in command_table():
        if row.listed and row.usable_by(roles):
            grouped.setdefault(row.role, []).append(row.name)
    return list(grouped.items())


def _heading(role: Role | None) -> str:
    return f"help-heading-{role.value if role is not None else 'everyone'}"


async def show_help(update: Update, context: BotContext, person: Person) -> None:
    groups = sections(person.roles)
    if not person.is_staff:
        names = [name for _, group in groups for name in group]
        lines = "\n".join(_line(person, name) for name in names)
        await reply(context, person, "help", commands=Html(lines), count=len(names))
        return
    parts = [
        person.text(
            "help-section",
            heading=person.text(_heading(role)),
            commands=Html("\n".join(_line(person, name) for name in names)),
        )
        for role, names in groups
    ]
    await reply(context, person, "help-staff", sections=Html("\n\n".join(parts)))
