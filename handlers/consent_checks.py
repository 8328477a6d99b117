"""Moderators and guardian consent (safeguarding rule 2): an online consent to verify or revoke
with one tap, a paper form recorded with the guardian's name, relationship and date signed,
and each member's consent history.

Buttons carry the request's reference code and are authorized as moderator when pressed."""

from __future__ import annotations

from datetime import timedelta
from typing import Annotated, Literal
from zoneinfo import ZoneInfo

from telegram import CallbackQuery, InlineKeyboardMarkup, Update

from bot.core.i18n import Html
from bot.domain.catalog import PURPOSES
from bot.domain.guardian_identity import signed_on
from bot.services.guardians import Checked, ConsentToVerify
from bot.services.notifications import Delivery, Outcome
from bot.services.staff import Role
from handlers.common import drop_keyboard, edit_screen, reply, send
from handlers.guardian import (
    CODE,
    PURPOSE,
    born_of,
    local_date,
    pause_member,
    send_form,
    take_name,
)
from handlers.kit.callback_data import CallbackData
from handlers.kit.context import BotContext
from handlers.kit.guards import STALE, button, not_ours, requires
from handlers.kit.notifier import Renderer
from handlers.kit.person import Person
from handlers.screens import Screen, Screens
from handlers.told import told_words
from storage.consent_history import ConsentEvent
from storage.guardians import GuardianRequest

HISTORY_LINES = 12


class ConsentCheck(CallbackData, prefix="gv"):
    """A moderator on an online consent: `ok` verify, `no` revoke."""

    decision: Literal["ok", "no"]
    code: Annotated[str, CODE]
    given_at: int  # when the consent was given: a card decides that consent only


class PaperForm(CallbackData, prefix="pp"):
    """A moderator on a paper form's card: consents on or off, record it, or the form to
    print."""


class PaperRecord(PaperForm, tag="ok"):
    code: Annotated[str, CODE]


class PaperToggle(PaperForm, tag="t"):
    code: Annotated[str, CODE]
    purpose: Annotated[str, PURPOSE]


class PaperPrint(PaperForm, tag="pdf"):
    code: Annotated[str, CODE]


class PaperStep(CallbackData, prefix="pq"):
    """Recording a paper form, after its card: relationship, date signed, confirmation."""


class PaperRelationship(PaperStep, tag="r"):
    code: Annotated[str, CODE]
    relationship: Literal["parent", "legal_guardian"]


class PaperSigned(PaperStep, tag="d"):
    """`0` signed today, `1` yesterday."""

    code: Annotated[str, CODE]
    days_ago: Literal["0", "1"]


class PaperConfirm(PaperStep, tag="ok"):
    code: Annotated[str, CODE]


def verify_renderer(zone: ZoneInfo) -> Renderer[ConsentToVerify]:
    async def render(screens: Screens, note: ConsentToVerify) -> Screen:
        text = screens.text(
            "verify-card",
            child=note.child_name,
            code=note.code,
            guardian=note.guardian_name,
            relationship=screens.text(f"relationship-{note.relationship}"),
            account=note.display_name,
            at=note.at.astimezone(zone).strftime("%d/%m/%Y %H:%M"),
        )
        stamp = int(note.at.timestamp())
        keyboard = InlineKeyboardMarkup(
            [
                [
                    ConsentCheck("ok", note.code, stamp).button(screens.text("verify-ok")),
                    ConsentCheck("no", note.code, stamp).button(screens.text("verify-revoke")),
                ]
            ]
        )
        return Screen(text, keyboard)

    return render


@button(ConsentCheck)
@requires(Role.MODERATOR)
async def check_button(
    query: CallbackQuery, context: BotContext, person: Person, data: ConsentCheck
) -> None:
    guardians = context.services.guardians
    if data.decision == "ok":
        checked = await guardians.verify(data.code, data.given_at, person.id)
    else:
        checked = await guardians.revoke(data.code, data.given_at, person.id)
    if checked.request is None:
        # Withdrawn, or given again since this card: the newer consent has its own card.
        await query.answer()
        await edit_screen(query, Screen(person.text("verify-gone")))
        return
    await query.answer()
    if not checked.done:
        await edit_screen(query, Screen(await _decided_earlier(context, person, checked)))
        return
    child = checked.request.telegram_name
    if data.decision == "ok":
        await edit_screen(query, Screen(person.text("verify-done", child=child)))
        return
    zone = context.services.settings.zone
    told = await pause_member(context, checked.request.member_id, revoked=True)
    guardian = checked.guardian_told or Delivery(Outcome.UNREACHABLE)
    text = person.text(
        "verify-revoked",
        child=child,
        child_told=told_words(person.screens, told, zone),
        guardian_told=told_words(person.screens, guardian, zone),
    )
    await edit_screen(query, Screen(text))


