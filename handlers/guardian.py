"""Guardian consent (safeguarding rule 2), from three sides:

- the member under GUARDIAN_CONSENT_BELOW: the link to forward, its status, a new link;
- the guardian, in their own account: `/start guardian_<token>`, the consents per purpose,
  confirm or decline; later `/guardian` to withdraw;
- a moderator: `/consent <code>` records a signed paper form (handlers/consent_checks.py);
  `/pending` is their to-do list (handlers/moderator_desk.py).

Buttons carry the request's reference code, never a Telegram id, and are authorized when pressed:
the guardian's by the account that opened the link, the paper form's by the staff role.
"""

from __future__ import annotations

import asyncio
from datetime import datetime
from typing import Annotated, Any, Literal
from zoneinfo import ZoneInfo

from telegram import CallbackQuery, InlineKeyboardMarkup, InputFile, Update

from bot.core.i18n import Html
from bot.domain.catalog import PURPOSES
from bot.domain.consent_rule import Decider
from bot.domain.guardian_identity import stated_name
from bot.domain.onboarding_steps import Step
from bot.services.consent_form import consent_form_pdf
from bot.services.consents import MemberConsents
from bot.services.guardians import LINK_PREFIX, PauseNotice
from bot.services.notifications import Delivery
from bot.services.pending import PendingInput
from handlers.common import drop_keyboard, edit_screen, reply, reply_choice, send
from handlers.kit.callback_data import CallbackData, Shape
from handlers.kit.context import BotContext
from handlers.kit.edits import redraw
from handlers.kit.guards import STALE, button, not_ours
from handlers.kit.notifier import Renderer
from handlers.kit.person import Person
from handlers.screens import Screen, Screens
from storage.guardians import GuardianRequest

CODE = Shape(r"[0-9A-Z]{1,12}")  # a request's reference code
PURPOSE = Shape(r"[a-z]{1,16}")


class MemberLink(CallbackData, prefix="gm"):
    """The member waiting for their guardian: a new link, how the request stands, the form."""

    action: Literal["new", "status", "form"]


class GuardianChoice(CallbackData, prefix="gd"):
    """The guardian, on a request's card (or, to withdraw, on /guardian)."""


class GuardianDecides(GuardianChoice):
    """`ok` consent, `no` asks before refusing, `nx` refuses (erases the child), `bk` back to
    the card, `wd` withdraw a consent given."""

    decision: Literal["ok", "no", "nx", "bk", "wd"]
    code: Annotated[str, CODE]


class GuardianToggle(GuardianChoice, tag="t"):
    code: Annotated[str, CODE]
    purpose: Annotated[str, PURPOSE]


class GuardianIdentity(GuardianChoice, tag="r"):
    """Parent or legal guardian: also their word that they are an adult responsible for the
    child."""

    code: Annotated[str, CODE]
    relationship: Literal["parent", "legal_guardian"]


class GuardianChange(GuardianChoice, tag="c"):
    """On /guardian: one consent on or off, for a consent already given."""

    code: Annotated[str, CODE]
    purpose: Annotated[str, PURPOSE]


class GuardianWithdraw(GuardianChoice, tag="w"):
    """On /guardian: `ask` shows what withdrawing does, `yes` withdraws, `show` the choices."""

    action: Literal["ask", "yes", "show"]
    code: Annotated[str, CODE]


def local_date(context: BotContext, screens: Screens, instant: datetime) -> str:
    return screens.calendar_day(instant.astimezone(context.services.settings.zone).date())


# --- the member -----------------------------------------------------------------------------


async def send_new_link(context: BotContext, person: Person) -> None:
    """After the age question, or on request: a fresh link, and how to use it."""
    services = context.services
    earlier = await services.guardians.request_of(person.id)
    request, token = await services.guardians.start_request(person.id, person.first_name)
    profile = await services.onboarding.profile(person.id)
    assert profile is not None
    link = f"https://t.me/{context.bot.username}?start={LINK_PREFIX}{token}"
    age = services.onboarding.policy.guardian_consent_below
    explain = person.text("guardian-explain", age=age, code=request.reference_code)
    if earlier is not None:
        explain += "\n" + person.text("guardian-link-replaced")
    paper = MemberLink("form").button(person.text("guardian-paper-form"))
    await send(context, person, Screen(explain, InlineKeyboardMarkup([[paper]])))
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


