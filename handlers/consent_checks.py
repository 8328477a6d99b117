"""Moderators and guardian consent (safeguarding rule 2): an online consent to verify or revoke
with one tap, a paper form recorded with the guardian's name, relationship and date signed,
and each member's consent history.

Buttons carry the request's reference code and are authorized as moderator when pressed."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Annotated, Literal
from zoneinfo import ZoneInfo

from telegram import CallbackQuery, InlineKeyboardMarkup, Update
from telegram.error import TelegramError

from bot.core.i18n import Html
from bot.domain.catalog import PURPOSES
from bot.domain.guardian_identity import SignedOn, signed_on
from bot.domain.relative_days import days_ago
from bot.services.guardians import Checked, ConsentToVerify
from bot.services.notifications import Delivery, Outcome
from bot.services.pending import PendingInput
from bot.services.staff import Role
from handlers import group_joins
from handlers.common import drop_keyboard, edit_screen, reply, send
from handlers.consent_history import history_lines
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

# What a moderator recording a paper form may be asked to type: the guardian's name, the date
# signed, or (on the check screen) a corrected name.
PAPER_QUESTIONS = frozenset({"paper-name", "paper-date", "paper-check"})


class ConsentCheck(CallbackData, prefix="gv"):
    """A moderator on an online consent: `ok` verify; `no` asks first, then `void` revokes
    and `back` shows the card again."""

    decision: Literal["ok", "no", "void", "back"]
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


class PaperOpen(PaperForm, tag="new"):
    """From a consent's history: a fresh paper form's card."""

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


class PaperFix(PaperStep, tag="x"):
    """On the check screen: `fix` asks the name, relationship and date again; `stop` records
    nothing."""

    code: Annotated[str, CODE]
    action: Literal["fix", "stop"]


def verify_screen(screens: Screens, note: ConsentToVerify, zone: ZoneInfo) -> Screen:
    """The consent as the guardian stated it, what to look at, and the two decisions."""
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
    return Screen(text + "\n" + screens.text("desk-verify-hint"), keyboard)


def verify_renderer(zone: ZoneInfo) -> Renderer[ConsentToVerify]:
    async def render(screens: Screens, note: ConsentToVerify) -> Screen:
        return verify_screen(screens, note, zone)

    return render


async def _note_of(context: BotContext, request: GuardianRequest) -> ConsentToVerify:
    """The pushed card's content again, from what is stored and the guardian's account as
    Telegram shows it now."""
    assert request.decided_at is not None
    return ConsentToVerify(
        code=request.reference_code,
        child_name=request.telegram_name,
        guardian_name=request.guardian_name or "—",
        relationship=request.relationship or "parent",
        display_name=await _account_of(context, request.guardian_id),
        at=request.decided_at,
    )


async def _account_of(context: BotContext, telegram_id: int | None) -> str:
    if telegram_id is None:
        return "—"
    try:
        chat = await context.bot.get_chat(telegram_id)
    except TelegramError:
        return "—"
    name = " ".join(filter(None, (chat.first_name, chat.last_name))) or "—"
    return f"{name} (@{chat.username})" if chat.username else name


async def _card(context: BotContext, person: Person, request: GuardianRequest) -> Screen:
    note = await _note_of(context, request)
    return verify_screen(person.screens, note, context.services.settings.zone)


async def send_verify_card(context: BotContext, person: Person, request: GuardianRequest) -> None:
    await send(context, person, await _card(context, person, request))


def _revoke_question(person: Person, data: ConsentCheck, child: str) -> Screen:
    keyboard = InlineKeyboardMarkup(
        [
            [ConsentCheck("void", data.code, data.given_at).button(person.text("desk-revoke-yes"))],
            [ConsentCheck("back", data.code, data.given_at).button(person.text("desk-revoke-no"))],
        ]
    )
    return Screen(person.text("desk-revoke-ask", child=child), keyboard)


@button(ConsentCheck)
@requires(Role.MODERATOR)
async def check_button(
    query: CallbackQuery, context: BotContext, person: Person, data: ConsentCheck
) -> None:
    guardians = context.services.guardians
    if data.decision in {"no", "back"}:
        await _ask_or_back(query, context, person, data)
        return
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
        await group_joins.after_check(context, checked.request.member_id)
        return
    zone = context.services.settings.zone
    told = await pause_member(context, checked.request.member_id, revoked=True)
    guardian = checked.guardian_told or Delivery(Outcome.UNREACHABLE)
    paused = await context.services.guardians.request_of(checked.request.member_id)
    assert paused is not None
    assert paused.erase_at is not None
    text = person.text(
        "verify-revoked",
        child=child,
        child_told=told_words(person.screens, told, zone),
        guardian_told=told_words(person.screens, guardian, zone),
        until=local_date(context, person.screens, paused.erase_at),
    )
    await edit_screen(query, Screen(text))


async def _ask_or_back(
    query: CallbackQuery, context: BotContext, person: Person, data: ConsentCheck
) -> None:
    """Annulling pauses a child and tells the family: asked first. Nothing changes here, so a
    card no longer waiting says why, as a verify or revoke would."""
    request = await context.services.guardians.by_code(data.code)
    await query.answer()
    given = request.decided_at if request is not None else None
    if request is None or given is None or int(given.timestamp()) != data.given_at:
        await edit_screen(query, Screen(person.text("verify-gone")))
    elif not request.to_verify:
        events = await context.services.guardians.history_of(request.member_id)
        decisions = [event for event in events if event.event in {"verified", "revoked"}]
        earlier = decisions[-1] if decisions else None
        checked = Checked(request, done=False, earlier=earlier)
        await edit_screen(query, Screen(await _decided_earlier(context, person, checked)))
    elif data.decision == "no":
        await edit_screen(query, _revoke_question(person, data, request.telegram_name))
    else:
        await edit_screen(query, await _card(context, person, request))


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


async def take_text(context: BotContext, person: Person, typed: str, pending: PendingInput) -> bool:
    """A moderator typing the guardian's name, or the date signed, off a paper form."""
    services = context.services
    if pending.kind not in PAPER_QUESTIONS:
        return False
    request = await services.guardians.undecided_of(pending.ref)
    if request is None or not services.staff.is_moderator(person.id):
        await services.pending.clear(person.id)
        await reply(context, person, STALE)
        return True
    found = _date_typed(typed, _today(context))
    # On the check screen a date corrects the date; anything else is a corrected name.
    checking = pending.kind == "paper-check" and request.relationship is not None
    redate = checking and found.day is not None
    if pending.kind != "paper-date" and not redate:
        await _take_paper_name(context, person, request, typed, checking)
        return True
    if found.day is None:
        assert found.problem is not None
        await reply(context, person, f"paper-date-{found.problem.value}")
        return True
    await services.guardians.set_signed_on(request, found.day)
    await _confirm(context, person, request.reference_code)
    return True


