"""The demo world `python -m bot sandbox` starts with: the staff, a community of members with
profiles, Emma's projects with applications and participants, events with answers, and some
history for the moderators. Everything goes through the services, as the flows would, so every
rule holds (consents, ages, seats, the audit log); times are relative to the sandbox's clock.

The people themselves (ids, names, languages) are in bot/sandbox/people.py."""

from __future__ import annotations

from bot.core.clock import Clock
from bot.sandbox.demo_events import seed_events
from bot.sandbox.demo_members import seed_members
from bot.sandbox.demo_projects import seed_projects
from bot.sandbox.demo_staff import seed_staff
from bot.wiring import Services


async def seed_demo(services: Services, clock: Clock) -> None:
    """Called once the application is up (after post_init), before the tester types."""
    await seed_staff(services)
    members = await seed_members(services)
    projects = await seed_projects(services, members)
    await seed_events(services, members, projects)