# A request still on its way: someone held in a community group learns when they may write.
_WAITING = {"guardian-status-pending", "guardian-status-opened"}


async def status_screen(context: BotContext, person: Person) -> Screen:
    request = await context.services.guardians.request_of(person.id)
    keyboard = InlineKeyboardMarkup(
        [
            [
                MemberLink("new").button(person.text("guardian-new-link")),
                MemberLink("status").button(person.text("guardian-check")),
            ],
            [MemberLink("form").button(person.text("guardian-paper-form"))],
        ]
    )
    if request is None:
        return Screen(person.text("guardian-status-none"), keyboard)
    if request.status == "withdrawn":
        key = f"guardian-status-{request.shown_status}"
    elif request.status == "opened":
        key = "guardian-status-opened"
    elif request.link_expires_at <= context.services.clock.now():
        key = "guardian-status-expired"
    else:
        key = "guardian-status-pending"
    until = local_date(context, person.screens, request.link_expires_at)
    text = person.text(key, code=request.reference_code, until=until)
    if key in _WAITING and await context.services.groups.holds_of(person.id):
        text += "\n" + person.text("guardian-status-group")
    if request.erase_at is not None:
        # Paused after a consent: the data goes on that day unless a new OK arrives.
        erased = local_date(context, person.screens, request.erase_at)
        text += "\n" + person.text("guardian-status-erasing", until=erased)
    return Screen(text, keyboard)


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
    elif data.action == "form":
        request = await context.services.guardians.request_of(person.id)
        if request is None:
            request, _ = await context.services.guardians.start_request(
                person.id, person.first_name
            )
        await send_form(context, person, request.reference_code, request.telegram_name)
        await reply(context, person, "guardian-paper-how", code=request.reference_code)
    else:
        await redraw(query, person, await status_screen(context, person))


async def send_form(context: BotContext, person: Person, code: str, child: str) -> None:
    """The paper consent form to print, with the child's reference code."""
    settings = context.services.settings
    # About half a second of CPU: in a thread, so other people's updates are not held up.
    pdf = await asyncio.to_thread(
        consent_form_pdf,
        context.services.translate,
        person.language,
        reference_code=code,
        child_first_name=child,
        community_name=settings.community_name,
        data_controller=settings.data_controller,
        data_controller_contact=settings.data_controller_contact,
        purposes=PURPOSES,
    )
    await context.bot.send_document(
        person.chat_id,
        InputFile(pdf, filename=f"consent-{code}.pdf"),
        caption=person.text("guardian-paper-caption", code=code),
    )


# --- the guardian ---------------------------------------------------------------------------


def guardian_screen(
    screens: Screens, request: GuardianRequest, born: str, contact: str = ""
) -> Screen:
    code = request.reference_code
    rows = screens.consent_rows(request.purposes, lambda purpose: GuardianToggle(code, purpose))
    # Apart, so a slip of the thumb never lands on the answer that erases the child.
    rows.append([GuardianDecides("ok", code).button(screens.text("guardian-give"))])
    rows.append([GuardianDecides("no", code).button(screens.text("guardian-refuse"))])
    text = screens.text(
        "guardian-consent-card",
        name=request.telegram_name,
        born=born,
        contact=contact or screens.text("guardian-contact-missing"),
    )
    return Screen(text, InlineKeyboardMarkup(rows))


def relationship_screen(screens: Screens, request: GuardianRequest) -> Screen:
    code = request.reference_code
    buttons = [
        [GuardianIdentity(code, "parent").button(screens.text("guardian-is-parent"))],
        [GuardianIdentity(code, "legal_guardian").button(screens.text("guardian-is-tutor"))],
    ]
    text = screens.text(
        "guardian-relationship", name=request.telegram_name, guardian=request.guardian_name or ""
    )
    return Screen(text, InlineKeyboardMarkup(buttons))