def _date_typed(typed: str, today: date) -> SignedOn:
    """A date as on the form, or a word like "ieri" (on the check screen: a corrected date)."""
    words = days_ago(typed)
    return signed_on(typed, today) if words is None else SignedOn(today - timedelta(days=words))


async def _take_paper_name(
    context: BotContext, person: Person, request: GuardianRequest, typed: str, checking: bool
) -> None:
    """The guardian's name off the form; typed on the check screen, it corrects the name and
    the check screen comes again."""
    name = await take_name(context, person, request, typed, "paper-name-problem")
    if name is None:
        return
    await context.services.pending.expect(person.id, "paper-check", request.member_id)
    if checking and request.relationship is not None and request.signed_on is not None:
        await _confirm(context, person, request.reference_code)
    else:
        await send(context, person, _relationship_screen(person.screens, request, name))


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
    keyboard = InlineKeyboardMarkup(
        [
            [PaperConfirm(code).button(person.text("paper-record"))],
            [
                PaperFix(code, "fix").button(person.text("desk-paper-fix")),
                PaperFix(code, "stop").button(person.text("desk-paper-stop")),
            ],
        ]
    )
    await context.services.pending.expect(person.id, "paper-check", request.member_id)
    await send(context, person, Screen(text + "\n" + person.text("desk-paper-typing"), keyboard))


