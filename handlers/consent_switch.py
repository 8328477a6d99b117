"""A member's tap on a consent, on any screen that shows one (the onboarding's question, its
edits from the summary or /profile, /settings). The one rule (`ConsentService.switch`)
decides; the screens draw no button for what it would refuse, so a refusal here is a forged or
old press: a kind note, a warning in the log, nothing changed (safeguarding rules 2 and 22)."""

from __future__ import annotations

from telegram import CallbackQuery

from bot.domain.consent_rule import Decider
from bot.services.consents import MemberConsents, Refused
from handlers.kit.context import BotContext
from handlers.kit.guards import refuse_button
from handlers.kit.person import Person

MATCHING = "matching"  # the purpose that makes a member visible to projects


async def tap_consent(
    query: CallbackQuery, context: BotContext, person: Person, purpose: str, on: bool
) -> bool:
    """True if the consent was switched; a refusal is answered here."""
    switched = await context.services.consents.switch(person.id, purpose, on)
    if isinstance(switched, Refused):
        why = f"to switch on {purpose!r} ({switched.reason.value})"
        await refuse_button(query, person, "consent-rule-refused", why)
        return False
    return True


def not_visible_key(consents: MemberConsents) -> str:
    """What /projects says to a member not visible to projects: who decided, and what she can
    do about it (switch it on in /settings, or ask her guardian)."""
    if not consents.guardian_decides:
        return "projects-none-no-consent"
    paper = "-paper" if consents.by_paper else ""
    if consents.given_by[MATCHING] is Decider.MEMBER:
        return "consent-rule-projects-member-off" + paper
    return "consent-rule-projects-guardian-off" + paper
