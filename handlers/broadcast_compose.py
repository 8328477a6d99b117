"""/broadcast: the message (text with its formatting, or a photo or document with a caption),
the audience with buttons (each condition "only" or "except", the count always shown), a
preview with the message as members will see it, a test to oneself, when, and Send.

Every button is checked against the step the draft is at now; the draft lives in the sender's
conversation, so /broadcast after a restart (or after /cancel of a question) resumes it."""

from __future__ import annotations

import html
import logging
from typing import Literal

from telegram import CallbackQuery, InlineKeyboardButton, InlineKeyboardMarkup, Update

from bot.core.i18n import SUPPORTED_LANGUAGES
from bot.domain.audience import Field
from bot.domain.broadcast_text import limit_for, visible_length
from bot.domain.catalog import CAUSES, SKILLS
from bot.domain.cities import match_city
from bot.services.audiences import band_values
from bot.services.broadcast_drafts import (
    AUDIENCE,
    CONFIRM,
    MESSAGE,
    PREVIEW,
    VALUES,
    WHEN,
    BroadcastDraft,
    Message,
)
from bot.services.broadcasts import Submitted
from bot.services.notifications import Recipient
from bot.services.staff import Role
from handlers import broadcast_approval, conversation, import_projects, onboarding
from handlers.broadcast_copies import frame_reserve
from handlers.broadcast_words import (
    audience_words,
    kinds_words,
    reach_words,
    send_as_members_see,
    when_line,
)
from handlers.common import drop_keyboard, reply, send
from handlers.event_screens import when_words
from handlers.kit.callback_data import CallbackData
from handlers.kit.context import BotContext
from handlers.kit.edits import Edited, edit_message
from handlers.kit.guards import STALE, button
from handlers.kit.person import Person
from handlers.screens import Screen, Screens, pager
from storage.db import from_db_time, to_db_time

logger = logging.getLogger(__name__)

PER_PAGE = 6
FIELD_ORDER = (
    Field.CAUSE,
    Field.SKILL,
    Field.CITY,
    Field.AGE_BAND,
    Field.LANGUAGE,
    Field.PROJECT,
    Field.EVENT,
)
Side = Literal["in", "ex"]


class Compose(CallbackData, prefix="bc"):
    pass


class ComposeDo(Compose):
    """e everyone, x leave some out, p preview, a audience, m message, w when, n now, t test,
    s send, y yes (confirm), b back to the preview, c cancel, d done with a field, o adults
    only (a message with contact details, rule 24)."""

    action: Literal["e", "x", "p", "a", "m", "w", "n", "t", "s", "y", "b", "c", "d", "o"]


class ComposeField(Compose, tag="f"):
    field: Field
    side: Side


class ComposeValue(Compose, tag="v"):
    """A value of the field being chosen (an event's answer as `<id>-<answer>`)."""

    value: str


class ComposeRemove(Compose, tag="r"):
    field: Field
    side: Side


class ComposePage(Compose, tag="g"):
    page: int


def _may(person: Person) -> bool:
    return person.has(Role.COORDINATOR) or person.has(Role.MODERATOR)


# --- the command ----------------------------------------------------------------------------


async def start(update: Update, context: BotContext, person: Person) -> None:
    if not _may(person):
        await reply(context, person, "broadcast-staff-only")
        return
    started = await context.services.broadcast_drafts.start(person.id)
    if not isinstance(started, BroadcastDraft):
        await reply(context, person, "broadcast-busy")
        return
    await _show(context, person, started)


async def _show(context: BotContext, person: Person, draft: BroadcastDraft, hint: str = "") -> None:
    """The screen of the step the draft is at (with what was wrong on top)."""
    if draft.step == PREVIEW:
        await _preview(context, person, draft, hint)
        return
    screen = await _screen(context, person, draft)
    await send(context, person, screen.with_hint(hint) if hint else screen)


async def _screen(context: BotContext, person: Person, draft: BroadcastDraft) -> Screen:
    if draft.step == MESSAGE:
        to_preview = [[ComposeDo("b").button(person.screens.label("broadcast-button-back"))]]
        keyboard = InlineKeyboardMarkup(to_preview) if draft.data.get("ready") else None
        return Screen(person.text("broadcast-ask-message"), keyboard)
    if draft.step == VALUES:
        return await _values_screen(context, person, draft)
    if draft.step == WHEN:
        now = ComposeDo("n").button(person.screens.label("broadcast-button-now"))
        back = ComposeDo("b").button(person.screens.label("broadcast-button-back"))
        return Screen(person.text("broadcast-ask-when"), InlineKeyboardMarkup([[now, back]]))
    if draft.step == CONFIRM:
        return await _confirm_screen(context, person, draft)
    return await _audience_screen(context, person, draft)


