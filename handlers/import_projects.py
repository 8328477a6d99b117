"""/import: a coordinator's projects from a spreadsheet, checked row by row, saved as drafts."""

from __future__ import annotations

from telegram import InputFile, Update

from bot.core.i18n import Html
from bot.domain.project_import import MAX_BYTES, template
from bot.services.staff import Role
from handlers import onboarding
from handlers.common import reply
from handlers.kit.context import BotContext
from handlers.kit.person import Person

MAX_REPORT_LINES = 12


async def import_help(update: Update, context: BotContext, person: Person) -> None:
    await reply(context, person, "import-how")
    await context.bot.send_document(
        person.chat_id,
        InputFile(template(), filename="progetti-modello.csv"),
        caption=person.text("import-template-caption"),
    )


async def on_document(update: Update, context: BotContext, person: Person) -> None:
    """A spreadsheet from a coordinator is an import; anything else is stray media."""
    message = update.effective_message
    document = message.document if message is not None else None
    if document is None or not person.has(Role.COORDINATOR):
        await onboarding.on_media(update, context, person)
        return
    if document.file_size is not None and document.file_size > MAX_BYTES:
        await reply(context, person, "import-problem-too-big")
        return
    data = bytes(await (await document.get_file()).download_as_bytearray())
    result, ids = await context.services.projects.import_csv(data, person.id)
    if not result.problems:
        titles = "\n".join(person.text("import-line", title=p.title) for p in result.projects)
        await reply(context, person, "import-done", count=len(ids), lines=Html(titles))
        return
    lines = [
        person.text(
            f"import-problem-{problem.what}",
            row=problem.row,
            column=problem.column,
            value=problem.value,
        )
        for problem in result.problems[:MAX_REPORT_LINES]
    ]
    more = len(result.problems) - MAX_REPORT_LINES
    if more > 0:
        lines.append(person.text("import-more-problems", count=more))
    count = len(result.problems)
    await reply(context, person, "import-failed", count=count, lines=Html("\n".join(lines)))
