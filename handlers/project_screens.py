"""How projects, matches and applications read on a phone. Rendering only: no I/O."""

from __future__ import annotations

from typing import Annotated, Literal

from telegram import InlineKeyboardMarkup

from bot.core.i18n import Html
from bot.domain.matching import Reasons
from bot.services.project_matching import Matches
from handlers.kit.callback_data import CallbackData, Shape
from handlers.screens import Screen, Screens, pager
from storage.profiles import Profile
from storage.projects import Project

LIST_TITLE = 28  # characters of a title on a button


class Projects(CallbackData, prefix="pj"):
    """/projects and what it leads to."""


class ProjectsPage(Projects, tag="p"):
    page: int


class ProjectDetails(Projects, tag="d"):
    project: int


class Apply(Projects, tag="a"):
    """I'm interested: asks for an optional message."""

    project: int


class ApplyWithoutMessage(Projects, tag="s"):
    project: int


class ApplyWithStart(Projects, tag="t"):
    """A message over the limit: send its start (the part that fits)."""

    project: int


class CancelApplying(Projects, tag="x"):
    pass


class PickCause(Projects, tag="c"):
    """Browse by cause: which one?"""


class ProjectsOfCause(Projects, tag="k"):
    cause: Annotated[str, Shape(r"[a-z]{1,16}")]


class RemoteProjects(Projects, tag="r"):
    pass


class BrowsePage(Projects, tag="b"):
    """◀ ▶ through the projects of a cause (`cause`), or the remote ones (REMOTE)."""

    cause: Annotated[str, Shape(r"[a-z]{1,16}")]
    page: int


REMOTE = "remote"  # no cause is called so


class MoveApplication(CallbackData, prefix="ap"):
    """/myapplications: withdraw, leave, decline an invitation."""

    move: Literal["w", "l", "d"]
    application: int


class WriteToProject(CallbackData, prefix="pr"):
    """A participant writes to the project's coordinators."""

    project: int


def short(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def place(screens: Screens, project: Project) -> str:
    return project.city or screens.text("project-remote")


def project_card(screens: Screens, project: Project, *, full: bool = True) -> str:
    description = project.description if full else short(project.description, 160)
    deadline = (
        screens.text("project-deadline", date=screens.calendar_day(project.deadline))
        if project.deadline
        else ""
    )
    return screens.text(
        "project-card",
        title=project.title,
        description=description,
        causes=screens.labels("cause", project.causes),
        skills=screens.labels("skill", project.skills),
        place=place(screens, project),
        low=project.min_age,
        high=project.max_age,
        hours=screens.weekly_hours(project.hours_per_week),
        days=screens.labels("days", project.days),
        left=project.places_left,
        deadline=deadline,
    )


def why(
    screens: Screens,
    reasons: Reasons,
    shared_key: str = "why-shared",
    *,
    hours_key: str = "why-hours",
    fresh_key: str | None = "why-new",
) -> str:
    """ "you share: climate, graphic design · Torino · weekends" """
    parts = []
    shared = [screens.labels("cause", (key,)) for key in reasons.causes]
    shared += [screens.labels("skill", (key,)) for key in reasons.skills]
    if shared:
        parts.append(screens.text(shared_key, things=", ".join(shared)))
    if reasons.city:
        parts.append(reasons.city)
    if reasons.remote:
        parts.append(screens.text("project-remote"))
    if reasons.days:
        parts.append(screens.labels("days", reasons.days))
    if reasons.hours_fit:
        parts.append(screens.text(hours_key))
    if reasons.fresh and fresh_key is not None:
        parts.append(screens.text(fresh_key))
    return " · ".join(parts) if parts else screens.text("why-open")


def matches_page(screens: Screens, found: Matches, page: int, per_page: int) -> Screen:
    """A page of /projects: the best matches first, each with why."""
    lines = []
    rows = []
    total = found.total
    for number, match in enumerate(found.page, start=page * per_page + 1):
        project = found.projects[match.project.id]
        lines.append(
            screens.text(
                "projects-line",
                number=number,
                title=project.title,
                place=place(screens, project),
                why=why(screens, match.reasons),
            )
        )
        title = short(project.title, LIST_TITLE)
        rows.append(
            [
                ProjectDetails(project.id).button(
                    screens.label("projects-details", number=number, title=title)
                ),
                Apply(project.id).button(screens.text("projects-apply")),
            ]
        )
    pages = (total + per_page - 1) // per_page
    nav = pager(screens, ProjectsPage, page, per_page, total)
    if nav:
        rows.append(nav)
    rows.append([PickCause().button(screens.text("projects-browse"))])
    text = screens.text("projects-page", page=page + 1, pages=pages, lines=Html("\n".join(lines)))
    return Screen(text, InlineKeyboardMarkup(rows))


def applicant_card(
    screens: Screens, profile: Profile, band: str, message: str | None, project: Project
) -> str:
    """What coordinators see of an applicant (rule 16): never a username, id or contact, and
    the age band, not the age."""
    return screens.text(
        "review-card",
        project=project.title,
        name=profile.first_name or "—",
        band=band,
        city=profile.city or screens.text("city-remote-only"),
        causes=screens.labels("cause", profile.causes),
        skills=screens.labels("skill", profile.skills),
        days=screens.labels("days", profile.days),
        hours=screens.weekly_hours(profile.hours_per_week),
        message=message or screens.text("review-no-message"),
    )
