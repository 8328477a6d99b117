"""Guardian consent (safeguarding rule 2), from three sides:

- the member under GUARDIAN_CONSENT_BELOW: the link to forward, its status, a new link;
- the guardian, in their own account: `/start guardian_<token>`, the consents per purpose,
  confirm or decline; later `/guardian` to withdraw;
- a moderator (for now an admin): `/consent <code>` records a signed paper form, `/pending` lists
  the requests waiting.

Buttons carry the request's reference code, never a Telegram id, and are authorized when pressed:
the guardian's by the account that opened the link, the paper form's by the staff role.
"""

from __future__ import annotations

import logging
from datetime import datetime

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update

from bot.domain.catalog import PURPOSES
from bot.services.guardians import LINK_PREFIX
from bot.services.onboarding import Step
from handlers.common import drop_keyboard, edit_screen, reply, screens_for, send
from handlers.kit.context import BotContext
from handlers.screens import Screen, Screens, pager
from storage.guardians import GuardianRequest

logger = logging.getLogger(__name__)

MEMBER_PATTERN = r"^gm:(new|status)$"
GUARDIAN_PATTERN = r"^gd:(t|ok|no|wd):"
PAPER_PATTERN = r"^pp:(t|ok):"
PENDING_PATTERN = r"^pd:\d{1,4}$"
PER_PAGE = 8


def local_date(context: BotContext, screens: Screens, instant: datetime) -> str:
    day = instant.astimezone(context.services.settings.zone).date()
    return screens.text("day-month", day=str(day.day), month=screens.text(f"month-{day.month}"))


# --- the member -----------------------------------------------------------------------------


async def send_new_link(update: Update, context: BotContext) -> None:
    """After the age question, or on request: a fresh link, and how to use it."""
    user = update.effective_user
    assert user is not None
    services = context.services
    request, token = await services.guardians.start_request(user.id, user.first_name)
    screens = await screens_for(update, context)
    profile = await services.onboarding.profile(user.id)
    assert profile is not None
    link = f"https://t.me/{context.bot.username}?start={LINK_PREFIX}{token}"
    until = local_date(context, screens, request.link_expires_at)
    policy = services.onboarding.policy
    await send(
        update,
        context,
        Screen(
            screens.text(
                "guardian-explain",
                age=policy.guardian_consent_below,
                code=request.reference_code,
            )
        ),
    )
    await send(
        update,
        context,
        Screen(
            screens.text(
                "guardian-invite",
                name=request.telegram_name,
                born=screens.born(profile),
                age=policy.guardian_consent_below,
                link=link,
                until=until,
            )
        ),
    )


async def status_screen(update: Update, context: BotContext) -> Screen:
    user = update.effective_user
    assert user is not None
    screens = await screens_for(update, context)
    request = await context.services.guardians.request_of(user.id)
    keyboard = InlineKeyboardMarkup(
        [
            [
                screens_button(screens, "guardian-new-link", "gm:new"),
                screens_button(screens, "guardian-check", "gm:status"),
            ]
        ]
    )
    if request is None:
        return Screen(screens.text("guardian-status-none"), keyboard)
    now = context.services.clock.now()
    if request.status == "withdrawn":
        key = "guardian-status-withdrawn"
    elif request.status == "opened":
        key = "guardian-status-opened"
    elif request.link_expires_at <= now:
        key = "guardian-status-expired"
    else:
        key = "guardian-status-pending"
    text = screens.text(
        key,
        code=request.reference_code,
        until=local_date(context, screens, request.link_expires_at),
    )
    return Screen(text, keyboard)


def screens_button(screens: Screens, key: str, data: str) -> InlineKeyboardButton:
    return InlineKeyboardButton(screens.text(key), callback_data=data)


async def member_button(update: Update, context: BotContext) -> None:
    query = update.callback_query
    assert query is not None
    assert query.data is not None
    screens = await screens_for(update, context)
    conversation = await context.services.onboarding.conversation(query.from_user.id)
    if conversation is None or conversation.step is not Step.GUARDIAN:
        await query.answer(screens.text("onboarding-button-old"))
        return
    await query.answer()
    if query.data == "gm:new":
        await drop_keyboard(query)
        await send_new_link(update, context)
    else:
        await edit_screen(query, await status_screen(update, context))


