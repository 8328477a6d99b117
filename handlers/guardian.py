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

from datetime import datetime
from typing import Annotated, Literal

from telegram import CallbackQuery, InlineKeyboardMarkup, Update

from bot.domain.catalog import PURPOSES
from bot.domain.onboarding_steps import Step
from bot.services.guardians import LINK_PREFIX
from bot.services.staff import Role
from handlers.common import drop_keyboard, edit_screen, reply, reply_choice, send
from handlers.kit.callback_data import CallbackData, Shape
from handlers.kit.context import BotContext
from handlers.kit.edits import redraw
from handlers.kit.guards import STALE, button, not_ours, requires
from handlers.kit.person import Person
from handlers.screens import Screen, Screens, pager
from storage.guardians import GuardianRequest

PER_PAGE = 8
CODE = Shape(r"[0-9A-Z]{1,12}")  # a request's reference code
PURPOSE = Shape(r"[a-z]{1,16}")


class MemberLink(CallbackData, prefix="gm"):
    """The member waiting for their guardian: a new link, or how the request stands."""

    action: Literal["new", "status"]


class GuardianChoice(CallbackData, prefix="gd"):
    """The guardian, on a request's card (or, to withdraw, on /guardian)."""


class GuardianDecides(GuardianChoice):
    """`ok` consent, `no` refuse, `wd` withdraw a consent given."""

    decision: Literal["ok", "no", "wd"]
    code: Annotated[str, CODE]


class GuardianToggle(GuardianChoice, tag="t"):
    code: Annotated[str, CODE]
    purpose: Annotated[str, PURPOSE]


class PaperForm(CallbackData, prefix="pp"):
    """A moderator recording a signed paper form: consents on or off, then record it."""


class PaperRecord(PaperForm, tag="ok"):
    code: Annotated[str, CODE]


class PaperToggle(PaperForm, tag="t"):
    code: Annotated[str, CODE]
    purpose: Annotated[str, PURPOSE]


class PendingPage(CallbackData, prefix="pd"):
    page: Annotated[int, Shape(r"[0-9]{1,4}")]


def local_date(context: BotContext, screens: Screens, instant: datetime) -> str:
    return screens.calendar_day(instant.astimezone(context.services.settings.zone).date())


# --- the member -----------------------------------------------------------------------------


async def send_new_link(context: BotContext, person: Person) -> None:
    """After the age question, or on request: a fresh link, and how to use it."""
    services = context.services
    request, token = await services.guardians.start_request(person.id, person.first_name)
    profile = await services.onboarding.profile(person.id)
    assert profile is not None
    link = f"https://t.me/{context.bot.username}?start={LINK_PREFIX}{token}"
    age = services.onboarding.policy.guardian_consent_below
    await reply(context, person, "guardian-explain", age=age, code=request.reference_code)
    await reply(
        context,
        person,
        "guardian-invite",
        name=request.telegram_name,
        born=person.screens.born(profile),
        age=age,
        link=link,
        until=local_date(context, person.screens, request.link_expires_at),
    )


async def status_screen(context: BotContext, person: Person) -> Screen:
    request = await context.services.guardians.request_of(person.id)
    keyboard = InlineKeyboardMarkup(
        [
            [
                MemberLink("new").button(person.text("guardian-new-link")),
                MemberLink("status").button(person.text("guardian-check")),
            ]
        ]
    )
    if request is None:
        return Screen(person.text("guardian-status-none"), keyboard)
    if request.status == "withdrawn":
        key = "guardian-status-withdrawn"
    elif request.status == "opened":
        key = "guardian-status-opened"
    elif request.link_expires_at <= context.services.clock.now():
        key = "guardian-status-expired"
    else:
        key = "guardian-status-pending"
    until = local_date(context, person.screens, request.link_expires_at)
    return Screen(person.text(key, code=request.reference_code, until=until), keyboard)


@button(MemberLink)
async def member_button(
    query: CallbackQuery, context: BotContext, person: Person, data: MemberLink
) -> None:
    conversation = await context.services.onboarding.conversation(person.id)
    if conversation is None or conversation.step is not Step.GUARDIAN:
        await query.answer(person.text(STALE))
        return
    if data.action == "new":
        await query.answer()
        await drop_keyboard(query)
        await send_new_link(context, person)
    else:
        await redraw(query, person, await status_screen(context, person))


# --- the guardian ---------------------------------------------------------------------------


def guardian_screen(screens: Screens, request: GuardianRequest, born: str) -> Screen:
    code = request.reference_code
    rows = screens.consent_rows(request.purposes, lambda purpose: GuardianToggle(code, purpose))
    rows.append(
        [
            GuardianDecides("ok", code).button(screens.text("guardian-give")),
            GuardianDecides("no", code).button(screens.text("guardian-refuse")),
        ]
    )
    text = screens.text("guardian-open", name=request.telegram_name, born=born)
    return Screen(text, InlineKeyboardMarkup(rows))


async def _born(context: BotContext, screens: Screens, member_id: int) -> str:
    profile = await context.services.onboarding.profile(member_id)
    return screens.born(profile) if profile else screens.text("profile-missing")


async def open_link(context: BotContext, person: Person, token: str) -> None:
    """`/start guardian_<token>`, sent from the guardian's own account."""
    opened = await context.services.guardians.open(token, person.id)
    if opened.problem is not None:
        name = opened.request.telegram_name if opened.request else ""
        await reply(context, person, f"guardian-link-{opened.problem.value}", name=name)
        return
    request = opened.request
    assert request is not None
    born = await _born(context, person.screens, request.member_id)
    await send(context, person, guardian_screen(person.screens, request, born))


