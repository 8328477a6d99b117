"""The demo world `python -m bot sandbox` starts with: the staff, a community of members with
profiles, Emma's projects with applications and participants, events with answers, and some
history for the moderators. Everything goes through the services, as the flows would, so every
rule holds (consents, ages, seats, the audit log); times are relative to the sandbox's clock.

The people themselves (ids, names, languages) are in bot/sandbox/people.py."""

from __future__ import annotations

from bot.core.clock import Clock
from bot.sandbox.demo_events import seed_events
from bot.sandbox.demo_history import seed_history
from bot.sandbox.demo_members import seed_members
from bot.sandbox.demo_projects import seed_projects
from bot.sandbox.demo_series import seed_series
from bot.sandbox.demo_staff import seed_staff
from bot.sandbox.people import COORDINATOR
from bot.wiring import Services


async def seed_demo(services: Services, clock: Clock) -> None:
    """Called once the application is up (after post_init), before the tester types. A
    database that has the world already (a sandbox started again on it) gets nothing more.

    The services read the time from `clock` themselves; it is named here because every date
    of the world (ages, deadlines, events) follows it."""
    await seed_staff(services)
    members = await seed_members(services)
    if await services.projects.projects_of(COORDINATOR.user_id):
        return
    projects = await seed_projects(services, members)
    await seed_events(services, members, projects)
    await seed_series(services, members)
    await seed_history(services, members, projects)
