"""/newevent: the guided flow, one question a message, the start read back in words, a preview,
then Publish. Editing a published event comes back here at the preview.

Callback data `ne:<action>[:<argument>]`; each action answers one question and is refused
unless the coordinator is at that question now.
"""

from __future__ import annotations

import logging
from datetime import timedelta

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update

from bot.services.draft_flow import Answer, Draft
from bot.services.event_drafts import STEPS, question_of
from bot.services.events import ChangeResult
from handlers.common import drop_keyboard, reply, screens_for, send
from handlers.draft_steps import (
    cancel_button,
    correct_button,
    show_next,
    start_flow,
    take_flow_text,
)
from handlers.event_screens import event_card, offsets_words, when_words
from handlers.kit.context import BotContext
from handlers.project_screens import short
from handlers.screens import Screen, Screens, is_number
from storage.db import from_db_time
from storage.events import Event

logger = logging.getLogger(__name__)

CALLBACK_PATTERN = r"^ne:"
DURATIONS = (60, 90, 120, 180)
CAPACITIES = (10, 20, 30, 50)
AGE_BANDS = ((13, 17), (14, 17), (16, 25), (18, 25))
QUESTIONS = STEPS[:-1]
NO_PROJECT_QUESTIONS = tuple(q for q in QUESTIONS if q != "project")


def _button(screens: Screens, key: str, data: str, **args: object) -> InlineKeyboardButton:
    return InlineKeyboardButton(screens.text(key, **args), callback_data=data)


async def draft_screen(update: Update, context: BotContext, draft: Draft) -> Screen:
    user = update.effective_user
    assert user is not None
    screens = await screens_for(update, context)
    services = context.services
    zone = services.settings.zone
    drafts = services.event_drafts
    step = draft.step
    cancel = [_button(screens, "newevent-cancel", "ne:x")]
    rows: list[list[InlineKeyboardButton]] = []
    args: dict[str, object] = {}
    if step == "description":
        rows = [[_button(screens, "newevent-skip", "ne:s")]]
    elif step == "start_confirm":
        at = from_db_time(draft.data["candidate"]["at"])
        args["when"] = when_words(screens, at, zone, year=True)
        local = at.astimezone(zone)
        args["ambiguous"] = (
            screens.text("newevent-ambiguous", time=local.strftime("%H:%M"))
            if draft.data["candidate"].get("ambiguous")
            else ""
        )
        rows = [
            [
                _button(screens, "newevent-start-yes", "ne:y"),
                _button(screens, "newevent-start-retype", "ne:r"),
            ]
        ]
    elif step == "duration":
        rows = [
            [
                _button(screens, "newevent-duration-preset", f"ne:d:{m}", length=_hours(m))
                for m in DURATIONS
            ]
        ]
    elif step == "where":
        rows = [[_button(screens, "newevent-online", "ne:o")]]
    elif step == "capacity":
        rows = [
            [InlineKeyboardButton(str(n), callback_data=f"ne:c:{n}") for n in CAPACITIES],
            [_button(screens, "newevent-no-limit", "ne:c:0")],
        ]
    elif step == "project":
        projects = await drafts.my_projects(user.id)
        rows = [
            [InlineKeyboardButton(short(p.title, 40), callback_data=f"ne:j:{p.id}")]
            for p in projects[:8]
        ]
        rows.append([_button(screens, "newevent-no-project", "ne:j:0")])
    elif step == "audience":
        policy = services.onboarding.policy
        rows = [
            [
                _button(
                    screens,
                    "newevent-everyone",
                    "ne:a:all",
                    low=policy.min_age,
                    high=policy.max_age,
                )
            ]
        ]
        if draft.data.get("project_id"):
            rows.append([_button(screens, "newevent-participants", "ne:a:project")])
        rows.append(
            [
                _button(screens, "newproject-ages-preset", f"ne:a:{low}:{high}", low=low, high=high)
                for low, high in AGE_BANDS
            ]
        )
    elif step == "reminders":
        default = tuple(timedelta(minutes=m) for m in drafts.default_reminders)
        rows = [
            [
                _button(
                    screens,
                    "newevent-reminders-default",
                    "ne:m:d",
                    offsets=offsets_words(screens, default),
                )
            ],
            [_button(screens, "newevent-reminders-none", "ne:m:n")],
        ]
    elif step == "preview":
        return await _preview(update, context, draft, screens)
    rows.append(cancel)
    # Without projects of their own the project question is never asked: not counted either.
    questions = QUESTIONS if await drafts.my_projects(user.id) else NO_PROJECT_QUESTIONS
    question = question_of(step)
    text = screens.text(
        f"newevent-{step}",
        number=questions.index(question) + 1,
        total=len(questions),
        **args,
    )
    return Screen(text, InlineKeyboardMarkup(rows))


