"""/newevent: the guided flow, one question a message, the start read back in words, a preview,
then Publish. Editing a published event comes back here at the preview.

Each button answers one question and is refused unless the coordinator is at that question now.
"""

from __future__ import annotations

import logging
from datetime import timedelta
from typing import Annotated, Literal

from telegram import CallbackQuery, InlineKeyboardButton, InlineKeyboardMarkup

from bot.domain.event_audience import Reach
from bot.domain.recurrence import LAST, Frequency, phrase
from bot.domain.recurrence import starts as series_starts
from bot.services import series_drafts
from bot.services.draft_flow import Answer, Draft
from bot.services.event_drafts import ANNOUNCE, STEPS, EventDraftService, question_of
from bot.services.events import ChangeResult
from bot.services.series_drafts import END_PRESETS, REPEAT, REPEAT_END, EndPreset
from handlers.common import drop_keyboard, edit_screen, send
from handlers.delivery import delivery_lines
from handlers.draft_steps import Drafting
from handlers.event_announcements import Announce, announce_screen, announced_text
from handlers.event_screens import ORGANISER_VIEW, event_card, offsets_words, when_words
from handlers.events import local, project_title
from handlers.kit.callback_data import CallbackData, Shape
from handlers.kit.context import BotContext
from handlers.kit.guards import STALE
from handlers.kit.person import Person
from handlers.project_pages import button_title, paged_rows
from handlers.screens import Screen, Screens
from handlers.series_screens import (
    date_day,
    monthly_choices,
    monthly_label,
    preview_lines,
    refusal_text,
    rule_words,
)
from storage.db import from_db_time

logger = logging.getLogger(__name__)

DURATIONS = (60, 90, 120, 180)
CAPACITIES = (10, 20, 30, 50)
AGE_BANDS = ((13, 17), (14, 17), (16, 25), (18, 25))
QUESTIONS = STEPS[:-1]
NO_PROJECT_QUESTIONS = tuple(q for q in QUESTIONS if q != "project")


class NewEvent(CallbackData, prefix="ne"):
    pass


class EventPlain(NewEvent):
    """`x` cancel, `p` publish, `s` no description, `y` the start read back is right, `r` type
    it again, `o` online."""

    action: Literal["x", "p", "s", "y", "r", "o"]


class EventNumber(NewEvent):
    """`d` minutes long, `c` seats (0: no limit), `j` the project (0: none)."""

    what: Literal["d", "c", "j"]
    value: int


class EventAudience(NewEvent, tag="a"):
    who: Literal["all", "project"]


class EventAges(NewEvent, tag="a"):
    low: int
    high: int


class EventReminders(NewEvent, tag="m"):
    which: Literal["d", "n"]  # the default ones, or none


class EventProjectsPage(NewEvent, tag="g"):
    """◀ ▶ through the coordinator's projects at the project question."""

    page: int


class EventCorrect(NewEvent, tag="e"):
    step: Annotated[str, Shape(r"[a-z_]{1,16}")]


class EventRepeat(NewEvent, tag="rp"):
    """Does it repeat: `o` only once, `w` every week, `f` every two weeks, `m` every month on
    the `week`th weekday (5: a fifth one, refused with the last offered; 9: the last)."""

    how: Literal["o", "w", "f", "m"]
    week: int = 0


class EventRepeatEnd(NewEvent, tag="re"):
    preset: EndPreset


async def _question_rows(
    context: BotContext, person: Person, draft: Draft, page: int = 0
) -> list[list[InlineKeyboardButton]]:
    """The buttons that answer the draft's current question."""
    screens = person.screens
    services = context.services
    step = draft.step
    if step in (REPEAT, REPEAT_END):
        return _repeat_rows(context, screens, draft)
    if step == "project":
        projects = await services.event_drafts.my_projects(person.id)
        buttons = [EventNumber("j", p.id).button(button_title(p.title, 40)) for p in projects]
        rows = paged_rows(screens, buttons, page, EventProjectsPage)
        return [*rows, [screens.button("newevent-no-project", EventNumber("j", 0))]]
    if step == "audience":
        return _audience_rows(context, screens, draft)
    if step == "reminders":
        default = tuple(timedelta(minutes=m) for m in services.event_drafts.default_reminders)
        return [
            [
                screens.button(
                    "newevent-reminders-default",
                    EventReminders("d"),
                    offsets=offsets_words(screens, default),
                )
            ],
            [screens.button("newevent-reminders-none", EventReminders("n"))],
        ]
    return {
        "description": [[screens.button("newevent-skip", EventPlain("s"))]],
        "start_confirm": [
            [
                screens.button("newevent-start-yes", EventPlain("y")),
                screens.button("newevent-start-retype", EventPlain("r")),
            ]
        ],
        "duration": [
            [
                screens.button("newevent-duration-preset", EventNumber("d", m), length=_hours(m))
                for m in DURATIONS
            ]
        ],
        "where": [[screens.button("newevent-online", EventPlain("o"))]],
        "capacity": [
            [EventNumber("c", n).button(str(n)) for n in CAPACITIES],
            [screens.button("newevent-no-limit", EventNumber("c", 0))],
        ],
    }.get(step, [])


