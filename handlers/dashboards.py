"""/stats: the community in a few lines and one chart (moderators and admins). /export: the
CSV files of members, projects, events and answers (admins, in private). Both audited."""

from __future__ import annotations

from telegram import InputFile, Update

from bot.core.i18n import Translator
from bot.domain.catalog import CAUSES
from bot.domain.community_stats import (
    APPLICATION_STATUSES,
    OTHER,
    PROJECT_STATUSES,
    REMOTE,
    CommunityStats,
)
from bot.services.stats_chart import ChartLabels
from handlers.common import reply
from handlers.export_legend import legend_header, legend_rows, without_emoji
from handlers.kit.context import BotContext
from handlers.kit.person import Person

CITIES_IN_TEXT = 3


async def show_stats(update: Update, context: BotContext, person: Person) -> None:
    dashboards = context.services.dashboards
    stats = await dashboards.stats(person.id)
    if stats.empty:
        await reply(context, person, "stats-empty")
        return
    today = context.services.clock.now().astimezone(context.services.settings.zone)
    date = today.strftime("%d/%m/%Y")
    translate, language = context.services.translate, person.language
    png = await dashboards.chart(stats, chart_labels(translate, language, date))
    await context.bot.send_photo(
        person.chat_id,
        InputFile(png, filename=f"stats-{today:%Y-%m-%d}.png"),
        caption=stats_caption(translate, language, stats, date),
    )


async def export_files(update: Update, context: BotContext, person: Person) -> None:
    translate, language = context.services.translate, person.language
    files = await context.services.dashboards.export(
        person.id, legend_header(translate, language), legend_rows(translate, language)
    )
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


def plain_names(translate: Translator, language: str) -> dict[str, str]:
    """Plain names (no emoji) for every key the chart and the text may show."""
    names = {
        OTHER: translate.plain(language, "stats-other"),
        REMOTE: translate.plain(language, "stats-remote"),
    }
    for cause in CAUSES:
        # The chart's font draws no emoji.
        names[cause] = without_emoji(translate.plain(language, f"cause-{cause}"))
    for status in PROJECT_STATUSES:
        names[status] = translate.plain(language, f"stats-project-{status}")
    for status in APPLICATION_STATUSES:
        names[status] = translate.plain(language, f"stats-application-{status}")
    return names


def chart_labels(translate: Translator, language: str, date: str) -> ChartLabels:
    def plain(key: str) -> str:
        return translate.plain(language, key)

    return ChartLabels(
        title=translate.plain(language, "stats-chart-title", date=date),
        ages=plain("stats-chart-ages"),
        cities=plain("stats-chart-cities"),
        causes=plain("stats-chart-causes"),
        growth=plain("stats-chart-growth"),
        projects=plain("stats-chart-projects"),
        turnout=plain("stats-chart-turnout"),
        no_events=plain("stats-chart-no-events"),
        no_projects=plain("stats-chart-no-projects"),
        nothing=plain("stats-none"),
        footnote=plain("stats-chart-footnote"),
        names=plain_names(translate, language),
    )


def stats_caption(translate: Translator, language: str, stats: CommunityStats, date: str) -> str:
    """The few lines under the chart: the photo's caption, so at most 1,024 characters."""
    names = plain_names(translate, language)
    none = translate.plain(language, "stats-none")

    def listed(pairs: tuple[tuple[str, int], ...]) -> str:
        items = (
            translate.plain(language, "stats-item", name=names.get(key, key), count=count)
            for key, count in pairs
        )
        return " · ".join(items) or none

    limited = [event for event in stats.turnout if event.capacity]
    return translate(
        language,
        "stats-summary",
        date=date,
        members=stats.members,
        new=stats.new_in_weeks,
        bands=listed(stats.age_bands),
        cities=listed(stats.cities[:CITIES_IN_TEXT]),
        open=stats.projects.get("open", 0),
        projects=sum(stats.projects.values()),
        waiting=stats.applications.get("applied", 0),
        accepted=stats.applications.get("accepted", 0),
        past=stats.past_events,
        upcoming=stats.upcoming_events,
        going=sum(event.going for event in limited),
        seats=sum(event.capacity or 0 for event in limited),
        shown=len(limited),
    )