# --- the audience ---------------------------------------------------------------------------


async def _count_line(context: BotContext, person: Person, draft: BroadcastDraft) -> str:
    count = await context.services.broadcast_drafts.count(draft)
    if count.nobody:
        return person.text("broadcast-count-nobody")
    return person.text("broadcast-count", total=count.total, minors=count.minors)


def _field_buttons(screens: Screens, side: Side) -> list[list[InlineKeyboardButton]]:
    buttons = [
        ComposeField(field, side).button(screens.label(f"broadcast-button-field-{field.value}"))
        for field in FIELD_ORDER
    ]
    return [buttons[i : i + 2] for i in range(0, len(buttons), 2)]


async def _audience_screen(context: BotContext, person: Person, draft: BroadcastDraft) -> Screen:
    services, screens = context.services, person.screens
    audience = draft.audience
    side: Side = "ex" if draft.data.get("leaving_out") else "in"
    rows = _field_buttons(screens, side)
    for condition in audience.conditions:
        label = screens.label(
            "broadcast-button-remove", field=screens.label(f"broadcast-field-{condition.field}")
        )
        rows.append(
            [ComposeRemove(condition.field, "ex" if condition.exclude else "in").button(label)]
        )
    other = "broadcast-button-include" if side == "ex" else "broadcast-button-exclude"
    rows.append([ComposeDo("x").button(screens.label(other))])
    if not audience.everyone:
        rows.append([ComposeDo("e").button(screens.label("broadcast-button-everyone"))])
    rows.append(
        [
            ComposeDo("p").button(screens.label("broadcast-button-preview")),
            ComposeDo("c").button(screens.label("broadcast-button-cancel")),
        ]
    )
    text = screens.text(
        "broadcast-audience-ex" if side == "ex" else "broadcast-audience",
        conditions=await audience_words(services, screens, audience),
        count=await _count_line(context, person, draft),
    )
    return Screen(text, InlineKeyboardMarkup(rows))


async def _choices(context: BotContext, person: Person, field: Field) -> list[tuple[str, str]]:
    """(value, label) of what the sender may pick for this field."""
    screens = person.screens
    if field is Field.CAUSE:
        return [(key, screens.label(f"cause-{key}")) for key in CAUSES]
    if field is Field.SKILL:
        return [(key, screens.label(f"skill-{key}")) for key in SKILLS]
    if field is Field.AGE_BAND:
        return [(band, band) for band in band_values()]
    if field is Field.LANGUAGE:
        return [
            (code, screens.speaking(code).label("language-name")) for code in SUPPORTED_LANGUAGES
        ]
    if field is Field.CITY:
        return [("Torino", "Torino"), ("remote", screens.label("broadcast-city-remote"))]
    services = context.services
    own = None if person.has(Role.MODERATOR) else person.id
    repository = services.audiences.repository
    if field is Field.PROJECT:
        return [(str(pid), title) for pid, title in await repository.projects_to_pick(own)]
    choices = []
    since = to_db_time(services.clock.now())
    for event_id, title, starts in await repository.events_to_pick(own, since):
        day = when_words(screens, from_db_time(starts), services.settings.zone)
        for answer in ("going", "maybe"):
            shown = screens.label(f"broadcast-answer-{answer}")
            choices.append((f"{event_id}:{answer}", f"{title} · {day} · {shown}"))
    return choices


async def _values_screen(context: BotContext, person: Person, draft: BroadcastDraft) -> Screen:
    screens = person.screens
    field, exclude = draft.choosing
    chosen = draft.audience.values(field, exclude=exclude)
    choices = await _choices(context, person, field)
    for value in chosen:  # a typed city is a choice too
        if value not in {v for v, _ in choices}:
            choices.append((value, value))
    page = int(draft.data.get("page", 0))
    shown = choices[page * PER_PAGE : (page + 1) * PER_PAGE] if len(choices) > 8 else choices
    rows = [
        [ComposeValue(value.replace(":", "-")).button(("✅ " if value in chosen else "") + label)]
        for value, label in shown
    ]
    if len(choices) > 8:
        nav = pager(screens, ComposePage, page, PER_PAGE, len(choices))
        if nav:
            rows.append(nav)
    rows.append([ComposeDo("d").button(screens.label("broadcast-button-done"))])
    key = "broadcast-values-ex" if exclude else "broadcast-values"
    text = screens.text(
        key,
        who=screens.text("broadcast-who", field=field.value),
        count=await _count_line(context, person, draft),
    )
    if field is Field.CITY:
        text += "\n\n" + screens.text("broadcast-city-hint")
    elif field is Field.AGE_BAND:
        text += "\n\n" + screens.text("broadcast-ages-hint")
    elif not choices:
        text += "\n\n" + screens.text(f"broadcast-values-none-{field.value}")
    return Screen(text, InlineKeyboardMarkup(rows))


