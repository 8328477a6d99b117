"""/newproject: the guided flow, one question a message, a preview, then Publish or Save."""

from __future__ import annotations

import logging
from typing import Annotated, Literal

from telegram import CallbackQuery, InlineKeyboardButton, InlineKeyboardMarkup

from bot.domain.catalog import HOURS_CHOICES
from bot.services.draft_flow import Answer, Draft
from bot.services.project_drafts import LISTS, STEPS
from handlers.common import drop_keyboard, edit_keyboard, reply, send
from handlers.draft_steps import Drafting, age_limits
from handlers.kit.callback_data import CallbackData, Shape
from handlers.kit.context import BotContext
from handlers.kit.guards import STALE
from handlers.kit.person import Person
from handlers.project_screens import project_card
from handlers.project_team import team_names
from handlers.screens import HOME_CITY, Screen, Screens
from storage.projects import Project

logger = logging.getLogger(__name__)

AGE_PRESETS = ((13, 15), (14, 17), (16, 25), (18, 25), (13, 25))
PLACES_PRESETS = (5, 10, 20, 30)
LABELS = {"causes": "cause", "skills": "skill", "days": "days"}
NAME = Shape(r"[a-z_]{1,16}")  # a step or a list of the flow


class NewProject(CallbackData, prefix="np"):
    pass


class ProjectToggle(NewProject, tag="t"):
    """One choice of a list (a cause, a skill, a day, a co-coordinator) on or off."""

    field: Annotated[str, NAME]
    key: Annotated[str, Shape(r"[0-9a-z_]{1,20}")]


class ProjectListDone(NewProject, tag="d"):
    field: Annotated[str, NAME]


class ProjectPlain(NewProject):
    """`r` remote, `s` no deadline, `x` cancel, `p` publish, `v` save (a draft, or the changes
    to a published project)."""

    action: Literal["r", "s", "x", "p", "v"]


class ProjectNumber(NewProject):
    """`h` hours a week, `n` places."""

    what: Literal["h", "n"]
    value: int


class ProjectCity(NewProject, tag="c"):
    city: str


class ProjectAges(NewProject, tag="a"):
    low: int
    high: int


class ProjectCorrect(NewProject, tag="e"):
    step: Annotated[str, NAME]


def _toggles(
    screens: Screens, field: str, chosen: list[str], options: list[tuple[str, str]]
) -> list[list[InlineKeyboardButton]]:
    buttons = [
        ProjectToggle(field, key).button(
            screens.text("choice-on" if key in chosen else "choice-off", label=label)
        )
        for key, label in options
    ]
    return [buttons[i : i + 2] for i in range(0, len(buttons), 2)]


async def _question_rows(
    context: BotContext, person: Person, draft: Draft
) -> list[list[InlineKeyboardButton]]:
    """The buttons that answer the draft's current question."""
    screens = person.screens
    step = draft.step
    if step in LISTS:
        options = [(key, screens.text(f"{LABELS[step]}-{key}")) for key in LISTS[step]]
        rows = _toggles(screens, step, draft.data.get(step, []), options)
        empty = step == "skills" and not draft.data.get("skills")
        finish = "skills-skip" if empty else "button-done"
        return [*rows, [screens.button(finish, ProjectListDone(step))]]
    if step == "cocoordinators":
        options = await _team_options(context, person, draft)
        rows = _toggles(screens, step, draft.data.get(step, []), options)
        return [*rows, [screens.button("button-done", ProjectListDone(step))]]
    return {
        "place": [
            [
                ProjectCity(HOME_CITY).button(HOME_CITY),
                screens.button("project-remote-button", ProjectPlain("r")),
            ]
        ],
        "ages": [
            [
                screens.button("newproject-ages-preset", ProjectAges(low, high), low=low, high=high)
                for low, high in AGE_PRESETS
            ]
        ],
        "hours": [[screens.button(f"hours-{h}", ProjectNumber("h", h)) for h in HOURS_CHOICES]],
        "places": [[ProjectNumber("n", n).button(str(n)) for n in PLACES_PRESETS]],
        "deadline": [[screens.button("newproject-no-deadline", ProjectPlain("s"))]],
    }.get(step, [])


async def _team_options(context: BotContext, person: Person, draft: Draft) -> list[tuple[str, str]]:
    """The coordinators to tick, then the admins already on the team ("Paola (admin)")."""
    others = await context.services.drafts.coordinators_to_add(person.id)
    options = [(str(member.telegram_id), member.name) for member in others]
    for admin in draft.data.get("team_admins", []):
        name = await team_names(context.bot, context.services, person.screens, [int(admin)])
        options.append((str(admin), name))
    return options


async def draft_screen(context: BotContext, person: Person, draft: Draft) -> Screen:
    screens = person.screens
    if draft.step == "preview":
        return await _preview(context, person, draft)
    rows = await _question_rows(context, person, draft)
    rows.append([screens.button("newproject-cancel", ProjectPlain("x"))])
    questions = STEPS[:-1]  # all but the preview
    number = questions.index(draft.step) + 1
    key = f"newproject-{draft.step}"
    if key == "newproject-cocoordinators" and not await _team_options(context, person, draft):
        key = "newproject-cocoordinators-none"  # "tap the names" with no names to tap
    text = screens.text(key, number=number, total=len(questions))
    return Screen(text, InlineKeyboardMarkup(rows))


