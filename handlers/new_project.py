"""/newproject: the guided flow, one question a message, a preview, then Publish or Save."""

from __future__ import annotations

import logging

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update

from bot.domain.catalog import HOURS_CHOICES
from bot.services.draft_flow import Answer, Draft
from bot.services.project_drafts import LISTS, STEPS
from handlers.common import drop_keyboard, edit_keyboard, reply, screens_for, send
from handlers.draft_steps import (
    age_limits,
    cancel_button,
    correct_button,
    start_flow,
    take_flow_text,
)
from handlers.kit.context import BotContext
from handlers.project_screens import project_card
from handlers.screens import HOME_CITY, Screen, Screens, is_number
from storage.projects import Project

logger = logging.getLogger(__name__)

CALLBACK_PATTERN = r"^np:"
AGE_PRESETS = ((13, 15), (14, 17), (16, 25), (18, 25), (13, 25))
PLACES_PRESETS = (5, 10, 20, 30)
LABELS = {"causes": "cause", "skills": "skill", "days": "days"}


def _button(screens: Screens, key: str, data: str, **args: object) -> InlineKeyboardButton:
    return InlineKeyboardButton(screens.text(key, **args), callback_data=data)


def _toggles(
    screens: Screens, field: str, chosen: list[str], options: list[tuple[str, str]]
) -> list[list[InlineKeyboardButton]]:
    buttons = [
        InlineKeyboardButton(
            screens.text("choice-on" if key in chosen else "choice-off", label=label),
            callback_data=f"np:t:{field}:{key}",
        )
        for key, label in options
    ]
    return [buttons[i : i + 2] for i in range(0, len(buttons), 2)]


async def draft_screen(update: Update, context: BotContext, draft: Draft) -> Screen:
    screens = await screens_for(update, context)
    services = context.services
    step = draft.step
    cancel = [_button(screens, "newproject-cancel", "np:x")]
    rows: list[list[InlineKeyboardButton]] = []
    if step in LISTS:
        options = [(key, screens.text(f"{LABELS[step]}-{key}")) for key in LISTS[step]]
        rows = _toggles(screens, step, draft.data.get(step, []), options)
        finish = (
            "skills-skip" if step == "skills" and not draft.data.get("skills") else "button-done"
        )
        rows.append([_button(screens, finish, f"np:d:{step}")])
    elif step == "place":
        rows = [
            [
                InlineKeyboardButton(HOME_CITY, callback_data=f"np:c:{HOME_CITY}"),
                _button(screens, "project-remote-button", "np:r"),
            ]
        ]
    elif step == "ages":
        rows = [
            [
                _button(screens, "newproject-ages-preset", f"np:a:{low}:{high}", low=low, high=high)
                for low, high in AGE_PRESETS
            ]
        ]
    elif step == "hours":
        rows = [[_button(screens, f"hours-{hours}", f"np:h:{hours}") for hours in HOURS_CHOICES]]
    elif step == "places":
        rows = [[InlineKeyboardButton(str(n), callback_data=f"np:n:{n}") for n in PLACES_PRESETS]]
    elif step == "deadline":
        rows = [[_button(screens, "newproject-no-deadline", "np:s")]]
    elif step == "cocoordinators":
        assert update.effective_user is not None
        others = await services.drafts.coordinators_to_add(update.effective_user.id)
        options = [(str(member.telegram_id), member.name) for member in others]
        rows = _toggles(screens, step, draft.data.get(step, []), options)
        rows.append([_button(screens, "button-done", f"np:d:{step}")])
    elif step == "preview":
        new = services.drafts.project_of(draft)
        preview = Project(
            **vars(new), id=0, status="draft", created_by=0, published_at=None, taken=0
        )
        editing = draft.data.get("editing") is not None
        intro = "newproject-preview-edit" if editing else "newproject-preview"
        text = f"{screens.text(intro)}\n\n{project_card(screens, preview)}"
        corrections = [
            _button(screens, f"newproject-edit-{name}", f"np:e:{name}") for name in STEPS[:-1]
        ]
        rows = [corrections[i : i + 3] for i in range(0, len(corrections), 3)]
        if editing:
            rows.append([_button(screens, "newproject-save-changes", "np:v")])
        else:
            rows.append(
                [
                    _button(screens, "newproject-publish", "np:p"),
                    _button(screens, "newproject-save", "np:v"),
                ]
            )
        rows.append(cancel)
        return Screen(text, InlineKeyboardMarkup(rows))
    rows.append(cancel)
    questions = STEPS[:-1]  # all but the preview
    text = screens.text(
        f"newproject-{step}", number=questions.index(step) + 1, total=len(questions)
    )
    return Screen(text, InlineKeyboardMarkup(rows))


