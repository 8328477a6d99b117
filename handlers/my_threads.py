"""A project's messages by person, for its coordinators: the threads of their own project (each
participant's messages with the replies to them alone, and what went to all participants), read
in order, with Reply to that person. What was held for contact details is not there: they never
saw it (rule 24); moderators read that in /projectlog. Each reading is audited.

Opened by `messages_button`, for the project's screen in /myprojects."""

from __future__ import annotations

from telegram import CallbackQuery, InlineKeyboardButton

from handlers.common import edit_screen, send
from handlers.kit.callback_data import CallbackData
from handlers.kit.context import BotContext
from handlers.kit.guards import button
from handlers.kit.person import Person
from handlers.project_messages import ReplyToOne
from handlers.screens import Screen, Screens
from handlers.thread_screens import (
    ThreadView,
    entries,
    thread_name,
    thread_of_key,
    thread_page,
    threads_screen,
)


class MyThreads(CallbackData, prefix="mt"):
    project: int


class OpenMyThreads(MyThreads, tag="o"):
    """From the project's screen: its threads, as a new message."""


class MyThreadList(MyThreads, tag="t"):
    page: int


class MyThread(MyThreads, tag="h"):
    member: int  # or EVERYONE
    page: int


def messages_button(screens: Screens, project_id: int) -> InlineKeyboardButton:
    """ "💬 Messages" for a project's screen: its threads by person."""
    return OpenMyThreads(project_id).button(screens.text("mythreads-button"))


@button(MyThreads)
async def my_threads_button(
    query: CallbackQuery, context: BotContext, person: Person, data: MyThreads
) -> None:
    """Checked at each press (rule 22): only the project's coordinators (and moderators)."""
    screen = await _screen(context, person, data)
    if screen is None:
        await query.answer(person.text("not-your-project"), show_alert=True)
        return
    if isinstance(data, OpenMyThreads):
        await send(context, person, screen)
    else:
        await edit_screen(query, screen)
    await query.answer()


async def _screen(context: BotContext, person: Person, data: MyThreads) -> Screen | None:
    services = context.services
    project = await services.projects.get(data.project)
    if project is None:
        return None
    view = ThreadView(
        project,
        thread=lambda member, page: MyThread(project.id, member, page),
        threads=lambda page: MyThreadList(project.id, page),
    )
    if not isinstance(data, MyThread):
        threads = await services.project_threads.threads(person.id, project.id)
        if threads is None:
            return None
        page = data.page if isinstance(data, MyThreadList) else 0
        return await threads_screen(context, person, view, threads, page, [])
    member, former = thread_of_key(data.member)
    thread = await services.project_threads.thread(person.id, project.id, member, former)
    if thread is None:
        return None
    who = await thread_name(context, person, member, former)
    under = []
    if member is not None and thread:
        label = person.screens.label("thread-reply", name=who)
        under.append([ReplyToOne(thread[-1].id).button(label)])
    found = await entries(context, person, thread)
    return thread_page(person, view, (data.member, who), found, data.page, under)