async def _decided_earlier(context: BotContext, person: Person, checked: Checked) -> str:
    assert checked.request is not None
    earlier = checked.earlier
    if earlier is None:
        return person.text("verify-gone", child=checked.request.telegram_name)
    return person.text(
        f"verify-already-{earlier.event}",
        child=checked.request.telegram_name,
        who=await _staff_name(context, person, earlier.actor_id),
        when=local_date(context, person.screens, earlier.at),
    )


async def _staff_name(context: BotContext, person: Person, telegram_id: int | None) -> str:
    names = {member.telegram_id: member.name for member in await context.services.staff.staff()}
    if telegram_id is not None and telegram_id in names:
        return names[telegram_id]
    return person.text("history-someone")


# --- the paper form, after its card ----------------------------------------------------------


async def ask_guardian_name(context: BotContext, person: Person, request: GuardianRequest) -> None:
    await context.services.pending.expect(person.id, "paper-name", request.member_id)
    await reply(context, person, "paper-ask-name", child=request.telegram_name)


async def take_text(context: BotContext, person: Person, typed: str) -> bool:
    """A moderator typing the guardian's name, or the date signed, off a paper form."""
    services = context.services
    pending = await services.pending.get(person.id)
    if pending is None or pending.kind not in {"paper-name", "paper-date"}:
        return False
    request = await services.guardians.undecided_of(pending.ref)
    if request is None or not services.staff.is_moderator(person.id):
        await services.pending.clear(person.id)
        await reply(context, person, STALE)
        return True
    if pending.kind == "paper-name":
        name = await take_name(context, person, request, typed, "paper-name-problem")
        if name is not None:
            await send(context, person, _relationship_screen(person.screens, request, name))
        return True
    found = signed_on(typed, services.clock.now().astimezone(services.settings.zone).date())
    if found.day is None:
        assert found.problem is not None
        await reply(context, person, f"paper-date-{found.problem.value}")
        return True
    await services.pending.clear(person.id)
    await services.guardians.set_signed_on(request, found.day)
    await _confirm(context, person, request.reference_code)
    return True


def _relationship_screen(screens: Screens, request: GuardianRequest, name: str) -> Screen:
    code = request.reference_code
    rows = [
        [PaperRelationship(code, "parent").button(screens.text("relationship-parent"))],
        [
            PaperRelationship(code, "legal_guardian").button(
                screens.text("relationship-legal_guardian")
            )
        ],
    ]
    text = screens.text("paper-ask-relationship", guardian=name, child=request.telegram_name)
    return Screen(text, InlineKeyboardMarkup(rows))


async def _confirm(context: BotContext, person: Person, code: str) -> None:
    """What will be recorded, with the child's first name and birth month to check against
    the form."""
    request = await context.services.guardians.undecided(code)
    if request is None or request.signed_on is None or request.relationship is None:
        await reply(context, person, STALE)
        return
    profile = await context.services.onboarding.profile(request.member_id)
    born = person.screens.born(profile) if profile else person.text("profile-missing")
    purposes = ", ".join(person.text(f"purpose-{p}") for p in request.purposes) or "—"
    text = person.text(
        "paper-confirm",
        child=request.telegram_name,
        born=born,
        code=code,
        guardian=request.guardian_name or "",
        relationship=person.text(f"relationship-{request.relationship}"),
        signed=request.signed_on.strftime("%d/%m/%Y"),
        purposes=purposes,
    )
    keyboard = InlineKeyboardMarkup([[PaperConfirm(code).button(person.text("paper-record"))]])
    await send(context, person, Screen(text, keyboard))


@button(PaperStep)
@requires(Role.MODERATOR)
async def paper_step(
    query: CallbackQuery, context: BotContext, person: Person, data: PaperStep
) -> None:
    assert isinstance(data, PaperRelationship | PaperSigned | PaperConfirm)
    guardians = context.services.guardians
    request = await guardians.undecided(data.code)
    if request is None or request.guardian_name is None:
        await query.answer(person.text(STALE))
        return
    await query.answer()
    await drop_keyboard(query)
    if isinstance(data, PaperRelationship):
        await guardians.state_relationship(request, data.relationship)
        await context.services.pending.expect(person.id, "paper-date", request.member_id)
        keyboard = InlineKeyboardMarkup(
            [
                [
                    PaperSigned(data.code, "0").button(person.text("paper-today")),
                    PaperSigned(data.code, "1").button(person.text("paper-yesterday")),
                ]
            ]
        )
        await send(context, person, Screen(person.text("paper-ask-date"), keyboard))
    elif isinstance(data, PaperSigned):
        await context.services.pending.clear(person.id)
        now = context.services.clock.now().astimezone(context.services.settings.zone)
        await guardians.set_signed_on(request, now.date() - timedelta(days=int(data.days_ago)))
        await _confirm(context, person, data.code)
    elif request.relationship is None or request.signed_on is None:
        await reply(context, person, STALE)
    else:
        told = await guardians.consent(request, "paper", person.id)
        told_text = told_words(person.screens, told, context.services.settings.zone)
        name = request.telegram_name
        await reply(context, person, "paper-recorded", name=name, code=data.code, told=told_text)


