"""/mydata's lines about the reports the member made: date, kind, their words, where it
stands. The newest few fit the screen; every one is in the file."""

from __future__ import annotations

from handlers.guardian import local_date
from handlers.kit.context import BotContext
from handlers.kit.person import Person

SHOWN = 5
WORDS_SHOWN = 80  # characters of their words on the screen; all of them are in the file


async def reports_made(context: BotContext, person: Person) -> str | None:
    made = await context.services.privacy.reports_made(person.id)
    if not made:
        return None
    screens = person.screens
    lines = [screens.text("mydata-reports", count=len(made))]
    for report in made[:SHOWN]:
        words = report.text or ""
        shown = words if len(words) <= WORDS_SHOWN else words[: WORDS_SHOWN - 1] + "…"
        lines.append(
            screens.text(
                "mydata-report",
                date=local_date(context, screens, report.at),
                category=screens.text(f"report-category-{report.category}"),
                words=shown or screens.text("report-no-words"),
                state=screens.text(f"mydata-report-{report.state}"),
            )
        )
    if len(made) > SHOWN:
        lines.append(screens.text("mydata-reports-more", count=len(made) - SHOWN))
    return "\n".join(lines)