# --- the preview ----------------------------------------------------------------------------


async def _preview(context: BotContext, person: Person, draft: BroadcastDraft, hint: str) -> None:
    """The message as members will see it, then what it is and the buttons below it."""
    services, screens = context.services, person.screens
    here = Recipient(person.chat_id, person.language)
    await send_as_members_see(services, context.bot, here, draft.content)
    count = await services.broadcast_drafts.count(draft)
    needs = await services.broadcast_drafts.needs_approval(person.id, draft)
    why = "minors" if count.minors else "wide"
    approval = (
        screens.text("broadcast-approval-needed", why=why)
        if needs
        else screens.text("broadcast-approval-not-needed")
    )
    held = await services.broadcast_drafts.held_contacts(person.id, draft)
    if held:  # rule 24: it cannot go to minors like this; the sender picks how to change it
        approval = screens.text("broadcast-held-contacts", kinds=kinds_words(screens, held))
    zone = services.settings.zone
    text = screens.text(
        "broadcast-preview",
        conditions=await audience_words(services, screens, draft.audience),
        reach=reach_words(screens, count, zone, later=draft.send_at is not None),
        approval=approval,
        when=when_line(screens, draft.send_at, zone),
    )
    if hint:
        text = f"{hint}\n\n{text}"
    rows = _held_rows(screens) if held else _preview_rows(screens)
    await send(context, person, Screen(text, InlineKeyboardMarkup(rows)))


def _held_rows(screens: Screens) -> list[list[InlineKeyboardButton]]:
    return [
        [ComposeDo("m").button(screens.label("broadcast-button-change-message"))],
        [ComposeDo("o").button(screens.label("broadcast-button-adults-only"))],
        [ComposeDo("c").button(screens.label("broadcast-button-cancel"))],
    ]


def _preview_rows(screens: Screens) -> list[list[InlineKeyboardButton]]:
    return [
        [ComposeDo("t").button(screens.label("broadcast-button-test"))],
        [
            ComposeDo("w").button(screens.label("broadcast-button-when")),
            ComposeDo("m").button(screens.label("broadcast-button-message")),
            ComposeDo("a").button(screens.label("broadcast-button-audience")),
        ],
        [
            ComposeDo("s").button(screens.label("broadcast-button-send")),
            ComposeDo("c").button(screens.label("broadcast-button-cancel")),
        ],
    ]


async def _confirm_screen(context: BotContext, person: Person, draft: BroadcastDraft) -> Screen:
    services, screens = context.services, person.screens
    count = await services.broadcast_drafts.count(draft)
    needs = await services.broadcast_drafts.needs_approval(person.id, draft)
    key = "broadcast-confirm-approval" if needs else "broadcast-confirm"
    send_at, zone = draft.send_at, services.settings.zone
    when = when_words(screens, send_at, zone, year=True) if send_at is not None else ""
    members = screens.text("broadcast-members", total=count.total)
    text = screens.text(f"{key}-{'at' if send_at else 'now'}", members=members, when=when)
    yes = ComposeDo("y").button(screens.label("broadcast-button-confirm"))
    back = ComposeDo("b").button(screens.label("broadcast-button-back"))
    return Screen(text, InlineKeyboardMarkup([[yes], [back]]))


def _submitted_text(person: Person, submitted: Submitted, context: BotContext) -> str:
    total = submitted.count.total
    if submitted.state == "awaiting_approval":
        return person.text("broadcast-submitted-awaiting", number=submitted.broadcast_id)
    if submitted.state == "scheduled" and submitted.send_at is not None:
        when = when_words(person.screens, submitted.send_at, context.services.settings.zone)
        return person.text("broadcast-submitted-scheduled", when=when)
    members = person.text("broadcast-members", total=total)
    return person.text("broadcast-submitted-sending", members=members)


# --- typed answers --------------------------------------------------------------------------


def message_of(update: Update) -> Message | None:
    """The message as its sender formatted it: a text, or a photo or document with a caption."""
    message = update.effective_message
    if message is None:
        return None
    if message.photo:
        return Message(message.caption_html or "", "photo", message.photo[-1].file_id)
    if message.document is not None:
        document = message.document
        return Message(message.caption_html or "", "document", document.file_id, document.file_name)
    if message.text is not None:
        return Message(message.text_html)
    return None


