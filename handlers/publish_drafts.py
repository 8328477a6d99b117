"""Publish all drafts: after an import, every draft in one go. A preview names how many and
which (and which cannot go out, with why), one confirmation publishes them, and the result
keeps a Pause button for each, the way back from a mistake."""

from __future__ import annotations

from typing import Literal

from telegram import CallbackQuery, InlineKeyboardButton, InlineKeyboardMarkup, Message

from bot.core.i18n import Html
from bot.services.project_catalogue import DraftsToPublish
from bot.services.staff import Role
from handlers.common import edit_keyboard, edit_screen, send
from handlers.kit.callback_data import CallbackData
from handlers.kit.context import BotContext
from handlers.kit.guards import STALE, button, refuse_button, requires
from handlers.kit.person import Person
from handlers.project_pages import button_title, tell_colleagues
from handlers.screens import Screen, Screens
from storage.projects import Project

BUTTON_TITLE = 40


class PublishDrafts(CallbackData, prefix="kb"):
    pass


class PublishStep(PublishDrafts):
    """s the preview, y yes (publish them), x cancel."""

    step: Literal["s", "y", "x"]


class PausePublished(PublishDrafts, tag="u"):
    project: int


def titles(screens: Screens, projects: list[Project]) -> Html:
    return Html("\n".join(screens.text("desk-title-line", title=p.title) for p in projects))


def preview_screen(screens: Screens, found: DraftsToPublish) -> Screen:
    parts = []
    rows = []
    if found.ready:
        count = len(found.ready)
        parts.append(
            screens.text(
                "desk-publish-all-preview", count=count, titles=titles(screens, found.ready)
            )
        )
        rows.append([PublishStep("y").button(screens.label("desk-publish-all-yes", count=count))])
    else:
        parts.append(screens.text("desk-publish-all-none"))
    if found.late:
        parts.append(screens.text("desk-publish-all-late", titles=titles(screens, found.late)))
    rows.append([PublishStep("x").button(screens.label("desk-publish-all-cancel"))])
    return Screen("\n\n".join(parts), InlineKeyboardMarkup(rows))


def done_screen(screens: Screens, done: DraftsToPublish) -> Screen:
    count = len(done.ready)
    parts = [screens.text("desk-publish-all-done", count=count, titles=titles(screens, done.ready))]
    if done.late:
        parts.append(screens.text("desk-publish-all-late", titles=titles(screens, done.late)))
    rows = [
        [
            PausePublished(p.id).button(
                screens.label("desk-publish-all-pause", title=button_title(p.title, BUTTON_TITLE))
            )
        ]
        for p in done.ready
    ]
    return Screen("\n\n".join(parts), InlineKeyboardMarkup(rows) if rows else None)


@button(PublishDrafts)
@requires(Role.COORDINATOR)
async def publish_button(
    query: CallbackQuery, context: BotContext, person: Person, data: PublishDrafts
) -> None:
    projects = context.services.projects
    if isinstance(data, PausePublished):
        await _pause(query, context, person, data.project)
        return
    assert isinstance(data, PublishStep)
    await query.answer()
    if data.step == "x":
        await edit_screen(query, Screen(person.text("desk-publish-all-cancelled")))
    elif data.step == "s":
        found = await projects.drafts_to_publish(person.id)
        await send(context, person, preview_screen(person.screens, found))
    else:
        done = await projects.publish_all(person.id)
        await edit_screen(query, done_screen(person.screens, done))
        published = [("desk-team-published", p.id, p.title) for p in done.ready]
        await tell_colleagues(context, person, published)


async def _pause(
    query: CallbackQuery, context: BotContext, person: Person, project_id: int
) -> None:
    projects = context.services.projects
    if await projects.managed(person.id, project_id) is None:
        await refuse_button(query, person, "not-your-project", "of a project they do not run")
        return
    paused = await projects.set_status(person.id, project_id, "paused")
    if paused is None:
        now = await projects.get(project_id)
        if now is None:
            await query.answer(person.text(STALE))
            return
        status = person.text(f"project-status-{now.status}")
        await query.answer(person.screens.label("desk-project-now", title=now.title, status=status))
        return
    await query.answer(person.text("myprojects-now-paused"))
    await tell_colleagues(context, person, [("desk-team-paused", paused.id, paused.title)])
    message = query.message
    if isinstance(message, Message) and message.reply_markup is not None:
        # The result stays as it was, with this project's button now saying it is paused.
        label = person.screens.label(
            "desk-publish-all-paused", title=button_title(paused.title, BUTTON_TITLE)
        )
        rows = [
            [
                InlineKeyboardButton(label, callback_data=b.callback_data)
                if b.callback_data == query.data
                else b
                for b in row
            ]
            for row in message.reply_markup.inline_keyboard
        ]
        await edit_keyboard(query, InlineKeyboardMarkup(rows))