def _audience_rows(
    context: BotContext, screens: Screens, draft: Draft
) -> list[list[InlineKeyboardButton]]:
    policy = context.services.onboarding.policy
    everyone = screens.button(
        "newevent-everyone", EventAudience("all"), low=policy.min_age, high=policy.max_age
    )
    rows = [[everyone]]
    if draft.data.get("project_id"):
        rows.append([screens.button("newevent-participants", EventAudience("project"))])
    rows.append(
        [
            screens.button("newproject-ages-preset", EventAges(low, high), low=low, high=high)
            for low, high in AGE_BANDS
        ]
    )
    return rows


def _repeat_rows(
    context: BotContext, screens: Screens, draft: Draft
) -> list[list[InlineKeyboardButton]]:
    """How often (the monthly one named: "2nd Saturday"), or how long it goes on for."""
    first = series_drafts.first_local(draft.data, context.services.settings.zone).date()
    once = [screens.button("series-button-once", EventRepeat("o"))]
    if draft.step == REPEAT_END:
        presets = [[screens.button(f"series-end-{p}", EventRepeatEnd(p))] for p in END_PRESETS]
        return [*presets, once]
    refused = (draft.data.get("repeat_refused") or {}).get("problem")
    # After "no fifth Friday in many months": the last Friday offered, weekly and fortnightly kept.
    weeks = (LAST,) if refused == "fifth-weekday" else monthly_choices(first)
    weekday = screens.text(f"weekday-{first.weekday()}")
    monthly = [
        EventRepeat("m", 9 if week == LAST else week).button(monthly_label(screens, first, week))
        for week in weeks
    ]
    return [
        once,
        [screens.button("series-button-weekly", EventRepeat("w"), weekday=weekday)],
        [screens.button("series-button-fortnightly", EventRepeat("f"))],
        monthly,
    ]


def _repeat_words(context: BotContext, screens: Screens, draft: Draft) -> dict[str, object]:
    """The first date, and the rule chosen, for "Does it repeat?" and "Until when?"."""
    if draft.step not in (REPEAT, REPEAT_END):
        return {}
    zone = context.services.settings.zone
    at = from_db_time(draft.data["starts_at"])
    words: dict[str, object] = {"when": when_words(screens, at, zone, year=True)}
    rule = context.services.event_drafts.rule_of(draft)
    if rule is not None:
        words["rule"] = rule_words(screens, phrase(rule))
        words["first"] = screens.calendar_day(rule.first.date())
    return words


def _repeat_refused(context: BotContext, screens: Screens, draft: Draft) -> str | None:
    refused = draft.data.get("repeat_refused")
    if not refused or draft.step not in (REPEAT, REPEAT_END):
        return None
    first = series_drafts.first_local(draft.data, context.services.settings.zone)
    return refusal_text(screens, refused, first)


def _start_words(context: BotContext, screens: Screens, draft: Draft) -> dict[str, object]:
    """The start as read back, to be confirmed."""
    if draft.step != "start_confirm":
        return {}
    zone = context.services.settings.zone
    at = from_db_time(draft.data["candidate"]["at"])
    ambiguous = draft.data["candidate"].get("ambiguous")
    time = at.astimezone(zone).strftime("%H:%M")
    return {
        "when": when_words(screens, at, zone, year=True),
        "ambiguous": screens.text("newevent-ambiguous", time=time) if ambiguous else "",
    }


def _from_on_start(context: BotContext, screens: Screens, draft: Draft) -> str | None:
    """The start asked while changing a series from a date on: only the time can change, so
    the time is asked for (a day typed is refused), not a day and a time."""
    if draft.step != "start" or not draft.data.get("series_from"):
        return None
    at = from_db_time(draft.data["starts_at"])
    day = date_day(screens, at, context.services.settings.zone)
    return screens.text("seriesfix-start-from-on", day=day)


