"""Age retries (safeguarding rule 23), on Telegram: the moderators' notice with its two
one-tap decisions, and what the person is told once a moderator decides.

The buttons carry the check's number, never a Telegram id, and are authorized as moderator when
pressed; a second tap (or another moderator's) finds the answer decided and changes nothing.
"""

from __future__ import annotations

from typing import Annotated, Literal

from telegram import CallbackQuery, InlineKeyboardMarkup

from bot.domain.age_gate import AgeDecision
from bot.domain.birth_month import BirthMonth
from bot.domain.onboarding_steps import Step
from bot.services.age_checks import ANSWER_WITHIN_HOURS, AgeRetryNotice, Settled
from bot.services.notifications import Delivery, Purpose, Text
from bot.services.staff import Role
from bot.wiring import Services
from handlers.common import edit_screen
from handlers.kit.callback_data import CallbackData, Shape
from handlers.kit.context import BotContext
from handlers.kit.guards import button, requires
from handlers.kit.notifier import Renderer
from handlers.kit.person import Person
from handlers.screens import Screen, Screens
from handlers.told import told_words


class AgeRetryChoice(CallbackData, prefix="ar"):
    """`new`: the later answer counts; `first`: the first one stays."""

    keep: Literal["new", "first"]
    check: int
    shown: Annotated[int, Shape(r"[1-9][0-9]{5}")]  # the later answer on the card, as YYYYMM


def _month(screens: Screens, year: int, month: int) -> str:
    return screens.text("born-on", month=screens.text(f"month-{month}"), year=str(year))


def notice_renderer() -> Renderer[AgeRetryNotice]:
    async def render(screens: Screens, note: AgeRetryNotice) -> Screen:
        if note.first_given_as == "before":
            first = screens.text("age-check-before", year=str(note.first_year + 1))
        elif note.first_given_as == "after":
            first = screens.text("age-check-after", year=str(note.first_year))
        else:
            first = _month(screens, note.first_year, note.first_month)
        text = screens.text(
            "age-check-notice",
            first=first,
            first_outcome=screens.text(f"age-check-outcome-{note.first_outcome}"),
            new=_month(screens, note.new_year, note.new_month),
            new_outcome=screens.text(f"age-check-outcome-{note.new_outcome}"),
        )
        text += "\n" + _guidance(screens, note)
        shown = note.new_year * 100 + note.new_month
        accept, keep = screens.text("age-check-accept"), screens.text("age-check-keep")
        keyboard = InlineKeyboardMarkup(
            [
                [AgeRetryChoice("new", note.check_id, shown).button(accept)],
                [AgeRetryChoice("first", note.check_id, shown).button(keep)],
            ]
        )
        return Screen(text, keyboard)

    return render


def _guidance(screens: Screens, note: AgeRetryNotice) -> str:
    """What a tired moderator needs to decide: how far apart the answers were, what each
    button leads to, and what to do when unsure."""
    apart = (
        screens.text("desk-age-apart-days", days=note.hours_apart // 24)
        if note.hours_apart >= 48
        else screens.text("desk-age-apart-hours", hours=note.hours_apart)
    )
    return screens.text(
        "desk-age-guidance",
        apart=apart,
        new_leads=screens.text(f"desk-age-leads-{note.new_outcome}"),
        first_leads=screens.text(f"desk-age-leads-{note.first_outcome}"),
    )


def waiting_screen(screens: Screens) -> Screen:
    return Screen(screens.text("age-check-waiting", hours=ANSWER_WITHIN_HOURS))


@button(AgeRetryChoice)
@requires(Role.MODERATOR)
async def decide(
    query: CallbackQuery, context: BotContext, person: Person, data: AgeRetryChoice
) -> None:
    services = context.services
    shown = BirthMonth(data.shown // 100, data.shown % 100)
    settled = await services.age_checks.settle(data.check, shown, data.keep == "new", person.id)
    await query.answer()
    if settled is None:
        # One answer per press: the card itself says it is decided, no popup on top.
        await edit_screen(query, Screen(person.text("age-check-already")))
        return
    delivery = await _tell_and_apply(services, settled)
    done = "age-check-accepted" if settled.accepted else "age-check-kept"
    told = told_words(person.screens, delivery, services.settings.zone, family="desk-told")
    await edit_screen(query, Screen(person.text(done) + " " + told))


async def _tell_and_apply(services: Services, settled: Settled) -> Delivery:
    """The decision takes effect, then the person hears it; a refusal erases them, so it is
    told first, and at once (a message kept for the end of quiet hours would go with them)."""
    onboarding = services.onboarding
    decision = onboarding.policy.decide(settled.born, onboarding.today())
    waiting = await onboarding.step_of(settled.member_id) is Step.AGE_CHECK
    note = Text(_told(decision, waiting, settled.accepted), _ages(services))
    if decision in {AgeDecision.TOO_YOUNG, AgeDecision.TOO_OLD}:
        delivery = await services.notifications.deliver(
            settled.member_id, note, Purpose.CONSEQUENCE, deadline=services.clock.now()
        )
        await onboarding.age_settled(settled)
        return delivery
    await onboarding.age_settled(settled)
    return await services.notifications.deliver(settled.member_id, note, Purpose.CONSEQUENCE)


def _told(decision: AgeDecision, waiting: bool, accepted: bool) -> str:
    if not waiting:  # a member's edit: their profile stays as it was, or takes the new date
        return "age-check-edit-saved" if accepted else "age-check-edit-kept"
    return f"age-check-then-{decision.value}"


def _ages(services: Services) -> dict[str, object]:
    policy = services.onboarding.policy
    return {"min": policy.min_age, "max": policy.max_age, "age": policy.guardian_consent_below}
