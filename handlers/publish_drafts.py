"""Publish all drafts: after an import, every draft in one go. A preview names how many and
which (and which cannot go out, with why), one confirmation publishes them, and the result, one
phone screen whatever the count, offers "⏸️ Choose one to pause": a paged list of the projects
out now, newest first, each with its Pause, the way back from a mistake."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated, Literal

from telegram import CallbackQuery, InlineKeyboardButton, InlineKeyboardMarkup, Message

from bot.core.i18n import Html
from bot.services.project_catalogue import DraftsToPublish
from bot.services.staff import Role
from handlers.common import edit_keyboard, edit_screen, send
from handlers.kit.callback_data import CallbackData, Shape
from handlers.kit.context import BotContext
from handlers.kit.guards import STALE, button, refuse_button, requires
from handlers.kit.person import Person
from handlers.project_pages import (
    button_title,
    named_titles,
    paged_heading,
    paged_rows,
    tell_colleagues,
)
from handlers.screens import Screen, Screens
from storage.projects import Project

BUTTON_TITLE = 40


class PublishDrafts(CallbackData, prefix="kb"):
    pass


class PublishStep(PublishDrafts):
    """s the preview, x cancel; y an older yes (which drafts it meant unknown: the preview
    again)."""

    step: Literal["s", "y", "x"]


class PublishThese(PublishDrafts, tag="z"):
    """Yes, publish the drafts the preview showed: `digest`, which they were."""

    digest: Annotated[str, Shape(r"[0-9a-f]{10}")]


class PausePublished(PublishDrafts, tag="u"):
    project: int


class PauseList(PublishDrafts, tag="l"):
    """The projects out now, to pause one: n a new message (from the result), p a page."""

    how: Literal["n", "p"]
    page: int


def titles(screens: Screens, projects: list[Project]) -> Html:
    """The first few titles, the rest counted: one message, however many drafts."""
    return named_titles(screens, [p.title for p in projects])


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
        yes = screens.label("desk-publish-all-yes", count=count)
        rows.append([PublishThese(found.digest).button(yes)])
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
    keyboard = None
    if done.ready:
        choose = PauseList("n", 0).button(screens.label("desk-publish-all-choose"))
        keyboard = InlineKeyboardMarkup([[choose]])
    return Screen("\n\n".join(parts), keyboard)


async def pause_list(context: BotContext, person: Person, page: int) -> Screen:
    """The coordinator's projects out now (open, or paused since), newest first, a page at a
    time: a Pause button each, or a paused one marked."""
    screens = person.screens
    out = [
        p
        for p in await context.services.projects.projects_of(person.id)
        if p.status in {"open", "paused"}
    ]
    out.sort(key=lambda p: (p.published_at or datetime.min.replace(tzinfo=UTC), p.id), reverse=True)
    if not out:
        return Screen(screens.text("desk-publish-all-none-out"))
    buttons = [
        PausePublished(p.id).button(
            screens.label(
                "desk-publish-all-pause" if p.status == "open" else "desk-publish-all-paused",
                title=button_title(p.title, BUTTON_TITLE),
            )
        )
        for p in out
    ]
    rows = paged_rows(screens, buttons, page, lambda to: PauseList("p", to))
    heading = paged_heading(screens, screens.text("desk-publish-all-which"), page, len(out))
    return Screen(heading, InlineKeyboardMarkup(rows))


@button(PublishDrafts)
@requires(Role.COORDINATOR)
async def publish_button(
    query: CallbackQuery, context: BotContext, person: Person, data: PublishDrafts
) -> None:
    projects = context.services.projects
    if isinstance(data, PausePublished):
        await _pause(query, context, person, data.project)
        return
    if isinstance(data, PauseList):
        await query.answer()
        screen = await pause_list(context, person, data.page)
        if data.how == "n":
            await send(context, person, screen)
        else:
            await edit_screen(query, screen)
        return
    await query.answer()
    if isinstance(data, PublishThese):
        done = await projects.publish_all(person.id, data.digest)
        if done is None or not done.ready:
            # Drafts came or went since the preview (a colleague, another import, or both of
            # them pressing at once): nothing published unseen, the preview as it is now.
            found = await projects.drafts_to_publish(person.id)
            screen = preview_screen(person.screens, found)
            changed = person.text("fx-publish-all-changed")
            await edit_screen(query, Screen(f"{changed}\n\n{screen.text}", screen.keyboard))
            return
        published = [("desk-team-published", p.id, p.title) for p in done.ready]
        await tell_colleagues(context, person, published)
        await edit_screen(query, done_screen(person.screens, done))
        return
    assert isinstance(data, PublishStep)
    if data.step == "x":
        await edit_screen(query, Screen(person.text("desk-publish-all-cancelled")))
    else:
        found = await projects.drafts_to_publish(person.id)
        await send(context, person, preview_screen(person.screens, found))


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
        # The list stays as it was, with this project's button now saying it is paused.
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