async def next_guardian_step(context: BotContext, person: Person, request: GuardianRequest) -> None:
    """Who they are first (name, then parent or legal guardian), then the consents."""
    if request.guardian_name is None:
        await context.services.pending.expect(person.id, "guardian-name", request.member_id)
        await reply(context, person, "guardian-ask-name", name=request.telegram_name)
    elif request.relationship is None:
        await send(context, person, relationship_screen(person.screens, request))
    else:
        born = await born_of(context, person.screens, request.member_id)
        contact = context.services.settings.data_controller_contact
        shown = contact or person.text("guardian-contact-missing")
        await reply(
            context, person, "guardian-card-intro", name=request.telegram_name, contact=shown
        )
        await send(context, person, guardian_screen(person.screens, request, born, contact))


async def born_of(context: BotContext, screens: Screens, member_id: int) -> str:
    profile = await context.services.onboarding.profile(member_id)
    return screens.born(profile) if profile else screens.text("profile-missing")


async def open_link(context: BotContext, person: Person, token: str) -> None:
    """`/start guardian_<token>`, sent from the guardian's own account."""
    opened = await context.services.guardians.open(token, person.id, person.app_language)
    if opened.problem is not None:
        name = opened.request.telegram_name if opened.request else ""
        await reply(context, person, f"guardian-link-{opened.problem.value}", name=name)
        return
    request = opened.request
    assert request is not None
    born = await born_of(context, person.screens, request.member_id)
    await reply(context, person, "guardian-welcome", name=request.telegram_name, born=born)
    await next_guardian_step(context, person, request)


async def take_name(
    context: BotContext, person: Person, request: GuardianRequest, typed: str, problem: str
) -> str | None:
    """A guardian's first and last name, typed by them or off a paper form: stated on the
    request, or the `problem` text and the question stays."""
    name = stated_name(typed)
    if name is None:
        await reply(context, person, problem)
        return None
    await context.services.pending.clear(person.id)
    await context.services.guardians.state_name(request, name)
    return name


async def take_text(context: BotContext, person: Person, typed: str, pending: PendingInput) -> bool:
    """The guardian's name, typed after opening the link."""
    services = context.services
    if pending.kind != "guardian-name":
        return False
    request = await services.guardians.for_guardian_member(pending.ref, person.id)
    if request is None:
        await services.pending.clear(person.id)
        await reply(context, person, "guardian-not-yours")
        return True
    if await take_name(context, person, request, typed, "guardian-name-problem") is None:
        return True
    updated = await services.guardians.for_guardian(request.reference_code, person.id)
    assert updated is not None
    await next_guardian_step(context, person, updated)
    return True


@button(GuardianChoice)
async def guardian_button(
    query: CallbackQuery, context: BotContext, person: Person, data: GuardianChoice
) -> None:
    if isinstance(data, GuardianDecides) and data.decision == "wd":
        # A button from before /guardian could change choices: withdrawing is asked first.
        await guardian_later(query, context, person, GuardianWithdraw("ask", data.code))
        return
    if isinstance(data, GuardianWithdraw | GuardianChange):
        await guardian_later(query, context, person, data)
        return
    assert isinstance(data, GuardianDecides | GuardianToggle | GuardianIdentity)
    guardians = context.services.guardians
    request = await guardians.for_guardian(data.code, person.id)
    if request is None:
        # Not this account's request, already decided, or the link expired meanwhile.
        await query.answer(person.text("guardian-not-yours"), show_alert=True)
    elif isinstance(data, GuardianIdentity):
        await _identity(query, context, person, request, data)
    elif request.relationship is None:
        await query.answer(person.text("guardian-who-first"), show_alert=True)
    elif isinstance(data, GuardianToggle):
        await _toggle(query, context, person, request, data)
    elif data.decision == "ok":
        await guardians.consent(request, "bot", person.id, _display_name(query))
        await query.answer()
        thanks = person.text("guardian-thanks", name=request.telegram_name)
        await edit_screen(query, Screen(thanks, _later_keyboard(person, data.code)))
    elif data.decision in {"no", "bk"}:
        await query.answer()
        await edit_screen(query, await _refusal_step(context, person, request, data.decision))
    else:
        await guardians.decline(request)
        await query.answer()
        declined = person.text("guardian-declined", name=request.telegram_name)
        await edit_screen(query, Screen(declined))