# --- the guardian ---------------------------------------------------------------------------


def guardian_screen(screens: Screens, request: GuardianRequest, born: str) -> Screen:
    code = request.reference_code
    rows = screens.consent_rows(request.purposes, lambda purpose: f"gd:t:{code}:{purpose}")
    rows.append(
        [
            InlineKeyboardButton(
                screens.text("guardian-give"), callback_data=f"gd:ok:{request.reference_code}"
            ),
            InlineKeyboardButton(
                screens.text("guardian-refuse"), callback_data=f"gd:no:{request.reference_code}"
            ),
        ]
    )
    text = screens.text("guardian-open", name=request.telegram_name, born=born)
    return Screen(text, InlineKeyboardMarkup(rows))


async def _born(context: BotContext, screens: Screens, member_id: int) -> str:
    profile = await context.services.onboarding.profile(member_id)
    return screens.born(profile) if profile else screens.text("profile-missing")


async def open_link(update: Update, context: BotContext, token: str) -> None:
    """`/start guardian_<token>`, sent from the guardian's own account."""
    user = update.effective_user
    assert user is not None
    screens = await screens_for(update, context)
    opened = await context.services.guardians.open(token, user.id)
    if opened.problem is not None:
        name = opened.request.telegram_name if opened.request else ""
        await reply(update, context, f"guardian-link-{opened.problem.value}", name=name)
        return
    request = opened.request
    assert request is not None
    await send(
        update,
        context,
        guardian_screen(screens, request, await _born(context, screens, request.member_id)),
    )


async def guardian_button(update: Update, context: BotContext) -> None:
    query = update.callback_query
    assert query is not None
    assert query.data is not None
    screens = await screens_for(update, context)
    parts = query.data.split(":")
    action, code = parts[1], parts[2]
    guardians = context.services.guardians
    if action == "wd":
        withdrawn = await guardians.withdraw(code, query.from_user.id)
        if withdrawn is None:
            await query.answer(screens.text("onboarding-button-old"))
            return
        # Paused: their seats at events go to those waiting, their pending applications close.
        await context.services.event_answers.withdraw_member(withdrawn.member_id)
        await context.services.projects.withdraw_pending(withdrawn.member_id)
        await query.answer()
        await edit_screen(
            query, Screen(screens.text("guardian-withdrawn", name=withdrawn.telegram_name))
        )
        return
    request = await guardians.for_guardian(code, query.from_user.id)
    if request is None:
        # Not this account's request, already decided, or the link expired meanwhile.
        await query.answer(screens.text("guardian-not-yours"), show_alert=True)
        return
    if action == "t" and len(parts) == 4 and parts[3] in PURPOSES:
        await guardians.toggle(request, parts[3])
        await query.answer()
        updated = await guardians.for_guardian(code, query.from_user.id)
        assert updated is not None
        born = await _born(context, screens, request.member_id)
        await edit_screen(query, guardian_screen(screens, updated, born))
    elif action == "ok":
        await guardians.consent(request, "bot", query.from_user.id)
        await query.answer()
        withdraw = InlineKeyboardMarkup(
            [[screens_button(screens, "guardian-withdraw", f"gd:wd:{request.reference_code}")]]
        )
        await edit_screen(
            query, Screen(screens.text("guardian-thanks", name=request.telegram_name), withdraw)
        )
    elif action == "no":
        await guardians.decline(request)
        await query.answer()
        await edit_screen(
            query, Screen(screens.text("guardian-declined", name=request.telegram_name))
        )
    else:
        logger.warning("user %d pressed a guardian button we never drew", query.from_user.id)
        await query.answer(screens.text("button-expired"), show_alert=True)


async def my_consents(update: Update, context: BotContext) -> None:
    """/guardian: the consents this account gave, each with a way to withdraw it."""
    user = update.effective_user
    assert user is not None
    screens = await screens_for(update, context)
    given = await context.services.guardians.consented_by(user.id)
    if not given:
        await reply(update, context, "guardian-none")
        return
    rows = [
        [
            InlineKeyboardButton(
                screens.label("guardian-withdraw-for", name=request.telegram_name),
                callback_data=f"gd:wd:{request.reference_code}",
            )
        ]
        for request in given
    ]
    names = ", ".join(request.telegram_name for request in given)
    await send(
        update,
        context,
        Screen(screens.text("guardian-list", names=names), InlineKeyboardMarkup(rows)),
    )


