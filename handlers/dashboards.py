"""/stats: the community in a few lines and one chart (moderators and admins). /export: the
CSV files of members, projects, events and answers (admins, in private). Both audited."""

from __future__ import annotations

from telegram import InputFile, Update

from bot.domain.catalog import CAUSES
from bot.domain.community_stats import OTHER, REMOTE, CommunityStats
from bot.services.stats_chart import ChartLabels
from handlers.common import reply
from handlers.kit.context import BotContext
from handlers.kit.person import Person

PROJECT_STATUSES = ("open", "paused", "closed", "draft")
APPLICATION_STATUSES = (
    "applied", "invited", "accepted", "declined", "invite_declined", "withdrawn", "left",
)  # fmt: skip
CITIES_IN_TEXT = 3


async def show_stats(update: Update, context: BotContext, person: Person) -> None:
    dashboards = context.services.dashboards
    stats = await dashboards.stats(person.id)
    if stats.empty:
        await reply(context, person, "stats-empty")
        return
    today = context.services.clock.now().astimezone(context.services.settings.zone)
    date = today.strftime("%d/%m/%Y")
    png = await dashboards.chart(stats, _chart_labels(context, person, date))
    await context.bot.send_photo(
        person.chat_id,
        InputFile(png, filename=f"stats-{today:%Y-%m-%d}.png"),
        caption=_summary(context, person, stats, date),
    )


async def export_files(update: Update, context: BotContext, person: Person) -> None:
    files = await context.services.dashboards.export(person.id)
    rows = {file.name: file.rows for file in files}
    await reply(
        context,
        person,
        "export-intro",
        members=rows["members.csv"],
        projects=rows["projects.csv"],
        events=rows["events.csv"],
        answers=rows["attendance.csv"],
    )
    for file in files:
        await context.bot.send_document(
            person.chat_id,
            InputFile(file.content, filename=file.name),
            caption=person.text(f"export-caption-{file.name.removesuffix('.csv')}"),
        )


def _names(context: BotContext, person: Person) -> dict[str, str]:
    """Plain names (no emoji) for every key the chart and the text may show."""
    plain = context.services.translate.plain
    language = person.language
    names = {OTHER: plain(language, "stats-other"), REMOTE: plain(language, "stats-remote")}
    for cause in CAUSES:
        label = plain(language, f"cause-{cause}")
        # Cause buttons start with an emoji and a space; the chart's font draws no emoji.
        names[cause] = label if label[:1].isalnum() else label.partition(" ")[2]
    for status in PROJECT_STATUSES:
        names[status] = plain(language, f"stats-project-{status}")
    for status in APPLICATION_STATUSES:
        names[status] = plain(language, f"stats-application-{status}")
    return names


def _chart_labels(context: BotContext, person: Person, date: str) -> ChartLabels:
    def plain(key: str) -> str:
        return context.services.translate.plain(person.language, key)

    return ChartLabels(
        title=context.services.translate.plain(person.language, "stats-chart-title", date=date),
        ages=plain("stats-chart-ages"),
        cities=plain("stats-chart-cities"),
        causes=plain("stats-chart-causes"),
        growth=plain("stats-chart-growth"),
        projects=plain("stats-chart-projects"),
        turnout=plain("stats-chart-turnout"),
        no_events=plain("stats-chart-no-events"),
        footnote=plain("stats-chart-footnote"),
        names=_names(context, person),
    )


def _summary(context: BotContext, person: Person, stats: CommunityStats, date: str) -> str:
    names = _names(context, person)
    none = context.services.translate.plain(person.language, "stats-none")

    def listed(pairs: list[tuple[str, int]], order: tuple[str, ...] = ()) -> str:
        if order:
            pairs = sorted(pairs, key=lambda pair: order.index(pair[0]))
        return " · ".join(f"{names.get(key, key)}: {n}" for key, n in pairs) or none

    limited = [event for event in stats.turnout if event.capacity]
    return person.text(
        "stats-summary",
        date=date,
        members=stats.members,
        new=stats.new_in_weeks,
        bands=listed(list(stats.age_bands)),
        cities=listed(list(stats.cities[:CITIES_IN_TEXT])),
        projects=listed(list(stats.projects.items()), PROJECT_STATUSES),
        applications=listed(list(stats.applications.items()), APPLICATION_STATUSES),
        past=stats.past_events,
        upcoming=stats.upcoming_events,
        going=sum(event.going for event in limited),
        seats=sum(event.capacity or 0 for event in limited),
        shown=len(limited),
    )