async def _refusal_step(
    context: BotContext, person: Person, request: GuardianRequest, decision: str
) -> Screen:
    """`no`: what refusing does, asked first (it erases the child at once); `bk`: the card."""
    code = request.reference_code
    if decision == "bk":
        born = await born_of(context, person.screens, request.member_id)
        contact = context.services.settings.data_controller_contact
        return guardian_screen(person.screens, request, born, contact)
    keyboard = InlineKeyboardMarkup(
        [
            [GuardianDecides("nx", code).button(person.text("guardian-refuse-yes"))],
            [GuardianDecides("bk", code).button(person.text("guardian-withdraw-no"))],
        ]
    )
    return Screen(person.text("guardian-refuse-ask", name=request.telegram_name), keyboard)


def _display_name(query: CallbackQuery) -> str:
    """The account as Telegram shows it, for the moderators who check the consent."""
    user = query.from_user
    username = f" (@{user.username})" if user.username else ""
    return f"{user.full_name}{username}"


async def _identity(
    query: CallbackQuery,
    context: BotContext,
    person: Person,
    request: GuardianRequest,
    data: GuardianIdentity,
) -> None:
    if request.guardian_name is None:
        await query.answer(person.text("guardian-who-first"), show_alert=True)
        return
    await context.services.guardians.state_relationship(request, data.relationship)
    await query.answer()
    await drop_keyboard(query)
    updated = await context.services.guardians.for_guardian(data.code, person.id)
    assert updated is not None
    await next_guardian_step(context, person, updated)


async def _toggle(
    query: CallbackQuery,
    context: BotContext,
    person: Person,
    request: GuardianRequest,
    data: GuardianToggle,
) -> None:
    """One consent on or off, on the guardian's card."""
    guardians = context.services.guardians
    if data.purpose not in PURPOSES:
        await not_ours(query, person, "consent")
        return
    await guardians.toggle(request, data.purpose)
    await query.answer()
    found = await guardians.for_guardian(data.code, person.id)
    assert found is not None
    born = await born_of(context, person.screens, request.member_id)
    contact = context.services.settings.data_controller_contact
    await edit_screen(query, guardian_screen(person.screens, found, born, contact))


def _later_keyboard(person: Person, code: str) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        [[GuardianWithdraw("show", code).button(person.text("guardian-manage"))]]
    )


def manage_screen(screens: Screens, request: GuardianRequest, consents: MemberConsents) -> Screen:
    """A consent given: each choice as it is in force (the child may have switched one off
    since), to change, and a way to withdraw it all."""
    code = request.reference_code
    on = [purpose for purpose, granted in consents.granted.items() if granted]
    rows = screens.consent_rows(on, lambda purpose: GuardianChange(code, purpose))
    rows.append([GuardianWithdraw("ask", code).button(screens.text("guardian-withdraw"))])
    name = request.telegram_name
    lines = [screens.text("guardian-manage-card", name=name)]
    lines += [
        screens.text("guardian-off-by-child", label=screens.text(f"purpose-{purpose}"), name=name)
        for purpose, decider in consents.given_by.items()
        if decider is Decider.MEMBER and purpose not in on
    ]
    return Screen("\n".join(lines), InlineKeyboardMarkup(rows))