async def _taken(context: BotContext, person: Person, editing: object) -> int:
    """Accepted participants of the project being edited, so its free places are the card's."""
    if editing is None:
        return 0
    stored = await context.services.projects.managed(person.id, int(str(editing)))
    return stored.taken if stored else 0


async def _preview(context: BotContext, person: Person, draft: Draft) -> Screen:
    screens = person.screens
    new = context.services.drafts.project_of(draft)
    taken = await _taken(context, person, draft.data.get("editing"))
    preview = Project(
        **vars(new), id=0, status="draft", created_by=0, published_at=None, taken=taken
    )
    editing = draft.data.get("editing") is not None
    intro = "newproject-preview-edit" if editing else "newproject-preview"
    text = f"{screens.text(intro)}\n\n{project_card(screens, preview)}"
    text = f"{text}\n\n{await _team_line(context, person, draft)}"
    corrections = [
        screens.button(f"newproject-edit-{name}", ProjectCorrect(name)) for name in STEPS[:-1]
    ]
    rows = [corrections[i : i + 3] for i in range(0, len(corrections), 3)]
    if editing:
        rows.append([screens.button("newproject-save-changes", ProjectPlain("v"))])
    else:
        rows.append(
            [
                screens.button("newproject-publish", ProjectPlain("p")),
                screens.button("newproject-save", ProjectPlain("v")),
            ]
        )
    rows.append([screens.button("newproject-cancel", ProjectPlain("x"))])
    return Screen(text, InlineKeyboardMarkup(rows))


async def _team_line(context: BotContext, person: Person, draft: Draft) -> str:
    """Who else runs it, as chosen: the preview shows the team it saves."""
    chosen = [int(c) for c in draft.data.get("cocoordinators", [])]
    if not chosen:
        return person.text("cocoord-preview-team-none")
    team = await team_names(context.bot, context.services, person.screens, chosen)
    return person.text("cocoord-preview-team", team=team)


async def _pressed(
    query: CallbackQuery, context: BotContext, person: Person, data: NewProject, draft: Draft
) -> None:
    if isinstance(data, ProjectToggle):
        await _toggle(query, context, person, data)
    elif data == ProjectPlain("x"):
        await DRAFTING.cancel(query, context, person, draft)
    elif isinstance(data, ProjectPlain) and data.action in {"p", "v"}:
        await _finish(query, context, person, draft, publish=data.action == "p")
    elif isinstance(data, ProjectCorrect):
        await DRAFTING.correct(query, context, person, data.step)
    else:
        await _answered(query, context, person, await _choice(context, person, draft, data))


async def _toggle(
    query: CallbackQuery, context: BotContext, person: Person, data: ProjectToggle
) -> None:
    drafts = context.services.drafts
    if await drafts.toggle(person.id, data.field, data.key) is None:
        await query.answer(person.text(STALE))
        return
    await query.answer()
    updated = await drafts.draft(person.id)
    assert updated is not None
    await edit_keyboard(query, (await draft_screen(context, person, updated)).keyboard)


async def _finish(
    query: CallbackQuery, context: BotContext, person: Person, draft: Draft, *, publish: bool
) -> None:
    editing = draft.data.get("editing") is not None
    project_id = await context.services.drafts.finish(person.id, publish=publish)
    if project_id is None:
        key = "newproject-problem-save" if editing else STALE
        await query.answer(person.text(key), show_alert=editing)
        return
    await query.answer()
    await drop_keyboard(query)
    done = "newproject-published" if publish else "newproject-saved"
    await reply(context, person, "newproject-changed" if editing else done)


async def _answered(
    query: CallbackQuery, context: BotContext, person: Person, answer: Answer | None
) -> None:
    if answer is None or answer.problem is not None:
        problem = answer is not None and answer.problem != "gone"
        key = f"newproject-problem-{answer.problem}" if answer and problem else STALE
        await query.answer(person.text(key, **age_limits(context)), show_alert=problem)
        return
    await query.answer()
    await drop_keyboard(query)
    updated = await context.services.drafts.draft(person.id)
    assert updated is not None
    await send(context, person, await draft_screen(context, person, updated))


async def _choice(
    context: BotContext, person: Person, draft: Draft, data: NewProject
) -> Answer | None:
    """A button that answers the current question; None if we never drew it."""
    drafts, user_id = context.services.drafts, person.id
    if isinstance(data, ProjectListDone):
        return await drafts.finish_list(user_id, data.field)
    if isinstance(data, ProjectCity) and data.city == HOME_CITY:
        return await drafts.choose(user_id, "place", {"city": HOME_CITY})
    if data == ProjectPlain("r"):
        return await drafts.choose(user_id, "place", {"city": None})
    if data == ProjectPlain("s"):
        return await drafts.choose(user_id, "deadline", {"deadline": None})
    if isinstance(data, ProjectAges):
        return await drafts.choose_ages(user_id, data.low, data.high)
    if isinstance(data, ProjectNumber):
        step, offered = ("hours", HOURS_CHOICES) if data.what == "h" else ("places", PLACES_PRESETS)
        if data.value in offered:
            return await drafts.choose(user_id, step, {step: data.value})
    logger.warning("a /newproject button we never drew was pressed at %s", draft.step)
    return None


DRAFTING = Drafting(lambda services: services.drafts, draft_screen)
new_project = DRAFTING.start
take_text = DRAFTING.take_text
on_button = DRAFTING.button(NewProject, _pressed)