MEDIA = ("sticker", "voice", "video_note", "video", "animation", "audio", "location", "contact")


def _media_kind(update: Update) -> str:
    """What was sent instead of a text, a photo or a document (one of MEDIA, or "other")."""
    message = update.effective_message
    return next((kind for kind in MEDIA if getattr(message, kind, None)), "other")


async def take_message(update: Update, context: BotContext, person: Person) -> bool:
    """A text, photo or document from someone writing a broadcast; False if not theirs."""
    drafts = context.services.broadcast_drafts
    draft = await drafts.draft(person.id)
    if draft is None:
        return False
    found = message_of(update)
    message = update.effective_message
    plain = (message.text if message is not None else None) or ""
    if draft.step == WHEN and found is not None and found.media_kind is None:
        problem = await drafts.when_typed(person.id, plain)
        await _after(context, person, None if problem is None else f"newevent-problem-{problem}")
        return True
    typed = found.body if found is not None and found.media_kind is None else None
    if draft.step == VALUES and draft.choosing[0] is Field.CITY and typed is not None:
        await _city_typed(context, person, draft, plain)
        return True
    if draft.step == VALUES and draft.choosing[0] is Field.AGE_BAND and typed is not None:
        changed = await drafts.ages_typed(person.id, html.unescape(typed))
        await _after(context, person, None if changed else "broadcast-ages-not-understood")
        return True
    if draft.step == MESSAGE and found is None:
        hint = person.text("broadcast-problem-media", kind=_media_kind(update))
        await _show(context, person, draft, hint)
        return True
    if draft.step != MESSAGE or found is None:
        await _after(context, person, "broadcast-problem-buttons")
        return True
    reserve = reserve_of(context)
    problem = await drafts.set_message(person.id, found, reserve)
    if problem is None:
        await _after(context, person, None)
        return True
    length = visible_length(found.body)
    limit = limit_for(found.media_kind is not None) - reserve
    hint = person.text(f"broadcast-problem-{problem}", length=length, limit=limit)
    draft = await drafts.draft(person.id)
    if draft is not None:
        await _show(context, person, draft, hint)
    return True


def reserve_of(context: BotContext) -> int:
    """What every copy's header and footer take of Telegram's limit."""
    services = context.services
    return frame_reserve(services.translate, services.settings.community_name)


async def _after(context: BotContext, person: Person, problem_key: str | None) -> None:
    draft = await context.services.broadcast_drafts.draft(person.id)
    if draft is not None:
        await _show(context, person, draft, person.text(problem_key) if problem_key else "")


async def _city_typed(
    context: BotContext, person: Person, draft: BroadcastDraft, text: str
) -> None:
    found = match_city(text)
    drafts = context.services.broadcast_drafts
    if found.known:
        await drafts.toggle(person.id, Field.CITY, draft.choosing[1], found.city)
        await _after(context, person, None)
        return
    if found.suggestions:
        hint = person.text("broadcast-city-did-you-mean", city=text.strip()[:40])
        rows = [[ComposeValue(city).button(city)] for city in found.suggestions]
        await send(context, person, Screen(hint, InlineKeyboardMarkup(rows)))
        return
    await _after(context, person, "broadcast-city-unknown")


# --- buttons --------------------------------------------------------------------------------


@button(Compose)
async def on_button(
    query: CallbackQuery, context: BotContext, person: Person, data: Compose
) -> None:
    drafts = context.services.broadcast_drafts
    draft = await drafts.draft(person.id) if _may(person) else None
    if draft is None:
        await query.answer(person.text(STALE))
        return
    await context.services.pending.clear(person.id)  # a button: typed text is for the draft now
    if isinstance(data, ComposeDo) and data.action in {"t", "y", "c"}:
        await _act(query, context, person, draft, data.action)
        return
    changed = await _change(context, person, draft, data)
    if changed is None:
        await query.answer(person.text(STALE))
        return
    await query.answer()
    await drop_keyboard(query)
    if isinstance(changed, str):
        await _after(context, person, changed)
    else:
        await _show(context, person, changed)


