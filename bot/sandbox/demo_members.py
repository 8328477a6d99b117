"""The demo's members: Luca, ready to apply and answer events, and the community around the
tester. Each goes through the onboarding's own service calls, answer by answer, so every rule of
a real sign-up holds (the age gate, a known town, consents with their time and version).

Ages are the youngest each can be on the sandbox's day: a birth month half a year back, so they
are the same age whatever day the sandbox starts."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from bot.domain.birth_month import BirthMonth
from bot.domain.onboarding_steps import Step
from bot.sandbox import people
from bot.sandbox.people import DemoPerson
from bot.wiring import Services

ALL_CONSENTS = ("matching", "reminders", "announcements")


@dataclass(frozen=True)
class DemoMember:
    person: DemoPerson
    age: int
    city: str | None  # None: remote only
    causes: tuple[str, ...]
    skills: tuple[str, ...]
    days: tuple[str, ...]
    hours: int
    consents: tuple[str, ...] = ALL_CONSENTS


def _member(key: str, age: int, city: str | None, choices: str, hours: int = 5) -> DemoMember:
    """One line of the table below: `choices` is "causes | skills | days", each a list of the
    catalog's keys separated by spaces."""
    causes, skills, days = (tuple(part.split()) for part in choices.split("|"))
    return DemoMember(_person(key), age, city, causes, skills, days, hours)


def _person(key: str) -> DemoPerson:
    return next(person for person in people.EVERYONE if person.key == key)


# Luca's causes, skills, town and days meet four of Emma's five projects, each for other
# reasons, so /projects shows matching with its "why" at once.
LUCA = _member(
    "luca", 22, "Torino", "climate education digital | coding video languages | weekends evenings"
)

# Minors among them (14 to 17) make a broadcast's preview count under-18s and quiet hours;
# Martina has announcements off, Sara is not visible to projects, Gabriele blocked the bot.
COMMUNITY: tuple[DemoMember, ...] = (
    _member("chiara", 17, "Torino", "climate animals | social design | weekends"),
    _member("matteo", 19, "Moncalieri", "education sport | tutoring events | weekdays evenings"),
    _member("alessandro", 24, "Torino", "digital civic | coding data | evenings", 10),
    _member("francesca", 15, "Collegno", "culture inclusion | music writing | weekends", 2),
    _member("omar", 20, "Torino", "migrants education | languages tutoring | weekdays"),
    replace(
        _member("martina", 18, "Rivoli", "health equality | care social | evenings"),
        consents=("matching", "reminders"),
    ),
    _member("davide", 14, "Torino", "sport animals | manual | weekends", 2),
    _member("elena", 23, "Nichelino", "poverty civic | cooking events | weekends", 10),
    _member("tommaso", 16, "Settimo Torinese", "climate | manual video | weekends"),
    replace(
        _member("sara", 20, "Torino", "culture digital | video design | evenings"),
        consents=("reminders", "announcements"),
    ),
    _member("andrea", 25, "Grugliasco", "climate civic | data writing | weekdays", 10),
    _member("beatrice", 17, "Moncalieri", "education inclusion | tutoring languages | weekdays"),
    _member("gabriele", 22, "Torino", "sport health | events speaking | evenings"),
    _member("noemi", 16, "Chieri", "animals climate | care social | weekends", 2),
    _member("riccardo", 19, "Torino", "digital education | coding tutoring | evenings"),
    _member("valentina", 22, None, "equality migrants | writing languages | evenings", 2),
)

MEMBERS: tuple[DemoMember, ...] = (LUCA, *COMMUNITY)


def born_aged(age: int, today: date) -> BirthMonth:
    """A birth month that makes someone `age` today, at the youngest they can be."""
    months = today.year * 12 + today.month - 1 - 6 - age * 12
    return BirthMonth(months // 12, months % 12 + 1)


async def seed_members(services: Services) -> dict[str, int]:
    """Everyone's onboarding; their ids by key."""
    for member in MEMBERS:
        await onboard(services, member)
        if member.person.blocked:
            await services.members.mark_unreachable(member.person.user_id)
    return {member.person.key: member.person.user_id for member in MEMBERS}


async def onboard(services: Services, member: DemoMember) -> None:
    """The onboarding, answered as the member would, question by question."""
    member_id = member.person.user_id
    onboarding = services.onboarding
    if await onboarding.is_member(member_id):
        return
    await services.members.first_contact(member_id, member.person.language)
    await onboarding.resume(member_id)
    await onboarding.choose_language(member_id, member.person.language)
    await onboarding.accept_notice(member_id)
    birth = await onboarding.answer_birth(member_id, born_aged(member.age, onboarding.today()))
    if birth.next is not Step.NAME:
        raise RuntimeError(f"the demo member {member.person.key} was not let in: {birth}")
    await onboarding.answer_name(member_id, member.person.first_name)
    if member.city is None:
        await onboarding.choose_remote(member_id)
    else:
        await onboarding.pick_city(member_id, member.city)
    for field, keys in (
        ("causes", member.causes),
        ("skills", member.skills),
        ("days", member.days),
    ):
        for key in keys:
            await onboarding.toggle_choice(member_id, field, key)
        await onboarding.finish_choices(member_id, field)
    await onboarding.answer_hours(member_id, member.hours)
    for purpose in member.consents:
        await services.consents.switch(member_id, purpose, True)
    await onboarding.finish_consents(member_id)
    await onboarding.confirm(member_id)