async def new_project(update: Update, context: BotContext) -> None:
    await start_flow(update, context, context.services.drafts, draft_screen)


async def take_text(update: Update, context: BotContext) -> bool:
    return await take_flow_text(update, context, context.services.drafts, draft_screen)


async def on_button(update: Update, context: BotContext) -> None:
    query = update.callback_query
    assert query is not None
    assert query.data is not None
    services = context.services
    drafts = services.drafts
    screens = await screens_for(update, context)
    user_id = query.from_user.id
    parts = query.data.split(":")[1:]
    await services.pending.clear(user_id)  # typed text is for the project being written now
    draft = await drafts.draft(user_id)
    if draft is None:
        # No draft, or no longer a coordinator: the role is checked now, not when drawn.
        await query.answer(screens.text("onboarding-button-old"))
        return
    action = parts[0]
    if action == "t" and len(parts) == 3:
        selection = await drafts.toggle(user_id, parts[1], parts[2])
        if selection is None:
            await query.answer(screens.text("onboarding-button-old"))
            return
        await query.answer()
        updated = await drafts.draft(user_id)
        assert updated is not None
        await edit_keyboard(query, (await draft_screen(update, context, updated)).keyboard)
        return
    if action == "x":
        await cancel_button(update, context, drafts, draft)
        return
    if action in {"p", "v"}:
        editing = draft.data.get("editing") is not None
        project_id = await drafts.finish(user_id, publish=action == "p")
        if project_id is None:
            key = "newproject-problem-save" if editing else "onboarding-button-old"
            await query.answer(screens.text(key), show_alert=editing)
            return
        await query.answer()
        await drop_keyboard(query)
        key = "newproject-published" if action == "p" else "newproject-saved"
        await reply(update, context, "newproject-changed" if editing else key)
        return
    if action == "e" and len(parts) == 2:
        await correct_button(update, context, drafts, draft_screen, parts[1])
        return
    answer = await _choice(context, user_id, draft.step, action, parts[1:])
    if answer is None or answer.problem is not None:
        key = (
            f"newproject-problem-{answer.problem}"
            if answer and answer.problem != "gone"
            else "onboarding-button-old"
        )
        await query.answer(
            screens.text(key, **age_limits(context)),
            show_alert=answer is not None and answer.problem != "gone",
        )
        return
    await query.answer()
    await drop_keyboard(query)
    updated = await drafts.draft(user_id)
    assert updated is not None
    await send(update, context, await draft_screen(update, context, updated))


async def _choice(
    context: BotContext, user_id: int, step: str, action: str, args: list[str]
) -> Answer | None:
    """A button that answers the current question; None if we never drew it."""
    drafts = context.services.drafts
    if action == "d" and args:
        return await drafts.finish_list(user_id, args[0])
    if action == "c" and args == [HOME_CITY]:
        return await drafts.choose(user_id, "place", {"city": HOME_CITY})
    if action == "r":
        return await drafts.choose(user_id, "place", {"city": None})
    if action == "a" and len(args) == 2 and all(is_number(a) for a in args):
        return await drafts.choose_ages(user_id, int(args[0]), int(args[1]))
    if action == "h" and args and is_number(args[0]) and int(args[0]) in HOURS_CHOICES:
        return await drafts.choose(user_id, "hours", {"hours": int(args[0])})
    if action == "n" and args and is_number(args[0]) and int(args[0]) in PLACES_PRESETS:
        return await drafts.choose(user_id, "places", {"places": int(args[0])})
    if action == "s":
        return await drafts.choose(user_id, "deadline", {"deadline": None})
    logger.warning("user %d pressed a /newproject button we never drew at %s", user_id, step)
    return None
