"""/candidates: for an open project, the best-matching members who chose to be visible to
projects (first name, age band, city, why; never a username, id or contact), and Invite."""

from __future__ import annotations

from typing import Annotated

from telegram import CallbackQuery, InlineKeyboardMarkup, Update

from bot.core.i18n import Html
from bot.services.applications import InviteResult, age_band
from handlers.common import edit_screen, send
from handlers.delivery import delivery_lines
from handlers.event_screens import when_words
from handlers.kit.callback_data import CallbackData, Shape
from handlers.kit.context import BotContext
from handlers.kit.guards import button, refuse_button
from handlers.kit.person import Person
from handlers.project_pages import button_title, paged_heading, paged_rows
from handlers.project_screens import why
from handlers.screens import Screen
from storage.projects import Project

INVITATIONS_SHOWN = 10  # the latest; the screen stays one phone screen


class Candidates(CallbackData, prefix="cd"):
    project: int


class CandidatesOf(Candidates, tag="p"):
    pass


class InviteCandidate(Candidates, tag="i"):
    """Names the candidate by a keyed hash, never by id."""

    ref: Annotated[str, Shape(r"[0-9a-f]{12}")]


class CandidatesProjects(CallbackData, prefix="kc"):
    """◀ ▶ through the open projects to choose from."""

    page: int


async def choose_candidates_project(update: Update, context: BotContext, person: Person) -> None:
    """Which open project to find members for."""
    await send(context, person, await projects_screen(context, person, 0))


async def projects_screen(context: BotContext, person: Person, page: int) -> Screen:
    projects = await context.services.projects.projects_of(person.id)
    buttons = [
        CandidatesOf(p.id).button(button_title(p.title, 40)) for p in projects if p.status == "open"
    ]
    if not buttons:
        return Screen(person.text("candidates-no-open"))
    heading = paged_heading(person.screens, person.text("candidates-which"), page, len(buttons))
    rows = paged_rows(person.screens, buttons, page, CandidatesProjects)
    return Screen(heading, InlineKeyboardMarkup(rows))


@button(CandidatesProjects)
async def candidates_page(
    query: CallbackQuery, context: BotContext, person: Person, data: CandidatesProjects
) -> None:
    await query.answer()
    await edit_screen(query, await projects_screen(context, person, data.page))


async def candidates_screen(context: BotContext, person: Person, project: Project) -> Screen:
    screens = person.screens
    found = await context.services.matching.candidates(person.id, project.id) or []
    invited = await _invitations(context, person, project)
    if not found:
        return Screen(screens.text("candidates-none", title=project.title) + invited)
    lines = [
        screens.text(
            "candidates-line",
            number=number,
            name=candidate.first_name,
            band=age_band(candidate.age),
            city=candidate.facts.city or screens.text("city-remote-only"),
            why=why(
                screens,
                candidate.reasons,
                "why-candidate-shares",
                hours_key="why-candidate-hours",
                fresh_key=None,  # the project is new, which says nothing of the candidate
            ),
        )
        for number, candidate in enumerate(found, start=1)
    ]
    buttons = [
        InviteCandidate(project.id, candidate.ref).button(
            screens.text("candidates-invite", name=candidate.first_name)
        )
        for candidate in found
    ]
    rows = [buttons[i : i + 2] for i in range(0, len(buttons), 2)]
    text = screens.text("candidates-list", title=project.title, lines=Html("\n".join(lines)))
    return Screen(text + invited, InlineKeyboardMarkup(rows))


async def _invitations(context: BotContext, person: Person, project: Project) -> str:
    """Where the project's latest invitations stand, below the candidates: an invitation
    waiting for quiet hours to end says until when (rule 27)."""
    services = context.services
    invitations = await services.rosters.invitations(person.id, project.id)
    if not invitations:
        return ""
    now, zone = services.clock.now(), services.settings.zone
    lines = [person.text("candidates-invited-heading")]
    named = [invitation for invitation in invitations if invitation.named]
    for invitation in named[:INVITATIONS_SHOWN]:
        until = invitation.waits_until
        if invitation.status == "invited" and until is not None and until > now:
            state = person.text(
                "candidates-invited-waits", until=when_words(person.screens, until, zone)
            )
        else:
            state = person.text(f"candidates-invited-{invitation.status}")
        lines.append(
            person.text("candidates-invited-line", name=invitation.first_name or "—", state=state)
        )
    if unnamed := len(invitations) - len(named):
        # Invited, then she switched matching off and never applied: counted, not named.
        lines.append(person.text("fx-invited-unnamed", count=unnamed))
    return "\n\n" + "\n".join(lines)


@button(Candidates)
async def candidates_button(
    query: CallbackQuery, context: BotContext, person: Person, data: Candidates
) -> None:
    projects = context.services.projects
    project = await projects.managed(person.id, data.project)
    if project is None:
        await refuse_button(query, person, "not-your-project", "of a project they do not run")
        return
    if not isinstance(data, InviteCandidate):
        await query.answer()
        await send(context, person, await candidates_screen(context, person, project))
        return
    # The candidate is found in the list as it is now.
    found = await context.services.matching.candidates(person.id, project.id) or []
    chosen = next((c for c in found if c.ref == data.ref), None)
    if chosen is None:
        await query.answer(person.text("candidates-gone"), show_alert=True)
        return
    invited = await context.services.applications.invite(person.id, project.id, chosen.member_id)
    said = person.text(f"invite-result-{invited.result.value}", name=chosen.first_name)
    if invited.result is InviteResult.SENT:
        zone = context.services.settings.zone
        said = f"{said}\n{delivery_lines(person.screens, invited.report, zone)}"
    await query.answer()
    # Said once, on the screen, where it stays: an invitation waiting for the morning shows so.
    screen = await candidates_screen(context, person, project)
    await edit_screen(query, screen.with_hint(said))