async def _preview(update: Update, context: BotContext, draft: Draft, screens: Screens) -> Screen:
    services = context.services
    new = services.event_drafts.event_of(draft)
    preview = Event(**vars(new))
    title = None
    if new.project_id is not None:
        project = await services.projects.get(new.project_id)
        title = project.title if project else None
    editing = draft.data.get("editing") is not None
    intro = "newevent-preview-edit" if editing else "newevent-preview"
    card = event_card(
        screens,
        preview,
        services.settings.zone,
        services.clock.now(),
        project_title=title,
        for_organiser=True,
    )
    corrections = [_button(screens, f"newevent-edit-{name}", f"ne:e:{name}") for name in QUESTIONS]
    rows = [corrections[i : i + 3] for i in range(0, len(corrections), 3)]
    finish = "newevent-save-changes" if editing else "newevent-publish"
    rows.append([_button(screens, finish, "ne:p")])
    rows.append([_button(screens, "newevent-cancel", "ne:x")])
    return Screen(f"{screens.text(intro)}\n\n{card}", InlineKeyboardMarkup(rows))


def _hours(minutes: int) -> str:
    hours, rest = divmod(minutes, 60)
    return f"{hours}h{rest:02d}" if rest else f"{hours}h"


async def new_event(update: Update, context: BotContext) -> None:
    await start_flow(update, context, context.services.event_drafts, draft_screen)


async def take_text(update: Update, context: BotContext) -> bool:
    return await take_flow_text(update, context, context.services.event_drafts, draft_screen)


async def _after(update: Update, context: BotContext, answer: Answer) -> None:
    await show_next(update, context, context.services.event_drafts, draft_screen, answer)


async def on_button(update: Update, context: BotContext) -> None:
    query = update.callback_query
    assert query is not None
    assert query.data is not None
    services = context.services
    drafts = services.event_drafts
    screens = await screens_for(update, context)
    user_id = query.from_user.id
    parts = query.data.split(":")[1:]
    await services.pending.clear(user_id)
    draft = await drafts.draft(user_id)
    if draft is None:
        await query.answer(screens.text("onboarding-button-old"))
        return
    action = parts[0]
    if action == "x":
        await cancel_button(update, context, drafts, draft)
        return
    if action == "p":
        await _finish(update, context, draft)
        return
    if action == "e" and len(parts) == 2:
        await correct_button(update, context, drafts, draft_screen, parts[1])
        return
    answer = await _choice(context, user_id, draft, action, parts[1:])
    if answer is None or answer.problem == "gone":
        await query.answer(screens.text("onboarding-button-old"))
        return
    await query.answer()
    await drop_keyboard(query)
    await _after(update, context, answer)


async def _finish(update: Update, context: BotContext, draft: Draft) -> None:
    query = update.callback_query
    assert query is not None
    services = context.services
    screens = await screens_for(update, context)
    editing = draft.data.get("editing") is not None
    event_id, problem = await services.event_drafts.finish(query.from_user.id)
    if event_id is None:
        assert problem is not None
        await query.answer(screens.text(f"newevent-not-saved-{problem.value}"), show_alert=True)
        if problem is ChangeResult.PAST:
            corrected = await services.event_drafts.correct(query.from_user.id, "start")
            if corrected is not None:
                await send(update, context, await draft_screen(update, context, corrected))
        return
    await query.answer()
    await drop_keyboard(query)
    await reply(update, context, "newevent-changed" if editing else "newevent-published")


async def _choice(
    context: BotContext, user_id: int, draft: Draft, action: str, args: list[str]
) -> Answer | None:
    """A button that answers the current question; None if we never drew it."""
    drafts = context.services.event_drafts
    if action == "s":
        return await drafts.choose(user_id, "description", {"description": ""})
    if action == "y":
        return await drafts.confirm_start(user_id)
    if action == "r":
        return await drafts.retype_start(user_id)
    if action == "d" and args and is_number(args[0]) and int(args[0]) in DURATIONS:
        return await drafts.choose(user_id, "duration", {"duration": int(args[0])})
    if action == "o":
        return await drafts.go_online(user_id)
    if action == "c" and args and is_number(args[0]) and int(args[0]) in (0, *CAPACITIES):
        return await drafts.choose(user_id, "capacity", {"capacity": int(args[0]) or None})
    if action == "j" and args and is_number(args[0]):
        project_id = int(args[0]) or None
        return await drafts.choose(user_id, "project", {"project_id": project_id})
    if action == "a" and args == ["all"]:
        return await drafts.choose(user_id, "audience", {"audience": "everyone"})
    if action == "a" and args == ["project"]:
        return await drafts.choose(user_id, "audience", {"audience": "project"})
    if action == "a" and len(args) == 2 and all(is_number(a) for a in args):
        return await drafts.choose_ages(user_id, int(args[0]), int(args[1]))
    if action == "m" and args in (["d"], ["n"]):
        reminders = list(drafts.default_reminders) if args == ["d"] else []
        return await drafts.choose(user_id, "reminders", {"reminders": reminders})
    logger.warning("user %d pressed a /newevent button we never drew at %s", user_id, draft.step)
    return None