@button(GuardianChoice)
async def guardian_button(
    query: CallbackQuery, context: BotContext, person: Person, data: GuardianChoice
) -> None:
    if isinstance(data, GuardianDecides) and data.decision == "wd":
        await _withdraw(query, context, person, data.code)
        return
    assert isinstance(data, GuardianDecides | GuardianToggle)  # the family's only shapes
    guardians = context.services.guardians
    request = await guardians.for_guardian(data.code, person.id)
    if request is None:
        # Not this account's request, already decided, or the link expired meanwhile.
        await query.answer(person.text("guardian-not-yours"), show_alert=True)
    elif isinstance(data, GuardianToggle):
        await _toggle(query, context, person, request, data)
    elif data.decision == "ok":
        await guardians.consent(request, "bot", person.id)
        await query.answer()
        withdraw = GuardianDecides("wd", data.code).button(person.text("guardian-withdraw"))
        thanks = person.text("guardian-thanks", name=request.telegram_name)
        await edit_screen(query, Screen(thanks, InlineKeyboardMarkup([[withdraw]])))
    else:
        await guardians.decline(request)
        await query.answer()
        declined = person.text("guardian-declined", name=request.telegram_name)
        await edit_screen(query, Screen(declined))


async def _toggle(
    query: CallbackQuery,
    context: BotContext,
    person: Person,
    request: GuardianRequest,
    data: GuardianToggle | PaperToggle,
) -> None:
    """One consent on or off, on the guardian's card or the paper form."""
    guardians = context.services.guardians
    if data.purpose not in PURPOSES:
        await not_ours(query, person, "consent")
        return
    await guardians.toggle(request, data.purpose)
    await query.answer()
    paper = isinstance(data, PaperToggle)
    code = data.code
    found = await (guardians.undecided(code) if paper else guardians.for_guardian(code, person.id))
    assert found is not None
    born = await _born(context, person.screens, request.member_id)
    draw = paper_screen if paper else guardian_screen
    await edit_screen(query, draw(person.screens, found, born))


async def _withdraw(query: CallbackQuery, context: BotContext, person: Person, code: str) -> None:
    services = context.services
    withdrawn = await services.guardians.withdraw(code, person.id)
    if withdrawn is None:
        await query.answer(person.text(STALE))
        return
    # Paused: their seats at events go to those waiting, their pending applications close.
    await services.event_answers.withdraw_member(withdrawn.member_id)
    await services.applications.withdraw_pending(withdrawn.member_id)
    await query.answer()
    await edit_screen(
        query, Screen(person.text("guardian-withdrawn", name=withdrawn.telegram_name))
    )


async def my_consents(update: Update, context: BotContext, person: Person) -> None:
    """/guardian: the consents this account gave, each with a way to withdraw it."""
    given = await context.services.guardians.consented_by(person.id)
    buttons = [
        GuardianDecides("wd", request.reference_code).button(
            person.screens.label("guardian-withdraw-for", name=request.telegram_name)
        )
        for request in given
    ]
    names = ", ".join(request.telegram_name for request in given)
    await reply_choice(context, person, "guardian-list", buttons, "guardian-none", names=names)


# --- moderators -----------------------------------------------------------------------------


def paper_screen(screens: Screens, request: GuardianRequest, born: str) -> Screen:
    code = request.reference_code
    rows = screens.consent_rows(request.purposes, lambda purpose: PaperToggle(code, purpose))
    rows.append([PaperRecord(code).button(screens.text("paper-record"))])
    text = screens.text("paper-card", name=request.telegram_name, born=born, code=code)
    return Screen(text, InlineKeyboardMarkup(rows))


async def record_paper_form(update: Update, context: BotContext, person: Person) -> None:
    """/consent <reference code>"""
    if not context.args:
        await reply(context, person, "paper-usage")
        return
    request = await context.services.guardians.undecided(context.args[0])
    if request is None:
        await reply(context, person, "paper-unknown-code", code=context.args[0][:12])
        return
    born = await _born(context, person.screens, request.member_id)
    await send(context, person, paper_screen(person.screens, request, born))


@button(PaperForm)
@requires(Role.MODERATOR)
async def paper_button(
    query: CallbackQuery, context: BotContext, person: Person, data: PaperForm
) -> None:
    assert isinstance(data, PaperRecord | PaperToggle)  # the family's only shapes
    guardians = context.services.guardians
    request = await guardians.undecided(data.code)
    if request is None:
        await query.answer(person.text(STALE))
    elif isinstance(data, PaperToggle):
        await _toggle(query, context, person, request, data)
    else:
        await guardians.consent(request, "paper", person.id)
        await query.answer()
        recorded = person.text("paper-recorded", name=request.telegram_name, code=data.code)
        await edit_screen(query, Screen(recorded))


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
    requests, total = await context.services.guardians.waiting(page, PER_PAGE)
    if total == 0:
        return Screen(screens.text("pending-none"))
    lines = [
        screens.text(
            "pending-line",
            code=request.reference_code,
            name=request.telegram_name,
            born=await _born(context, screens, request.member_id),
            status=screens.text(f"pending-status-{request.status}"),
            until=local_date(context, screens, request.link_expires_at),
        )
        for request in requests
    ]
    pages = (total + PER_PAGE - 1) // PER_PAGE
    buttons = pager(screens, PendingPage, page, PER_PAGE, total)
    text = (
        screens.text("pending-list", count=total, page=page + 1, pages=pages)
        + "\n"
        + "\n".join(lines)
    )
    return Screen(text, InlineKeyboardMarkup([buttons]) if buttons else None)