def paper_screen(screens: Screens, request: GuardianRequest, born: str) -> Screen:
    code = request.reference_code
    rows = screens.consent_rows(request.purposes, lambda purpose: PaperToggle(code, purpose))
    rows.append([PaperRecord(code).button(screens.text("paper-record-start"))])
    rows.append([PaperPrint(code).button(screens.text("guardian-paper-form"))])
    text = screens.text("paper-card", name=request.telegram_name, born=born, code=code)
    return Screen(text, InlineKeyboardMarkup(rows))


async def record_paper_form(update: Update, context: BotContext, person: Person) -> None:
    """/consent <reference code>: a form to record, or where a decided consent stands."""
    if not context.args:
        await reply(context, person, "paper-usage")
        return
    guardians = context.services.guardians
    request = await guardians.undecided(context.args[0])
    if request is None:
        decided = await guardians.by_code(context.args[0])
        if decided is not None:
            await show_history(context, person, decided)
            return
        await reply(context, person, "paper-unknown-code", code=context.args[0][:12])
        return
    born = await born_of(context, person.screens, request.member_id)
    await send(context, person, paper_screen(person.screens, request, born))


@button(PaperForm)
@requires(Role.MODERATOR)
async def paper_button(
    query: CallbackQuery, context: BotContext, person: Person, data: PaperForm
) -> None:
    assert isinstance(data, PaperRecord | PaperToggle | PaperPrint)  # the family's shapes
    guardians = context.services.guardians
    request = await guardians.undecided(data.code)
    if request is None:
        await query.answer(person.text(STALE))
    elif isinstance(data, PaperToggle):
        if data.purpose not in PURPOSES:
            await not_ours(query, person, "consent")
            return
        await guardians.toggle(request, data.purpose)
        await query.answer()
        found = await guardians.undecided(data.code)
        assert found is not None
        born = await born_of(context, person.screens, request.member_id)
        await edit_screen(query, paper_screen(person.screens, found, born))
    elif isinstance(data, PaperPrint):
        await query.answer()
        await send_form(context, person, data.code, request.telegram_name)
    else:
        await query.answer()
        await drop_keyboard(query)
        await ask_guardian_name(context, person, request)


# --- the history ---------------------------------------------------------------------------


def history_text(context: BotContext, person: Person, events: list[ConsentEvent]) -> Html:
    """Each change, newest last: what, which purpose, who, how, when."""
    lines = [
        person.text(
            "history-line",
            when=local_date(context, person.screens, event.at),
            what=" ".join(filter(None, _what(person, event))),
            who=person.text(f"history-by-{event.actor_role}"),
            how=person.text(f"history-via-{event.method}"),
        )
        for event in events[-HISTORY_LINES:]
    ]
    return Html("\n".join(lines) or person.text("history-none"))


def _what(person: Person, event: ConsentEvent) -> tuple[str, ...]:
    """The change, the purpose it touched (none: all of them) and its new state."""
    purpose = person.text(f"purpose-{event.purpose}") if event.purpose else ""
    state = ""
    if event.granted is not None:
        state = person.text("history-on" if event.granted else "history-off")
    return person.text(f"history-{event.event}"), purpose, state


async def show_history(context: BotContext, person: Person, request: GuardianRequest) -> None:
    """/consent on a code whose consent is decided: where it stands, and its history."""
    events = await context.services.guardians.history_of(request.member_id)
    await context.services.audit.record(person.id, "consent_history.viewed", request.member_id)
    status = "to-verify" if request.to_verify else request.status
    await reply(
        context,
        person,
        "history-card",
        child=request.telegram_name,
        code=request.reference_code,
        status=person.text(f"history-status-{status}"),
        guardian=request.guardian_name or "—",
        relationship=person.text(f"relationship-{request.relationship}")
        if request.relationship
        else "—",
        lines=history_text(context, person, events),
    )