async def guardian_later(
    query: CallbackQuery,
    context: BotContext,
    person: Person,
    data: GuardianWithdraw | GuardianChange,
) -> None:
    """After consenting: change one choice, or withdraw (asked first: what it does)."""
    services = context.services
    request = await services.guardians.given_by(data.code, person.id)
    if request is None:
        await query.answer(person.text("guardian-not-yours"), show_alert=True)
        return
    await query.answer()
    if isinstance(data, GuardianChange):
        changed = await services.guardians.change(data.code, person.id, data.purpose)
        consents = await services.consents.of(request.member_id)
        await edit_screen(query, manage_screen(person.screens, changed or request, consents))
    elif data.action == "show":
        consents = await services.consents.of(request.member_id)
        await edit_screen(query, manage_screen(person.screens, request, consents))
    elif data.action == "ask":
        keyboard = InlineKeyboardMarkup(
            [
                [GuardianWithdraw("yes", data.code).button(person.text("guardian-withdraw-yes"))],
                [GuardianWithdraw("show", data.code).button(person.text("guardian-withdraw-no"))],
            ]
        )
        text = person.text("guardian-withdraw-ask", name=request.telegram_name)
        await edit_screen(query, Screen(text, keyboard))
    else:
        await _withdraw(query, context, person, data.code)


async def _withdraw(query: CallbackQuery, context: BotContext, person: Person, code: str) -> None:
    services = context.services
    withdrawn = await services.guardians.withdraw(code, person.id)
    if withdrawn is None:
        await edit_screen(query, Screen(person.text(STALE)))
        return
    await pause_member(context, withdrawn.member_id, revoked=False)
    assert withdrawn.erase_at is not None
    until = local_date(context, person.screens, withdrawn.erase_at)
    text = person.text("guardian-withdrawn", name=withdrawn.telegram_name, until=until)
    await edit_screen(query, Screen(text))


def pause_renderer(zone: ZoneInfo) -> Renderer[PauseNotice]:
    async def render(screens: Screens, note: PauseNotice) -> Screen:
        erase_at = datetime.fromisoformat(note.erase_at)
        until = screens.calendar_day(erase_at.astimezone(zone).date())
        args = {"answers": note.answers, "applications": note.applications, "until": until}
        return Screen(screens.text(note.key, **args))

    return render


async def pause_member(context: BotContext, member_id: int, *, revoked: bool) -> Delivery:
    """Paused: their seats at events go to those waiting, their applications, invitations
    and places close (coordinators are told), the data goes back to the rule-2 minimum and
    the member hears what happened (returned: whether that reached them now)."""
    services = context.services
    answers = await services.event_answers.withdraw_member(member_id)
    left = await services.applications.withdraw_pending(member_id)
    return await services.guardians.pause(member_id, revoked, answers, left)


async def my_consents(update: Update, context: BotContext, person: Person) -> None:
    """/guardian: the consents this account gave, each to change or withdraw."""
    given = await context.services.guardians.consented_by(person.id)
    buttons = [
        GuardianWithdraw("show", request.reference_code).button(
            person.screens.label("guardian-manage-for", name=request.telegram_name)
        )
        for request in given
    ]
    names = ", ".join(request.telegram_name for request in given)
    paused = await context.services.guardians.paused_for(person.id)
    if given or not paused:
        await reply_choice(context, person, "guardian-list", buttons, "guardian-none", names=names)
    if paused:
        lines = [
            person.text(
                f"guardian-paused-{request.shown_status}",
                name=request.telegram_name,
                until=local_date(context, person.screens, request.erase_at),
            )
            for request in paused
            if request.erase_at is not None
        ]
        await reply(context, person, "guardian-paused", lines=Html("\n".join(lines)))


async def own_data_lines(context: BotContext, person: Person, held: list[dict[str, Any]]) -> str:
    """For /mydata and /deleteme of someone who is only a guardian: one line per child."""
    screens = person.screens
    lines = []
    for request in held:
        decided = request["decided_at"]
        when = (
            screens.calendar_day(
                datetime.fromisoformat(decided).astimezone(context.services.settings.zone).date()
            )
            if decided
            else "—"
        )
        relationship = request["relationship"]
        lines.append(
            screens.text(
                "guardian-own-data-line",
                child=request["child"],
                name=request["name_given"] or "—",
                relationship=screens.text(f"relationship-{relationship}") if relationship else "—",
                status=screens.text(f"guardian-own-status-{request['status']}"),
                when=when,
            )
        )
    return "\n".join(lines)
