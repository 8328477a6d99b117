"""A project's team: the message a coordinator gets when a colleague adds them, and stepping
down from it (asked once more first, so a mis-tap removes nobody)."""

from __future__ import annotations

from typing import Literal

from telegram import Bot, CallbackQuery, InlineKeyboardMarkup

from bot.services.cocoordination import CoordinatorAdded, StepDown
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
    """On the "you were added" message: ask (step down?), yes (do it), no (stay)."""

    action: Literal["ask", "yes", "no"]
    project: int


def added_renderer(bot: Bot, services: Services) -> Renderer[CoordinatorAdded]:
    async def render(screens: Screens, note: CoordinatorAdded) -> Screen:
        by = await named(bot, services, note.by_id)
        text = screens.text("cocoord-added", title=note.title, **by)
        leave = TeamChoice("ask", note.project_id).button(screens.label("cocoord-step-down"))
        return Screen(text, InlineKeyboardMarkup([[leave]]))

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
    await query.answer()
    title = project.title
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