async def _change(
    context: BotContext, person: Person, draft: BroadcastDraft, data: Compose
) -> BroadcastDraft | str | None:
    """What a button changes in the draft: the draft at its new step, a problem's locale key
    (the same step again), or None for a button of another step."""
    drafts, user = context.services.broadcast_drafts, person.id
    if isinstance(data, ComposeField) and draft.step == AUDIENCE:
        return await drafts.choose_field(user, data.field, data.side == "ex")
    if isinstance(data, ComposeRemove) and draft.step == AUDIENCE:
        return await drafts.remove(user, data.field, data.side == "ex")
    if isinstance(data, ComposeValue) and draft.step == VALUES:
        field, exclude = draft.choosing
        value = data.value.replace("-", ":", 1) if field is Field.EVENT else data.value
        if field is Field.CITY or value in {v for v, _ in await _choices(context, person, field)}:
            return await drafts.toggle(user, field, exclude, value)
        return None
    if isinstance(data, ComposePage) and draft.step == VALUES:
        return await drafts.page(user, data.page)
    if isinstance(data, ComposeDo):
        return await _step_button(context, person, draft, data.action)
    return None


async def _step_button(
    context: BotContext, person: Person, draft: BroadcastDraft, action: str
) -> BroadcastDraft | str | None:
    drafts, user, step = context.services.broadcast_drafts, person.id, draft.step
    if step == AUDIENCE and action == "e":
        return await drafts.everyone(user)
    if step == AUDIENCE and action == "x":
        return await drafts.leave_out(user, not draft.data.get("leaving_out"))
    if step == AUDIENCE and action == "p":
        shown = await drafts.to_preview(user)
        return "broadcast-problem-nobody" if not isinstance(shown, BroadcastDraft) else shown
    if step == VALUES and action == "d":
        field, exclude = draft.choosing
        moved = await drafts.to_audience(user)
        if moved is not None and not draft.audience.values(field, exclude=exclude):
            return "broadcast-problem-none-chosen"  # said, not a silently wider audience
        return moved
    if step == PREVIEW and action in {"a", "m", "w", "s"}:
        moves = {"a": drafts.to_audience, "m": drafts.edit_message, "w": drafts.ask_when}
        return await moves.get(action, drafts.confirm)(user)
    if step in {WHEN, CONFIRM, MESSAGE} and action == "b" and draft.data.get("ready"):
        return await drafts.back_to_preview(user)
    if step == WHEN and action == "n":
        return await drafts.now(user)
    if step == PREVIEW and action == "o":
        return await drafts.adults_only(user)
    return None


async def _act(
    query: CallbackQuery, context: BotContext, person: Person, draft: BroadcastDraft, action: str
) -> None:
    """Test, Send (confirmed) and Cancel: they do something rather than move the draft."""
    drafts = context.services.broadcast_drafts
    if action == "c":
        await drafts.cancel(person.id)
        await query.answer()
        await drop_keyboard(query)
        await reply(context, person, "broadcast-cancelled")
        return
    if action == "t" and draft.step == PREVIEW:
        sent = await drafts.send_test(person.id)
        await query.answer(person.text("broadcast-test-sent" if sent else "broadcast-test-failed"))
        return
    if action != "y" or draft.step != CONFIRM:
        await query.answer(person.text(STALE))
        return
    submitted = await drafts.submit(person.id)
    await query.answer()
    if isinstance(submitted, Submitted) and submitted.state == "sending":
        # The copies already go and the progress message may be up before this line: the
        # confirmation is the pressed message itself, above it, so the order is certain.
        text = _submitted_text(person, submitted, context)
        if await edit_message(query, text, None) is Edited.NOT_EDITABLE:
            await context.bot.send_message(person.chat_id, text)
        return
    await drop_keyboard(query)
    if isinstance(submitted, Submitted):
        await context.bot.send_message(person.chat_id, _submitted_text(person, submitted, context))
    elif isinstance(submitted, str):
        await _after(context, person, f"broadcast-problem-{submitted}")


async def cancel(context: BotContext, person: Person) -> bool:
    """/cancel while writing a broadcast; False if they are not."""
    if not await context.services.broadcast_drafts.cancel(person.id):
        return False
    await reply(context, person, "broadcast-cancelled")
    return True


async def on_message(update: Update, context: BotContext, person: Person) -> None:
    """A private text, photo or document: a broadcast's message (or a moderator's new text for
    one) when that is what the person is writing; otherwise it goes where it always went."""
    if person.is_staff and (
        await take_message(update, context, person)
        or await broadcast_approval.take_edit(update, context, person)
    ):
        return
    message = update.effective_message
    if message is not None and message.document is not None:
        await import_projects.on_document(update, context, person)
    elif message is not None and message.text is not None:
        await conversation.on_text(update, context, person)
    else:
        await onboarding.on_media(update, context, person)
