"""/manageevents: the events a coordinator runs (an admin: all), each with how many answered,
Edit (back to the /newevent preview) and Cancel event (after a confirmation that says how many
people will be told).

Callback data `em:<action>:<number>`: `p` a page, `s` one event, `e` edit, `x` ask to cancel,
`y` cancel for real.
"""

from __future__ import annotations

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update

from bot.services.conversations import Flow
from bot.services.draft_flow import Busy
from bot.services.events import ChangeResult
from handlers.common import edit_screen, reply, screens_for, send
from handlers.draft_steps import ask_which_to_keep
from handlers.event_screens import PER_PAGE, event_card, when_words
from handlers.events import project_title
from handlers.kit.context import BotContext
from handlers.new_event import draft_screen
from handlers.screens import Screen, pager

CALLBACK_PATTERN = r"^em:[psexyw]:\d{1,12}$"
GROUPS = (("going", ("going", "offered")), ("waiting", ("waitlist",)), ("maybe", ("maybe",)))
NAMES_SHOWN = 10  # a group per line, the whole list on one screen


async def _list_screen(update: Update, context: BotContext, page: int) -> Screen:
    user = update.effective_user
    assert user is not None
    services = context.services
    screens = await screens_for(update, context)
    found = await services.events.organised(user.id, page, PER_PAGE)
    if not found.items:
        return Screen(screens.text("manageevents-none"))
    zone = services.settings.zone
    rows = [
        [
            InlineKeyboardButton(
                screens.label(
                    "manageevents-item",
                    title=event.title[:32],
                    when=when_words(screens, event.starts_at, zone),
                ),
                callback_data=f"em:s:{event.id}",
            )
        ]
        for event in found.items
    ]
    nav = pager(screens, "em:p", page, PER_PAGE, found.total)
    if nav:
        rows.append(nav)
    return Screen(
        screens.text("manageevents-heading", count=found.total), InlineKeyboardMarkup(rows)
    )


async def manage_events(update: Update, context: BotContext) -> None:
    user = update.effective_user
    assert user is not None
    if not context.services.is_coordinator(user.id):
        await reply(update, context, "coordinator-only")
        return
    await send(update, context, await _list_screen(update, context, 0))


async def manage_button(update: Update, context: BotContext) -> None:
    query = update.callback_query
    assert query is not None
    assert query.data is not None
    services = context.services
    screens = await screens_for(update, context)
    user_id = query.from_user.id
    _, action, raw = query.data.split(":")
    number = int(raw)
    if not services.is_coordinator(user_id):
        await query.answer(screens.text("onboarding-button-old"))
        return
    if action == "p":
        await query.answer()
        await edit_screen(query, await _list_screen(update, context, number))
        return
    event = await services.events.managed(user_id, number)
    if event is None or event.status != "open" or event.starts_at <= services.clock.now():
        await query.answer(screens.text("manageevents-gone"), show_alert=True)
        return
    if action == "s":
        await query.answer()
        counts = await services.events.counts(event.id)
        card = event_card(
            screens,
            event,
            services.settings.zone,
            services.clock.now(),
            project_title=await project_title(services, event),
            for_organiser=True,
            counts=counts,
        )
        keyboard = InlineKeyboardMarkup(
            [
                [
                    InlineKeyboardButton(
                        screens.text("manageevents-edit"), callback_data=f"em:e:{event.id}"
                    ),
                    InlineKeyboardButton(
                        screens.text("manageevents-cancel"), callback_data=f"em:x:{event.id}"
                    ),
                ],
                [
                    InlineKeyboardButton(
                        screens.text("manageevents-who"), callback_data=f"em:w:{event.id}"
                    ),
                    InlineKeyboardButton(screens.text("manageevents-back"), callback_data="em:p:0"),
                ],
            ]
        )
        await edit_screen(query, Screen(card, keyboard))
    elif action == "w":
        found = await services.events.attendees(user_id, event.id)
        await query.answer()
        lines = [screens.text("manageevents-who-heading", title=event.title)]
        for group, answers in GROUPS:
            in_group = [name for answer, name in found or [] if answer in answers]
            named = [name[:16] for name in in_group if name is not None][:NAMES_SHOWN]
            # Those who keep their profile to themselves are counted, never named.
            others = len(in_group) - len(named)
            shown = ", ".join(named)
            if others:
                key = "manageevents-who-more" if named else "manageevents-who-only"
                shown += screens.text(key, more=others)
            lines.append(
                screens.text(f"manageevents-who-{group}", count=len(in_group), names=shown or "—")
            )
        back = InlineKeyboardMarkup(
            [
                [
                    InlineKeyboardButton(
                        screens.text("manageevents-back-event"), callback_data=f"em:s:{event.id}"
                    )
                ]
            ]
        )
        await edit_screen(query, Screen("\n".join(lines), back))
    elif action == "e":
        unfinished = await services.event_drafts.draft(user_id)
        if unfinished is not None and unfinished.data.get("editing") != event.id:
            # One event at a time: what they were writing is never overwritten.
            await query.answer(screens.text("manageevents-finish-first"), show_alert=True)
            return
        draft = await services.event_drafts.edit_event(user_id, event.id)
        if draft is None:
            await query.answer(screens.text("manageevents-gone"), show_alert=True)
            return
        await query.answer()
        if isinstance(draft, Busy):
            await ask_which_to_keep(
                update, context, draft.flow, Flow.EVENT_DRAFT, f"cv:e:e:{event.id}"
            )
            return
        await send(update, context, await draft_screen(update, context, draft))
    elif action == "x":
        await query.answer()
        told = len(await services.events.answerers(event.id))
        keyboard = InlineKeyboardMarkup(
            [
                [
                    InlineKeyboardButton(
                        screens.text("manageevents-cancel-yes"), callback_data=f"em:y:{event.id}"
                    ),
                    InlineKeyboardButton(
                        screens.text("manageevents-cancel-no"), callback_data=f"em:s:{event.id}"
                    ),
                ]
            ]
        )
        text = screens.text("manageevents-cancel-ask", title=event.title, people=told)
        await edit_screen(query, Screen(text, keyboard))
    else:
        result = await services.events.cancel_event(user_id, event.id)
        if result is not ChangeResult.SAVED:
            await query.answer(screens.text("manageevents-gone"), show_alert=True)
            return
        await query.answer()
        await edit_screen(query, Screen(screens.text("manageevents-cancelled", title=event.title)))