@button(PaperStep)
@requires(Role.MODERATOR)
async def paper_step(
    query: CallbackQuery, context: BotContext, person: Person, data: PaperStep
) -> None:
    assert isinstance(data, PaperRelationship | PaperSigned | PaperConfirm | PaperFix)
    guardians = context.services.guardians
    request = await guardians.undecided(data.code)
    if request is None or request.guardian_name is None:
        await query.answer(person.text(STALE))
        return
    await query.answer()
    await drop_keyboard(query)
    if isinstance(data, PaperFix):
        await _fix_or_stop(context, person, request, data.action)
    elif isinstance(data, PaperRelationship):
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
        example = _today(context).strftime("%d/%m/%Y")  # a form the date question reads
        text = person.text("paper-ask-date", example=example)
        await send(context, person, Screen(text, keyboard))
    elif isinstance(data, PaperSigned):
        now = context.services.clock.now().astimezone(context.services.settings.zone)
        await guardians.set_signed_on(request, now.date() - timedelta(days=int(data.days_ago)))
        await _confirm(context, person, data.code)
    elif request.relationship is None or request.signed_on is None:
        await reply(context, person, STALE)
    else:
        await context.services.pending.clear(person.id)
        told = await guardians.consent(request, "paper", person.id)
        told_text = told_words(person.screens, told, context.services.settings.zone)
        name = request.telegram_name
        await reply(context, person, "paper-recorded", name=name, code=data.code, told=told_text)
        await group_joins.after_check(context, request.member_id)


def _today(context: BotContext) -> date:
    return context.services.clock.now().astimezone(context.services.settings.zone).date()


async def _fix_or_stop(
    context: BotContext, person: Person, request: GuardianRequest, action: str
) -> None:
    if action == "fix":
        await ask_guardian_name(context, person, request)
        return
    await context.services.pending.clear(person.id)
    await reply(context, person, "desk-paper-stopped", code=request.reference_code)


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
    found = await guardians.by_code(context.args[0])
    if found is None:
        await reply(context, person, "paper-unknown-code", code=context.args[0][:12])
    elif found.to_verify:
        await send_verify_card(context, person, found)
    elif found.status == "consented" or await guardians.history_of(found.member_id):
        await show_history(context, person, found)
    else:
        await send_fresh_form(context, person, found)


async def send_fresh_form(context: BotContext, person: Person, request: GuardianRequest) -> None:
    """Each paper form starts blank: ticks from an abandoned try are not this form's. A
    guardian choosing online right now (link opened) keeps their own ticks."""
    await context.services.pending.clear(person.id)
    guardians = context.services.guardians
    fresh = await guardians.undecided(request.reference_code)
    while fresh is not None and fresh.purposes and fresh.status != "opened":
        await guardians.toggle(fresh, fresh.purposes[0])
        fresh = await guardians.undecided(request.reference_code)
    if fresh is None:
        await reply(context, person, STALE)
        return
    born = await born_of(context, person.screens, fresh.member_id)
    await send(context, person, paper_screen(person.screens, fresh, born))


@button(PaperForm)
@requires(Role.MODERATOR)
async def paper_button(
    query: CallbackQuery, context: BotContext, person: Person, data: PaperForm
) -> None:
    assert isinstance(data, PaperRecord | PaperToggle | PaperPrint | PaperOpen)
    guardians = context.services.guardians
    request = await guardians.undecided(data.code)
    if request is None:
        await query.answer(person.text(STALE))
    elif isinstance(data, PaperOpen):
        await query.answer()
        await send_fresh_form(context, person, request)
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


async def show_history(context: BotContext, person: Person, request: GuardianRequest) -> None:
    """/consent on a code whose consent is decided: where it stands, and its history."""
    events = await context.services.guardians.history_of(request.member_id)
    await context.services.audit.record(person.id, "consent_history.viewed", request.member_id)
    status = "to-verify" if request.to_verify else request.shown_status
    names = await _moderator_names(context, events)
    lines = history_lines(person.screens, events, names, context.services.settings.zone)
    if request.signed_on is not None and request.method == "paper":
        signed = person.screens.calendar_day(request.signed_on)
        lines = Html(person.text("desk-history-signed", day=signed) + "\n" + lines)
    text = person.text(
        "history-card",
        child=request.telegram_name,
        code=request.reference_code,
        status=person.text(f"history-status-{status}"),
        guardian=request.guardian_name or "—",
        relationship=person.text(f"relationship-{request.relationship}")
        if request.relationship
        else "—",
        lines=lines,
    )
    keyboard = None
    if request.status != "consented":
        label = person.text("desk-paper-new")
        keyboard = InlineKeyboardMarkup([[PaperOpen(request.reference_code).button(label)]])
    await send(context, person, Screen(text, keyboard))


async def _moderator_names(context: BotContext, events: list[ConsentEvent]) -> dict[int, str]:
    """Staff names; an admin named only in the settings, by their Telegram name."""
    names = {member.telegram_id: member.name for member in await context.services.staff.staff()}
    for event in events:
        actor = event.actor_id
        if event.actor_role == "moderator" and actor is not None and actor not in names:
            names[actor] = (await _account_of(context, actor)).split(" (@")[0]
    return names
