"""A project's team: the message a coordinator gets when a colleague adds them (naming who else
runs it), or takes them off, or leaves the staff; and stepping down from it (asked once more
first, so a mis-tap removes nobody; never the last one, refused before asking)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Literal

from telegram import Bot, CallbackQuery, InlineKeyboardButton, InlineKeyboardMarkup

from bot.services.cocoordination import (
    ColleagueDemoted,
    CoordinatorAdded,
    CoordinatorRemoved,
    StepDown,
)
from bot.wiring import Services
from handlers.common import drop_keyboard, edit_screen
from handlers.kit.callback_data import CallbackData
from handlers.kit.context import BotContext
from handlers.kit.guards import button, refuse_button
from handlers.kit.notifier import Renderer
from handlers.kit.person import Person
from handlers.review_cards import named
from handlers.screens import Screen, Screens


class TeamChoice(CallbackData, prefix="tm"):
    """On the "you were added" message and a project's screen: ask (step down?), yes (do it),
    no (stay)."""

    action: Literal["ask", "yes", "no"]
    project: int


def step_down_row(screens: Screens, project_id: int) -> list[InlineKeyboardButton]:
    """The project screen's way to step down, at any time (refused, with the reason, for the
    last coordinator)."""
    return [TeamChoice("ask", project_id).button(screens.label("cocoord-leave-project"))]


async def team_names(bot: Bot, services: Services, screens: Screens, ids: Iterable[int]) -> str:
    """A team as a message names it: "Emma Ferrero e Paola (admin)"."""
    names = []
    for staff_id in ids:
        by = await named(bot, services, staff_id)
        if by["who"] == "admin":
            names.append(screens.text("cocoord-an-admin"))
        elif services.staff.is_admin(staff_id):
            names.append(screens.text("cocoord-admin-name", name=by["name"]))
        else:
            names.append(by["name"])
    if len(names) < 2:
        return "".join(names)
    return screens.text("cocoord-and", first=", ".join(names[:-1]), last=names[-1])


def added_renderer(bot: Bot, services: Services) -> Renderer[CoordinatorAdded]:
    async def render(screens: Screens, note: CoordinatorAdded) -> Screen:
        by = await named(bot, services, note.by_id)
        text = screens.text("cocoord-added", title=note.title, **by)
        if note.team:
            team = await team_names(bot, services, screens, note.team)
            text = f"{text}\n{screens.text('cocoord-added-team', team=team)}"
        leave = TeamChoice("ask", note.project_id).button(screens.label("cocoord-step-down"))
        return Screen(text, InlineKeyboardMarkup([[leave]]))

    return render


def removed_renderer(bot: Bot, services: Services) -> Renderer[CoordinatorRemoved]:
    async def render(screens: Screens, note: CoordinatorRemoved) -> Screen:
        by = await named(bot, services, note.by_id)
        return Screen(screens.text("cocoord-taken-off", title=note.title, **by))

    return render


def demoted_renderer(bot: Bot, services: Services) -> Renderer[ColleagueDemoted]:
    async def render(screens: Screens, note: ColleagueDemoted) -> Screen:
        if not note.team:
            return Screen(screens.text("cocoord-colleague-left", name=note.name, title=note.title))
        team = await team_names(bot, services, screens, note.team)
        key = "cocoord-colleague-left-team"
        return Screen(screens.text(key, name=note.name, title=note.title, team=team))

    return render


@button(TeamChoice)
async def team_button(
    query: CallbackQuery, context: BotContext, person: Person, data: TeamChoice
) -> None:
    team = context.services.cocoordination
    project = await team.on_team(person.id, data.project)
    if project is None:
        # Already stepped down, or taken off by a colleague: nothing left to choose.
        await refuse_button(query, person, "cocoord-not-on-team", "for a team they are not on")
        await drop_keyboard(query)
        return
    title = project.title
    if data.action == "ask" and not await team.others_on_team(person.id, data.project):
        # The last one: said before asking, as an alert, so the screen under it stays.
        await query.answer(person.text("cocoord-last-coordinator", title=title), show_alert=True)
        return
    await query.answer()
    if data.action == "no":
        await edit_screen(query, Screen(person.text("cocoord-stays", title=title)))
        return
    if data.action == "ask":
        yes = TeamChoice("yes", data.project).button(person.screens.label("cocoord-step-down-yes"))
        no = TeamChoice("no", data.project).button(person.screens.label("cocoord-step-down-no"))
        text = person.text("cocoord-step-down-confirm", title=title)
        await edit_screen(query, Screen(text, InlineKeyboardMarkup([[yes], [no]])))
        return
    outcome, _ = await team.step_down(person.id, data.project)
    await edit_screen(query, Screen(person.text(OUTCOMES[outcome], title=title)))


OUTCOMES = {
    StepDown.DONE: "cocoord-stepped-down",
    StepDown.LAST: "cocoord-last-coordinator",
    StepDown.NOT_THERE: "cocoord-not-on-team",  # a colleague took them off a moment ago
}
