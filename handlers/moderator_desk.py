"""/pending, the moderators' to-do list (rules 2 and 23), paged: online consents to verify and
age answers to check, each opening its card with the same buttons as the card that was pushed
(it may have scrolled away, or never arrived), then requests still without consent."""

from __future__ import annotations

from typing import Annotated

from telegram import CallbackQuery, InlineKeyboardButton, InlineKeyboardMarkup, Update

from bot.services.age_checks import AgeRetryNotice
from bot.services.staff import Role
from handlers import age_checks
from handlers.common import send
from handlers.consent_checks import send_verify_card
from handlers.guardian import CODE, born_of, local_date
from handlers.kit.callback_data import CallbackData, Shape
from handlers.kit.context import BotContext
from handlers.kit.edits import redraw
from handlers.kit.guards import button, requires
from handlers.kit.person import Person
from handlers.screens import Screen, Screens, pager
from storage.guardians import GuardianRequest

PER_PAGE = 6
PAGE = Shape(r"[0-9]{1,4}")


class PendingPage(CallbackData, prefix="pd"):
    page: Annotated[int, PAGE]


class DeskOpen(CallbackData, prefix="dk"):
    """A line of the to-do list opened: its card, with its buttons."""


class OpenConsent(DeskOpen, tag="c"):
    code: Annotated[str, CODE]


class OpenAgeCheck(DeskOpen, tag="a"):
    check: int


async def list_pending(update: Update, context: BotContext, person: Person) -> None:
    await send(context, person, await pending_screen(context, person, 0))


@button(PendingPage)
@requires(Role.MODERATOR)
async def pending_page(
    query: CallbackQuery, context: BotContext, person: Person, data: PendingPage
) -> None:
    await redraw(query, person, await pending_screen(context, person, data.page))


async def pending_screen(context: BotContext, person: Person, page: int) -> Screen:
    screens = person.screens
    found = await context.services.desk.page(page, PER_PAGE)
    if found.total == 0:
        return Screen(screens.text("desk-none"))
    lines: list[str] = []
    rows: list[list[InlineKeyboardButton]] = []
    for request in found.to_verify:
        at = local_date(context, screens, request.decided_at or request.created_at)
        lines.append(screens.text("desk-line-verify", name=request.telegram_name, when=at))
        label = screens.label("desk-open-verify", name=request.telegram_name)
        rows.append([OpenConsent(request.reference_code).button(label)])
    for number, notice in enumerate(found.age_checks, start=1):
        lines.append(screens.text("desk-line-age", number=number))
        label = screens.label("desk-open-age", number=number)
        rows.append([OpenAgeCheck(notice.check_id).button(label)])
    lines.extend([await _waiting_line(context, screens, request) for request in found.waiting])
    pages = (found.total + PER_PAGE - 1) // PER_PAGE
    nav = pager(screens, PendingPage, page, PER_PAGE, found.total)
    if nav:
        rows.append(nav)
    heading = screens.text("desk-heading", count=found.total, page=page + 1, pages=pages)
    text = heading + "\n" + "\n".join(lines)
    return Screen(text, InlineKeyboardMarkup(rows) if rows else None)


async def _waiting_line(context: BotContext, screens: Screens, request: GuardianRequest) -> str:
    born = await born_of(context, screens, request.member_id)
    if request.shown_status == "annulled":
        status = screens.text("desk-status-annulled")
    elif request.status == "withdrawn":
        status = screens.text("pending-status-withdrawn")
    elif request.status == "opened" or not request.has_link:
        status = screens.text("pending-status-opened")
    else:
        until = local_date(context, screens, request.link_expires_at)
        status = screens.text("desk-status-link", until=until)
    return screens.text(
        "desk-line-waiting",
        code=request.reference_code,
        name=request.telegram_name,
        born=born,
        status=status,
    )


@button(DeskOpen)
@requires(Role.MODERATOR)
async def open_line(
    query: CallbackQuery, context: BotContext, person: Person, data: DeskOpen
) -> None:
    if isinstance(data, OpenConsent):
        request = await context.services.guardians.by_code(data.code)
        if request is None or not request.to_verify:
            await query.answer(person.text("desk-done-meanwhile"), show_alert=True)
            return
        await query.answer()
        await send_verify_card(context, person, request)
        return
    assert isinstance(data, OpenAgeCheck)
    notice = await _age_notice(context, data.check)
    if notice is None:
        await query.answer(person.text("desk-done-meanwhile"), show_alert=True)
        return
    await query.answer()
    await send(context, person, await age_checks.notice_renderer()(person.screens, notice))


async def _age_notice(context: BotContext, check_id: int) -> AgeRetryNotice | None:
    notices = await context.services.age_checks.open_notices()
    return next((notice for notice in notices if notice.check_id == check_id), None)