# --- moderators -----------------------------------------------------------------------------


def paper_screen(screens: Screens, request: GuardianRequest, born: str) -> Screen:
    code = request.reference_code
    rows = screens.consent_rows(request.purposes, lambda purpose: f"pp:t:{code}:{purpose}")
    rows.append([InlineKeyboardButton(screens.text("paper-record"), callback_data=f"pp:ok:{code}")])
    text = screens.text("paper-card", name=request.telegram_name, born=born, code=code)
    return Screen(text, InlineKeyboardMarkup(rows))


async def record_paper_form(update: Update, context: BotContext) -> None:
    """/consent <reference code>"""
    user = update.effective_user
    assert user is not None
    services = context.services
    if not services.is_moderator(user.id):
        await reply(update, context, "staff-only")
        return
    if not context.args:
        await reply(update, context, "paper-usage")
        return
    screens = await screens_for(update, context)
    request = await services.guardians.undecided(context.args[0])
    if request is None:
        await reply(update, context, "paper-unknown-code", code=context.args[0][:12])
        return
    born = await _born(context, screens, request.member_id)
    await send(update, context, paper_screen(screens, request, born))


async def paper_button(update: Update, context: BotContext) -> None:
    query = update.callback_query
    assert query is not None
    assert query.data is not None
    services = context.services
    screens = await screens_for(update, context)
    if not services.is_moderator(query.from_user.id):
        logger.warning("user %d pressed a moderator button without the role", query.from_user.id)
        await query.answer(screens.text("staff-only"), show_alert=True)
        return
    parts = query.data.split(":")
    request = await services.guardians.undecided(parts[2])
    if request is None:
        await query.answer(screens.text("onboarding-button-old"))
        return
    await query.answer()
    if parts[1] == "t" and len(parts) == 4 and parts[3] in PURPOSES:
        await services.guardians.toggle(request, parts[3])
        updated = await services.guardians.undecided(parts[2])
        assert updated is not None
        born = await _born(context, screens, request.member_id)
        await edit_screen(query, paper_screen(screens, updated, born))
    elif parts[1] == "ok":
        await services.guardians.consent(request, "paper", query.from_user.id)
        await edit_screen(
            query,
            Screen(screens.text("paper-recorded", name=request.telegram_name, code=parts[2])),
        )


async def list_pending(update: Update, context: BotContext) -> None:
    user = update.effective_user
    assert user is not None
    if not context.services.is_moderator(user.id):
        await reply(update, context, "staff-only")
        return
    await send(update, context, await pending_screen(update, context, 0))


async def pending_page(update: Update, context: BotContext) -> None:
    query = update.callback_query
    assert query is not None
    assert query.data is not None
    screens = await screens_for(update, context)
    if not context.services.is_moderator(query.from_user.id):
        await query.answer(screens.text("staff-only"), show_alert=True)
        return
    await query.answer()
    await edit_screen(query, await pending_screen(update, context, int(query.data[3:])))


async def pending_screen(update: Update, context: BotContext, page: int) -> Screen:
    screens = await screens_for(update, context)
    requests, total = await context.services.guardians.waiting(page, PER_PAGE)
    if total == 0:
        return Screen(screens.text("pending-none"))
    lines = []
    for request in requests:
        lines.append(
            screens.text(
                "pending-line",
                code=request.reference_code,
                name=request.telegram_name,
                born=await _born(context, screens, request.member_id),
                status=screens.text(f"pending-status-{request.status}"),
                until=local_date(context, screens, request.link_expires_at),
            )
        )
    pages = (total + PER_PAGE - 1) // PER_PAGE
    buttons = pager(screens, "pd", page, PER_PAGE, total)
    text = (
        screens.text("pending-list", count=total, page=page + 1, pages=pages)
        + "\n"
        + "\n".join(lines)
    )
    return Screen(text, InlineKeyboardMarkup([buttons]) if buttons else None)
