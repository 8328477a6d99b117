"""/start: staff get their greeting; everyone else begins, resumes or is welcomed back."""

from __future__ import annotations

from telegram import Update

from bot.services.guardians import LINK_PREFIX
from bot.services.staff_invites import INVITE_PREFIX
from handlers import guardian, onboarding, pending_applications, reports, staff_join
from handlers.common import reply, send
from handlers.kit.context import BotContext
from handlers.kit.person import Person
from handlers.screens import Screen


async def start(update: Update, context: BotContext, person: Person) -> None:
    argument = context.args[0] if context.args else ""
    if argument.startswith(LINK_PREFIX):
        # A guardian opening a member's link: not a member themself, so nothing is stored
        # about them beyond the request they answer.
        await guardian.open_link(context, person, argument.removeprefix(LINK_PREFIX))
        return
    if argument.startswith(INVITE_PREFIX):
        # An adult joining the staff: never the youth onboarding.
        await staff_join.open_link(update, context, person, argument.removeprefix(INVITE_PREFIX))
        return
    if argument == reports.DEEP_LINK:
        # From a group's /report: straight to writing the report, whoever they are.
        await reports.begin(context, person)
        return
    if not person.is_staff and await staff_join.resume(context, person):
        return  # an adult waiting for an admin's confirmation
    services = context.services
    if not person.is_staff and await services.guardians.is_guardian_only(person.id):
        # A parent or guardian who came through a member's link: the youth onboarding is not
        # for them (it would refuse them as too old and forget the consent they gave), and
        # nothing is stored about them beyond the request they answered.
        await reply(context, person, "start-guardian", name=person.first_name)
        return
    await services.members.first_contact(person.id, person.app_language)
    if person.is_staff:
        # Staff are adults: never the youth onboarding, never the age gate.
        greeting = Screen(person.text("start-staff", name=person.first_name))
        await send(
            context, person, await pending_applications.with_waiting(context, person, greeting)
        )
        return
    if services.reports.is_lead(person.id):
        # A safeguarding lead who is not staff: an adult too, here for the reports.
        await reply(context, person, "start-lead", name=person.first_name)
        return
    await onboarding.start(context, person)