async def draft_screen(context: BotContext, person: Person, draft: Draft, page: int = 0) -> Screen:
    """`page`: of the coordinator's projects, at the project question."""
    screens = person.screens
    if draft.step == "preview":
        return await _preview(context, person, draft)
    if draft.step == ANNOUNCE:
        return await announce_screen(context, person, draft)
    rows = await _question_rows(context, person, draft, page)
    rows.append([screens.button("newevent-cancel", EventPlain("x"))])
    # Without projects of their own the project question is never asked: not counted either.
    has_projects = await context.services.event_drafts.my_projects(person.id)
    questions = QUESTIONS if has_projects else NO_PROJECT_QUESTIONS
    number = questions.index(question_of(draft.step)) + 1
    text = screens.text(
        f"newevent-{draft.step}",
        number=number,
        total=len(questions),
        **_start_words(context, screens, draft),
        **_repeat_words(context, screens, draft),
    )
    if draft.data.get("editing") is not None:
        # An edit asks one question, not the 3rd of 9: /newevent's step counter is left out.
        text = text.replace(f" ({number}/{len(questions)})", "", 1)
    text = _from_on_start(context, screens, draft) or text
    refused = _repeat_refused(context, screens, draft)
    if refused is not None:
        text = f"{refused}\n\n{text}"
    return Screen(text, InlineKeyboardMarkup(rows))


async def _preview(context: BotContext, person: Person, draft: Draft) -> Screen:
    services, screens = context.services, person.screens
    preview = await services.event_drafts.preview(draft)
    title = await project_title(services, preview)
    editing = draft.data.get("editing") is not None
    intro = "newevent-preview-edit" if editing else "newevent-preview"
    if editing and preview.series_id is not None:
        intro = "seriesfix-preview-edit-one"  # the other dates stay as they are
    if draft.data.get("series_from"):
        intro = "manageseries-preview-from"  # every open date from this one on
    card = event_card(screens, preview, local(services), title, ORGANISER_VIEW)
    rule = services.event_drafts.rule_of(draft)
    if rule is not None:
        starts = series_starts(rule, services.settings.zone)
        card += "\n\n" + preview_lines(screens, rule, local(services), starts)
    # Without projects of their own the project question is never asked: nor offered here.
    has_projects = await services.event_drafts.my_projects(person.id)
    questions = QUESTIONS if has_projects else NO_PROJECT_QUESTIONS
    corrections = [
        screens.button(f"newevent-edit-{name}", EventCorrect(name)) for name in questions
    ]
    if not editing:
        corrections.insert(1 + questions.index("start"), _repeat_correction(screens))
    rows = [corrections[i : i + 3] for i in range(0, len(corrections), 3)]
    finish = "newevent-save-changes" if editing else "newevent-publish"
    rows.append([screens.button(finish, EventPlain("p"))])
    rows.append([screens.button("newevent-cancel", EventPlain("x"))])
    return Screen(f"{screens.text(intro)}\n\n{card}", InlineKeyboardMarkup(rows))


def _repeat_correction(screens: Screens) -> InlineKeyboardButton:
    return screens.button("newevent-edit-repeat", EventCorrect(REPEAT))


def _hours(minutes: int) -> str:
    hours, rest = divmod(minutes, 60)
    return f"{hours}h{rest:02d}" if rest else f"{hours}h"


async def _pressed(
    query: CallbackQuery, context: BotContext, person: Person, data: NewEvent, draft: Draft
) -> None:
    if data == EventPlain("x"):
        await DRAFTING.cancel(query, context, person, draft)
    elif data == EventPlain("p"):
        await _finish(query, context, person, draft)
    elif isinstance(data, EventCorrect):
        await DRAFTING.correct(query, context, person, data.step)
    elif isinstance(data, EventProjectsPage):
        await _projects_page(query, context, person, draft, data.page)
    else:
        answer = await _choice(context, person, draft, data)
        if answer is None or answer.problem == "gone":
            await query.answer(person.text(STALE))
            return
        await query.answer()
        await drop_keyboard(query)
        await DRAFTING.show_next(context, person, answer)


async def _projects_page(
    query: CallbackQuery, context: BotContext, person: Person, draft: Draft, page: int
) -> None:
    if draft.step != "project":
        await query.answer(person.text(STALE))
        return
    await query.answer()
    await edit_screen(query, await draft_screen(context, person, draft, page))


