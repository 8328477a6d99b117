"""The /stats chart: one tall PNG, a panel a figure, big enough to read on a phone.

matplotlib is imported inside `draw_chart`, with its Agg backend chosen there: importing the
product never starts a plotting library, and the bot needs no display. Drawing takes a moment,
so the service runs it in a worker thread."""

from __future__ import annotations

import io
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, fields, replace
from datetime import date
from typing import TYPE_CHECKING

from bot.domain.community_stats import CommunityStats

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

# Telegram shrinks a photo to 2,560 pixels on its longest side: the tallest chart (every cause,
# status and city) stays within it, so nothing is scaled down on the phone.
WIDTH_INCHES, DPI = 8.0, 96
# A panel's height: room for its title and axis, then a bar's worth per row, so twelve causes
# are as easy to read as four age bands.
PANEL_INCHES, ROW_INCHES, FEWEST_ROWS, GROWTH_ROWS = 1.0, 0.38, 3, 6
FONT_SIZE = 15
BAR = "#2a9d8f"
SECOND = "#e9c46a"


@dataclass(frozen=True)
class ChartLabels:
    """Every word on the chart, plain text in the reader's language (no emoji: the chart's
    font has none)."""

    title: str
    ages: str
    cities: str
    causes: str
    growth: str
    projects: str
    turnout: str
    no_events: str
    no_projects: str
    nothing: str  # a panel with no bar at all
    footnote: str
    names: Mapping[str, str]  # city, cause and status keys -> their names; the rest as they are


Pairs = Sequence[tuple[str, int]]


def draw_chart(stats: CommunityStats, labels: ChartLabels) -> bytes:
    out = io.BytesIO()
    chart_figure(stats, labels).savefig(out, format="png")
    return out.getvalue()


def chart_figure(stats: CommunityStats, labels: ChartLabels) -> Figure:
    """The chart before it becomes a PNG: its panels, in order, are `figure.axes`."""
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib.figure import Figure

    drawable = _glyphs()
    labels = _drawable_labels(labels, drawable)
    stats = replace(
        stats,
        turnout=tuple(replace(e, title=_keep(e.title, drawable)) for e in stats.turnout),
    )
    work = [*stats.projects.items(), *stats.applications.items()]
    rows = (
        len(stats.age_bands),
        len(stats.cities),
        len(stats.causes),
        GROWTH_ROWS,
        len(work),
        len(stats.turnout),
    )
    heights = [PANEL_INCHES + ROW_INCHES * max(n, FEWEST_ROWS) for n in rows]
    figure = Figure(figsize=(WIDTH_INCHES, sum(heights) + 1.2), dpi=DPI, layout="constrained")
    figure.suptitle(labels.title, fontsize=FONT_SIZE + 5, fontweight="bold")
    panels = figure.subplots(len(rows), 1, height_ratios=heights)
    ages, cities, causes, growth, projects, turnout = panels
    _bars(ages, labels.ages, stats.age_bands, labels)
    _bars(cities, labels.cities, stats.cities, labels)
    _bars(causes, labels.causes, stats.causes, labels)
    _growth(growth, labels.growth, stats.growth)
    _bars(
        projects, labels.projects, work, labels, split=len(stats.projects), empty=labels.no_projects
    )
    _turnout(turnout, stats, labels)
    figure.supxlabel(labels.footnote, fontsize=FONT_SIZE - 3, wrap=True)
    return figure