async def _finish(
    query: CallbackQuery,
    context: BotContext,
    person: Person,
    draft: Draft,
    reach: Reach | None = None,
) -> None:
    """Save the changes to an event, or publish a new one once who hears of it is chosen
    (`reach`): Publish on a new event's preview asks that first."""
    drafts = context.services.event_drafts
    editing = draft.data.get("editing") is not None
    if not editing and reach is None:
        asked = await drafts.ask_announce(person.id)
        if asked is None:
            await query.answer(person.text(STALE))
            return
        await query.answer()
        await drop_keyboard(query)
        await send(context, person, await draft_screen(context, person, asked))
        return
    finished = await drafts.finish(person.id, reach)
    problem = finished.problem
    if finished.event_id is None:
        assert problem is not None
        await query.answer(person.text(f"newevent-not-saved-{problem.value}"), show_alert=True)
        if problem is ChangeResult.PAST:
            corrected = await drafts.correct(person.id, "start")
            if corrected is not None:
                await send(context, person, await draft_screen(context, person, corrected))
        return
    await query.answer()
    await drop_keyboard(query)
    if finished.announced is not None:
        told = announced_text(person.screens, finished.announced, context.services)
        await send(context, person, Screen(f"{person.text('newevent-published')}\n\n{told}"))
        return
    lines = [person.text("newevent-changed")]
    if draft.data.get("series_from"):
        lines = [person.text("manageseries-changed-from")]
    if finished.told is not None:
        zone = context.services.settings.zone
        lines += [person.text("newevent-told"), delivery_lines(person.screens, finished.told, zone)]
    await send(context, person, Screen("\n".join(lines)))


async def _choice(
    context: BotContext, person: Person, draft: Draft, data: NewEvent
) -> Answer | None:
    """A button that answers the current question; None if we never drew it."""
    drafts, user_id = context.services.event_drafts, person.id
    answer: Answer | None = None
    if isinstance(data, EventPlain):
        answer = await _plain(drafts, user_id, data)
    elif isinstance(data, EventNumber):
        answer = await _number(drafts, user_id, data)
    elif isinstance(data, EventAudience):
        audience = "everyone" if data.who == "all" else "project"
        answer = await drafts.choose(user_id, "audience", {"audience": audience})
    elif isinstance(data, EventAges):
        answer = await drafts.choose_ages(user_id, data.low, data.high)
    elif isinstance(data, EventReminders):
        reminders = list(drafts.default_reminders) if data.which == "d" else []
        answer = await drafts.choose(user_id, "reminders", {"reminders": reminders})
    elif isinstance(data, EventRepeat):
        answer = await _repeat(drafts, user_id, data)
    elif isinstance(data, EventRepeatEnd):
        answer = await drafts.choose_end(user_id, data.preset)
    if answer is None:
        logger.warning("a /newevent button we never drew was pressed at %s", draft.step)
    return answer


FREQUENCIES = {"w": Frequency.WEEKLY, "f": Frequency.FORTNIGHTLY, "m": Frequency.MONTHLY}


async def _repeat(drafts: EventDraftService, user_id: int, data: EventRepeat) -> Answer | None:
    if data.how == "m" and data.week not in (1, 2, 3, 4, 5, 9):
        return None
    week = (LAST if data.week == 9 else data.week) if data.how == "m" else None
    return await drafts.choose_repeat(user_id, FREQUENCIES.get(data.how), week)


async def _plain(drafts: EventDraftService, user_id: int, data: EventPlain) -> Answer | None:
    if data.action == "s":
        return await drafts.choose(user_id, "description", {"description": ""})
    if data.action == "y":
        return await drafts.confirm_start(user_id)
    if data.action == "r":
        return await drafts.retype_start(user_id)
    if data.action == "o":
        return await drafts.go_online(user_id)
    return None


async def _number(drafts: EventDraftService, user_id: int, data: EventNumber) -> Answer | None:
    if data.what == "d" and data.value in DURATIONS:
        return await drafts.choose(user_id, "duration", {"duration": data.value})
    if data.what == "c" and data.value in (0, *CAPACITIES):
        return await drafts.choose(user_id, "capacity", {"capacity": data.value or None})
    if data.what == "j":
        return await drafts.choose(user_id, "project", {"project_id": data.value or None})
    return None


async def _announce_pressed(
    query: CallbackQuery, context: BotContext, person: Person, data: Announce, draft: Draft
) -> None:
    """Who hears of the new event: it is published now; or back to its preview."""
    if draft.step != ANNOUNCE:
        await query.answer(person.text(STALE))
        return
    if data.who == "back":
        back = await context.services.event_drafts.back_to_preview(person.id)
        await query.answer()
        await drop_keyboard(query)
        if back is not None:
            await send(context, person, await draft_screen(context, person, back))
        return
    await _finish(query, context, person, draft, Reach(data.who))


DRAFTING = Drafting(lambda services: services.event_drafts, draft_screen)
new_event = DRAFTING.start
take_text = DRAFTING.take_text
on_button = DRAFTING.button(NewEvent, _pressed)
on_announce = DRAFTING.button(Announce, _announce_pressed)