def _bars(
    axes: Axes, title: str, pairs: Pairs, labels: ChartLabels, split: int = 0, empty: str = ""
) -> None:
    """Horizontal bars, the first at the top, each with its number; bars from `split` on are in
    the second colour (applications after projects). With no bar, `empty` says so in words."""
    axes.set_title(title, fontsize=FONT_SIZE + 2, loc="left")
    if not pairs:
        _say(axes, empty or labels.nothing)
        return
    names = [_short(labels.names.get(name, name), 26) for name, _ in pairs]
    values = [value for _, value in pairs]
    colours = [BAR if i < split or not split else SECOND for i in range(len(pairs))]
    axes.barh(range(len(pairs)), values, color=colours)
    axes.set_yticks(range(len(pairs)), names, fontsize=FONT_SIZE)
    axes.invert_yaxis()
    for row, value in enumerate(values):
        axes.annotate(
            f" {value}", (value, row), va="center", fontsize=FONT_SIZE, annotation_clip=False
        )
    _plain(axes)


def _growth(axes: Axes, title: str, weeks: Sequence[tuple[date, int]]) -> None:
    axes.set_title(title, fontsize=FONT_SIZE + 2, loc="left")
    values = [value for _, value in weeks]
    axes.bar(range(len(weeks)), values, color=BAR)
    # Each week by its Monday, day/month as Italians and Europeans write it: the year is in the
    # title's date.
    mondays = [f"{monday.day}/{monday.month}" for monday, _ in weeks]
    axes.set_xticks(range(len(weeks)), mondays, fontsize=FONT_SIZE - 3)
    axes.tick_params(axis="x", labelrotation=45)
    axes.tick_params(axis="y", labelsize=FONT_SIZE - 2)
    from matplotlib.ticker import MaxNLocator

    axes.yaxis.set_major_locator(MaxNLocator(integer=True))
    axes.spines[["top", "right"]].set_visible(False)


def _turnout(axes: Axes, stats: CommunityStats, labels: ChartLabels) -> None:
    axes.set_title(labels.turnout, fontsize=FONT_SIZE + 2, loc="left")
    if not stats.turnout:
        _say(axes, labels.no_events)
        return
    rows = range(len(stats.turnout))
    seats = [event.capacity or event.going for event in stats.turnout]
    axes.barh(rows, seats, color="#dddddd")
    axes.barh(rows, [event.going for event in stats.turnout], color=BAR)
    names = [f"{event.starts:%d/%m} {_short(event.title)}" for event in stats.turnout]
    axes.set_yticks(rows, names, fontsize=FONT_SIZE - 2)
    axes.invert_yaxis()
    for row, event in enumerate(stats.turnout):
        said = f" {event.going}/{event.capacity}" if event.capacity else f" {event.going}"
        axes.annotate(said, (seats[row], row), va="center", fontsize=FONT_SIZE - 1)
    _plain(axes)


def _say(axes: Axes, text: str) -> None:
    """A panel with nothing to draw says so, instead of an empty frame."""
    axes.text(0.5, 0.5, text, ha="center", va="center", fontsize=FONT_SIZE)
    axes.set_axis_off()


def _plain(axes: Axes) -> None:
    """Numbers are written on the bars: no x axis, no frame."""
    axes.xaxis.set_visible(False)
    axes.spines[["top", "right", "bottom"]].set_visible(False)
    axes.margins(x=0.18)


def _glyphs() -> frozenset[int]:
    """The characters the chart's font can draw: anything else (an emoji in an event's title)
    would print as an empty box and a warning."""
    from matplotlib import font_manager

    font = font_manager.get_font(font_manager.findfont("DejaVu Sans"))
    return frozenset(font.get_charmap())


def _keep(text: str, drawable: frozenset[int]) -> str:
    lines = ("".join(c for c in line if ord(c) in drawable) for line in text.split("\n"))
    return "\n".join(" ".join(line.split()) for line in lines)


def _drawable_labels(labels: ChartLabels, drawable: frozenset[int]) -> ChartLabels:
    names = {key: _keep(name, drawable) for key, name in labels.names.items()}
    texts = {
        field.name: _keep(getattr(labels, field.name), drawable)
        for field in fields(labels)
        if field.name != "names"
    }
    return ChartLabels(**texts, names=names)


def _short(title: str, length: int = 22) -> str:
    return title if len(title) <= length else title[: length - 1] + "…"
